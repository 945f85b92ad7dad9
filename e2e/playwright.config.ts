import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';

/**
 * Browser journeys against the real app: the built API serving the built web app, on a fresh
 * embedded database seeded with the demo data (or on E2E_DATABASE_URL when given).
 * Chromium comes from Debian (`apt-get install chromium`); Playwright never downloads a browser here.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
// Set once by the runner; worker processes inherit it, so tests can read the app's data folder.
process.env.E2E_DATA_DIR ??= join(__dirname, '..', '.tmp', `e2e-${process.pid}`);
const dataDir = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: join(__dirname, 'test-results', 'results.json') }]],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: 'node ../apps/api/dist/main.js',
        url: `${baseURL}/api/health`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          LOGIN_THROTTLE_LIMIT: '100',
        },
      },
});
