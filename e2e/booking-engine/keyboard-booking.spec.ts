import { expect, test } from '@playwright/test';
import type { Party, Stay } from './support/booking-api';
import { freeUnits } from './support/booking-api';
import { uniqueGuest } from './support/guest';
import { pickDayWithKeyboard, pressUntilFocused } from './support/keyboard';
import { ChooseUnitPage, CheckoutPages, isBookingRequest, isHoldRequest } from './support/pages';
import { checkStep } from './support/step-check';
import { TEXTS, typedDate } from './support/texts';

const texts = TEXTS.en;
const NAME = 'keyboard';
const UNIT_TYPE = 'pitch-standard';
// Its own nights (mid season, no minimum stay): no other test competes for these units.
const STAY: Stay = { arrival: '2027-06-08', departure: '2027-06-11' };
const PARTY: Party = { adults: 2, childrenAges: [], pets: 0, vehicles: 1 };

// Only the keyboard drives the page: no click, fill, check or focus() on any element.
// Locators are used to read state and to assert where the focus is.
test('a keyboard-only booking: date picker, party, results, map and list, checkout, confirmation', async ({ page, request }) => {
  test.setTimeout(90_000);
  const { keyboard } = page;
  const guest = uniqueGuest(NAME, 'IT');

  await page.goto('/en/');
  const form = page.getByRole('search');
  await expect(page.getByRole('heading', { level: 1, name: texts.searchTitle })).toBeVisible();

  // The skip link is the first stop and leads to the main content.
  await keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  // Arrival in the date picker dialog.
  const arrivalButton = form.getByRole('button', { name: 'Choose the arrival date in a calendar' });
  await pressUntilFocused(page, 'Tab', arrivalButton);
  await keyboard.press('Enter');
  const arrivalPicker = page.getByRole('dialog', { name: 'Choose your arrival date' });
  await expect(arrivalPicker).toBeVisible();
  await checkStep(page, NAME, 'arrival-picker');
  await pickDayWithKeyboard(page, arrivalPicker, STAY.arrival);
  await expect(arrivalPicker).toBeHidden();
  await expect(arrivalButton).toBeFocused();
  await expect(form.getByRole('textbox', { name: texts.arrival, exact: true })).toHaveValue(typedDate(STAY.arrival));

  // Departure: the next stops are its text field, then its calendar button.
  await keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: texts.departure, exact: true })).toBeFocused();
  await keyboard.press('Tab');
  const departureButton = form.getByRole('button', { name: 'Choose the departure date in a calendar' });
  await expect(departureButton).toBeFocused();
  await keyboard.press('Enter');
  const departurePicker = page.getByRole('dialog', { name: 'Choose your departure date' });
  await expect(departurePicker).toBeVisible();
  await checkStep(page, NAME, 'departure-picker');
  await pickDayWithKeyboard(page, departurePicker, STAY.departure);
  await expect(departurePicker).toBeHidden();
  await expect(departureButton).toBeFocused();
  await expect(form.getByRole('textbox', { name: texts.departure, exact: true })).toHaveValue(typedDate(STAY.departure));

  // Party: adults stay at two, one vehicle with the arrow key on the closed select.
  const adults = form.getByLabel(texts.adults, { exact: true });
  await keyboard.press('Tab');
  await expect(adults).toBeFocused();
  await expect(adults).toHaveValue(String(PARTY.adults));
  const vehicles = form.getByLabel('Vehicles', { exact: true });
  await pressUntilFocused(page, 'Tab', vehicles);
  await keyboard.press('ArrowDown');
  await expect(vehicles).toHaveValue(String(PARTY.vehicles));
  await checkStep(page, NAME, 'search');

  await pressUntilFocused(page, 'Tab', form.getByRole('button', { name: texts.search, exact: true }));
  await keyboard.press('Enter');

  // Results: the focus moves to their heading; the type's link is reached with Tab.
  await expect(page.getByRole('heading', { level: 2, name: texts.resultsHeading, exact: true })).toBeFocused();
  const chooseLink = page.getByRole('link', { name: texts.choose(texts.typeNames[UNIT_TYPE] as string) });
  await expect(chooseLink).toBeVisible();
  await checkStep(page, NAME, 'results');
  await pressUntilFocused(page, 'Tab', chooseLink);
  await keyboard.press('Enter');

  // Map: its one tab stop is the first free unit; Enter chooses it. List: the arrow key
  // moves the choice to the next free unit, skipping unavailable ones.
  const chooser = new ChooseUnitPage(page, texts);
  await expect(page).toHaveURL(/\/en\/stay\/pitch-standard\?/);
  await expect(chooser.live).toBeVisible();
  const free = await freeUnits(request, STAY, PARTY, UNIT_TYPE);
  expect(free.length).toBeGreaterThan(1);
  const [first, second] = free as [(typeof free)[0], (typeof free)[0]];
  await pressUntilFocused(page, 'Tab', chooser.mapUnit(first.code));
  await expect(chooser.mapUnit(first.code)).toHaveAttribute('aria-disabled', 'false');
  await keyboard.press('Enter');
  await chooser.expectChosen(first.code);

  await keyboard.press('Tab');
  await expect(chooser.listRadio(first.code)).toBeFocused();
  await keyboard.press('ArrowDown');
  await expect(chooser.listRadio(second.code)).toBeFocused();
  await chooser.expectChosen(second.code);
  await expect(chooser.mapUnit(first.code)).toHaveAttribute('aria-pressed', 'false');
  await checkStep(page, NAME, 'choose-unit');

  await pressUntilFocused(page, 'Tab', chooser.continueButton);
  const held = page.waitForResponse(isHoldRequest);
  await keyboard.press('Enter');
  expect((await held).status()).toBe(201);

  // Extras: the step's heading has the focus; Space ticks an extra.
  const checkout = new CheckoutPages(page, texts);
  await checkout.expectExtrasFor(second.code);
  await expect(checkout.heading(texts.extrasTitle)).toBeFocused();
  const bbq = page.getByRole('checkbox', { name: 'BBQ', exact: true });
  await pressUntilFocused(page, 'Tab', bbq);
  await keyboard.press('Space');
  await expect(bbq).toBeChecked();
  await checkStep(page, NAME, 'extras');
  await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: texts.continueToDetails, exact: true }));
  await keyboard.press('Enter');

  // Details: field after field with Tab; the country by type-ahead in its select.
  await expect(checkout.heading(texts.detailsTitle)).toBeFocused();
  for (const [label, value] of [
    [texts.firstName, guest.firstName],
    [texts.lastName, guest.lastName],
    [texts.email, guest.email],
  ] as const) {
    await keyboard.press('Tab');
    await expect(page.getByLabel(label, { exact: true })).toBeFocused();
    await keyboard.type(value);
  }
  await keyboard.press('Tab');
  await expect(page.getByLabel(texts.phone, { exact: true })).toBeFocused();
  await keyboard.press('Tab');
  const country = page.getByLabel(texts.country, { exact: true });
  await expect(country).toBeFocused();
  await keyboard.type('Italy');
  await expect(country).toHaveValue(guest.country);
  await checkStep(page, NAME, 'details');
  await keyboard.press('Tab');
  await expect(page.getByRole('button', { name: texts.continueToReview, exact: true })).toBeFocused();
  await keyboard.press('Enter');

  // Review and confirm.
  await expect(checkout.heading(texts.reviewTitle)).toBeFocused();
  await expect(checkout.quoteTotal).toHaveText(/\d/);
  await expect(page.getByText(guest.email, { exact: true })).toBeVisible();
  await checkStep(page, NAME, 'review');
  await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: texts.confirmBooking, exact: true }));
  const booked = page.waitForResponse(isBookingRequest);
  await keyboard.press('Enter');
  const response = await booked;
  expect(response.status()).toBe(201);
  const { booking } = (await response.json()) as { booking: { reference: string; unitCode: string; arrival: string; departure: string } };
  expect(booking).toMatchObject({ unitCode: second.code, arrival: STAY.arrival, departure: STAY.departure });

  await expect(checkout.heading(texts.confirmationTitle)).toBeFocused();
  await expect(page.getByTestId('booking-reference')).toHaveText(booking.reference);
  await checkStep(page, NAME, 'confirmation');
});
