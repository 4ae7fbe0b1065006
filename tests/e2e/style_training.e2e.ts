import { expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');
const checked = useCheckedPage(origin, makeY4m('messi5.jpg', { width: 320, height: 240 }));

interface LiveResult {
  style: string;
  meanChange: number;
  meanColour: [number, number, number];
}

/**
 * Train your own style: two snapshots of the fake camera, 20 steps on 64 px crops (the smallest
 * choices of the panel, so the run takes seconds), in the background worker; the network is then
 * listed, stylises the live feed, and is still listed after a reload (IndexedDB).
 */
it('trains a style in the background worker, uses it live, and keeps it across a reload', async () => {
  const page = checked.page;
  await page.goto(`${origin}/?backend=wasm#/style`);
  await page.getByTestId('start-camera').click();
  await expect
    .poll(() => page.getByTestId('source-status').getAttribute('data-state'))
    .toBe('live');
  await page.getByTestId('style-mode').selectOption('live');
  const bundled = await waitForResult<LiveResult>(page, (r) => r.style === 'starry_night');

  await page.getByTestId('style-train-add').click();
  await page.getByTestId('style-train-add').click();
  await expect.poll(() => page.getByTestId('style-train-photo').count()).toBe(2);
  await page.getByTestId('style-train-steps').selectOption('20');
  await page.getByTestId('style-train-size').selectOption('64');
  await page.getByTestId('style-train-start').click();

  // Progress advances step by step while the live feed keeps running.
  const step = () => page.getByTestId('style-train-step').getAttribute('data-step');
  await expect.poll(async () => Number(await step()), { timeout: 60_000 }).toBeGreaterThan(0);
  const during = await waitForResult<LiveResult>(page, (r) => r.style === 'starry_night');
  expect(during.style).toBe('starry_night');
  const saved = page.getByTestId('style-train-saved');
  await saved.waitFor({ timeout: 60_000 });
  expect(Number(await step())).toBe(20);
  // The worker trained on WASM from our origin (no CPU fallback).
  expect(await page.getByTestId('style-train-step').getAttribute('data-backend')).toBe('wasm');
  await expect.poll(() => page.getByTestId('style-train-preview').count()).toBe(1);
  const id = (await saved.getAttribute('data-style-id'))!;
  expect(id).toMatch(/^user-\d+$/);

  // Chosen in the live selector, the new network stylises the camera.
  await page.getByTestId('live-style').selectOption(id);
  const own = await waitForResult<LiveResult>(page, (r) => r.style === id);
  expect(own.meanChange).toBeGreaterThan(5);
  const colourGap = Math.max(...own.meanColour.map((v, c) => Math.abs(v - bundled.meanColour[c]!)));
  expect(colourGap).toBeGreaterThan(1);

  // Saved in IndexedDB: listed again after a reload.
  await page.reload();
  await page.getByTestId('style-mode').selectOption('live');
  await expect
    .poll(() => page.locator(`[data-testid=live-style] option[value="${id}"]`).count())
    .toBe(1);
  // And it can be deleted.
  await page.locator(`[data-style-id="${id}"] [data-testid=user-style-delete]`).click();
  await expect
    .poll(() => page.locator(`[data-testid=live-style] option[value="${id}"]`).count())
    .toBe(0);
}, 120_000);
