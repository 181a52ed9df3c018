import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { BookingCreated } from '@pitchdesk/contracts';
import { bookingEngineUrl } from '../playwright.config';
import { freeUnits } from '../booking-engine/support/booking-api';
import type { CatalogueUnit, Party, Stay } from '../booking-engine/support/booking-api';
import { CheckoutPages, ChooseUnitPage, isBookingRequest, isHoldRequest, stayPath } from '../booking-engine/support/pages';
import { TEXTS } from '../booking-engine/support/texts';
import { expectNoA11yViolations } from '../support/a11y';
import { saveFullPageScreenshot } from '../support/artifacts';
import { addDays, localToday } from './support/board-api';
import { bar, dragBarTo, expectLive, moveDialog, signIn } from './support/board-page';

const PARTY: Party = { adults: 2, childrenAges: [], pets: 0, vehicles: 0 };
const UNIT_TYPE = 'pitch-standard';

/** A guest books through the booking engine's pages, in their own browser. */
async function bookInBookingEngine(guestPage: Page, stay: Stay, unitCode: string, lastName: string): Promise<BookingCreated> {
  const texts = TEXTS.en;
  await guestPage.goto(stayPath('en', UNIT_TYPE, stay, PARTY, unitCode));
  const chooser = new ChooseUnitPage(guestPage, texts);
  await chooser.expectChosen(unitCode);
  const held = guestPage.waitForResponse(isHoldRequest);
  await chooser.continueButton.click();
  expect((await held).status()).toBe(201);
  const checkout = new CheckoutPages(guestPage, texts);
  await checkout.expectExtrasFor(unitCode);
  await guestPage.getByRole('button', { name: texts.continueToDetails, exact: true }).click();
  await checkout.fillDetails({ firstName: 'Marta', lastName, email: `${lastName.toLowerCase()}@example.com`, country: 'IT' });
  await guestPage.getByRole('button', { name: texts.continueToReview, exact: true }).click();
  await expect(checkout.heading(texts.reviewTitle)).toBeVisible();
  const booked = guestPage.waitForResponse(isBookingRequest);
  await guestPage.getByRole('button', { name: texts.confirmBooking, exact: true }).click();
  const response = await booked;
  expect(response.status()).toBe(201);
  await expect(checkout.heading(texts.confirmationTitle)).toBeVisible();
  return (await response.json()) as BookingCreated;
}

test('a stay from booking to receipt: booked online, live on the board, moved, checked in, paid, checked out', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  // Arriving today: check-in is only allowed from the arrival day.
  const stay: Stay = { arrival: localToday(), departure: addDays(localToday(), 2) };
  // Two free pitches at random: parallel runs and reruns rarely meet.
  const free = (await freeUnits(request, stay, PARTY, UNIT_TYPE)).sort(() => Math.random() - 0.5);
  expect(free.length, 'two free pitches today').toBeGreaterThanOrEqual(2);
  const [unit, target] = free as [CatalogueUnit, CatalogueUnit];
  const lastName = `Stay${Date.now().toString(36)}`;

  // Reception has the board open on today.
  await signIn(page);
  await expectLive(page);
  await expect(bar(page, lastName)).toHaveCount(0);

  // The guest books in the booking engine, in another browser.
  const guestContext = await browser.newContext({ baseURL: bookingEngineUrl });
  const created = await bookInBookingEngine(await guestContext.newPage(), stay, unit.code, lastName);
  await guestContext.close();

  // It appears on the open board without a reload (what is checked is "no reload", not how
  // fast: on a loaded CI machine the other e2e worker competes for the same two cores).
  const booked = bar(page, lastName, unit.code);
  await expect(booked).toBeVisible({ timeout: 20_000 });

  // Reception drags it onto another pitch, and confirms.
  await dragBarTo(page, booked, target.code, stay.arrival);
  const dialog = moveDialog(page, lastName);
  await expect(dialog).toBeVisible();
  const moved = page.waitForResponse((r) => r.url().endsWith('/move') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Confirm move' }).click();
  expect((await moved).status()).toBe(200);
  await expect(bar(page, lastName, target.code)).toBeVisible();

  const guestName = `Marta ${lastName}`;

  // Arrivals today: reception opens the check-in from the front desk.
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Front desk' }).click();
  const checkInLink = page.getByRole('link', { name: `Check in ${guestName}, ${target.code}` });
  await expect(checkInLink).toBeVisible();
  await saveFullPageScreenshot(page, 'front-desk-arrivals');
  await expectNoA11yViolations(page);
  await checkInLink.click();

  // Registration: the head of the family with a document, a member without.
  await expect(page.getByRole('heading', { name: /Check in/ })).toBeVisible();
  await page.getByRole('radio', { name: 'a family' }).check();
  await fillGuest(page, 'Guest 1 (head of family)', { surname: lastName, givenName: 'Marta', sex: 'F', born: '1984-03-12', document: { type: 'PASOR', number: 'YA1234567' } });
  await fillGuest(page, 'Guest 2', { surname: lastName, givenName: 'Luca', sex: 'M', born: '1982-11-02' });
  await expectNoA11yViolations(page);
  await saveFullPageScreenshot(page, 'front-desk-check-in');
  const checkedIn = page.waitForResponse((r) => r.url().endsWith('/check-in') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  expect((await checkedIn).status()).toBe(200);
  await expect(page.getByText('Checked in.')).toBeVisible();

  // The folio: an extra at the desk, then the balance paid in cash.
  await page.getByRole('link', { name: 'Open the folio' }).click();
  await expect(page.getByRole('heading', { name: 'Folio and check-out' })).toBeVisible();
  const balance = page.getByRole('row', { name: /^Balance/ });
  const balanceBefore = await balance.textContent();
  await page.getByLabel('Extra', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Quantity', { exact: true }).fill('1');
  const charged = page.waitForResponse((r) => r.url().endsWith('/folio/charges') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Add extra' }).click();
  expect((await charged).status()).toBe(201);
  await expect(balance).not.toHaveText(balanceBefore ?? '');

  await page.getByLabel('Method', { exact: true }).selectOption({ label: 'Cash' });
  const paid = page.waitForResponse((r) => r.url().endsWith('/folio/payments') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Record payment' }).click();
  expect((await paid).status()).toBe(201);
  await expect(balance).toContainText('0.00');
  await expect(page.getByRole('button', { name: 'Check out with open balance' })).toHaveCount(0);
  await saveFullPageScreenshot(page, 'front-desk-folio');
  await expectNoA11yViolations(page);

  // Check-out with nothing owed, then the receipt.
  const checkedOut = page.waitForResponse((r) => r.url().endsWith('/check-out') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Check out', exact: true }).click();
  expect((await checkedOut).status()).toBe(200);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download receipt (PDF, English)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toContain(created.booking.reference);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

interface RegisteredGuest {
  readonly surname: string;
  readonly givenName: string;
  readonly sex: 'F' | 'M';
  readonly born: string;
  readonly document?: { readonly type: string; readonly number: string };
}

/** Fills one guest's fieldset of the registration form: born in Germany, German citizen. */
async function fillGuest(page: Page, legend: string, guest: RegisteredGuest): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Surname').fill(guest.surname);
  await group.getByLabel('Given name').fill(guest.givenName);
  await group.getByLabel('Sex').selectOption(guest.sex);
  await group.getByLabel('Date of birth').fill(guest.born);
  await group.getByLabel('Country of birth').selectOption('DE');
  await group.getByLabel('Citizenship').selectOption('DE');
  if (guest.document) {
    await group.getByLabel('Document type').selectOption(guest.document.type);
    await group.getByLabel('Document number').fill(guest.document.number);
    await group.getByLabel('Document issued in (country)').selectOption('DE');
  }
}
