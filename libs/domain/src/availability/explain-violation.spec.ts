import { describe, expect, it } from 'vitest';
import type { Locale } from '../inventory/inventory';
import { explainViolation } from './explain-violation';
import type { RuleViolation } from './rule-violation';

const min7: RuleViolation = {
  code: 'MIN_NIGHTS',
  params: { minNights: 7, ruleCode: 'peak' },
};
const saturdays: RuleViolation = {
  code: 'ARRIVAL_WEEKDAY',
  params: { weekdays: [6], ruleCode: 'peak' },
};

describe('explainViolation', () => {
  it.each<[RuleViolation, Locale, string]>([
    [min7, 'en', 'Minimum 7 nights for arrivals in this period'],
    [min7, 'it', 'Minimo 7 notti per arrivi in questo periodo'],
    [min7, 'de', 'Mindestens 7 Nächte bei Anreise in diesem Zeitraum'],
    [min7, 'nl', 'Minimaal 7 nachten bij aankomst in deze periode'],
    [saturdays, 'en', 'Arrivals on Saturdays only'],
    [saturdays, 'it', 'Arrivi solo di sabato'],
    [saturdays, 'de', 'Anreise nur am Samstag'],
    [saturdays, 'nl', 'Aankomst alleen op zaterdag'],
    [
      {
        code: 'DEPARTURE_WEEKDAY',
        params: { weekdays: [6, 7], ruleCode: 'x' },
      },
      'en',
      'Departures on Saturdays or Sundays only',
    ],
    [
      { code: 'MAX_NIGHTS', params: { maxNights: 1, ruleCode: 'x' } },
      'en',
      'Maximum 1 night for arrivals in this period',
    ],
    [
      { code: 'MAX_NIGHTS', params: { maxNights: 1, ruleCode: 'x' } },
      'it',
      'Massimo 1 notte per arrivi in questo periodo',
    ],
    [
      {
        code: 'CLOSED_TO_ARRIVAL',
        params: { date: '2026-08-15', ruleCode: 'x' },
      },
      'en',
      'No arrivals on August 15, 2026',
    ],
    [
      {
        code: 'CLOSED_TO_ARRIVAL',
        params: { date: '2026-08-15', ruleCode: 'x' },
      },
      'it',
      'Nessun arrivo il 15 agosto 2026',
    ],
    // Formatting never shifts a date on the DST Sundays (test zone: Europe/Rome).
    [
      {
        code: 'CLOSED_TO_DEPARTURE',
        params: { date: '2026-03-29', ruleCode: 'x' },
      },
      'de',
      'Keine Abreise am 29. März 2026',
    ],
    [
      { code: 'NOT_BOOKABLE', params: { night: '2026-10-25' } },
      'nl',
      'Niet boekbaar in de nacht van 25 oktober 2026',
    ],
    [
      { code: 'TOO_MANY_GUESTS', params: { maxGuests: 4 } },
      'en',
      'Sleeps at most 4 guests',
    ],
    [
      { code: 'PETS_NOT_ALLOWED', params: {} },
      'de',
      'Haustiere sind nicht erlaubt',
    ],
    [
      { code: 'NO_VEHICLE_SPACE', params: {} },
      'it',
      'Nessuno spazio per un veicolo',
    ],
  ])('%o in %s', (violation, locale, expected) => {
    expect(explainViolation(violation, locale)).toBe(expected);
  });
});
