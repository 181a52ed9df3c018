import { expect, test } from '@playwright/test';
import type { HoldRequestBody } from '@pitchdesk/contracts';
import type { CatalogueUnit, MapShape, Party, Stay } from './support/booking-api';
import { freeUnits, holdUnit, pickFreeUnit } from './support/booking-api';
import { ChooseUnitPage, CheckoutPages, isHoldRequest, stayPath } from './support/pages';
import { checkStep } from './support/step-check';
import { escapeRegExp, TEXTS } from './support/texts';

const texts = TEXTS.en;
const NAME = 'unit-taken';
const UNIT_TYPE = 'pitch-standard';
const STAY: Stay = { arrival: '2027-04-19', departure: '2027-04-22' };
// A party with something of everything: it must reach the checkout unchanged.
const PARTY: Party = { adults: 2, childrenAges: [5], pets: 1, vehicles: 1 };
const ALTERNATIVE = /^(\S+), (\d+) m away$/;

const centre = (shape: MapShape): { x: number; y: number } => ({ x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 });
function metresBetween(a: MapShape, b: MapShape): number {
  const [from, to] = [centre(a), centre(b)];
  return Math.hypot(to.x - from.x, to.y - from.y);
}

test('a unit taken just before Continue: the 409 says so, offers the nearest free units, and one of them reaches the checkout', async ({ page, request }) => {
  test.setTimeout(60_000);
  // No hub for this guest: only the API's 409 can tell the page the unit went.
  await page.route('**/.well-known/mercure**', (route) => route.abort());
  const unit = await pickFreeUnit(request, STAY, PARTY, UNIT_TYPE, 3);
  const chooser = new ChooseUnitPage(page, texts);

  await page.goto(stayPath('en', UNIT_TYPE, STAY, PARTY));
  await expect(page.getByText(texts.connecting, { exact: true })).toBeVisible();
  await chooser.expectFree(unit.code);
  await chooser.listRadio(unit.code).check();
  await chooser.expectChosen(unit.code);
  await checkStep(page, NAME, 'chosen');

  // Another party takes it through the API; the page still shows it free.
  await holdUnit(request, unit.id, STAY, PARTY);
  await expect(chooser.mapUnit(unit.code)).toHaveAttribute('aria-disabled', 'false');
  const refused = page.waitForResponse(isHoldRequest);
  await chooser.continueButton.click();
  const refusal = await refused;
  expect(refusal.status()).toBe(409);
  expect(((await refusal.json()) as { code?: string }).code).toBe('UNIT_TAKEN');

  // The page says so (focus on the message), no longer offers the unit, and lists the nearest free ones.
  const panel = chooser.alerts.filter({ hasText: texts.takenByHold(unit.code) });
  await expect(panel.getByRole('heading', { name: texts.takenByHold(unit.code), exact: true })).toBeFocused();
  await expect(panel).toContainText(texts.alternativesIntro);
  await expect(chooser.mapUnit(unit.code)).toHaveAttribute('aria-disabled', 'true');
  await expect(chooser.listRadio(unit.code)).toBeDisabled();
  const alternatives = panel.getByRole('button', { name: ALTERNATIVE });
  await expect(alternatives).toHaveCount(3);
  await expect(panel.getByRole('button', { name: texts.anyFreePlace, exact: true })).toBeVisible();

  const offered = (await alternatives.allTextContents()).map((text) => {
    const [, code, metres] = ALTERNATIVE.exec(text.trim()) ?? [];
    return { code: code as string, metres: Number(metres) };
  });
  // The API's answers may be up to a second old: the taken unit itself is left out here.
  const free = (await freeUnits(request, STAY, PARTY, UNIT_TYPE)).filter((candidate) => candidate.id !== unit.id);
  const byCode = new Map<string, CatalogueUnit>(free.map((candidate) => [candidate.code, candidate]));
  const distance = (code: string): number => metresBetween(unit.map, (byCode.get(code) as CatalogueUnit).map);
  for (const { code, metres } of offered) {
    expect(byCode.has(code), `${code} is offered, so the API must call it free`).toBe(true);
    expect(metres).toBe(Math.round(distance(code)));
  }
  const farthestOffered = Math.max(...offered.map(({ code }) => distance(code)));
  const closerNotOffered = free.filter((candidate) => !offered.some(({ code }) => code === candidate.code) && distance(candidate.code) < farthestOffered - 0.01);
  expect(closerNotOffered.map((candidate) => candidate.code), 'no free unit nearer than the ones offered').toEqual([]);
  expect(offered.map(({ code }) => distance(code))).toEqual([...offered.map(({ code }) => distance(code))].sort((a, b) => a - b));
  await checkStep(page, NAME, 'conflict');

  // The nearest one: chosen at once, focus on Continue, and held with the same stay and party.
  const nearest = offered[0] as { code: string };
  await alternatives.first().click();
  await expect(chooser.continueButton).toBeFocused();
  await chooser.expectChosen(nearest.code);
  await expect(chooser.alerts.filter({ hasText: texts.takenByHold(unit.code) })).toHaveCount(0);
  const held = page.waitForResponse(isHoldRequest);
  await chooser.continueButton.click();
  const hold = await held;
  expect(hold.status()).toBe(201);
  expect(hold.request().postDataJSON() as HoldRequestBody).toMatchObject({
    unitId: (byCode.get(nearest.code) as CatalogueUnit).id,
    stay: STAY,
    party: { adults: PARTY.adults, childrenAges: PARTY.childrenAges, pets: PARTY.pets, vehicles: PARTY.vehicles },
  });

  const checkout = new CheckoutPages(page, texts);
  await checkout.expectExtrasFor(nearest.code);
  await expect(page).toHaveURL(new RegExp(`/en/checkout/[0-9a-f-]{36}/extras$`));
  await expect(checkout.countdown).not.toContainText(new RegExp(`\\b${escapeRegExp(unit.code)}\\b`));
  await checkStep(page, NAME, 'checkout');
});
