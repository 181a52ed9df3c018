import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { saveFullPageScreenshot } from '../support/artifacts';
import type { FreeUnit } from './support/board-api';
import { bookUnit, freeUnits, randomStay, uniqueGuest } from './support/board-api';
import { BOARD_DAYS, bar, dragBarTo, escape, expectLive, moveDialog, showStay, signIn } from './support/board-page';

test('reception signs in and sees the planning board, accessible', async ({ page }) => {
  // axe over ~120 units x 60 nights of cells takes ~20 s on its own.
  test.setTimeout(90_000);
  await signIn(page);
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('columnheader')).toHaveCount(BOARD_DAYS + 1);
  await expectLive(page);

  await saveFullPageScreenshot(page, 'pms-console-planning-board');
  await expectNoA11yViolations(page);
});

test('a booking made through the public API appears on the open board without a reload', async ({ page, request }) => {
  const stay = randomStay();
  const [unit] = await freeUnits(request, stay);
  const guest = uniqueGuest('Liv');

  await signIn(page);
  await showStay(page, stay);
  await expectLive(page);
  await expect(bar(page, guest.lastName)).toHaveCount(0);

  const created = await bookUnit(request, unit as FreeUnit, stay, guest);

  // "Without a reload" is what is checked, not how fast (the other e2e worker shares the CPU).
  await expect(bar(page, guest.lastName, created.booking.unitCode)).toBeVisible({ timeout: 20_000 });
  await expect(bar(page, guest.lastName)).toHaveAccessibleName(new RegExp(`${escape(guest.lastName)} Confirmed, `));
});

test('moving a booking onto an occupied unit-night is refused with the conflict, nothing changes', async ({ page, request }) => {
  const stay = randomStay();
  const [unitA, unitB] = await freeUnits(request, stay);
  const guestA = uniqueGuest('Ada');
  const guestB = uniqueGuest('Bea');
  const first = await bookUnit(request, unitA as FreeUnit, stay, guestA);
  const second = await bookUnit(request, unitB as FreeUnit, stay, guestB);

  await signIn(page);
  await showStay(page, stay);
  const firstBar = bar(page, guestA.lastName, first.booking.unitCode);
  await expect(firstBar).toBeVisible();
  await expect(bar(page, guestB.lastName, second.booking.unitCode)).toBeVisible();

  await firstBar.focus();
  await page.keyboard.press('Enter');
  const dialog = moveDialog(page, guestA.lastName);
  await expect(dialog).toBeVisible();
  const unitSelect = dialog.getByLabel('Unit');
  await expect(unitSelect).toBeFocused();
  await expect(dialog.getByLabel('Arrival')).toHaveValue(stay.arrival);
  await unitSelect.selectOption({ label: `${second.booking.unitCode} (pitch-standard)` });

  const moved = page.waitForResponse((r) => r.url().endsWith('/move') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Confirm move' }).click();
  expect((await moved).status()).toBe(409);

  const problem = dialog.getByRole('alert');
  await expect(problem).toContainText('That unit is taken on these nights. Nothing was changed.');
  await expect(problem.getByRole('listitem')).toHaveCount(3);
  await expect(problem.getByRole('listitem').first()).toHaveText(`${stay.arrival}: taken by ${second.booking.reference}`);

  // Modal: Tab goes round the dialog's controls (and out to the browser's own UI, where
  // Chromium sends it after the last one), never to the board behind the dialog.
  for (let press = 0; press < 8; press++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => (document.activeElement === document.body ? 'outside the page' : document.activeElement?.closest('dialog') ? 'dialog' : 'board'));
    expect(where).not.toBe('board');
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(firstBar).toBeFocused();
  await expect(bar(page, guestA.lastName, first.booking.unitCode)).toBeVisible();
  await expect(bar(page, guestA.lastName)).toHaveCount(1);
});

test('dragging a booking onto a free night of another unit moves it after confirmation', async ({ page, request }) => {
  const stay = randomStay();
  const [unitA, unitC] = await freeUnits(request, stay);
  const guest = uniqueGuest('Dora');
  const created = await bookUnit(request, unitA as FreeUnit, stay, guest);
  const target = unitC as FreeUnit;

  await signIn(page);
  await showStay(page, stay);
  const source = bar(page, guest.lastName, created.booking.unitCode);
  await expect(source).toBeVisible();

  await dragBarTo(page, source, target.code, stay.arrival);

  const dialog = moveDialog(page, guest.lastName);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Unit')).toHaveValue(target.id);
  await expect(dialog.getByLabel('Arrival')).toHaveValue(stay.arrival);
  await expect(dialog.getByText(`Departure: ${stay.departure}`)).toBeVisible();

  const moved = page.waitForResponse((r) => r.url().endsWith('/move') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Confirm move' }).click();
  expect((await moved).status()).toBe(200);

  await expect(dialog).toBeHidden();
  await expect(bar(page, guest.lastName, target.code)).toBeVisible();
  await expect(bar(page, guest.lastName)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toHaveText(
    `Moved ${created.booking.reference} to unit ${target.code}, arriving ${stay.arrival}.`,
  );
});
