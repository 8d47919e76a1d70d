import { expect, test, type Page } from '@playwright/test';
import { importUdhr, rpc } from './support/api';
import { nearestCut } from '../../core/segment/sentence-cut';
import { editCorrection, expectCorrectionToContain, rowOf, waitForGrid } from './support/grid';
import { scrollToRowWithMt } from './support/scroll';
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

const rowAt = (page: Page, index: number) =>
  page.locator(`[role="row"][data-row-index="${index}"]`);

async function rowCount(page: Page): Promise<number> {
  return Number(await page.getByRole('grid').getAttribute('aria-rowcount')) - 1;
}

test('merge, undo, redo and split in the grid; corrections survive; the minimap is there', async ({
  page,
}) => {
  await page.goto(server.link(`#/documents/${documentId}`));
  await waitForGrid(page);
  await expect(page.getByTestId('minimap-canvas')).toBeVisible();
  const total = await rowCount(page);
  const mt2 = (await rowAt(page, 2).getByTestId('cell-mt').textContent()) ?? '';
  const mt3 = (await rowAt(page, 3).getByTestId('cell-mt').textContent()) ?? '';

  // Corrections typed before the alignment edits: one in the pair, one elsewhere.
  const inPair = await editCorrection(rowAt(page, 3));
  await inPair.fill(`${mt3} [fixed in pair]`);
  const elsewhere = await editCorrection(rowAt(page, 5));
  await elsewhere.fill(`${await elsewhere.inputValue()} [fixed elsewhere]`);

  // Merge row 2 with row 3 from the keyboard.
  await editCorrection(rowAt(page, 2));
  await page.keyboard.press('Alt+m');
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total));
  await expect(rowAt(page, 2).getByTestId('cell-mt')).toHaveText(`${mt2}\n${mt3}`);
  await expectCorrectionToContain(rowAt(page, 2), '[fixed in pair]');

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total + 1));
  await expect(rowAt(page, 2).getByTestId('cell-mt')).toHaveText(mt2);
  await expectCorrectionToContain(rowAt(page, 3), '[fixed in pair]');

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total));
  await expect(rowAt(page, 2).getByTestId('cell-mt')).toHaveText(`${mt2}\n${mt3}`);

  // Split the merged row again (between its paragraphs) with the toolbar.
  await editCorrection(rowAt(page, 2));
  await page.getByTestId('tool-split').click();
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total + 1));
  await expect(rowAt(page, 2).getByTestId('cell-mt')).toHaveText(mt2);
  await expect(rowAt(page, 3).getByTestId('cell-mt')).toHaveText(mt3);
  // The merged correction stays on the first part, flagged for a look.
  await expectCorrectionToContain(rowAt(page, 2), '[fixed in pair]');
  await expect(rowAt(page, 2)).toHaveAttribute('data-flags', /split/);
  await expectCorrectionToContain(rowAt(page, 5), '[fixed elsewhere]');

  // The store agrees.
  const stored = await rpc(server, 'segment.list', { documentId, offset: 0, limit: 10 });
  expect(stored.total).toBe(total);
  expect(stored.items[5]?.correction).toContain('[fixed elsewhere]');

  // Typing is undoable too: a typed correction, then Ctrl+Z, and the row is back to the MT.
  const typed = await editCorrection(rowAt(page, 7));
  const mt7 = await typed.inputValue();
  await typed.fill(`${mt7} [typo]`);
  await typed.blur();
  await expectCorrectionToContain(rowAt(page, 7), '[typo]');
  await editCorrection(rowAt(page, 7));
  await page.keyboard.press('Control+z');
  await expect(rowAt(page, 7).getByTestId('correction-input')).toHaveValue(mt7);

  // Every export format is offered; one is downloaded.
  await page.getByTestId('export-menu').locator('summary').click();
  await expect(page.getByTestId('export-menu').locator('button[data-format]')).toHaveCount(11);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-menu').locator('button[data-format="xliff20"]').click();
  expect((await download).suggestedFilename()).toMatch(/\.xlf|\.xliff/);

  // The minimap jumps: a click near the end lands on a late row.
  const box = await page.getByTestId('minimap-canvas').boundingBox();
  if (!box) throw new Error('minimap not laid out');
  await page.mouse.click(box.x + box.width - 3, box.y + box.height - 3);
  const focused = page.locator('[role="row"]:focus-within');
  await expect(focused).toHaveCount(1);
  expect(Number(await focused.getAttribute('data-row-index'))).toBeGreaterThan(total - 10);
});

test('search, next flagged, move a boundary, unlink, pin and re-align from the toolbar', async ({
  page,
}) => {
  await page.goto(server.link(`#/documents/${documentId}`));
  await waitForGrid(page);
  const total = await rowCount(page);

  // Ctrl+F goes to the search box; the store filters the rows.
  await editCorrection(rowAt(page, 2));
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('filter-text')).toBeFocused();
  await page.keyboard.type('Article 3');
  await expect(page.getByTestId('filter-matches')).toBeVisible();
  await expect(page.getByTestId('cell-mt').first()).toContainText('Article 3');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total + 1));

  // Unlink row 4: it becomes a 1:0 row and a 0:1 row, flagged as such; undo puts it back.
  await editCorrection(rowAt(page, 4));
  await page.getByTestId('tool-unlink').click();
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total + 2));
  await expect(rowAt(page, 4)).toHaveAttribute('data-flags', /dropped/);
  await expect(rowAt(page, 5)).toHaveAttribute('data-flags', /added/);

  // F8 from above lands on a flagged row.
  await editCorrection(rowAt(page, 2));
  await page.keyboard.press('F8');
  const flagged = page.locator('[role="row"]:focus-within');
  await expect(flagged).toHaveAttribute('data-flags', /\S/);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total + 1));

  // Move the MT boundary of row 4 down (the next row's first MT paragraph joins it), then undo.
  const mt5 = (await rowAt(page, 5).getByTestId('cell-mt').textContent()) ?? '';
  await editCorrection(rowAt(page, 4));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rowAt(page, 4).getByTestId('cell-mt')).toContainText(mt5);
  await page.keyboard.press('Control+z');
  await expect(rowAt(page, 4).getByTestId('cell-mt')).not.toContainText(mt5);

  // Pin, then re-align the rest: the pinned row stays and says so.
  await editCorrection(rowAt(page, 6));
  await page.getByTestId('tool-pin').click();
  await expect(rowAt(page, 6).locator('.badge.pin')).toBeVisible();
  await page.getByTestId('tool-realign').click();
  await expect(page.getByTestId('grid-notice')).toHaveCount(0);
  await expect(rowAt(page, 6).locator('.badge.pin')).toBeVisible();
});

test('split inside a paragraph at the caret: source and MT are cut at their sentence breaks', async ({
  page,
}) => {
  // A row of one paragraph a side, each holding more than one sentence.
  const listed = await rpc(server, 'segment.list', { documentId, offset: 0, limit: 200 });
  const index = listed.items.findIndex(
    (r) =>
      r.kind === 'body' &&
      r.sourceIndices.length === 1 &&
      r.targetIndices.length === 1 &&
      r.correction === null &&
      nearestCut(r.source, 0.5) !== null &&
      nearestCut(r.mt, 0.5) !== null,
  );
  const row = listed.items[index];
  if (!row) throw new Error('no row with two sentences a side');
  const mtCut = nearestCut(row.mt, 0.5)!;
  const sourceCut = nearestCut(row.source, mtCut / row.mt.length)!;

  await page.goto(server.link(`#/documents/${documentId}`));
  await waitForGrid(page);
  const total = await rowCount(page);
  await scrollToRowWithMt(page, row.mt);
  const input = await editCorrection(rowOf(page, row.id));
  await input.evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), mtCut);
  await page.keyboard.press('Alt+s');

  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total + 2));
  const first = rowOf(page, row.id);
  await expect(first.getByTestId('cell-mt')).toHaveText(row.mt.slice(0, mtCut).trimEnd());
  await expect(first.getByTestId('cell-source')).toHaveText(
    row.source.slice(0, sourceCut).trimEnd(),
  );
  const second = rowAt(page, index + 1);
  await expect(second.getByTestId('cell-mt')).toHaveText(row.mt.slice(mtCut));
  await expect(second.getByTestId('cell-source')).toHaveText(row.source.slice(sourceCut));
  const path = await rpc(server, 'alignment.path', { documentId });

  // One undo joins the paragraphs and the rows again.
  await first.scrollIntoViewIfNeeded();
  await editCorrection(first);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(total + 1));
  await expect(rowOf(page, row.id).getByTestId('cell-mt')).toHaveText(row.mt);
  const back = await rpc(server, 'alignment.path', { documentId });
  expect([back.sourceCount, back.targetCount]).toEqual([
    path.sourceCount - 1,
    path.targetCount - 1,
  ]);
});

test('mark a row as page chrome from the keyboard; it joins the collapsed lane; undo brings it back', async ({
  page,
}) => {
  await page.goto(server.link(`#/documents/${documentId}`));
  await waitForGrid(page);
  const listed = await rpc(server, 'segment.list', { documentId, offset: 0, limit: 10 });
  const row = listed.items.find((r) => r.kind === 'body' && r.order > 1);
  if (!row) throw new Error('no body row near the top');
  const kindOf = async () =>
    (await rpc(server, 'segment.list', { documentId, offset: row.order, limit: 1 })).items[0]?.kind;

  await editCorrection(rowOf(page, row.id));
  await page.keyboard.press('Alt+c');
  await expect(rowOf(page, row.id)).toHaveCount(0);
  expect(await kindOf()).toBe('chrome');

  // Shown again with the chrome lane open, the same button now says it is not chrome.
  await page.getByTestId('toggle-chrome').check();
  await editCorrection(rowOf(page, row.id));
  await expect(page.getByTestId('tool-chrome')).toHaveText('Not page chrome');
  await page.getByTestId('tool-chrome').click();
  await expect.poll(kindOf).toBe('body');

  await page.getByTestId('tool-undo').click();
  await expect.poll(kindOf).toBe('chrome');
  await page.getByTestId('tool-undo').click();
  await expect.poll(kindOf).toBe('body');
  await page.getByTestId('toggle-chrome').uncheck();
  await expect(rowOf(page, row.id)).toHaveCount(1);
});

test('comment on a row: the dialog adds and lists it, the row shows the count, a reload keeps it', async ({
  page,
}) => {
  await page.goto(server.link(`#/documents/${documentId}`));
  await waitForGrid(page);
  const row = page.locator('[role="row"][data-kind="body"]').first();
  const id = await row.getAttribute('data-segment-id');
  await row.getByTestId('comments-button').click();
  const dialog = page.getByTestId('comments-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('comment-input').fill('Сверить термин <b>с глоссарием</b>.');
  await dialog.getByTestId('comment-add').click();
  await expect(dialog.getByTestId('comment')).toHaveCount(1);
  // Shown as text, like everything a reviewer types.
  await expect(dialog.getByTestId('comment')).toContainText('<b>с глоссарием</b>');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, id!).getByTestId('comments-button')).toHaveText('1 comment');

  await page.reload();
  await waitForGrid(page);
  await expect(rowOf(page, id!).getByTestId('comments-button')).toHaveText('1 comment');
  const stored = await rpc(server, 'comment.list', { segmentId: Number(id) });
  expect(stored.items.map((c) => c.text)).toEqual(['Сверить термин <b>с глоссарием</b>.']);
});
