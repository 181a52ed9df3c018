import type { ApiProblem } from '@pitchdesk/shared/data-access-api';
import { holdFailureOf } from './hold-failure';

const refused = (status: number, code: string, details: Record<string, unknown> = {}): ApiProblem => ({
  kind: 'refused',
  status,
  code,
  message: `${code} message`,
  fields: {},
  details,
});

describe('holdFailureOf', () => {
  it.each([
    [refused(409, 'UNIT_TAKEN', { unitId: 'u1' }), 'unit-taken'],
    [refused(409, 'NO_UNIT_AVAILABLE'), 'no-unit-available'],
    [refused(409, 'BUSY'), 'busy'],
    [refused(400, 'VALIDATION_FAILED'), 'search-invalid'],
    [refused(404, 'UNIT_NOT_FOUND'), 'search-invalid'],
    [{ kind: 'unreachable' } as const, 'unreachable'],
    [refused(422, 'PRICING_FAILED'), 'failed'],
  ])('maps %o to %s', (problem, kind) => {
    expect(holdFailureOf(problem).kind).toBe(kind);
  });

  it('keeps the violations of STAY_NOT_ALLOWED as sent, dropping malformed ones', () => {
    const failure = holdFailureOf(
      refused(422, 'STAY_NOT_ALLOWED', {
        violations: [{ code: 'TOO_MANY_GUESTS', params: { maxGuests: 6 } }, { code: 'MIN_NIGHTS', params: {}, message: 'Minimum 3 nights' }, 'junk'],
      }),
    );
    expect(failure).toEqual({
      kind: 'stay-not-allowed',
      violations: [
        { code: 'TOO_MANY_GUESTS', params: { maxGuests: 6 } },
        { code: 'MIN_NIGHTS', params: {}, message: 'Minimum 3 nights' },
      ],
    });
  });
});
