import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { framesProcessed, processedFrames, tensorsBetweenFrames } from './page_probes';

const origin = inject('origin');

/** Waits until the loop has processed `n` more frames than now. */
async function framesLater(page: Page, n: number): Promise<void> {
  await framesProcessed(page, (await processedFrames(page)) + n, 90_000);
}

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
