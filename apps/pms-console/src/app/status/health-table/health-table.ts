import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { formatLag, formatLatency, injectHealthReport } from '@pitchdesk/shared/data-access-health';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';

const OVERALL_LABELS = {
  ok: 'All systems operational',
  degraded: 'Degraded: a best-effort service is down',
  down: 'Down: a required service is down',
} as const;

/** Staff view of `GET /api/health`: one row per dependency, refresh with the button or `R`. */
@Component({
  selector: 'pc-health-table',
  imports: [DatePipe],
  templateUrl: './health-table.html',
  styleUrl: './health-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:keydown)': 'onShortcut($event)',
  },
})
export class HealthTable {
  private readonly health = injectHealthReport(inject(RuntimeConfig).current.apiBaseUrl);

  protected readonly view = this.health.view;
  protected readonly isLoading = this.health.isLoading;
  protected readonly formatLatency = formatLatency;
  protected readonly formatLag = formatLag;

  protected readonly overall = computed(() => {
    const view = this.view();
    return view.kind === 'report' ? OVERALL_LABELS[view.report.status] : undefined;
  });

  protected refresh(): void {
    this.health.reload();
  }

  protected onShortcut(event: KeyboardEvent): void {
    if (event.key.toLowerCase() !== 'r' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }
    event.preventDefault();
    this.refresh();
  }
}

/** A shortcut must never eat a letter typed into a field. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
