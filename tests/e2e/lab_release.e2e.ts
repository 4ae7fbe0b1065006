import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { framesProcessed, tensorsBetweenFrames } from './page_probes';

const origin = inject('origin');

/** Opens the Convolution lab (its live filter), waits for a result, counts tensors. */
async function inConvolution(page: Page): Promise<number> {
  await page.evaluate(() => (location.hash = '#/convolution'));
  await waitForResult(page, (r: { shapes?: unknown }) => r.shapes !== undefined);
  return tensorsBetweenFrames(page);
}

describe('leaving a lab releases its models and tensors', () => {
  const camera = makeY4m('astronaut-320.jpg', { width: 640, height: 480 });
  // No service worker here: a fresh context's first visit precaches the whole app and every
  // model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
  // (offline and the worker: faults/offline_every_lab, isolation, subpath, bench_hooks).
  const session = useCheckedPage(origin, camera, { context: { serviceWorkers: 'block' } });

  it('the Style lab: its networks, the backbone and every tensor of the optimisation', async () => {
    const { page } = session;
    await page.goto(`${origin}/?bench&backend=wasm#/convolution`);
    await startCamera(page);
    const before = await inConvolution(page);

    await page.evaluate(() => (location.hash = '#/style'));
    // Optimisation: the backbone, C, S, G and Adam's moments; a few iterations.
    await page.getByTestId('style-snapshot').click();
    const start = page.getByTestId('style-start');
    await expect.poll(() => start.isEnabled(), { timeout: 60_000 }).toBe(true);
    await start.click();
    await waitForResult(page, (r: { iteration?: number }) => (r.iteration ?? 0) >= 3, 120_000);
    // Live mode: a trained feed-forward network on the camera.
    await page.getByTestId('style-mode').selectOption('live');
    await waitForResult(page, (r: { style?: string }) => r.style === 'starry_night');
    expect(await tensorsBetweenFrames(page)).toBeGreaterThan(before);

    expect(await inConvolution(page)).toBe(before);
  }, 200_000);

  it('the Convolution lab: the backbone of its feature maps', async () => {
    const { page } = session;
    await page.goto(`${origin}/?bench&backend=wasm#/convolution`);
    await startCamera(page);
    const before = await inConvolution(page);
    await page.getByTestId('mode-features').check();
    await waitForResult(page, (r: { kind?: string }) => r.kind === 'features', 60_000);
    expect(await tensorsBetweenFrames(page)).toBeGreaterThan(before);
    // Leave for the Faces lab and come back: the live filter alone again.
    await page.evaluate(() => (location.hash = '#/faces'));
    await framesProcessed(page, 3);
    await page.evaluate(() => (location.hash = '#/convolution'));
    await page.getByTestId('mode-filter').check();
    expect(await inConvolution(page)).toBe(before);
  }, 120_000);

  it('the Networks lab: the face encoder, centernet and the tables networks of its parts', async () => {
    const { page } = session;
    await page.goto(`${origin}/?bench&backend=wasm#/convolution`);
    await startCamera(page);
    const before = await inConvolution(page);
    await page.evaluate(() => (location.hash = '#/networks'));
    // Every part that loads networks, each run on the camera.
    await page.getByTestId('network-table-choice').selectOption('face68');
    await waitForResult(
      page,
      (r: { thumbnails?: { table: string } }) => r.thumbnails?.table === 'face68',
    );
    await page.getByTestId('part-residual').check();
    await waitForResult(page, (r: { residual?: { face: unknown } }) => !!r.residual?.face, 90_000);
    await page.getByTestId('part-units').check();
    await waitForResult(page, (r: { units?: unknown[] }) => (r.units?.length ?? 0) > 0, 90_000);
    expect(await tensorsBetweenFrames(page)).toBeGreaterThan(before);
    expect(await inConvolution(page)).toBe(before);
  }, 200_000);

  it.each(['landmarks', 'detection', 'faces', 'transfer', 'networks'])(
    'the %s lab, after running on the camera',
    async (lab) => {
      const { page } = session;
      await page.goto(`${origin}/?bench&backend=wasm#/convolution`);
      await startCamera(page);
      const before = await inConvolution(page);
      await page.evaluate((id) => (location.hash = `#/${id}`), lab);
      // Its models are loaded, and frames have gone through them.
      await expect
        .poll(() => page.evaluate(() => window.convlensBench!.tensorCount()), { timeout: 60_000 })
        .toBeGreaterThan(before);
      await framesProcessed(page, 5);
      expect(await inConvolution(page)).toBe(before);
    },
    120_000,
  );
});
