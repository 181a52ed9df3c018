import type { RateCard } from '../pricing/rate-card';
import { compareDates, isCalendarDate } from '../stays/calendar-date';
import { overlaps } from '../stays/range-algebra';
import { duplicates, intProblem, unknown } from './checks';

/** Seasons: real ranges that never overlap (the same code may name several ranges). */
export function seasonProblems(card: RateCard): string[] {
  const problems: string[] = [];
  const valid = card.seasons.filter((s) => {
    const ok =
      isCalendarDate(s.range.arrival) &&
      isCalendarDate(s.range.departure) &&
      compareDates(s.range.arrival, s.range.departure) < 0;
    if (!ok) {
      problems.push(
        `season "${s.code}" has an invalid range ${s.range.arrival}..${s.range.departure}`,
      );
    }
    return ok;
  });
  valid.forEach((a, i) =>
    valid.slice(i + 1).forEach((b) => {
      if (overlaps(a.range, b.range)) {
        problems.push(
          `seasons "${a.code}" ${a.range.arrival}..${a.range.departure} and "${b.code}" ${b.range.arrival}..${b.range.departure} overlap`,
        );
      }
    }),
  );
  return problems;
}

/** Age bands: integers from 0 up, no gaps and no overlaps between them. */
export function ageBandProblems(card: RateCard): string[] {
  const problems = [
    ...duplicates(
      card.ageBands.map((b) => b.code),
      'age band',
    ),
  ];
  if (card.ageBands.length === 0) {
    return ['there are no age bands'];
  }
  for (const band of card.ageBands) {
    problems.push(...intProblem(band.minAge, `age band ${band.code} minAge`));
    problems.push(
      ...intProblem(band.maxAge, `age band ${band.code} maxAge`, band.minAge),
    );
  }
  const sorted = [...card.ageBands].sort((a, b) => a.minAge - b.minAge);
  if (sorted[0] && sorted[0].minAge !== 0) {
    problems.push(`age bands start at ${sorted[0].minAge}, not 0`);
  }
  sorted.slice(1).forEach((band, i) => {
    const previous = sorted[i];
    if (previous && band.minAge > previous.maxAge + 1) {
      problems.push(
        `gap in age bands between ${previous.code} and ${band.code}`,
      );
    } else if (previous && band.minAge <= previous.maxAge) {
      problems.push(`age bands ${previous.code} and ${band.code} overlap`);
    }
  });
  return problems;
}

/** Unit-type rates, person charges and surcharges: known codes, no duplicates, none missing. */
export function priceProblems(
  card: RateCard,
  unitTypeCodes: readonly string[],
): string[] {
  const types = new Set(unitTypeCodes);
  const seasons = new Set(card.seasons.map((s) => s.code));
  const bands = new Set(card.ageBands.map((b) => b.code));
  const problems: string[] = [];
  for (const rate of card.unitTypeRates) {
    const what = `rate ${rate.unitTypeCode}/${rate.seasonCode}`;
    problems.push(...unknown([rate.unitTypeCode], types, `${what} unit type`));
    problems.push(...unknown([rate.seasonCode], seasons, `${what} season`));
    problems.push(...intProblem(rate.nightlyMinor, `${what} nightlyMinor`));
    problems.push(...intProblem(rate.includedGuests, `${what} includedGuests`));
  }
  problems.push(
    ...duplicates(
      card.unitTypeRates.map((r) => `${r.unitTypeCode}/${r.seasonCode}`),
      'rate',
    ),
  );
  for (const charge of card.personCharges) {
    const what = `person charge ${charge.ageBandCode}/${charge.seasonCode}`;
    problems.push(...unknown([charge.seasonCode], seasons, `${what} season`));
    problems.push(...unknown([charge.ageBandCode], bands, `${what} age band`));
    problems.push(...intProblem(charge.nightlyMinor, `${what} nightlyMinor`));
  }
  problems.push(
    ...duplicates(
      card.personCharges.map((c) => `${c.ageBandCode}/${c.seasonCode}`),
      'person charge',
    ),
  );
  for (const s of card.surcharges) {
    problems.push(...unknown([s.seasonCode], seasons, 'surcharges season'));
    problems.push(
      ...intProblem(s.petNightlyMinor, `pet surcharge ${s.seasonCode}`),
    );
    problems.push(
      ...intProblem(s.vehicleNightlyMinor, `vehicle surcharge ${s.seasonCode}`),
    );
  }
  problems.push(
    ...duplicates(
      card.surcharges.map((s) => s.seasonCode),
      'surcharges for season',
    ),
  );
  // Every priced season must price every guest, pet and vehicle, or quoting throws.
  for (const season of new Set(card.unitTypeRates.map((r) => r.seasonCode))) {
    for (const band of bands) {
      if (
        !card.personCharges.some(
          (c) => c.seasonCode === season && c.ageBandCode === band,
        )
      ) {
        problems.push(`no person charge for ${band} in season "${season}"`);
      }
    }
    if (!card.surcharges.some((s) => s.seasonCode === season)) {
      problems.push(`no pet/vehicle surcharges for season "${season}"`);
    }
  }
  return problems;
}
