import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { formatLatency, injectHealthReport } from '@pitchdesk/shared/data-access-health';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';

/** Guest-facing summary of whether booking works right now, one line per dependency. */
@Component({
  selector: 'be-service-status',
  templateUrl: './service-status.html',
  styleUrl: './service-status.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceStatus {
  private readonly health = injectHealthReport(inject(RuntimeConfig).current.apiBaseUrl);

  protected readonly view = this.health.view;
  protected readonly isLoading = this.health.isLoading;
  protected readonly formatLatency = formatLatency;

  protected readonly summary = computed(() => {
    const view = this.view();
    if (view.kind !== 'report') {
      return undefined;
    }
    switch (view.report.status) {
      case 'ok':
        return 'All systems are working.';
      case 'degraded':
        return 'Booking works; some extras (live updates or email) are delayed.';
      case 'down':
        return 'Booking is temporarily unavailable.';
    }
  });

  protected retry(): void {
    this.health.reload();
  }
}
