import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Presses `key` (Tab, Shift+Tab...) until `target` has the focus, as a keyboard user moves
 * through a page; fails after `max` presses. Only reads the focus: nothing is focused or
 * clicked for the guest.
 */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 40): Promise<void> {
  await expect(target).toBeAttached();
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      return;
    }
    await page.keyboard.press(key);
  }
  await expect(target, `${target.toString()} reached with at most ${max} × ${key}`).toBeFocused({ timeout: 1 });
}

/** The focused element's value of `attribute`, or null. */
export function focusedAttribute(page: Page, attribute: string): Promise<string | null> {
  return page.evaluate((name) => document.activeElement?.getAttribute(name) ?? null, attribute);
}

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** `YYYY-MM-DD` a month later, the day clamped to that month's last (APG: Page Down). */
function nextMonth(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/**
 * Walks the open date picker's grid to `target` with the keys of the WAI-ARIA APG date
 * picker dialog (Page Down by month, arrows by week and day), checking that the focus
 * follows every move, then chooses the day with Enter.
 */
export async function pickDayWithKeyboard(page: Page, dialog: Locator, target: string): Promise<void> {
  const day = (iso: string): Locator => dialog.locator(`button[data-day="${iso}"]`);
  let active = await focusedAttribute(page, 'data-day');
  expect(active, 'a day of the grid has the focus when the picker opens').not.toBeNull();
  while ((active as string).slice(0, 7) < target.slice(0, 7)) {
    active = nextMonth(active as string);
    await page.keyboard.press('PageDown');
    await expect(day(active)).toBeFocused();
  }
  let distance = toDay(target) - toDay(active as string);
  while (distance !== 0) {
    const step = distance >= 7 ? 7 : distance <= -7 ? -7 : Math.sign(distance);
    const key = step === 7 ? 'ArrowDown' : step === -7 ? 'ArrowUp' : step === 1 ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.press(key);
    distance -= step;
    await expect(day(new Date((toDay(target) - distance) * DAY_MS).toISOString().slice(0, 10))).toBeFocused();
  }
  await expect(day(target)).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
}
