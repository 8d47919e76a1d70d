import { expect, test } from '@playwright/test';
import { editCorrection, waitForGrid } from './support/grid';
import { startServer, type TestServer } from './support/server';

let server: TestServer;

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server.stop();
});

// The page's text mentions markup; the page also carries real script and handlers, which a reader drops.
const PAGE = `<!doctype html><html lang="en"><head><title>Hostile page</title>
<script>window.__sverkaPwned = 'head-script';</script></head><body>
<h1>Markup in text</h1>
<p>Tags in prose: &lt;script&gt;window.__sverkaPwned = 'script'&lt;/script&gt; should stay text.</p>
<p>An image tag: &lt;img src=x onerror="window.__sverkaPwned = 'img'"&gt; must not load.</p>
<p onclick="window.__sverkaPwned = 'click'">A paragraph with a handler <img src=x onerror="window.__sverkaPwned='real-img'"> and more words.</p>
<script>window.__sverkaPwned = 'body-script';</script>
</body></html>`;

test('an imported page is shown as text and nothing in it runs', async ({ page }) => {
  await page.goto(server.link());
  await page.getByTestId('project-name').fill('Hostile');
  await page.getByTestId('project-create').click();
  const card = page.getByTestId('project-card').filter({ hasText: 'Hostile' });
  await card.getByTestId('import-target').setInputFiles({
    name: 'hostile.en.html',
    mimeType: 'text/html',
    buffer: Buffer.from(PAGE),
  });
  await card.getByTestId('import-start').click();
  await waitForGrid(page);

  const mt = page.getByTestId('cell-mt');
  await expect(
    mt.filter({ hasText: "<script>window.__sverkaPwned = 'script'</script>" }),
  ).toHaveCount(1);
  await expect(mt.filter({ hasText: '<img src=x onerror=' })).toHaveCount(1);
  // The same text is editable as text in the correction, and in the diff once changed.
  const row = page.locator('[role="row"]', { has: mt.filter({ hasText: '<img src=x' }) });
  const input = await editCorrection(row);
  await input.fill(`${await input.inputValue()} <img src=y onerror="window.__sverkaPwned='diff'">`);
  await expect(row.getByTestId('diff-view')).toContainText('<img src=y');

  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as { __sverkaPwned?: string }).__sverkaPwned),
  ).toBeUndefined();
  await expect(page.getByRole('grid').locator('img, script')).toHaveCount(0);
});
