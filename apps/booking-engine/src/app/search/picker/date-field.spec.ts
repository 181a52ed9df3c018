import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideStaticRuntimeConfig } from '@pitchdesk/shared/data-access-runtime-config';
import { CLOCK } from '../dates/clock';
import { NightOccupancyStore } from '../stay-calendar/night-occupancy-store';
import { PropertyCatalogueStore } from '../stay-calendar/property-catalogue-store';
import { StayCalendar } from '../stay-calendar/stay-calendar';
import { CATALOGUE, occupancy, RATE_CARD } from '../testing/search-fixtures';
import { DateField } from './date-field';

const API = '/api/properties/lago-verde';
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('DateField', () => {
  let fixture: ComponentFixture<DateField>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStaticRuntimeConfig({ apiBaseUrl: '/api', hubUrl: '/hub', propertySlug: 'lago-verde' }),
        PropertyCatalogueStore,
        NightOccupancyStore,
        StayCalendar,
        { provide: CLOCK, useValue: () => new Date('2027-07-01T10:00:00Z') },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DateField);
    fixture.componentRef.setInput('mode', 'arrival');
    fixture.componentRef.setInput('value', '2027-07-17');
    TestBed.tick();
    http.expectOne(`${API}/catalogue`).flush(CATALOGUE);
    http.expectOne(`${API}/rate-card`).flush(RATE_CARD);
    await settle();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const host = () => fixture.nativeElement as HTMLElement;
  const trigger = () => host().querySelector<HTMLButtonElement>('.calendar-button') as HTMLButtonElement;
  const day = (date: string) => host().querySelector<HTMLButtonElement>(`button[data-day="${date}"]`);

  async function openPicker(): Promise<void> {
    trigger().click();
    await fixture.whenStable();
  }

  it('greys out the nights nothing is free, from the nights endpoint', async () => {
    await openPicker();
    const request = http.expectOne((req) => req.url === `${API}/nights`);
    // 21 July (index 20): every type full.
    request.flush(occupancy('2027-07-01', 62, (_code, index) => (index === 20 ? 0 : 4)));
    await settle();
    await fixture.whenStable();

    expect(day('2027-07-21')?.getAttribute('aria-disabled')).toBe('true');
    expect(day('2027-07-21')?.textContent).toContain('fully booked');
    expect(day('2027-07-22')?.getAttribute('aria-disabled')).toBeNull();
    expect(host().querySelector('.occupancy-note')).toBeNull();
  });

  it('still works when the nights endpoint fails: rules only, and it says so', async () => {
    await openPicker();
    http.expectOne((req) => req.url === `${API}/nights`).flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET' }, { status: 404, statusText: 'Not Found' });
    await settle();
    await fixture.whenStable();

    expect(day('2027-07-21')?.getAttribute('aria-disabled')).toBeNull();
    expect(host().querySelector('.occupancy-note')?.textContent).toContain('Fully booked days could not be loaded');
    day('2027-07-22')?.click();
    await fixture.whenStable();
    expect(host().querySelector<HTMLInputElement>('input')?.value).toBe('22/07/2027');
  });

  it('returns the focus to its button when the picker closes with Escape', async () => {
    await openPicker();
    http.expectOne((req) => req.url === `${API}/nights`).flush(occupancy('2027-07-01', 62, () => 4));
    await settle();
    await fixture.whenStable();
    expect(document.activeElement?.getAttribute('data-day')).toBe('2027-07-17');

    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await fixture.whenStable();

    expect(host().querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger());
    expect(host().querySelector<HTMLInputElement>('input')?.value).toBe('17/07/2027');
  });

  it('keeps what the guest types and shows the date it understood', async () => {
    const input = host().querySelector<HTMLInputElement>('input') as HTMLInputElement;
    input.value = '3.8.2027';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(fixture.componentInstance.value()).toBe('2027-08-03');
    expect(input.value).toBe('3.8.2027');
    expect(host().querySelector('.long-date')?.textContent).toBe('Tuesday, August 3, 2027');
    expect(input.getAttribute('aria-describedby')).toBe('arrival-hint arrival-long');
  });
});
