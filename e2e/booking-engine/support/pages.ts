import type { Locator, Page, Response } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Guest, Party, Stay } from './booking-api';
import { PROPERTY_SLUG, stayQuery } from './booking-api';
import type { BookingTexts, TestedLocale } from './texts';

/** `/{locale}/stay/{type}?arrival=...`: the choose-unit page of a stay, as the results link to it. */
export function stayPath(locale: TestedLocale, unitTypeCode: string, stay: Stay, party: Party, unit?: string): string {
  const query = new URLSearchParams({ ...stayQuery(stay, party), ...(unit !== undefined && { unit }) });
  return `/${locale}/stay/${unitTypeCode}?${query.toString()}`;
}

export function isHoldRequest(response: Response): boolean {
  return response.request().method() === 'POST' && new URL(response.url()).pathname === `/api/properties/${PROPERTY_SLUG}/holds`;
}

export function isBookingRequest(response: Response): boolean {
  return response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/bookings';
}

/** The choose-unit page: the site map and the equivalent radio list of the type's units. */
export class ChooseUnitPage {
  readonly continueButton: Locator;
  /** Shown once the page has loaded the free units and follows the hub. */
  readonly live: Locator;
  readonly alerts: Locator;

  constructor(
    readonly page: Page,
    readonly texts: BookingTexts,
  ) {
    this.continueButton = page.getByRole('button', { name: texts.continue, exact: true });
    this.live = page.getByText(texts.live, { exact: true });
    this.alerts = page.getByRole('alert');
  }

  mapUnit(code: string): Locator {
    return this.page.locator(`be-site-map [data-unit-code="${code}"]`);
  }

  listRadio(code: string): Locator {
    return this.page.locator(`be-unit-list input[data-unit-code="${code}"]`);
  }

  /** The unit is offered as free on the map and in the list. */
  async expectFree(code: string): Promise<void> {
    await expect(this.mapUnit(code)).toHaveAttribute('aria-disabled', 'false');
    await expect(this.listRadio(code)).toBeEnabled();
  }

  /** The guest's choice shows on the map, in the list and in the URL (reload, language switch). */
  async expectChosen(code: string): Promise<void> {
    await expect(this.mapUnit(code)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.listRadio(code)).toBeChecked();
    await expect(this.page.getByText(this.texts.yourChoice(code), { exact: true })).toBeVisible();
    await expect(this.page).toHaveURL((url) => url.searchParams.get('unit') === code);
  }
}

/** The three checkout steps after a hold, then the confirmation. */
export class CheckoutPages {
  readonly countdown: Locator;
  readonly quoteTotal: Locator;

  constructor(
    readonly page: Page,
    readonly texts: BookingTexts,
  ) {
    this.countdown = page.getByTestId('hold-countdown');
    this.quoteTotal = page.getByTestId('quote-total');
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  async expectExtrasFor(unitCode: string): Promise<void> {
    await expect(this.heading(this.texts.extrasTitle)).toBeVisible();
    await expect(this.countdown).toContainText(this.texts.heldFor(unitCode));
    await expect(this.countdown).toContainText(/\d{1,2}:\d{2}/);
  }

  async fillDetails(guest: Guest): Promise<void> {
    const { page, texts } = this;
    await expect(this.heading(texts.detailsTitle)).toBeVisible();
    await page.getByLabel(texts.firstName, { exact: true }).fill(guest.firstName);
    await page.getByLabel(texts.lastName, { exact: true }).fill(guest.lastName);
    await page.getByLabel(texts.email, { exact: true }).fill(guest.email);
    await page.getByLabel(texts.country, { exact: true }).selectOption(guest.country);
  }

  /** The itemised price table of the review step (or the confirmation): one row per quote line. */
  priceRows(): Locator {
    return this.page.getByRole('table').filter({ has: this.quoteTotal }).locator('tbody tr');
  }
}
