import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The Transfer lab's class cards, shared by the Transfer and sliding-windows e2e tests (the
// windows lab trains its object head with them).

/** Each class card's sample count, in card order. */
export const sampleCounts = (page: Page): Promise<number[]> =>
  page
    .getByTestId('sample-count')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));

/**
 * Holds "record" on class `index` until it has at least `n` samples (the recorder takes 5 a
 * second: allow `timeout` ms for many).
 */
export async function recordSamples(
  page: Page,
  index: number,
  n: number,
  timeout = 30_000,
): Promise<void> {
  await page.getByTestId('record').nth(index).hover();
  await page.mouse.down();
  await expect
    .poll(async () => (await sampleCounts(page))[index], { timeout, interval: 250 })
    .toBeGreaterThanOrEqual(n);
  await page.mouse.up();
}

/** Presses Train once it is enabled and waits for the run to end ("done") within `timeout` ms. */
export async function trainUntilDone(page: Page, timeout = 90_000): Promise<void> {
  await expect.poll(() => page.getByTestId('train').isEnabled(), { timeout: 60_000 }).toBe(true);
  await page.getByTestId('train').click();
  await expect
    .poll(() => page.getByTestId('training-state').getAttribute('data-kind'), { timeout })
    .toBe('done');
}
