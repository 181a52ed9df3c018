import { describe, expect, it } from 'vitest';
import type { RateCard } from '../pricing/rate-card';
import { d, lagoCard, r } from '../testing/lago-fixture';
import type { RuleViolation } from './rule-violation';
import { checkStayRules } from './stay-rules';

const SAT = [6];
const peakMin7: RuleViolation = {
  code: 'MIN_NIGHTS',
  params: { minNights: 7, ruleCode: 'peak-saturday' },
};

describe('checkStayRules', () => {
  it.each<[string, string, string, string, RuleViolation[]]>([
    [
      'mobile home Saturday to Saturday in August',
      'mobile-home-6',
      '2026-08-01',
      '2026-08-08',
      [],
    ],
    [
      'mobile home two peak weeks',
      'mobile-home-6',
      '2026-08-01',
      '2026-08-15',
      [],
    ],
    [
      'mobile home Monday to Saturday in August',
      'mobile-home-6',
      '2026-08-03',
      '2026-08-08',
      [
        peakMin7,
        {
          code: 'ARRIVAL_WEEKDAY',
          params: { weekdays: SAT, ruleCode: 'peak-saturday' },
        },
      ],
    ],
    [
      'tent Saturday to Wednesday in peak',
      'safari-tent',
      '2026-07-25',
      '2026-07-29',
      [
        peakMin7,
        {
          code: 'DEPARTURE_WEEKDAY',
          params: { weekdays: SAT, ruleCode: 'peak-saturday' },
        },
      ],
    ],
    // Rules apply by ARRIVAL date: a stay arriving before the peak may run into it freely.
    [
      'arrival a week before peak, staying into it',
      'mobile-home-6',
      '2026-07-11',
      '2026-07-22',
      [],
    ],
    [
      'arrival on the day peak ends',
      'mobile-home-6',
      '2026-08-29',
      '2026-08-31',
      [],
    ],
    [
      'peak rule does not cover pitches',
      'pitch-comfort',
      '2026-08-03',
      '2026-08-06',
      [],
    ],
    [
      'pitch 2 nights in high season',
      'pitch-comfort',
      '2026-07-01',
      '2026-07-03',
      [
        {
          code: 'MIN_NIGHTS',
          params: { minNights: 3, ruleCode: 'high-pitch-min3' },
        },
      ],
    ],
    [
      'pitch 2 nights in mid season',
      'pitch-comfort',
      '2026-06-12',
      '2026-06-14',
      [],
    ],
    [
      'arrival on Ferragosto',
      'pitch-comfort',
      '2026-08-15',
      '2026-08-20',
      [
        {
          code: 'CLOSED_TO_ARRIVAL',
          params: { date: '2026-08-15', ruleCode: 'ferragosto' },
        },
      ],
    ],
    [
      'departure the day after Ferragosto',
      'pitch-comfort',
      '2026-08-10',
      '2026-08-16',
      [
        {
          code: 'CLOSED_TO_DEPARTURE',
          params: { date: '2026-08-16', ruleCode: 'ferragosto' },
        },
      ],
    ],
    [
      'longer than the maximum stay',
      'pitch-comfort',
      '2026-09-20',
      '2026-11-20',
      [{ code: 'MAX_NIGHTS', params: { maxNights: 60, ruleCode: 'max-stay' } }],
    ],
    [
      'a night past the last season',
      'pitch-comfort',
      '2026-12-30',
      '2027-01-02',
      [{ code: 'NOT_BOOKABLE', params: { night: '2027-01-01' } }],
    ],
    [
      'a type the card does not price',
      'bungalow',
      '2026-05-10',
      '2026-05-12',
      [{ code: 'NOT_BOOKABLE', params: { night: '2026-05-10' } }],
    ],
  ])('%s', (_name, type, arrival, departure, expected) => {
    expect(checkStayRules(lagoCard, type, r(arrival, departure))).toEqual(
      expected,
    );
  });

  it('reports one NOT_BOOKABLE for a stay with many unpriced nights', () => {
    const winterless: RateCard = {
      ...lagoCard,
      seasons: lagoCard.seasons.slice(1),
    };
    expect(
      checkStayRules(
        winterless,
        'pitch-comfort',
        r('2026-03-01', '2026-03-10'),
      ),
    ).toEqual([{ code: 'NOT_BOOKABLE', params: { night: '2026-03-01' } }]);
  });

  describe('DST weekends (the test zone is Europe/Rome)', () => {
    const springSaturdays: RateCard = {
      ...lagoCard,
      stayRules: [
        {
          code: 'spring',
          unitTypeCodes: [],
          range: r('2026-03-01', '2026-04-01'),
          arrivalWeekdays: [6],
          departureWeekdays: [1],
        },
        {
          code: 'autumn',
          unitTypeCodes: [],
          range: r('2026-10-01', '2026-11-01'),
          arrivalWeekdays: [7],
          closedToDeparture: [d('2026-10-25')],
        },
      ],
    };
    it.each<[string, string, string, RuleViolation[]]>([
      [
        'Saturday before spring-forward to Monday',
        '2026-03-28',
        '2026-03-30',
        [],
      ],
      [
        'arriving on the spring-forward Sunday',
        '2026-03-29',
        '2026-03-30',
        [
          {
            code: 'ARRIVAL_WEEKDAY',
            params: { weekdays: [6], ruleCode: 'spring' },
          },
        ],
      ],
      ['arriving on the fall-back Sunday', '2026-10-25', '2026-10-27', []],
      [
        'leaving on the fall-back Sunday',
        '2026-10-18',
        '2026-10-25',
        [
          {
            code: 'CLOSED_TO_DEPARTURE',
            params: { date: '2026-10-25', ruleCode: 'autumn' },
          },
        ],
      ],
    ])('%s', (_name, arrival, departure, expected) => {
      expect(
        checkStayRules(springSaturdays, 'pitch-comfort', r(arrival, departure)),
      ).toEqual(expected);
    });
  });
});
