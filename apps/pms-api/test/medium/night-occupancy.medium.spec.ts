import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoldResponse, NightOccupancy } from '@pitchdesk/contracts';
import type { TestApi } from './support/http-api';
import { startTestApi } from './support/http-api';
import { waitForReplicaCatchUp } from './support/stack';
import { createTestCampsite, nth } from './support/test-campsite';
import type { TestCampsite } from './support/test-campsite';
import { eventually, workerConfig } from './support/test-database';

const YEAR = new Date().getUTCFullYear() + 1;
const day = (month: number, date: number): string => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

describe('free units per night (the date picker) on the real stack', () => {
  let api: TestApi;
  let site: TestCampsite;

  beforeAll(async () => {
    // The shortest reuse window: answers below converge to the replica within it.
    api = await startTestApi(await workerConfig({ PD_CATALOGUE_CACHE_MS: '100' }));
    site = await createTestCampsite(api.app, 'nights-test', YEAR);
    await waitForReplicaCatchUp(10_000);
  });

  afterAll(async () => {
    await api.close();
  });

  const occupancy = (from: string, to: string) => api.call<NightOccupancy>('GET', `/properties/${site.slug}/nights?from=${from}&to=${to}`);

  it('counts a hold against its unit type on its nights only, as read from the replica', async () => {
    const before = await occupancy(day(8, 1), day(8, 8));
    expect(before.status).toBe(200);
    const pitchesBefore = before.body.unitTypes.find((type) => type.unitTypeCode === site.pitchType.code);
    expect(pitchesBefore).toEqual({ unitTypeCode: site.pitchType.code, units: site.pitches.length, free: Array(7).fill(site.pitches.length) });

    const held = await api.call<HoldResponse>('POST', `/properties/${site.slug}/holds`, {
      body: { unitId: nth(site.pitches, 0).id, stay: { arrival: day(8, 3), departure: day(8, 5) }, party: { adults: 2 } },
    });
    expect(held.status).toBe(201);
    await waitForReplicaCatchUp(10_000);

    const total = site.pitches.length;
    const expected = [total, total, total - 1, total - 1, total, total, total];
    const freePitches = async (): Promise<number[] | undefined> =>
      (await occupancy(day(8, 1), day(8, 8))).body.unitTypes.find((type) => type.unitTypeCode === site.pitchType.code)?.free.slice();
    await eventually('the hold shows in the counts', async () => JSON.stringify(await freePitches()) === JSON.stringify(expected));
    const after = await occupancy(day(8, 1), day(8, 8));
    expect(after.body.unitTypes.find((type) => type.unitTypeCode === site.pitchType.code)?.free).toEqual(expected);
    expect(after.body.unitTypes.find((type) => type.unitTypeCode === site.mobileHomeType.code)?.free).toEqual(
      Array(7).fill(site.mobileHomes.length),
    );
  });

  it.each([
    ['to before from', `from=${day(8, 5)}&to=${day(8, 1)}`, 'to'],
    ['more than 93 nights', `from=${day(1, 1)}&to=${day(6, 1)}`, 'to'],
    ['a malformed date', `from=${day(8, 1)}x&to=${day(8, 5)}`, 'from'],
  ])('refuses %s with the field named', async (_case, query, field) => {
    const answer = await api.call<{ code: string; fields: Record<string, string> }>('GET', `/properties/${site.slug}/nights?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(answer.body.fields)).toContain(`query.${field}`);
  });

  it('answers 404 for an unknown property', async () => {
    const answer = await api.call('GET', `/properties/no-such-site/nights?from=${day(8, 1)}&to=${day(8, 5)}`);
    expect(answer.status).toBe(404);
  });
});
