import { expect, test } from '@playwright/test';
import type { Party, Stay } from './support/booking-api';
import { pickFreeUnit } from './support/booking-api';
import { ChooseUnitPage, isHoldRequest, stayPath } from './support/pages';
import { checkStep } from './support/step-check';
import { TEXTS } from './support/texts';

const texts = TEXTS.en;
const NAME = 'live';
const UNIT_TYPE = 'pitch-lake';
const STAY: Stay = { arrival: '2027-04-12', departure: '2027-04-15' };
const PARTY: Party = { adults: 2, childrenAges: [], pets: 0, vehicles: 0 };
/** The bound: another guest's hold shows as unavailable within 2 s, without a reload. */
const LIVE_BOUND_MS = 2_000;

test('a unit held in another browser turns unavailable on the map and in the list within 2 s, without a reload', async ({ browser, request }) => {
  test.setTimeout(60_000);
  const unit = await pickFreeUnit(request, STAY, PARTY, UNIT_TYPE);
  const path = stayPath('en', UNIT_TYPE, STAY, PARTY);
  const [contextA, contextB] = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const [pageA, pageB] = await Promise.all([contextA.newPage(), contextB.newPage()]);
    const guestA = new ChooseUnitPage(pageA, texts);
    const guestB = new ChooseUnitPage(pageB, texts);
    await Promise.all([pageA.goto(path), pageB.goto(path)]);

    // Both see the unit free and follow the hub before B acts.
    await expect(guestA.live).toBeVisible();
    await expect(guestB.live).toBeVisible();
    await guestA.expectFree(unit.code);
    await checkStep(pageA, NAME, 'before');
    let navigations = 0;
    pageA.on('framenavigated', (frame) => {
      navigations += frame === pageA.mainFrame() ? 1 : 0;
    });

    // B chooses the unit in the list and holds it through the UI.
    await guestB.listRadio(unit.code).check();
    await guestB.expectChosen(unit.code);
    const held = pageB.waitForResponse(isHoldRequest);
    await guestB.continueButton.click();
    const holdResponse = await held;
    const timing = holdResponse.request().timing();
    const arrivedAt = timing.responseStart >= 0 ? timing.startTime + timing.responseStart : Date.now();
    expect(holdResponse.status()).toBe(201);
    const left = (): number => Math.max(1, Math.floor(arrivedAt + LIVE_BOUND_MS - Date.now()));

    // A: within the bound, from the moment B's hold was answered.
    await expect(guestA.mapUnit(unit.code)).toHaveAttribute('aria-disabled', 'true', { timeout: left() });
    await expect(guestA.listRadio(unit.code)).toBeDisabled({ timeout: left() });
    expect(navigations, 'page A was not reloaded').toBe(0);
    await checkStep(pageA, NAME, 'after');
  } finally {
    await Promise.all([contextA.close(), contextB.close()]);
  }
});
