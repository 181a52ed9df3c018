import { defineConfig, devices } from '@playwright/test';
import type { ReporterDescription } from '@playwright/test';

// No webServer: the test command starts the stack, the API and both UIs itself,
// and this suite only ever talks to what is already running.
const reportDir = process.env['PD_REPORT_DIR'];
const reporters: ReporterDescription[] = [['list']];
if (reportDir) {
  reporters.push(['json', { outputFile: `${reportDir}/e2e.json` }]);
}

export const bookingEngineUrl = process.env['PD_BOOKING_ENGINE_URL'] ?? 'http://127.0.0.1:28101';
export const pmsConsoleUrl = process.env['PD_PMS_CONSOLE_URL'] ?? 'http://127.0.0.1:28102';

// Debian's Chromium, never a Playwright-downloaded browser (`playwright install` is not allowed here).
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: '.',
  outputDir: './artifacts/test-results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: reporters,
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'booking-engine',
      testMatch: 'booking-engine/**/*.spec.ts',
      // Guests book on phones: test the phone layout first.
      use: { ...chromium, ...devices['Pixel 7'], launchOptions: chromium.launchOptions, baseURL: bookingEngineUrl },
    },
    {
      name: 'pms-console',
      testMatch: 'pms-console/**/*.spec.ts',
      use: { ...chromium, viewport: { width: 1280, height: 800 }, baseURL: pmsConsoleUrl },
    },
  ],
});
