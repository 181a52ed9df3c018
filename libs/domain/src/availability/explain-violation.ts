import type { Locale } from '../inventory/inventory';
import type { RuleViolation } from './rule-violation';

interface Phrases {
  readonly night: (n: number) => string;
  readonly minNights: (nights: string) => string;
  readonly maxNights: (nights: string) => string;
  readonly arrivalDays: (days: string) => string;
  readonly departureDays: (days: string) => string;
  readonly closedToArrival: (date: string) => string;
  readonly closedToDeparture: (date: string) => string;
  readonly notBookable: (date: string) => string;
  readonly tooManyGuests: (n: number) => string;
  readonly petsNotAllowed: string;
  readonly noVehicleSpace: string;
}

const PHRASES: Readonly<Record<Locale, Phrases>> = {
  en: {
    night: (n) => `${n} ${n === 1 ? 'night' : 'nights'}`,
    minNights: (n) => `Minimum ${n} for arrivals in this period`,
    maxNights: (n) => `Maximum ${n} for arrivals in this period`,
    arrivalDays: (d) => `Arrivals on ${d} only`,
    departureDays: (d) => `Departures on ${d} only`,
    closedToArrival: (d) => `No arrivals on ${d}`,
    closedToDeparture: (d) => `No departures on ${d}`,
    notBookable: (d) => `Not bookable on the night of ${d}`,
    tooManyGuests: (n) => `Sleeps at most ${n} guests`,
    petsNotAllowed: 'Pets are not allowed',
    noVehicleSpace: 'No space for a vehicle',
  },
  it: {
    night: (n) => `${n} ${n === 1 ? 'notte' : 'notti'}`,
    minNights: (n) => `Minimo ${n} per arrivi in questo periodo`,
    maxNights: (n) => `Massimo ${n} per arrivi in questo periodo`,
    arrivalDays: (d) => `Arrivi solo di ${d}`,
    departureDays: (d) => `Partenze solo di ${d}`,
    closedToArrival: (d) => `Nessun arrivo il ${d}`,
    closedToDeparture: (d) => `Nessuna partenza il ${d}`,
    notBookable: (d) => `Non prenotabile la notte del ${d}`,
    tooManyGuests: (n) => `Massimo ${n} ospiti`,
    petsNotAllowed: 'Animali non ammessi',
    noVehicleSpace: 'Nessuno spazio per un veicolo',
  },
  de: {
    night: (n) => `${n} ${n === 1 ? 'Nacht' : 'Nächte'}`,
    minNights: (n) => `Mindestens ${n} bei Anreise in diesem Zeitraum`,
    maxNights: (n) => `Höchstens ${n} bei Anreise in diesem Zeitraum`,
    arrivalDays: (d) => `Anreise nur am ${d}`,
    departureDays: (d) => `Abreise nur am ${d}`,
    closedToArrival: (d) => `Keine Anreise am ${d}`,
    closedToDeparture: (d) => `Keine Abreise am ${d}`,
    notBookable: (d) => `In der Nacht vom ${d} nicht buchbar`,
    tooManyGuests: (n) => `Höchstens ${n} Gäste`,
    petsNotAllowed: 'Haustiere sind nicht erlaubt',
    noVehicleSpace: 'Kein Platz für ein Fahrzeug',
  },
  nl: {
    night: (n) => `${n} ${n === 1 ? 'nacht' : 'nachten'}`,
    minNights: (n) => `Minimaal ${n} bij aankomst in deze periode`,
    maxNights: (n) => `Maximaal ${n} bij aankomst in deze periode`,
    arrivalDays: (d) => `Aankomst alleen op ${d}`,
    departureDays: (d) => `Vertrek alleen op ${d}`,
    closedToArrival: (d) => `Geen aankomst op ${d}`,
    closedToDeparture: (d) => `Geen vertrek op ${d}`,
    notBookable: (d) => `Niet boekbaar in de nacht van ${d}`,
    tooManyGuests: (n) => `Maximaal ${n} gasten`,
    petsNotAllowed: 'Huisdieren zijn niet toegestaan',
    noVehicleSpace: 'Geen plaats voor een voertuig',
  },
};

// Calendar dates are formatted as UTC midnights in UTC: no local zone, so no DST shift.
function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

// ISO weekday 1 = Monday; 2024-01-01 was a Monday. English says "on Saturdays";
// it/de/nl read naturally with the singular ("di sabato", "am Samstag", "op zaterdag").
function formatWeekdays(weekdays: readonly number[], locale: Locale): string {
  const names = weekdays.map((day) => {
    const name = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 0, day)));
    return locale === 'en' ? `${name}s` : name;
  });
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(names);
}

/**
 * A short sentence explaining a violation to a guest, e.g. "Minimum 7 nights for
 * arrivals in this period", "Arrivals on Saturday only" (it/en/de/nl). Weekday names
 * and dates come from `Intl` in the guest's language.
 */
export function explainViolation(v: RuleViolation, locale: Locale): string {
  const p = PHRASES[locale];
  switch (v.code) {
    case 'MIN_NIGHTS':
      return p.minNights(p.night(v.params.minNights));
    case 'MAX_NIGHTS':
      return p.maxNights(p.night(v.params.maxNights));
    case 'ARRIVAL_WEEKDAY':
      return p.arrivalDays(formatWeekdays(v.params.weekdays, locale));
    case 'DEPARTURE_WEEKDAY':
      return p.departureDays(formatWeekdays(v.params.weekdays, locale));
    case 'CLOSED_TO_ARRIVAL':
      return p.closedToArrival(formatDate(v.params.date, locale));
    case 'CLOSED_TO_DEPARTURE':
      return p.closedToDeparture(formatDate(v.params.date, locale));
    case 'NOT_BOOKABLE':
      return p.notBookable(formatDate(v.params.night, locale));
    case 'TOO_MANY_GUESTS':
      return p.tooManyGuests(v.params.maxGuests);
    case 'PETS_NOT_ALLOWED':
      return p.petsNotAllowed;
    case 'NO_VEHICLE_SPACE':
      return p.noVehicleSpace;
  }
}
