import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { clockOffsetMs, ServerClock } from './server-clock';

describe('clockOffsetMs', () => {
  const sent = Date.parse('2027-06-01T10:00:00.000Z');

  it('finds a browser running five minutes fast', () => {
    const offset = clockOffsetMs('Tue, 01 Jun 2027 09:55:00 GMT', sent, sent + 200);
    expect(offset).toBe(-300_000 + 500 - 100);
  });

  it('ignores differences within the header resolution', () => {
    expect(clockOffsetMs('Tue, 01 Jun 2027 10:00:01 GMT', sent, sent + 100)).toBe(0);
  });

  it('uses the browser clock without a readable header', () => {
    expect(clockOffsetMs(null, sent, sent)).toBe(0);
    expect(clockOffsetMs('yesterday', sent, sent)).toBe(0);
  });
});

describe('ServerClock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-06-01T10:00:00.000Z'));
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    TestBed.inject(RuntimeConfig).use({ apiBaseUrl: '/api', hubUrl: '/hub', propertySlug: 'lago-verde' });
  });
  afterEach(() => vi.useRealTimers());

  it('corrects now() by the offset measured once', async () => {
    const clock = TestBed.inject(ServerClock);
    const http = TestBed.inject(HttpTestingController);
    const synced = clock.sync();
    void clock.sync();
    http.expectOne('/api/health/live').flush({ status: 'ok' }, { headers: { date: 'Tue, 01 Jun 2027 10:03:00 GMT' } });
    await synced;
    http.verify();
    expect(clock.now() - Date.now()).toBe(180_500);
  });

  it('still reads the header of an error answer (a draining instance answers 503)', async () => {
    const clock = TestBed.inject(ServerClock);
    const synced = clock.sync();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/health/live')
      .flush({ status: 'draining' }, { status: 503, statusText: 'Unavailable', headers: { date: 'Tue, 01 Jun 2027 09:58:00 GMT' } });
    await synced;
    expect(clock.offsetMs()).toBe(-119_500);
  });
});
