import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { fixturePath } from '../helpers/fixture_image';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');

interface LiveResult {
  style: string;
  meanChange: number;
  meanColour: [number, number, number];
}

/** Opens the live mode on the fake camera and adds `photos` snapshots to the training panel. */
async function openLiveWithPhotos(page: Page, photos: number): Promise<LiveResult> {
  await page.goto(`${origin}/?backend=wasm#/style`);
  await startCamera(page);
  await page.getByTestId('style-mode').selectOption('live');
  const bundled = await waitForResult<LiveResult>(page, (r) => r.style === 'starry_night');
  for (let i = 0; i < photos; i++) await page.getByTestId('style-train-add').click();
  await expect.poll(() => page.getByTestId('style-train-photo').count()).toBe(photos);
  return bundled;
}

const step = (page: Page) =>
  page
    .getByTestId('style-train-step')
    .getAttribute('data-step')
    .then((s) => Number(s));

it('the training worker is its own chunk, precached by the service worker (offline)', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const chunks = readdirSync(new URL('assets/', dist)).filter((f) =>
    /^style_training\.worker-[\w-]+\.js$/.test(f),
  );
  expect(chunks).toHaveLength(1);
  expect(readFileSync(new URL('sw.js', dist), 'utf8')).toContain(`assets/${chunks[0]}`);
});

// The smallest choices of the panel (20 steps, 64 px crops) make a run take seconds here.
describe('train your own style (background worker)', () => {
  const camera = makeY4m('messi5.jpg', { width: 320, height: 240 });
  // No service worker here: a fresh context's first visit precaches the whole app and every
  // model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
  // (offline and the worker: faults/offline_every_lab, isolation, subpath, bench_hooks).
  const checked = useCheckedPage(origin, camera, { context: { serviceWorkers: 'block' } });

  it('trains while the camera runs, stops keeping the weights, stylises live, survives a reload, and deletes', async () => {
    const page = checked.page;
    const bundled = await openLiveWithPhotos(page, 2);
    await page.getByTestId('style-train-steps').selectOption('600');
    await page.getByTestId('style-train-size').selectOption('64');
    await page.getByTestId('style-train-start').click();

    // Progress advances step by step, on WASM in the worker, while the live feed keeps running.
    await expect.poll(() => step(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    const progress = page.getByTestId('style-train-step');
    expect(await progress.getAttribute('data-backend')).toBe('wasm');
    expect(Number(await progress.getAttribute('data-seconds-per-step'))).toBeGreaterThan(0);
    const during = await waitForResult<LiveResult>(page, (r) => r.style === 'starry_night');
    expect(during.style).toBe('starry_night');

    // Stop keeps what it learnt: the network is saved after fewer than 600 steps.
    await page.getByTestId('style-train-stop').click();
    const saved = page.getByTestId('style-train-saved');
    await saved.waitFor({ timeout: 60_000 });
    const stoppedAt = await step(page);
    expect(stoppedAt).toBeGreaterThanOrEqual(3);
    expect(stoppedAt).toBeLessThan(600);
    const id = (await saved.getAttribute('data-style-id'))!;
    expect(id).toMatch(/^user-\d+$/);
    await expect.poll(() => page.getByTestId('style-train-preview').count()).toBe(1);
    expect(await page.locator(`li[data-style-id="${id}"]`).textContent()).toContain(
      `${stoppedAt} steps at 64 px`,
    );

    // Chosen in the live selector, the new network stylises the camera.
    await page.getByTestId('live-style').selectOption(id);
    const own = await waitForResult<LiveResult>(page, (r) => r.style === id);
    expect(own.meanChange).toBeGreaterThan(5);
    const gap = Math.max(...own.meanColour.map((v, c) => Math.abs(v - bundled.meanColour[c]!)));
    expect(gap).toBeGreaterThan(1);

    // Saved in IndexedDB: listed again after a reload, and it can be deleted.
    await page.reload();
    await page.getByTestId('style-mode').selectOption('live');
    const option = page.locator(`[data-testid=live-style] option[value="${id}"]`);
    await expect.poll(() => option.count()).toBe(1);
    await page.locator(`li[data-style-id="${id}"] [data-testid=user-style-delete]`).click();
    await expect.poll(() => option.count()).toBe(0);
  }, 90_000);

  it('trains on the user’s own style file, keeps the network when the storage is full, and saves it again', async () => {
    const page = checked.page;
    // The first write to the userStyles store fails as a full disk does.
    await page.addInitScript(() => {
      let failures = 1;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        if (this.name === 'userStyles' && failures-- > 0) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    });
    await openLiveWithPhotos(page, 1);
    // S from the user's own file this time.
    const thumb = page.getByTestId('style-train-style-thumb');
    await thumb.waitFor();
    const galleryThumb = await thumb.getAttribute('src');
    await page.getByTestId('style-train-file').setInputFiles(fixturePath('coffee.jpg'));
    await expect.poll(() => thumb.getAttribute('src')).not.toBe(galleryThumb);
    await page.getByTestId('style-train-steps').selectOption('20');
    await page.getByTestId('style-train-size').selectOption('64');
    await page.getByTestId('style-train-start').click();
    const error = page.getByTestId('style-train-error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toContain('storage is full');
    expect(await step(page)).toBe(20);
    await page.getByTestId('style-train-save-again').click();
    const saved = page.getByTestId('style-train-saved');
    await saved.waitFor();
    const id = (await saved.getAttribute('data-style-id'))!;
    await expect
      .poll(() => page.locator(`[data-testid=live-style] option[value="${id}"]`).count())
      .toBe(1);
    expect(await error.count()).toBe(0);
  }, 60_000);

  it('leaving the lab stops the worker and keeps what it has learnt', async () => {
    const page = checked.page;
    await openLiveWithPhotos(page, 1);
    const before = page.workers().length;
    const listed = await page.getByTestId('user-style-delete').count();
    await page.getByTestId('style-train-steps').selectOption('600');
    await page.getByTestId('style-train-size').selectOption('64');
    await page.getByTestId('style-train-start').click();
    await expect.poll(() => step(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    expect(page.workers().length).toBe(before + 1);
    await page.evaluate(() => (location.hash = '#/convolution'));
    await expect.poll(() => page.workers().length, { timeout: 20_000 }).toBe(before);
    // Back in the lab: the network of the steps done so far is listed.
    await page.evaluate(() => (location.hash = '#/style'));
    await page.getByTestId('style-mode').selectOption('live');
    await expect
      .poll(() => page.getByTestId('user-style-delete').count(), { timeout: 20_000 })
      .toBe(listed + 1);
  }, 90_000);

  it('reports a worker that cannot start, keeping the inputs', async () => {
    const page = checked.page;
    await page
      .context()
      .route('**/assets/style_training.worker-*.js', (route) => route.fulfill({ status: 404 }));
    await openLiveWithPhotos(page, 1);
    await page.getByTestId('style-train-start').click();
    const error = page.getByTestId('style-train-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain(
      'The background training worker failed: its script could not be loaded, or it stopped',
    );
    expect(await page.getByTestId('style-train-photo').count()).toBe(1);
    expect(await page.getByTestId('style-train-start').isEnabled()).toBe(true);
  }, 60_000);

  it('says which file is missing when the worker cannot load the loss network, keeping the inputs', async () => {
    const page = checked.page;
    // The worker's fetch of centernet's weights answers 404 (routes see a worker's requests).
    await page
      .context()
      .route('**/models/human/centernet.bin', (route) => route.fulfill({ status: 404 }));
    await openLiveWithPhotos(page, 1);
    await page.getByTestId('style-train-steps').selectOption('20');
    await page.getByTestId('style-train-size').selectOption('64');
    await page.getByTestId('style-train-start').click();
    const error = page.getByTestId('style-train-error');
    await error.waitFor({ timeout: 60_000 });
    const text = (await error.textContent())!;
    expect(text).toContain('could not load the loss network (centernet)');
    expect(text).toContain('models/human/centernet.bin');
    // Nothing lost: the photo is still there and training can start again.
    expect(await page.getByTestId('style-train-photo').count()).toBe(1);
    expect(await page.getByTestId('style-train-start').isEnabled()).toBe(true);
  }, 60_000);
});
