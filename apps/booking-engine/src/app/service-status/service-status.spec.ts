import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { HealthReport } from '@pitchdesk/contracts';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { ServiceStatus } from './service-status';

const up = { status: 'up', required: true, latencyMs: 0.8 } as const;

function healthReport(overrides: Partial<HealthReport> = {}): HealthReport {
  return {
    status: 'ok',
    version: '1.0.0',
    checkedAt: '2026-05-01T08:00:00.000Z',
    checks: {
      primary: up,
      replica: { ...up, lagSeconds: 0 },
      memcached: up,
      hub: { ...up, required: false },
      mail: { ...up, required: false, latencyMs: 12.3 },
    },
    ...overrides,
  };
}

describe('ServiceStatus', () => {
  let fixture: ComponentFixture<ServiceStatus>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ServiceStatus);
  });

  afterEach(() => {
    http.verify();
  });

  /** Lets the resource send its request, answers it, and renders the result. */
  async function answer(body: object | string | null, init: { status?: number; statusText?: string } = {}): Promise<HTMLElement> {
    TestBed.tick();
    const request = http.expectOne('/api/health');
    expect(request.request.method).toBe('GET');
    request.flush(body, init);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function items(host: HTMLElement): string[] {
    return [...host.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  it('says it is checking before the API answers', () => {
    TestBed.tick();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Checking services');
    http.expectOne('/api/health');
  });

  it('lists every dependency as up when the API reports ok', async () => {
    const host = await answer(healthReport());

    expect(host.querySelector('h2')?.textContent).toBe('Service status');
    expect(host.textContent).toContain('All systems are working.');
    expect(items(host)).toEqual([
      'Database (primary) Up 0.8 ms',
      'Database (replica) Up 0.8 ms',
      'Cache Up 0.8 ms',
      'Realtime updates Up 0.8 ms',
      'Email Up 12 ms',
    ]);
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the down dependency from the report the API sends with a 503', async () => {
    const report = healthReport({ status: 'down' });
    report.checks.memcached = { status: 'down', required: true, latencyMs: 2000, error: 'ECONNREFUSED' };

    const host = await answer(report, { status: 503, statusText: 'Service Unavailable' });

    expect(host.textContent).toContain('Booking is temporarily unavailable.');
    expect(items(host)).toContain('Cache Down 2.0 s');
    expect(host.querySelectorAll('.is-down')).toHaveLength(1);
  });

  it('explains an invalid answer and offers a retry that fetches again', async () => {
    const host = await answer({ hello: 'world' });

    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('sent an answer we couldn’t read');
    expect(alert?.textContent).toContain('HTTP 200');
    expect(host.querySelector('ul')).toBeNull();

    alert?.querySelector('button')?.click();
    const after = await answer(healthReport());
    expect(after.querySelector('[role="alert"]')).toBeNull();
    expect(items(after)).toHaveLength(5);
  });

  it('says the service is unreachable when no answer comes back', async () => {
    TestBed.tick();
    http.expectOne('/api/health').error(new ProgressEvent('error'));
    await fixture.whenStable();

    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('can’t reach our booking service');
    expect(alert?.querySelector('button')?.textContent?.trim()).toBe('Try again');
  });

  it('treats a gateway error page as unreachable, not as an invalid report', async () => {
    const host = await answer('<html>502 Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' });

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('can’t reach our booking service');
  });
});
