import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../support/a11y';
import { saveFullPageScreenshot } from '../../support/artifacts';

/**
 * What every step of a journey must pass: the page as the guest sees it is kept as an
 * artifact (`<test>-<step>.png`, taken first so a failing check still leaves it), and axe
 * finds no WCAG 2.2 AA or best-practice violation.
 */
export async function checkStep(page: Page, test: string, step: string): Promise<void> {
  await saveFullPageScreenshot(page, `${test}-${step}`);
  await expectNoA11yViolations(page);
}
