import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { saveFullPageScreenshot } from '../support/artifacts';
import type { FreeUnit } from './support/board-api';
import { freeUnits, randomStay } from './support/board-api';
import { signIn } from './support/board-page';

test('a phone booking at a price agreed on the phone: recorded with its reason, found in the list, its history shown', async ({ page, request }) => {
  test.setTimeout(90_000);
  const stay = randomStay();
  const [unit] = await freeUnits(request, stay);
  const lastName = `Phone${Date.now().toString(36)}`;

  await signIn(page);
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Reservations' }).click();
  await expect(page.getByRole('heading', { name: 'Reservations' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: 'New booking' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('group', { name: 'Stay' }) });
  await form.getByRole('radio', { name: 'Phone' }).check();
  await form.getByLabel('Unit type', { exact: true }).selectOption({ label: 'Standard pitch' });
  await form.getByLabel('Unit', { exact: true }).selectOption({ label: (unit as FreeUnit).code });
  await form.getByLabel('Arrival', { exact: true }).fill(stay.arrival);
  await form.getByLabel('Departure', { exact: true }).fill(stay.departure);
  await form.getByLabel('Adults', { exact: true }).fill('2');
  await form.getByLabel('First name', { exact: true }).fill('Piero');
  await form.getByLabel('Surname', { exact: true }).fill(lastName);
  await form.getByLabel('Country (two letters, e.g. IT)').fill('IT');
  // The live quote: the price the guest was told, before the agreed one.
  await expect(form.getByRole('row', { name: /^Total/ })).toBeVisible();
  await form.getByLabel('Price', { exact: true }).selectOption({ label: 'Set the total' });
  await form.getByLabel('Amount', { exact: true }).fill('100.00');
  await form.getByLabel('Reason for the price').fill('Agreed on the phone: regular guest');
  await saveFullPageScreenshot(page, 'reservations-new-booking');
  await expectNoA11yViolations(page);

  const booked = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/reservations') && r.request().method() === 'POST');
  await form.getByRole('button', { name: 'Book' }).click();
  expect((await booked).status()).toBe(201);

  // The detail: the override with its reason and who made it, and the history.
  await expect(page.getByRole('heading', { name: /^Reservation / })).toBeVisible();
  await expect(page.getByText(/Price: .* quoted, €100\.00 charged/)).toContainText('Agreed on the phone: regular guest');
  const history = page.getByRole('table', { name: 'Who changed what, oldest first' });
  await expect(history.getByRole('row')).not.toHaveCount(1);
  await saveFullPageScreenshot(page, 'reservations-detail');
  await expectNoA11yViolations(page);

  // Found in the list by surname, as a phone booking.
  await page.getByRole('link', { name: 'Back to reservations' }).click();
  await page.getByRole('search', { name: 'Search reservations' }).getByLabel('Search').fill(lastName);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const row = page.getByRole('row', { name: new RegExp(lastName) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Phone');
  await expect(row).toContainText('€100.00');
});
