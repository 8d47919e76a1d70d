import { expect, test } from '@playwright/test';
import { importUdhr } from './support/api';
import { editCorrection, waitForGrid } from './support/grid';
import { untranslatedWords } from './support/latin-text';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let documentId = 0;

test.beforeAll(async () => {
  server = await startServer();
  documentId = await importUdhr(server);
});

test.afterAll(async () => {
  await server.stop();
});

test('in Russian the grid and projects screens have no English left; back to English', async ({
  page,
}) => {
  await page.goto(server.link(`#/documents/${documentId}`));
  await waitForGrid(page);
  // Give the grid something to say: a diff, a flag filter, an open menu and the shortcut sheet.
  const input = await editCorrection(page.locator('[data-row-index="3"]'));
  await input.fill(`${await input.inputValue()} edited`);
  // The check can fail: in English it finds the UI's words.
  expect((await untranslatedWords(page)).length).toBeGreaterThan(20);
  await page.getByTestId('language-switch').selectOption('ru');
  await expect(page.getByRole('columnheader').nth(2)).toHaveText('Машинный перевод');
  await page.getByTestId('export-menu').locator('summary').click();
  expect(await untranslatedWords(page)).toEqual([]);

  await page.getByTestId('filter-status').selectOption('edited');
  await expect(page.getByTestId('filter-matches')).toBeVisible();
  expect(await untranslatedWords(page)).toEqual([]);

  await page.keyboard.press('F1');
  await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
  expect(await untranslatedWords(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // The projects screen too.
  await page.getByRole('link', { name: /Проекты/ }).click();
  await expect(page.getByTestId('project-card')).toHaveCount(1);
  expect(await untranslatedWords(page)).toEqual([]);

  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('columnheader').nth(2)).toHaveText('Machine translation');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
