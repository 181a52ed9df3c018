import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { HealthReport } from '@pitchdesk/contracts';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { HealthTable } from './health-table';

const up = { status: 'up', required: true, latencyMs: 0.42 } as const;

function healthReport(overrides: Partial<HealthReport> = {}): HealthReport {
  return {
    status: 'ok',
    version: '2.3.4',
    checkedAt: '2026-05-01T08:00:00.000Z',
    checks: {
      primary: up,
      replica: { ...up, lagSeconds: 0.3 },
      memcached: up,
      hub: { ...up, required: false },
      mail: { ...up, required: false, latencyMs: 1500 },
    },
    ...overrides,
  };
}

describe('HealthTable', () => {
  let fixture: ComponentFixture<HealthTable>;
  let http: HttpTestingController;
  let host: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HealthTable);
    host = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => {
    http.verify();
  });

  async function answer(body: object | string | null, init: { status?: number; statusText?: string } = {}): Promise<void> {
    TestBed.tick();
    http.expectOne('/api/health').flush(body, init);
    await fixture.whenStable();
  }

  function rows(): string[][] {
    return [...host.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  function refreshButton(): HTMLButtonElement {
    const button = host.querySelector<HTMLButtonElement>('button');
    if (!button) {
      throw new Error('no refresh button');
    }
    return button;
  }

  it('renders one row per dependency with status, latency and replica lag', async () => {
    await answer(healthReport());

    expect([...host.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      'Dependency',
      'Status',
      'Latency',
      'Replica lag',
      'Required',
      'Error',
    ]);
    expect(rows()).toEqual([
      ['Database (primary)', 'Up', '0.42 ms', '—', 'Yes', ''],
      ['Database (replica)', 'Up', '0.42 ms', '300 ms', 'Yes', ''],
      ['Cache', 'Up', '0.42 ms', '—', 'Yes', ''],
      ['Realtime updates', 'Up', '0.42 ms', '—', 'No', ''],
      ['Email', 'Up', '1.5 s', '—', 'No', ''],
    ]);
    expect(host.querySelector('.badge')?.textContent).toBe('All systems operational');
    expect(host.textContent).toContain('API 2.3.4');
  });

  it('shows the failing dependency and its error from a 503 report', async () => {
    const report = healthReport({ status: 'down' });
    report.checks.replica = { status: 'down', required: true, latencyMs: 3, lagSeconds: null, error: 'replication stopped' };

    await answer(report, { status: 503, statusText: 'Service Unavailable' });

    expect(rows()[1]).toEqual(['Database (replica)', 'Down', '3 ms', 'unknown', 'Yes', 'replication stopped']);
    expect(host.querySelectorAll('tr.row-down')).toHaveLength(1);
    expect(host.querySelector('.badge')?.textContent).toBe('Down: a required service is down');
  });

  it('says degraded when only a best-effort dependency is down', async () => {
    const report = healthReport({ status: 'degraded' });
    report.checks.mail = { status: 'down', required: false, latencyMs: 5000, error: 'timeout' };

    await answer(report);

    expect(host.querySelector('.badge-warn')?.textContent).toBe('Degraded: a best-effort service is down');
  });

  it('flags an answer that breaks the contract instead of rendering it', async () => {
    await answer({ ...healthReport(), checks: {} });

    expect(host.querySelector('table')).toBeNull();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Invalid health report');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('HTTP 200');
  });

  it('says the API is unreachable when the request gets no answer', async () => {
    TestBed.tick();
    http.expectOne('/api/health').error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('API unreachable');
  });

  it('refreshes from the button and shows the new report', async () => {
    await answer(healthReport());

    refreshButton().click();
    TestBed.tick();
    expect(refreshButton().disabled).toBe(true);
    expect(refreshButton().textContent).toContain('Refreshing');
    http.expectOne('/api/health').flush(healthReport({ version: '2.3.5' }));
    await fixture.whenStable();

    expect(host.textContent).toContain('API 2.3.5');
    expect(refreshButton().disabled).toBe(false);
  });

  it('refreshes on the R key, but not while typing in a field or with a modifier', async () => {
    await answer(healthReport());

    const input = document.createElement('input');
    host.appendChild(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', ctrlKey: true, bubbles: true }));
    TestBed.tick();
    http.expectNone('/api/health');

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'R', bubbles: true }));
    TestBed.tick();
    http.expectOne('/api/health').flush(healthReport());
    await fixture.whenStable();
  });
});
