import { describe, expect, it } from 'vitest';
import { closureRequestSchema, moveRequestSchema, planningQuerySchema } from './planning';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('planningQuerySchema', () => {
  it('reads days from the query string and defaults to 60', () => {
    expect(planningQuerySchema.parse({ from: '2027-07-01', days: '14' })).toEqual({ from: '2027-07-01', days: 14 });
    expect(planningQuerySchema.parse({ from: '2027-07-01' })).toEqual({ from: '2027-07-01', days: 60 });
  });

  it.each([
    [{ from: '2027-07-01', days: '93' }],
    [{ from: '2027-07-01', days: '0' }],
    [{ from: '2027-07-01', days: '7.5' }],
    [{ from: '2027-02-30', days: '7' }],
    [{ days: '7' }],
  ])('refuses %j', (query) => {
    expect(planningQuerySchema.safeParse(query).success).toBe(false);
  });
});

describe('closureRequestSchema', () => {
  it('trims the reason', () => {
    expect(closureRequestSchema.parse({ from: '2027-07-01', to: '2027-07-03', reason: '  Roof repair ' })).toEqual({
      from: '2027-07-01',
      to: '2027-07-03',
      reason: 'Roof repair',
    });
  });

  it.each([
    [{ from: '2027-07-03', to: '2027-07-03', reason: 'x' }, 'to: to must be after from'],
    [{ from: '2027-01-01', to: '2028-01-03', reason: 'x' }, 'to: at most 366 nights per closure'],
    [{ from: '2027-07-01', to: '2027-07-03', reason: '   ' }, 'reason: say why the unit is closed'],
  ])('refuses %j with "%s"', (body, message) => {
    expect(issuesOf(closureRequestSchema.safeParse(body))).toContain(message);
  });
});

describe('moveRequestSchema', () => {
  const unitId = '00000000-0000-4000-8000-00000000000a';

  it('takes a unit, dates, or both', () => {
    expect(moveRequestSchema.parse({ unitId, reprice: true })).toEqual({ unitId, reprice: true });
    expect(moveRequestSchema.parse({ departure: '2027-07-20', reprice: false })).toEqual({ departure: '2027-07-20', reprice: false });
  });

  it.each([
    [{ reprice: true }, 'unitId: give a unitId, an arrival or a departure to move to'],
    [{ arrival: '2027-07-20', departure: '2027-07-20', reprice: true }, 'departure: departure must be after arrival'],
  ])('refuses %j with "%s"', (body, message) => {
    expect(issuesOf(moveRequestSchema.safeParse(body))).toContain(message);
  });

  it('needs reprice said explicitly: moving with or without a new price is the staff member\'s call', () => {
    expect(moveRequestSchema.safeParse({ unitId }).success).toBe(false);
  });
});
