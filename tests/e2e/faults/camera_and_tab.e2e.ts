// Issue 17, faults of a long lesson: the camera unplugged mid-stream, and the tab hidden and shown
// again. The source bar says what happened in the reader's language and offers the way back; the
// frame loop stops while hidden and picks up again without a backlog.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from '../browser.mjs';
import { startCamera, useCheckedPage } from '../checked_page';
import { makeY4m } from '../make_y4m.mjs';

const origin = inject('origin');

interface Stats {
  processed: number;
  dropped: number;
}
const stats = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(
        document.querySelector('[data-testid="hud"]')?.getAttribute('data-stats') ?? 'null',
      ) as Stats | null,
  );

/** Resolves after the camera has presented `n` more frames to the page's video. */
const cameraFrames = (page: Page, n: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const video = document.querySelector('video')!;
        let left = n;
        const next = () => (--left <= 0 ? done() : video.requestVideoFrameCallback(next));
        video.requestVideoFrameCallback(next);
      }),
    n,
  );

/** What a browser does when the user switches tabs or locks the phone: the document's state. */
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

describe('a long lesson', () => {
  const session = useCheckedPage(origin, makeY4m('building.jpg', { width: 640, height: 480 }), {
    open: '/?backend=wasm#/convolution',
  });

  it('the camera unplugged mid-stream: the source bar says so, in English and Chinese, and Try again brings it back', async () => {
    const { page } = session;
    await startCamera(page);
    await waitForResult(page, (r) => r !== null);
    const status = page.getByTestId('source-status');
    const unplug = () =>
      page.evaluate(() => {
        const stream = document.querySelector('video')!.srcObject as MediaStream;
        const track = stream.getVideoTracks()[0]!;
        // A track ended by the device (not by the page) fires `ended`; stop() alone does not.
        track.stop();
        track.dispatchEvent(new Event('ended'));
      });

    await unplug();
    await expect.poll(() => status.getAttribute('data-state')).toBe('ended');
    expect(await status.textContent()).toContain('The camera stopped (was it unplugged?)');
    await page.getByTestId('retry').click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('live');
    // The loop starts afresh on the new track: its stats may be empty for a moment.
    const before = (await stats(page))?.processed ?? 0;
    await expect
      .poll(async () => (await stats(page))?.processed ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(before + 2);

    await page.getByTestId('language').selectOption('zh-CN');
    await unplug();
    await expect.poll(() => status.getAttribute('data-state')).toBe('ended');
    expect(await status.textContent()).toContain('摄像头已停止（是否被拔出？）');
    await page.getByTestId('retry').click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('live');
  });

  it('the tab hidden: the loop stops while the camera plays on, and resumes without a backlog', async () => {
    const { page } = session;
    await startCamera(page);
    await expect.poll(async () => (await stats(page))?.processed ?? 0).toBeGreaterThan(5);

    await setHidden(page, true);
    await cameraFrames(page, 2); // a frame in flight when hidden may still finish
    const hidden = (await stats(page))!;
    await cameraFrames(page, 20);
    const stillHidden = (await stats(page))!;
    expect(stillHidden.processed).toBe(hidden.processed);
    expect(stillHidden.dropped).toBe(hidden.dropped);

    await setHidden(page, false);
    await expect
      .poll(async () => (await stats(page))!.processed)
      .toBeGreaterThan(hidden.processed + 5);
    // No backlog: the 20 camera frames shown while hidden were never queued, so none was
    // processed or counted as dropped on return beyond the frames that arrived since.
    const shown = (await stats(page))!;
    await cameraFrames(page, 10);
    const later = (await stats(page))!;
    expect(later.processed - shown.processed).toBeLessThanOrEqual(11);
    expect(shown.dropped - hidden.dropped).toBeLessThan(5);
  });
});
