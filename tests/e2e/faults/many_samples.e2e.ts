// Issue 17, 500 captured samples: a class recorded by holding "record" on the fake camera and one
// on a still photo, 250 samples each. The page stays responsive while capturing (no main-thread
// task over 200 ms, as a PerformanceObserver for 'longtask' in the page sees them), and a head
// trained on all 500 still tells the two pictures apart.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../../helpers/fixture_image';
import { waitForResult } from '../browser.mjs';
import { startCamera, useCheckedPage } from '../checked_page';
import { makeY4m } from '../make_y4m.mjs';
import { recordSamples, sampleCounts as counts, trainUntilDone } from '../transfer_probes';

const origin = inject('origin');
const camera = makeY4m('fruits.jpg', { width: 640, height: 480 });
const perClass = 250;
/** The bound on a main-thread task while capturing. */
const maxTaskMs = 200;

/** Starts collecting the page's long tasks (over 50 ms) from now on. */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    // A browser without the entry type would see no long task at all: fail instead.
    if (!PerformanceObserver.supportedEntryTypes.includes('longtask'))
      throw new Error('no longtask entries in this browser');
    const w = window as { longTasks?: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks!.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
const longTasks = (page: Page) =>
  page.evaluate(() => (window as { longTasks?: number[] }).longTasks ?? []);

/** The class cards' sample counts, summed, and their thumbnails, read in one go. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    total: [...document.querySelectorAll('[data-testid="sample-count"]')]
      .map((e) => Number(e.getAttribute('data-count')))
      .reduce((a, b) => a + b, 0),
    thumbnails: document.querySelectorAll('[data-testid="class-card"] img').length,
  }));

interface TransferResultLike {
  best: { label: string; probability: number } | null;
}
const winner = (label: string) => (r: TransferResultLike) =>
  r.best?.label === label && r.best.probability > 0.5;

describe('500 captured samples', () => {
  const session = useCheckedPage(origin, camera, { open: '/?backend=wasm#/transfer' });

  it('keeps every main-thread task under 200 ms while capturing, and trains on them', async () => {
    const { page } = session;
    await expect.poll(() => counts(page), { timeout: 30_000 }).toEqual([0, 0]);
    for (const [i, name] of ['fruit', 'building'].entries()) {
      await page.getByTestId('class-name').nth(i).fill(name);
      await page.getByTestId('class-name').nth(i).dispatchEvent('change');
    }
    await startCamera(page);
    // The backbone loads and warms up before capturing: its first run is not capture's cost.
    await waitForResult(page, () => true);

    await watchLongTasks(page);
    await recordSamples(page, 0, perClass, 120_000);
    await page.getByTestId('image-input').setInputFiles(fixturePath('building.jpg'));
    await expect
      .poll(() => page.getByTestId('source-status').textContent())
      .toContain('building.jpg');
    await recordSamples(page, 1, perClass, 120_000);
    const tasks = await longTasks(page);
    console.log(`long tasks while capturing ${perClass} x 2 samples (ms): ${tasks.join(', ')}`);
    expect(tasks.filter((ms) => ms > maxTaskMs)).toEqual([]);
    // Every capture kept: the thumbnails are the counts. Both read at once, once they agree: a
    // capture still being encoded when "record" was let go can land between two separate reads.
    await expect.poll(() => shown(page).then((s) => s.thumbnails === s.total)).toBe(true);
    expect((await shown(page)).total).toBeGreaterThanOrEqual(2 * perClass);

    await trainUntilDone(page, 240_000);
    await waitForResult(page, winner('building'));
    await page.getByTestId('start-camera').click();
    await waitForResult(page, winner('fruit'));
  }, 480_000);
});
