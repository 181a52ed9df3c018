import { HttpErrorResponse, httpResource } from '@angular/common/http';
import type { Signal } from '@angular/core';
import { computed } from '@angular/core';
import type { HealthOutcome, HealthView } from './health-view';
import { toHealthView } from './health-view';

export interface HealthReportRef {
  readonly view: Signal<HealthView>;
  /** True while the first load or a refresh is in flight. */
  readonly isLoading: Signal<boolean>;
  reload(): void;
}

/**
 * `GET {apiBaseUrl}/health` as signals. Call in an injection context (a field
 * initializer). The base comes from the caller (the runtime config) so this lib
 * depends on contracts only.
 */
export function injectHealthReport(apiBaseUrl: string): HealthReportRef {
  const url = `${apiBaseUrl.replace(/\/+$/, '')}/health`;
  const resource = httpResource<unknown>(() => url);

  const outcome = computed<HealthOutcome>(() => {
    if (resource.status() === 'error') {
      return outcomeOfError(resource.error());
    }
    if (resource.hasValue()) {
      // A 200, or a refresh still showing the last answer.
      return { kind: 'answered', httpStatus: resource.statusCode() ?? 200, body: resource.value() };
    }
    return { kind: 'pending' };
  });

  return {
    view: computed(() => toHealthView(outcome())),
    isLoading: resource.isLoading,
    reload: () => {
      resource.reload();
    },
  };
}

function outcomeOfError(error: Error | undefined): HealthOutcome {
  // Status 0: the request never got an HTTP answer (offline, refused, aborted).
  if (error instanceof HttpErrorResponse && error.status !== 0) {
    return { kind: 'answered', httpStatus: error.status, body: error.error };
  }
  return { kind: 'unreachable' };
}
