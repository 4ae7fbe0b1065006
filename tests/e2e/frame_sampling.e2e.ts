import { describe, expect, inject, it } from 'vitest';
import type { ReaderComparison } from '../../src/core/pixels/compare_readers';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { benchHooks } from './page_probes';

const origin = inject('origin');

describe("the frame reader's two paths on a camera", () => {
  const session = useCheckedPage(origin, makeY4m('astronaut-320.jpg', { width: 640, height: 480 }));

  it("reads the camera's own planes into the same picture as a canvas drawing", async () => {
    const { page } = session;
    await page.goto(`${origin}/?bench&backend=wasm#/landmarks`);
    await startCamera(page);
    await benchHooks(page);
    const check = (await page.evaluate(() =>
      window.convlensBench!.compareReaders(3),
    )) as ReaderComparison;
    // Chromium's fake camera delivers I420; every compared read (letterboxes at 192 and 416 px,
    // a turned 192 px crop, the frame stretched to 320x240, a mirrored 224 px centre square, and
    // the turned crop in [0, 1], a 256 px letterbox in [-1, 1] and a 192 px one in whole int32
    // values, as models take them) differs
    // from the canvas's drawing by under 3 of 255 levels on average (chroma siting, rounding).
    expect(check.format).toBe('I420');
    expect(check.meanAbsDiff).toHaveLength(8);
    for (const d of check.meanAbsDiff) expect(d).toBeLessThan(3);
  });
});
