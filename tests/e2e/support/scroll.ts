import { expect, type Locator, type Page } from '@playwright/test';
import { rowWithMt } from './grid';

/** Scrolls the virtual grid down until a row whose MT contains `text` is rendered; returns it. */
export async function scrollToRowWithMt(page: Page, text: string): Promise<Locator> {
  const row = rowWithMt(page, text);
  const scroller = page.getByTestId('grid-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 200 && (await row.count()) === 0; i++) {
    const atEnd = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight * 0.8;
      return el.scrollTop === before;
    });
    await page.waitForTimeout(30);
    if (atEnd && (await row.count()) === 0) break;
  }
  await expect(row).toHaveCount(1);
  await row.scrollIntoViewIfNeeded();
  return row;
}
