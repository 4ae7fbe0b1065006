import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LabelBox } from '../../src/render/text_slots';

/** Frames the lab's loop has processed (the HUD's stats), 0 before the first. */
export const processedFrames = (page: Page): Promise<number> =>
  page
    .getByTestId('hud')
    .getAttribute('data-stats')
    .then((raw) => (raw ? ((JSON.parse(raw) as { processed?: number }).processed ?? 0) : 0));

/** Waits until the lab's loop has processed at least `n` frames. */
export async function framesProcessed(page: Page, n: number, timeout = 60_000): Promise<void> {
  await expect.poll(() => processedFrames(page), { timeout }).toBeGreaterThanOrEqual(n);
}

/** Waits for the bench hooks, which `?bench` loads (a dynamic import) once the app has started. */
export async function benchHooks(page: Page): Promise<void> {
  await page.waitForFunction(() => window.convlensBench !== undefined, null, { timeout: 10_000 });
}

/**
 * Tensors alive between frames (needs `?bench`): the least of several reads one animation frame
 * apart, since a read may land while a frame is in flight (its tensors not yet disposed).
 */
export const tensorsBetweenFrames = async (page: Page): Promise<number> => {
  await benchHooks(page);
  return page.evaluate(async () => {
    let least = Infinity;
    for (let i = 0; i < 8; i++) {
      await new Promise(requestAnimationFrame);
      least = Math.min(least, window.convlensBench!.tensorCount());
    }
    return least;
  });
};

/** Where the overlay drew its labels (canvas px), as it says in `data-label-boxes`; [] before any. */
export const drawnLabelBoxes = async (page: Page): Promise<LabelBox[]> =>
  JSON.parse(
    (await page.getByTestId('overlay').getAttribute('data-label-boxes')) ?? '[]',
  ) as LabelBox[];

/** Every record of one object store in the page's own IndexedDB ('convlens'); [] if it has none. */
export const storedRecords = <T>(page: Page, store: string): Promise<T[]> =>
  page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('convlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
        };
      }),
    store,
  );
