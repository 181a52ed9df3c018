import { expect, test } from '@playwright/test';
import type { BookingCreated } from '@pitchdesk/contracts';
import { expectMail } from '../support/ses-mailbox';
import type { ExtraChoice, Party, Stay } from './support/booking-api';
import { pickFreeUnit, quote } from './support/booking-api';
import { uniqueGuest } from './support/guest';
import { exactAmount } from './support/money';
import { ChooseUnitPage, CheckoutPages, isBookingRequest, isHoldRequest } from './support/pages';
import { checkStep } from './support/step-check';
import type { TestedLocale } from './support/texts';
import { TEXTS, typedDate } from './support/texts';

interface Journey {
  readonly locale: TestedLocale;
  readonly unitTypeCode: string;
  /** Mid season, no minimum stay: each journey has its own nights, so parallel runs never compete. */
  readonly stay: Stay;
  readonly party: Party;
  readonly extra: ExtraChoice;
  /** Where the guest picks the unit: on the site map or in the radio list. */
  readonly pickOn: 'map' | 'list';
  readonly country: string;
}

const JOURNEYS: readonly Journey[] = [
  {
    locale: 'it',
    unitTypeCode: 'pitch-standard',
    stay: { arrival: '2027-05-03', departure: '2027-05-06' },
    party: { adults: 2, childrenAges: [], pets: 0, vehicles: 0 },
    extra: { code: 'bbq', quantity: 1 },
    pickOn: 'map',
    country: 'IT',
  },
  {
    locale: 'en',
    unitTypeCode: 'pitch-comfort',
    stay: { arrival: '2027-05-17', departure: '2027-05-21' },
    party: { adults: 2, childrenAges: [8], pets: 0, vehicles: 0 },
    extra: { code: 'breakfast', quantity: 2 },
    pickOn: 'list',
    country: 'GB',
  },
];

for (const journey of JOURNEYS) {
  const { locale, unitTypeCode, stay, party, extra } = journey;
  const texts = TEXTS[locale];
  const name = `booking-${locale}`;

  test(`a full booking in ${locale}: search, map, extras, details, review at the server's price, confirmation, e-mail`, async ({ page, request }) => {
    // Seven steps, each with axe and a full-page screenshot.
    test.setTimeout(90_000);
    const guest = uniqueGuest(name, journey.country);
    const typeName = texts.typeNames[unitTypeCode] as string;

    // Search: dates typed as the hint says, party in the selects.
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: texts.searchTitle })).toBeVisible();
    const form = page.getByRole('search');
    await form.getByRole('textbox', { name: texts.arrival, exact: true }).fill(typedDate(stay.arrival));
    await form.getByRole('textbox', { name: texts.departure, exact: true }).fill(typedDate(stay.departure));
    await form.getByLabel(texts.adults, { exact: true }).selectOption(String(party.adults));
    await form.getByLabel(texts.children, { exact: true }).selectOption(String(party.childrenAges.length));
    for (const [index, age] of party.childrenAges.entries()) {
      await form.getByLabel(texts.childAge(index + 1), { exact: true }).selectOption(String(age));
    }
    await checkStep(page, name, 'search');
    await form.getByRole('button', { name: texts.search, exact: true }).click();

    // Results: the search is in the URL; the type's card links to its map.
    await expect(page.getByRole('heading', { level: 2, name: texts.resultsHeading, exact: true })).toBeFocused();
    const searched = new URL(page.url()).searchParams;
    expect([searched.get('arrival'), searched.get('departure'), searched.get('adults')]).toEqual([stay.arrival, stay.departure, String(party.adults)]);
    const chooseLink = page.getByRole('link', { name: texts.choose(typeName) });
    await expect(chooseLink).toBeVisible();
    await checkStep(page, name, 'results');
    await chooseLink.click();

    // Choose the unit: one the API calls free, on the map or in the list.
    const chooser = new ChooseUnitPage(page, texts);
    await expect(page).toHaveURL(new RegExp(`/${locale}/stay/${unitTypeCode}\\?`));
    await expect(page.getByRole('heading', { level: 1, name: texts.chooseUnitTitle(typeName) })).toBeVisible();
    await expect(chooser.live).toBeVisible();
    const unit = await pickFreeUnit(request, stay, party, unitTypeCode);
    await chooser.expectFree(unit.code);
    if (journey.pickOn === 'map') {
      await chooser.mapUnit(unit.code).click();
    } else {
      await chooser.listRadio(unit.code).check();
    }
    await chooser.expectChosen(unit.code);
    await checkStep(page, name, 'choose-unit');
    const held = page.waitForResponse(isHoldRequest);
    await chooser.continueButton.click();
    expect((await held).status()).toBe(201);

    // Extras: the hold's countdown names the unit.
    const checkout = new CheckoutPages(page, texts);
    await checkout.expectExtrasFor(unit.code);
    const extraName = texts.extraNames[extra.code] as string;
    if (extra.quantity === 1) {
      await page.getByRole('checkbox', { name: extraName, exact: true }).check();
    } else {
      await page.getByRole('combobox', { name: extraName, exact: true }).selectOption(String(extra.quantity));
    }
    await checkStep(page, name, 'extras');
    await page.getByRole('button', { name: texts.continueToDetails, exact: true }).click();

    await checkout.fillDetails(guest);
    await checkStep(page, name, 'details');
    await page.getByRole('button', { name: texts.continueToReview, exact: true }).click();

    // Review: the itemised total is the server's quote for the same choices, to the cent.
    await expect(checkout.heading(texts.reviewTitle)).toBeVisible();
    const serverQuote = await quote(request, { unitTypeCode, stay, party, extras: [extra] });
    const expectedTotal = exactAmount(serverQuote.totalMinor, serverQuote.currency, locale);
    await expect(checkout.quoteTotal).toHaveText(expectedTotal);
    await expect(checkout.priceRows()).toHaveCount(serverQuote.lines.length);
    await expect(checkout.priceRows().filter({ hasText: extraName })).toHaveCount(1);
    await expect(page.getByText(guest.email, { exact: true })).toBeVisible();
    await checkStep(page, name, 'review');
    const booked = page.waitForResponse(isBookingRequest);
    await page.getByRole('button', { name: texts.confirmBooking, exact: true }).click();
    const bookingResponse = await booked;
    expect(bookingResponse.status()).toBe(201);
    const created = (await bookingResponse.json()) as BookingCreated;
    expect(created.booking.quote.totalMinor).toBe(serverQuote.totalMinor);
    expect(created.booking).toMatchObject({ unitCode: unit.code, arrival: stay.arrival, departure: stay.departure, locale, guest: { email: guest.email } });

    // Confirmation: the reference the API gave, then the mail in the guest's language.
    await expect(checkout.heading(texts.confirmationTitle)).toBeVisible();
    await expect(page.getByTestId('booking-reference')).toHaveText(created.booking.reference);
    await expect(checkout.quoteTotal).toHaveText(expectedTotal);
    await checkStep(page, name, 'confirmation');

    const mail = await expectMail(guest.email, created.booking.reference);
    expect(mail.subject.startsWith(`${texts.confirmationMailSubject} ${created.booking.reference}`)).toBe(true);
    expect(mail.body.text ?? '').toContain(`/${locale}/manage/${created.booking.reference}#token=`);
  });
}
