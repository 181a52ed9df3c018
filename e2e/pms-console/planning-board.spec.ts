import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { saveFullPageScreenshot } from '../support/artifacts';
import type { FreeUnit, Stay } from './support/board-api';
import { bookUnit, daysBetween, freeUnits, localToday, randomStay, uniqueGuest } from './support/board-api';

const RECEPTION = { email: 'reception@demo.pitchdesk.localhost', password: 'demo-reception-pass' };
const BOARD_DAYS = 60;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(RECEPTION.email);
  await page.getByLabel('Password').fill(RECEPTION.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Planning' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Planning' })).toBeVisible();
}

/** Pages the board forward until the stay's arrival is on it (no-op while today is within 60 days). */
async function showStay(page: Page, stay: Stay): Promise<void> {
  const shifts = Math.floor(daysBetween(localToday(), stay.arrival) / BOARD_DAYS);
  for (let i = 0; i < shifts; i++) {
    const loaded = page.waitForResponse((r) => r.url().includes('/planning') && r.request().method() === 'GET');
    await page.getByRole('button', { name: 'Next 60 days' }).click();
    expect((await loaded).status()).toBe(200);
  }
}

/** The board is loaded and follows the hub: from now on, changes arrive without a reload. */
async function expectLive(page: Page): Promise<void> {
  await expect(page.locator('.toolbar .live')).toHaveText('Live');
  await expect(page.getByRole('region', { name: 'Planning' })).not.toHaveAttribute('aria-busy', 'true');
}

function bar(page: Page, lastName: string, unitCode?: string): Locator {
  const where = unitCode === undefined ? '' : `.*, unit ${escape(unitCode)}$`;
  return page.getByRole('button', { name: new RegExp(`${escape(lastName)}${where}`) });
}

function unitRow(page: Page, unitCode: string): Locator {
  return page.getByRole('row').filter({ has: page.locator('th.unit .code').getByText(unitCode, { exact: true }) });
}

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

  await expect(bar(page, guest.lastName, created.booking.unitCode)).toBeVisible({ timeout: 5_000 });
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
  const dialog = page.getByRole('dialog', { name: new RegExp(`^Move .*${escape(guestA.lastName)}`) });
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

  // Modal: Tab goes round the dialog's controls, never out to the board behind it.
  for (let press = 0; press < 6; press++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
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

  // The free cell of the target unit's row on the arrival night (cells span nights: count colspans).
  const row = unitRow(page, target.code);
  const column = daysBetween(localToday(), stay.arrival) % BOARD_DAYS;
  const cellIndex = await row.locator('td').evaluateAll((cells, wanted) => {
    let night = 0;
    for (const [index, cell] of cells.entries()) {
      const span = Number(cell.getAttribute('colspan') ?? '1');
      if (wanted >= night && wanted < night + span) {
        return cell.classList.contains('free') ? index : -1;
      }
      night += span;
    }
    return -1;
  }, column);
  expect(cellIndex, `free cell on ${stay.arrival} in ${target.code}`).toBeGreaterThanOrEqual(0);

  // Playwright's mouse-driven dragTo fires no HTML5 drag events with this headless Chromium
  // (checked: not even dragstart), so the drag is the browser's own DragEvent sequence, one
  // DataTransfer shared, dispatched on the bar and on the free cell.
  const cell = row.locator('td').nth(cellIndex);
  await cell.scrollIntoViewIfNeeded();
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await source.dispatchEvent('dragstart', { dataTransfer });
  await cell.dispatchEvent('dragenter', { dataTransfer });
  await cell.dispatchEvent('dragover', { dataTransfer });
  await cell.dispatchEvent('drop', { dataTransfer });
  await source.dispatchEvent('dragend', { dataTransfer });

  const dialog = page.getByRole('dialog', { name: new RegExp(`^Move .*${escape(guest.lastName)}`) });
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
