import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { saveFullPageScreenshot } from '../support/artifacts';

const DEPENDENCIES = ['Database (primary)', 'Database (replica)', 'Cache', 'Realtime updates', 'Email'];

test('console shows the live health report, every dependency up', async ({ page }) => {
  await page.goto('/status');

  await expect(page.getByRole('heading', { level: 1, name: 'Pitchdesk console' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Dependencies of the API and their health' });
  await expect(table).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('All systems operational');

  for (const name of DEPENDENCIES) {
    const row = table.getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
    await expect(row.getByRole('cell').first()).toHaveText('Up');
  }
  // The replica row carries a measured lag, the others do not.
  await expect(table.getByRole('row', { name: /^Database \(replica\)/ }).getByRole('cell').nth(2)).toHaveText(/^\d+(\.\d)? (ms|s)$/);

  await saveFullPageScreenshot(page, 'pms-console-health');
  await expectNoA11yViolations(page);
});

test('refreshes from the keyboard: R, and Enter on the focused button', async ({ page }) => {
  await page.goto('/status');
  const table = page.getByRole('table', { name: 'Dependencies of the API and their health' });
  await expect(table).toBeVisible();

  const byShortcut = page.waitForResponse((response) => response.url().endsWith('/api/health'));
  await page.keyboard.press('r');
  expect((await byShortcut).status()).toBe(200);

  const refresh = page.getByRole('button', { name: /Refresh/ });
  await expect(refresh).toBeEnabled();
  await refresh.focus();
  const byEnter = page.waitForResponse((response) => response.url().endsWith('/api/health'));
  await page.keyboard.press('Enter');
  expect((await byEnter).status()).toBe(200);
  await expect(table.getByRole('row')).toHaveCount(6);
});
