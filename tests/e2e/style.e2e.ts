import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');
const session = useCheckedPage(origin, makeY4m('messi5.jpg', { width: 640, height: 480 }));

interface StyleResult {
  iteration: number;
  run: string;
  costs: { total: number; content: number; style: number };
  first: { total: number; style: number };
}

/** A digest of a canvas's pixels, to see G change. */
const canvasDigest = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 7) sum = (sum * 31 + d[i]!) % 1_000_000_007;
    return sum;
  });

it('takes a snapshot, optimises G with the costs falling, and pauses', async () => {
  const { page } = session;
  await page.goto(`${origin}/?backend=wasm#/style`);
  await startCamera(page);
  await page.getByTestId('style-snapshot').click();
  const start = page.getByTestId('style-start');
  await expect.poll(() => start.isEnabled(), { timeout: 60_000 }).toBe(true);
  await start.click();

  const early = await waitForResult<StyleResult>(page, (r) => r.iteration >= 5);
  const g5 = await canvasDigest(page, 'style-generated');
  const later = await waitForResult<StyleResult>(page, (r) => r.iteration >= 20, 120_000);
  expect(later.costs.total).toBeLessThan(early.first.total * 0.5);
  expect(later.costs.style).toBeLessThan(early.first.style);
  // The course's J in its units: α = 10, β = 40, each cost as it is (normalisation off).
  const { total, content, style } = later.costs;
  expect(Math.abs(total - (10 * content + 40 * style))).toBeLessThan(1e-4 * total);
  expect(await page.getByTestId('style-normalise').isChecked()).toBe(false);
  expect(await canvasDigest(page, 'style-generated')).not.toBe(g5);
  expect(await page.getByTestId('style-curves').locator('polyline').count()).toBe(3);

  await page.getByTestId('style-pause').click();
  await expect.poll(() => page.getByTestId('style-resume').isVisible()).toBe(true);

  // Presenter mode's → runs exactly one more iteration while paused, and shows it.
  const paused = await waitForResult<StyleResult>(page, (r) => r.run === 'paused');
  const gPaused = await canvasDigest(page, 'style-generated');
  await page.locator('body').focus();
  await page.keyboard.press('ArrowRight');
  const stepped = await waitForResult<StyleResult>(page, (r) => r.iteration > paused.iteration);
  expect(stepped.iteration).toBe(paused.iteration + 1);
  expect(stepped.run).toBe('paused');
  await expect.poll(() => canvasDigest(page, 'style-generated')).not.toBe(gPaused);
}, 200_000);
