import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The grid row showing segment `id`. */
export function rowOf(page: Page, id: number | string): Locator {
  return page.locator(`[role="row"][data-segment-id="${id}"]`);
}

/** The first grid row whose MT contains `text`. */
export function rowWithMt(page: Page, text: string): Locator {
  return page.locator('[role="row"][data-segment-id]', {
    has: page.getByTestId('cell-mt').filter({ hasText: text }),
  });
}

export async function segmentIdOf(row: Locator): Promise<number> {
  return Number(await row.getAttribute('data-segment-id'));
}

/** Waits until the grid shows rows (not placeholders). */
export async function waitForGrid(page: Page): Promise<void> {
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.locator('[role="row"][data-segment-id]').first()).toBeVisible();
}

/** axe-core on the current page: no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Puts a row's correction into edit mode (at rest it is text) and returns its text field. */
export async function editCorrection(row: Locator): Promise<Locator> {
  const input = row.getByTestId('correction-input');
  if ((await input.count()) === 0) await row.getByTestId('correction-view').click();
  await expect(input).toBeFocused();
  return input;
}

/** The correction a row holds, whether at rest (text, maybe with a diff) or being edited (a field). */
export async function expectCorrectionToContain(row: Locator, text: string): Promise<void> {
  await expect
    .poll(() =>
      row.evaluate((el) => {
        const input = el.querySelector('textarea');
        return input ? input.value : (el.querySelector('.correction-view')?.textContent ?? '');
      }),
    )
    .toContain(text);
}
