import { describe, expect, inject, it } from 'vitest';
import type { SamplerComparison } from '../../src/tasks/landmarks/compare_samplers';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { benchHooks } from './page_probes';

const origin = inject('origin');

describe('reading camera frames for the landmark models', () => {
  const session = useCheckedPage(origin, makeY4m('astronaut-320.jpg', { width: 640, height: 480 }));

  it("reads the camera's own planes into the same picture as a canvas drawing", async () => {
    const { page } = session;
    await page.goto(`${origin}/?bench&backend=wasm#/landmarks`);
    await startCamera(page);
    await benchHooks(page);
    const check = (await page.evaluate(() =>
      window.convlensBench!.compareSamplers(3),
    )) as SamplerComparison;
    // Chromium's fake camera delivers I420; a letterbox and a turned crop, 192 px each, and the
    // frame resized to 320x240 differ
    // from the canvas's drawing by under 3 of 255 levels on average (chroma siting, rounding).
    expect(check.format).toBe('I420');
    expect(check.meanAbsDiff).toHaveLength(3);
    for (const d of check.meanAbsDiff) expect(d).toBeLessThan(3);
  });
});
