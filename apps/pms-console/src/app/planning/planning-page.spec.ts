import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import type { LiveAvailabilityHandlers } from '@pitchdesk/shared/data-access-api';
import { LiveAvailability } from '@pitchdesk/shared/data-access-api';
import { FakeLiveStaffEvents, provideFakeLiveStaffEvents } from '../core/testing/fake-live-staff-events';
import { planningFixture, ANNA, UNIT_A02 } from './planning-fixture';
import { LIVE_REFETCH_DELAY_MS, PlanningPage } from './planning-page';

const PLANNING = '/api/staff/properties/lago-verde/planning';
const MOVE = `/api/staff/properties/lago-verde/reservations/${ANNA}/move`;

class FakeLive {
  readonly connected = signal(true);
  handlers: LiveAvailabilityHandlers | undefined;
  watchedProperty: string | undefined;
  watch(propertyId: string, handlers: LiveAvailabilityHandlers): () => void {
    this.watchedProperty = propertyId;
    this.handlers = handlers;
    return () => undefined;
  }
}

/** Lets the page's awaited HTTP promise chain finish, then renders. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('PlanningPage', () => {
  let fixture: ComponentFixture<PlanningPage>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let live: FakeLive;
  let staffLive: FakeLiveStaffEvents;

  beforeEach(async () => {
    live = new FakeLive();
    staffLive = new FakeLiveStaffEvents();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/.well-known/mercure', propertySlug: 'lago-verde' }),
        { provide: LiveAvailability, useValue: live },
        provideFakeLiveStaffEvents(staffLive),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanningPage);
    host = fixture.nativeElement as HTMLElement;
    document.body.appendChild(host);
    const request = http.expectOne((req) => req.url === PLANNING);
    expect(request.request.params.get('days')).toBe('60');
    request.flush(planningFixture());
    await settle(fixture);
  });

  afterEach(() => {
    vi.useRealTimers();
    host.remove();
    http.verify();
  });

  function bar(name: RegExp): HTMLButtonElement {
    const found = [...host.querySelectorAll<HTMLButtonElement>('button.bar')].find((b) => name.test(b.getAttribute('aria-label') ?? ''));
    if (!found) {
      throw new Error(`no bar named ${name}`);
    }
    return found;
  }

  async function openMove(): Promise<void> {
    const anna = bar(/^Anna Rossi/);
    anna.focus();
    // A button's Enter is its click: what the keyboard user triggers.
    anna.click();
    await settle(fixture);
  }

  async function chooseAndConfirm(unitId: string, arrival: string): Promise<void> {
    const select = host.querySelector<HTMLSelectElement>('#move-unit');
    const date = host.querySelector<HTMLInputElement>('#move-arrival');
    if (!select || !date) {
      throw new Error('no move dialog');
    }
    select.value = unitId;
    select.dispatchEvent(new Event('change'));
    date.value = arrival;
    date.dispatchEvent(new Event('input'));
    await settle(fixture);
    host.querySelector<HTMLButtonElement>('dialog button[type="submit"]')?.click();
    await settle(fixture);
  }

  it('renders the grid: unit row headers, dated column headers, bars named by guest, dates, unit and status', () => {
    expect(
      [...host.querySelectorAll('tbody th[scope="row"]')].map((th) => [th.querySelector('.code')?.textContent, th.querySelector('.type')?.textContent]),
    ).toEqual([
      ['A01', 'pitch-standard'],
      ['A02', 'pitch-standard'],
    ]);
    const headers = [...host.querySelectorAll('thead th[scope="col"]')].map((th) =>
      [...th.querySelectorAll('span')].map((span) => span.textContent).join(' ') || th.textContent?.trim(),
    );
    expect(headers).toEqual(['Unit', 'Thu 1 Jul', 'Fri 2 Jul', 'Sat 3 Jul', 'Sun 4 Jul', 'Mon 5 Jul', 'Tue 6 Jul', 'Wed 7 Jul']);

    const anna = bar(/^Anna Rossi/);
    expect(anna.getAttribute('aria-label')).toBe('Anna Rossi Confirmed, Fri 2 Jul to Mon 5 Jul, unit A01');
    expect(anna.textContent).toContain('Anna Rossi');
    expect(anna.classList).toContain('status-confirmed');
    expect(anna.closest('td')?.getAttribute('colspan')).toBe('3');

    expect(bar(/^Hold PD-HOLD/).getAttribute('aria-label')).toBe('Hold PD-HOLD Held, Tue 29 Jun to Fri 2 Jul, unit A02');
    const closure = host.querySelector('.status-closure');
    expect(closure?.textContent).toContain('Closed');
    expect(closure?.textContent).toContain('Closed, Mon 5 Jul to Sat 10 Jul, unit A02: Roof repair');
    expect(live.watchedProperty).toBe(planningFixture().propertyId);
  });

  it('moves a booking from the keyboard: Enter on the bar, choose unit and arrival, confirm', async () => {
    await openMove();
    expect(host.querySelector('dialog[open]')).not.toBeNull();
    expect(document.activeElement?.id).toBe('move-unit');

    await chooseAndConfirm(UNIT_A02, '2027-07-03');

    const move = http.expectOne(MOVE);
    expect(move.request.method).toBe('POST');
    // The stay keeps its 3 nights.
    expect(move.request.body).toEqual({ unitId: UNIT_A02, arrival: '2027-07-03', departure: '2027-07-06', reprice: true });
    move.flush({ reference: 'PD-ANNA', after: { unitCode: 'A02', arrival: '2027-07-03' } });
    await settle(fixture);

    http.expectOne((req) => req.url === PLANNING).flush(planningFixture());
    await settle(fixture);
    expect(host.querySelector('dialog[open]')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Moved PD-ANNA to unit A02, arriving 2027-07-03.');
  });

  it('shows the conflict of a 409 and leaves the board as it was', async () => {
    await openMove();
    await chooseAndConfirm(UNIT_A02, '2027-07-04');

    http.expectOne(MOVE).flush(
      {
        code: 'UNIT_TAKEN',
        message: 'taken',
        details: { conflicts: [{ night: '2027-07-05', kind: 'closure', reference: null, closureId: 'c' }] },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);

    const alert = host.querySelector('dialog [role="alert"]');
    expect(alert?.textContent).toContain('That unit is taken on these nights. Nothing was changed.');
    expect(alert?.textContent).toContain('2027-07-05: the unit is closed');
    // No refetch, and Anna is still on A01.
    http.expectNone((req) => req.url === PLANNING);
    expect(bar(/^Anna Rossi/).getAttribute('aria-label')).toContain('unit A01');
  });

  it('opens the same confirmation, prefilled, when a bar is dropped on a free night of another unit', async () => {
    const anna = bar(/^Anna Rossi/);
    const transfer = { setData: vi.fn(), effectAllowed: 'all' };
    anna.dispatchEvent(Object.assign(new Event('dragstart', { bubbles: true }), { dataTransfer: transfer }));
    const a02Row = host.querySelectorAll('tbody tr')[1];
    // A02: [hold 1 Jul] then free 2, 3, 4 Jul: drop on 3 Jul.
    const target = a02Row?.querySelectorAll('td.free')[1];
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    target?.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    target?.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
    await settle(fixture);

    expect(host.querySelector<HTMLSelectElement>('#move-unit')?.value).toBe(UNIT_A02);
    expect(host.querySelector<HTMLInputElement>('#move-arrival')?.value).toBe('2027-07-03');
    http.expectNone(MOVE);
  });

  it('refetches the board once per burst of live availability updates', async () => {
    vi.useFakeTimers();
    const change = { unitIds: ['u'], arrival: '2027-07-02', departure: '2027-07-03' };
    live.handlers?.changed([change as never]);
    live.handlers?.changed([change as never]);
    http.expectNone((req) => req.url === PLANNING);

    vi.advanceTimersByTime(LIVE_REFETCH_DELAY_MS);
    http.expectOne((req) => req.url === PLANNING).flush(planningFixture());
  });

  it('refetches the board when another desk changes a booking (private staff stream)', async () => {
    vi.useFakeTimers();
    staffLive.send({ propertyId: 'p', kind: 'reservation.checked-in', subjectId: ANNA, actor: 'someone' });
    http.expectNone((req) => req.url === PLANNING);
    vi.advanceTimersByTime(LIVE_REFETCH_DELAY_MS);
    http.expectOne((req) => req.url === PLANNING).flush(planningFixture());
  });

  it('says it is not live while either stream is down', async () => {
    staffLive.connected.set(false);
    await settle(fixture);
    expect(host.querySelector('.live')?.classList).toContain('off');
    staffLive.connected.set(true);
    await settle(fixture);
    expect(host.querySelector('.live')?.classList).not.toContain('off');
  });
});
