import { addMonths, isIsoDate, todayIn } from './iso-date';
import { displayTypedDate, formatTypedDate, readTypedDate } from './typed-date';

describe('typed dates', () => {
  it.each([
    ['17/07/2027', '2027-07-17'],
    ['17.7.2027', '2027-07-17'],
    ['1-8-2027', '2027-08-01'],
    [' 17 07 2027 ', '2027-07-17'],
    ['2027-07-17', '2027-07-17'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %j as %s', (typed, iso) => {
    expect(readTypedDate(typed)).toBe(iso);
  });

  it.each(['31/02/2027', '17/13/2027', '17/07/27', 'tomorrow', '2027-02-30'])('keeps %j as typed: it is not a date', (typed) => {
    expect(readTypedDate(typed)).toBe(typed.trim());
  });

  it('writes a date the way each language types it', () => {
    expect(formatTypedDate('2027-07-03' as never, 'it')).toBe('03/07/2027');
    expect(formatTypedDate('2027-07-03' as never, 'de')).toBe('03.07.2027');
    expect(formatTypedDate('2027-07-03' as never, 'nl')).toBe('03-07-2027');
    expect(displayTypedDate('not yet', 'en')).toBe('not yet');
  });
});

describe('iso dates', () => {
  it('knows real dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-7-1')).toBe(false);
  });

  it('clamps the day when adding months', () => {
    expect(addMonths('2027-01-31' as never, 1)).toBe('2027-02-28');
    expect(addMonths('2027-03-31' as never, -1)).toBe('2027-02-28');
    expect(addMonths('2027-12-15' as never, 12)).toBe('2028-12-15');
  });

  it("takes today in the property's time zone, not the browser's", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Rome.
    expect(todayIn('Europe/Rome', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIn('UTC', new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
