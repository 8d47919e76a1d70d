import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORPUS } from './support/api';
import {
  editCorrection,
  expectNoSeriousA11yViolations,
  rowOf,
  segmentIdOf,
  waitForGrid,
} from './support/grid';
import { scrollToRowWithMt } from './support/scroll';
import { startServer, type TestServer } from './support/server';

const SEED = join(CORPUS, 'seed/izvestia-2025-04.mt.en.txt');

let server: TestServer;
let documentUrl = '';

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server.stop();
});

test.describe.configure({ mode: 'serial' });

test('the seed page imported as MT-only: chrome collapsed, Russian lines flagged untranslated', async ({
  page,
}) => {
  await page.goto(server.link());
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('project-name').fill('Izvestia');
  await page.getByTestId('project-source-lang').selectOption('ru');
  await page.getByTestId('project-target-lang').selectOption('en');
  await page.getByTestId('project-create').click();
  const card = page.getByTestId('project-card').filter({ hasText: 'Izvestia' });
  await card.getByTestId('import-target').setInputFiles(SEED);
  await card.getByTestId('import-start').click();

  await expect(page).toHaveURL(/#\/documents\/\d+$/);
  documentUrl = page.url();
  await waitForGrid(page);
  // Page chrome is its own lane, collapsed: no chrome row is drawn, the lane line says how many.
  await expect(page.getByTestId('chrome-lane').first()).toBeVisible();
  await expect(page.locator('[role="row"][data-kind="chrome"]')).toHaveCount(0);

  await page.getByTestId('filter-flag').selectOption('untranslated');
  const flagged = page.locator('[role="row"][data-segment-id]');
  await expect(flagged).toHaveCount(3);
  for (const row of await flagged.all()) {
    await expect(row).toHaveAttribute('data-flags', /untranslated/);
    await expect(row.getByTestId('cell-mt')).toHaveText(/[А-Яа-яЁё]/);
  }
  await page.getByTestId('filter-flag').selectOption('');
  await expect(page.getByTestId('chrome-lane').first()).toBeVisible();
});

test('correct a word, see the diff, approve with the keyboard, and find it all after a reload', async ({
  page,
}) => {
  await page.goto(server.link(new URL(documentUrl).hash));
  await waitForGrid(page);
  const row = await scrollToRowWithMt(page, 'Rosselkhoznadzor');
  const id = await segmentIdOf(row);
  const index = Number(await row.getAttribute('data-row-index'));
  const input = await editCorrection(row);
  const mt = await input.inputValue();
  await input.fill(mt.replace('Rosselkhoznadzor', 'Rosselkhozbank'));

  const diff = row.getByTestId('diff-view');
  await expect(diff.locator('del')).toHaveText(['Rosselkhoznadzor']);
  await expect(diff.locator('ins')).toHaveText(['Rosselkhozbank']);
  // Inside the changed word, only the changed letters are marked: the common stem is not.
  await expect(diff.locator('ins .diff-char').first()).toBeVisible();
  await expect(diff.locator('ins > span:not(.diff-char)').first()).toHaveText('Rosselkhoz');
  await expect(diff.locator('del > span:not(.diff-char)').first()).toHaveText('Rosselkhoz');

  await input.press('Control+Enter');
  await expect(rowOf(page, id)).toHaveAttribute('data-status', 'approved');
  // Screen readers hear it too.
  await expect(page.getByTestId('announcer')).toHaveText(/: Approved$/);
  const next = page.locator(`[role="row"][data-row-index="${index + 1}"]`);
  await expect(next.getByTestId('correction-input')).toBeFocused();
  // At rest the corrected row shows its inline diff.
  await expect(rowOf(page, id).getByTestId('correction-view').locator('ins')).toHaveText([
    'Rosselkhozbank',
  ]);
  await expect(page.getByTestId('review-progress')).toContainText('1');

  await page.reload();
  await waitForGrid(page);
  const again = await scrollToRowWithMt(page, 'Rosselkhoznadzor');
  await expect(again).toHaveAttribute('data-segment-id', String(id));
  await expect(again).toHaveAttribute('data-status', 'approved');
  await expect(again.getByTestId('diff-view').locator('ins')).toHaveText(['Rosselkhozbank']);
  // Clean text instead of the inline diff, and back (toolbar toggle and Alt+D).
  await page.getByTestId('toggle-diff').uncheck();
  await expect(again.getByTestId('diff-view')).toHaveCount(0);
  await expect(again.getByTestId('correction-view')).toContainText('Rosselkhozbank');
  await expect(again.getByTestId('correction-view')).not.toContainText('Rosselkhoznadzor');
  await page.keyboard.press('Alt+d');
  await expect(again.getByTestId('diff-view')).toHaveCount(1);
  await expect(await editCorrection(again)).toHaveValue(/Rosselkhozbank/);
});

test('typing is never lost: a reload right after a keystroke keeps it', async ({ page }) => {
  await page.goto(server.link(new URL(documentUrl).hash));
  await waitForGrid(page);
  const row = await scrollToRowWithMt(page, 'The sanctions issue');
  const input = await editCorrection(row);
  await input.fill(`${await input.inputValue()} [kept]`);
  await page.reload(); // no blur, no wait for the debounce
  await waitForGrid(page);
  const again = await scrollToRowWithMt(page, 'The sanctions issue');
  await expect(again.getByTestId('diff-view')).toContainText('[kept]');
  await expect(again).toHaveAttribute('data-status', 'edited');
});

test('grid screenshots in light and dark, and no serious accessibility violation', async ({
  page,
}, testInfo) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.link(new URL(documentUrl).hash));
    await waitForGrid(page);
    await scrollToRowWithMt(page, 'Rosselkhoznadzor');
    const path = join('test-results/screenshots', `grid-${scheme}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`grid-${scheme}`, { path, contentType: 'image/png' });
    await expectNoSeriousA11yViolations(page);
  }
});
