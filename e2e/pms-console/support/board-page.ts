import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Stay } from './board-api';
import { daysBetween, localToday } from './board-api';

export const RECEPTION = { email: 'reception@demo.pitchdesk.localhost', password: 'demo-reception-pass' };
export const BOARD_DAYS = 60;

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Signs reception in; the console opens on the planning board. */
export async function signIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(RECEPTION.email);
  await page.getByLabel('Password').fill(RECEPTION.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Planning' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Planning' })).toBeVisible();
}

/** Pages the board forward until the stay's arrival is on it (no-op while today is within 60 days). */
export async function showStay(page: Page, stay: Stay): Promise<void> {
  const shifts = Math.floor(daysBetween(localToday(), stay.arrival) / BOARD_DAYS);
  for (let i = 0; i < shifts; i++) {
    const loaded = page.waitForResponse((r) => r.url().includes('/planning') && r.request().method() === 'GET');
    await page.getByRole('button', { name: 'Next 60 days' }).click();
    expect((await loaded).status()).toBe(200);
  }
}

/** The board is loaded and follows the hub (both streams): from now on, changes arrive without a reload. */
export async function expectLive(page: Page): Promise<void> {
  await expect(page.locator('.toolbar .live')).toHaveText('Live');
  await expect(page.getByRole('region', { name: 'Planning' })).not.toHaveAttribute('aria-busy', 'true');
}

/** A booking's bar, by the guest's last name (and the unit it is on). */
export function bar(page: Page, lastName: string, unitCode?: string): Locator {
  const where = unitCode === undefined ? '' : `.*, unit ${escape(unitCode)}$`;
  return page.getByRole('button', { name: new RegExp(`${escape(lastName)}${where}`) });
}

export function unitRow(page: Page, unitCode: string): Locator {
  return page.getByRole('row').filter({ has: page.locator('th.unit .code').getByText(unitCode, { exact: true }) });
}

/**
 * Drags a bar onto the free cell of `unitCode`'s row on `night`, and returns the move
 * dialog it opens. Playwright's mouse-driven dragTo fires no HTML5 drag events with this
 * headless Chromium (checked: not even dragstart), so the drag is the browser's own
 * DragEvent sequence, one DataTransfer shared, dispatched on the bar and on the free cell.
 */
export async function dragBarTo(page: Page, source: Locator, unitCode: string, night: string): Promise<void> {
  const row = unitRow(page, unitCode);
  const column = daysBetween(localToday(), night) % BOARD_DAYS;
  // Cells span nights: count colspans to find the night's cell.
  const cellIndex = await row.locator('td').evaluateAll((cells, wanted) => {
    let at = 0;
    for (const [index, cell] of cells.entries()) {
      const span = Number(cell.getAttribute('colspan') ?? '1');
      if (wanted >= at && wanted < at + span) {
        return cell.classList.contains('free') ? index : -1;
      }
      at += span;
    }
    return -1;
  }, column);
  expect(cellIndex, `free cell on ${night} in ${unitCode}`).toBeGreaterThanOrEqual(0);
  const cell = row.locator('td').nth(cellIndex);
  await cell.scrollIntoViewIfNeeded();
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await source.dispatchEvent('dragstart', { dataTransfer });
  await cell.dispatchEvent('dragenter', { dataTransfer });
  await cell.dispatchEvent('dragover', { dataTransfer });
  await cell.dispatchEvent('drop', { dataTransfer });
  await source.dispatchEvent('dragend', { dataTransfer });
}

/** The move dialog for a guest's booking. */
export function moveDialog(page: Page, lastName: string): Locator {
  return page.getByRole('dialog', { name: new RegExp(`^Move .*${escape(lastName)}`) });
}
