import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');

const processed = (page: Page) =>
  page
    .getByTestId('hud')
    .getAttribute('data-stats')
    .then((raw) => (raw ? (JSON.parse(raw) as { processed: number }).processed : 0));

/** Waits until the loop has processed `n` more frames than now. */
async function framesLater(page: Page, n: number): Promise<void> {
  const start = await processed(page);
  await expect.poll(() => processed(page), { timeout: 90_000 }).toBeGreaterThanOrEqual(start + n);
}

/**
 * Tensors alive between frames: the least of several reads one animation frame apart, since a
 * read may land while a frame is in flight (its tensors not yet disposed).
 */
const tensorsBetweenFrames = (page: Page) =>
  page.evaluate(async () => {
    let least = Infinity;
    for (let i = 0; i < 8; i++) {
      await new Promise(requestAnimationFrame);
      least = Math.min(least, window.convlensBench!.tensorCount());
    }
    return least;
  });

async function expectNoGrowth(page: Page, mode: string): Promise<void> {
  await page.getByTestId('mode').selectOption(mode);
  await framesLater(page, 20); // models loaded, tracking settled
  const before = await tensorsBetweenFrames(page);
  await framesLater(page, 200);
  expect(await tensorsBetweenFrames(page), `${mode}: tensors after 200 more frames`).toBe(before);
}

async function open(page: Page): Promise<void> {
  await page.goto(`${origin}/?bench&backend=wasm#/landmarks`);
  await page.getByTestId('advanced').click();
  await page.getByTestId('smoothing').uncheck();
  await startCamera(page);
}

describe('landmarks lab: no tensor growth over 200 camera frames of each mode', () => {
  describe('a face on the camera', () => {
    const session = useCheckedPage(
      origin,
      makeY4m('astronaut-320.jpg', { width: 640, height: 480, fps: 30 }),
    );

    it('face mesh, 68 points and body', async () => {
      const { page } = session;
      await open(page);
      for (const mode of ['mesh', 'face68', 'body']) await expectNoGrowth(page, mode);
    });
  });

  describe('a hand on the camera', () => {
    const session = useCheckedPage(
      origin,
      makeY4m('hand-in-frame.jpg', { width: 640, height: 480, fps: 30 }),
    );

    it('hands', async () => {
      const { page } = session;
      await open(page);
      await expectNoGrowth(page, 'hands');
    });
  });
});
