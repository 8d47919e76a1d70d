import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server.stop();
});

test('the app shows its name, mode and version from app.info', async ({ page }) => {
  await page.goto(server.link());
  await expect(page.getByTestId('app-mode')).toHaveText('Browser');
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  // The token left the address bar once the tab keeps it.
  expect(page.url()).not.toContain('token=');
});

test('switching to Russian persists across a reload', async ({ page }) => {
  await page.goto(server.link());
  await expect(page.getByTestId('app-mode')).toHaveText('Browser');
  await page.getByTestId('language-switch').selectOption('ru');
  await expect(page.getByTestId('app-mode')).toHaveText('Браузер');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.reload();
  await expect(page.getByTestId('app-mode')).toHaveText('Браузер');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByTestId('app-mode')).toHaveText('Browser');
});

test('the page runs under a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto(server.link());
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('#root')).not.toBeEmpty();
});
