import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS } from './support/api';
import { expectNoSeriousA11yViolations, waitForGrid } from './support/grid';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server.stop();
});

test('create a project, drop a source and its MT, watch the progress, open, deep-link, delete', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto(server.link());
  await expect(page.getByTestId('app-mode')).toHaveText('Browser');
  await page.getByTestId('project-name').fill('UDHR by drop');
  await page.getByTestId('project-create').click();
  const card = page.getByTestId('project-card').filter({ hasText: 'UDHR by drop' });
  await expect(card).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Drop both files at once; the MT is recognised by its language tag whatever the order.
  const dir = join(CORPUS, 'parallel/udhr');
  const dataTransfer = await page.evaluateHandle(
    ({ ru, en }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([en], 'udhr.en.txt', { type: 'text/plain' }));
      dt.items.add(new File([ru], 'udhr.ru.txt', { type: 'text/plain' }));
      return dt;
    },
    {
      ru: readFileSync(join(dir, 'source.ru.txt'), 'utf8'),
      en: readFileSync(join(dir, 'target.en.txt'), 'utf8'),
    },
  );
  await card.getByTestId('import-panel').dispatchEvent('drop', { dataTransfer });
  await expect(card.getByTestId('import-chosen')).toHaveText(/udhr\.ru\.txt.*udhr\.en\.txt/);

  // Record every progress phase shown, however quick the import.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as { __phases?: string[] }).__phases = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await card.getByTestId('import-start').click();
  await expect(page).toHaveURL(/#\/documents\/\d+$/);
  await waitForGrid(page);
  const phases = await page.evaluate(() => (window as { __phases?: string[] }).__phases ?? []);
  expect(phases.length).toBeGreaterThan(0);
  const hash = new URL(page.url()).hash;

  // A bookmark: a fresh tab with the token hand-off lands on the same grid, token out of the bar.
  const other = await browser.newPage();
  await other.goto(server.link(hash));
  await waitForGrid(other);
  expect(other.url()).not.toContain('token=');
  expect(new URL(other.url()).hash).toBe(hash);
  await other.close();

  // Back to the projects, delete with confirmation (cancel first, then confirm).
  await page.getByRole('link', { name: /Projects/ }).click();
  await expect(card.getByTestId('document-item')).toHaveCount(1);
  const shot = 'test-results/screenshots/projects.png';
  await page.screenshot({ path: shot });
  await testInfo.attach('projects', { path: shot, contentType: 'image/png' });
  await card.getByTestId('project-delete').click();
  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(card).toBeVisible();
  await card.getByTestId('project-delete').click();
  await page.getByRole('dialog').getByTestId('confirm-ok').click();
  await expect(page.getByTestId('project-card')).toHaveCount(0);
});
