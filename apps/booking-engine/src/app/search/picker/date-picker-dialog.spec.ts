import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { CalendarDate } from '@pitchdesk/domain';
import type { DayState } from '../stay-calendar/day-state';
import { DatePickerDialog } from './date-picker-dialog';

const day = (value: string) => value as CalendarDate;

// July 2027: the 19th and 20th take no arrivals, the 21st is full, Saturdays need 7 nights.
function states(date: CalendarDate): DayState {
  if (date === '2027-07-19' || date === '2027-07-20') {
    return { kind: 'closed' };
  }
  if (date === '2027-07-21') {
    return { kind: 'full' };
  }
  return { kind: 'open', nights: new Date(`${date}T00:00:00Z`).getUTCDay() === 6 ? 7 : 1 };
}

describe('DatePickerDialog', () => {
  let fixture: ComponentFixture<DatePickerDialog>;
  let picked: CalendarDate[];
  let closed: number;
  let months: CalendarDate[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(DatePickerDialog);
    const inputs = {
      heading: 'Choose your arrival date',
      mode: 'arrival',
      openAt: day('2027-07-17'),
      first: day('2027-01-01'),
      last: day('2027-12-31'),
      today: day('2027-01-10'),
      dayState: states,
    };
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    picked = [];
    closed = 0;
    months = [];
    fixture.componentInstance.picked.subscribe((date) => picked.push(date));
    fixture.componentInstance.closed.subscribe(() => closed++);
    fixture.componentInstance.monthShown.subscribe((month) => months.push(month));
    await fixture.whenStable();
  });

  const host = () => fixture.nativeElement as HTMLElement;
  const dayButton = (date: string) => host().querySelector<HTMLButtonElement>(`button[data-day="${date}"]`) as HTMLButtonElement;
  const focusedDay = () => (document.activeElement as HTMLElement | null)?.getAttribute('data-day');
  const monthHeading = () => host().querySelector('h3')?.textContent?.trim();

  async function press(key: string, shiftKey = false): Promise<void> {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
    await fixture.whenStable();
  }

  it('opens as a labelled dialog with the focus on the chosen day, the only tab stop of the grid', () => {
    const dialog = host().querySelector('dialog') as HTMLDialogElement;
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Choose your arrival date');
    expect(host().querySelector('[role="grid"]')?.getAttribute('aria-labelledby')).toBe(host().querySelector('h3')?.id);
    expect(monthHeading()).toBe('July 2027');
    expect(focusedDay()).toBe('2027-07-17');
    expect([...host().querySelectorAll('[role="grid"] button[tabindex="0"]')]).toEqual([dayButton('2027-07-17')]);
    expect(months).toEqual(['2027-07-01']);
  });

  it('moves by day and week with the arrows and to the week ends with Home and End', async () => {
    await press('ArrowRight');
    expect(focusedDay()).toBe('2027-07-18');
    await press('ArrowDown');
    expect(focusedDay()).toBe('2027-07-25');
    await press('Home');
    expect(focusedDay()).toBe('2027-07-19');
    await press('End');
    expect(focusedDay()).toBe('2027-07-25');
    await press('ArrowUp');
    await press('ArrowLeft');
    expect(focusedDay()).toBe('2027-07-17');
  });

  it('pages by month (and year with Shift), showing and announcing the new month', async () => {
    await press('PageDown');
    expect(monthHeading()).toBe('August 2027');
    expect(focusedDay()).toBe('2027-08-17');
    expect(host().querySelector('h3')?.getAttribute('aria-live')).toBe('polite');
    await press('PageUp', true);
    // A year back is before the first day offered: the focus stops there.
    expect(focusedDay()).toBe('2027-01-01');
    expect(months).toEqual(['2027-07-01', '2027-08-01', '2027-01-01']);
  });

  it('crosses into the next month with the arrows', async () => {
    dayButton('2027-07-31').focus();
    await press('ArrowRight');
    expect(monthHeading()).toBe('August 2027');
    expect(focusedDay()).toBe('2027-08-01');
  });

  it('says in words why a day cannot be chosen, and ignores choosing it', async () => {
    const closedDay = dayButton('2027-07-19');
    const fullDay = dayButton('2027-07-21');
    expect(closedDay.getAttribute('aria-disabled')).toBe('true');
    expect(closedDay.textContent).toContain('no arrivals on this day');
    expect(fullDay.textContent).toContain('fully booked');
    expect(dayButton('2027-07-22').getAttribute('aria-disabled')).toBeNull();

    closedDay.click();
    await fixture.whenStable();
    expect(picked).toEqual([]);
    expect(closed).toBe(0);
  });

  it('gives the minimum stay of a day in text, not only as a mark', () => {
    const saturday = dayButton('2027-07-24');
    expect(saturday.textContent).toContain('Saturday, July 24, 2027, minimum stay 7 nights');
    expect(saturday.querySelector('.min-stay')?.getAttribute('aria-hidden')).toBe('true');
    expect(dayButton('2027-07-22').textContent).not.toContain('minimum');
  });

  it('describes the focused day below the grid', async () => {
    await press('ArrowRight');
    await press('ArrowRight');
    expect(host().querySelector('.day-note')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Monday, July 19, 2027: no arrivals on this day');
  });

  it('chooses an open day (Enter and Space press the focused button) and closes', async () => {
    await press('ArrowDown');
    dayButton('2027-07-24').click();
    await fixture.whenStable();
    expect(picked).toEqual(['2027-07-24']);
    expect(closed).toBe(1);
  });

  it('closes on Escape without choosing', async () => {
    await press('Escape');
    expect(picked).toEqual([]);
    expect(closed).toBe(1);
  });
});
