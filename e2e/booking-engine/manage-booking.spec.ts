import { expect, test } from '@playwright/test';
import { expectMail } from '../support/ses-mailbox';
import type { Party, Stay } from './support/booking-api';
import { bookFreeUnit, bookingView, freeUnits } from './support/booking-api';
import { uniqueGuest } from './support/guest';
import { checkStep } from './support/step-check';

const NAME = 'manage';
const UNIT_TYPE = 'pitch-standard';
const STAY: Stay = { arrival: '2027-03-08', departure: '2027-03-11' };
const PARTY: Party = { adults: 2, childrenAges: [], pets: 0, vehicles: 0 };

/** `2027-03-08` as the page writes it in English (`Monday, March 8, 2027`), in UTC as it does. */
function longDate(isoDate: string): string {
  const format = new Intl.DateTimeFormat('en', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

test('manage my booking: the link from the e-mail shows the policy, cancels after a confirmation, and the cancellation e-mail arrives', async ({ page, request }) => {
  test.setTimeout(60_000);
  const guest = uniqueGuest(NAME, 'DE');
  const { booking, manageToken } = await bookFreeUnit(request, { unitTypeCode: UNIT_TYPE, stay: STAY, party: PARTY, guest, locale: 'en' });
  // More than 30 days ahead: free to cancel (the demo rate card's policy).
  expect(booking.cancellation.feeIfCancelledNowMinor).toBe(0);

  await page.goto(`/en/manage/${booking.reference}#token=${manageToken}`);
  await expect(page.getByRole('heading', { level: 1, name: `Your booking ${booking.reference}` })).toBeFocused();
  await expect(page.getByTestId('booking-status')).toHaveText('This booking is confirmed.');
  await expect(page.getByRole('region', { name: 'Your stay' })).toContainText(booking.unitCode);
  await expect(page.getByText(guest.email, { exact: true })).toBeVisible();
  await expect(page.getByTestId('cancellation-policy')).toHaveText(`Free cancellation until ${longDate(booking.cancellation.freeUntil)}.`);
  await checkStep(page, NAME, 'booking');

  // Nothing happens until the guest confirms.
  await page.getByRole('button', { name: 'Cancel this booking', exact: true }).click();
  const question = page.getByRole('group', { name: `Do you really want to cancel booking ${booking.reference}?` });
  await expect(question.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(question).toContainText('Cancelling now is free of charge. This cannot be undone.');
  expect((await bookingView(request, booking.reference, manageToken)).status).toBe('confirmed');
  await checkStep(page, NAME, 'confirm');

  const cancelled = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/api/bookings/${booking.reference}/cancellation`));
  await question.getByRole('button', { name: 'Yes, cancel my booking', exact: true }).click();
  expect((await cancelled).status()).toBe(200);
  const status = page.getByTestId('booking-status');
  await expect(status).toContainText('This booking is cancelled.');
  await expect(status).toContainText('No cancellation fee was charged.');
  await expect(status).toBeFocused();
  await expect(page.getByRole('button', { name: 'Cancel this booking' })).toHaveCount(0);
  await checkStep(page, NAME, 'cancelled');

  // The server agrees, the unit is free again for those nights, and the guest is told by e-mail.
  const view = await bookingView(request, booking.reference, manageToken);
  expect(view).toMatchObject({ status: 'cancelled', cancellationFeeMinor: 0 });
  // Availability answers may be a second old (cache, replica): polled, within the default bound.
  await expect.poll(async () => (await freeUnits(request, STAY, PARTY, UNIT_TYPE)).map((unit) => unit.code)).toContain(booking.unitCode);
  const mail = await expectMail(guest.email, `Booking cancelled ${booking.reference}`);
  expect(mail.body.text ?? '').toContain(booking.reference);
});
