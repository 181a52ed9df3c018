import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { saveFullPageScreenshot } from '../support/artifacts';

const DEPENDENCIES = ['Database (primary)', 'Database (replica)', 'Cache', 'Realtime updates', 'Email'];

test('landing screen shows every dependency up from the live API', async ({ page }) => {
  const health = page.waitForResponse((response) => response.url().endsWith('/api/health'));
  await page.goto('/');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Book your pitch' })).toBeVisible();
  expect((await health).status()).toBe(200);

  const panel = page.getByRole('region', { name: 'Service status' });
  await expect(panel.getByRole('status')).toHaveText('All systems are working.');
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(DEPENDENCIES.length);
  for (const [index, name] of DEPENDENCIES.entries()) {
    await expect(items.nth(index)).toContainText(name);
    await expect(items.nth(index)).toContainText('Up');
  }
  await expect(panel.getByRole('alert')).toHaveCount(0);

  await saveFullPageScreenshot(page, 'booking-engine-landing');
  await expectNoA11yViolations(page);
});
