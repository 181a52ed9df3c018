import type { Page } from '@playwright/test';
import { join } from 'node:path';

// Git-ignored (/e2e/artifacts); Playwright loads specs as CommonJS, hence __dirname.
export const artifactsDir = join(__dirname, '..', 'artifacts');

export async function saveFullPageScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}
