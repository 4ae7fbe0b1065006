import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { intersectionOverUnion } from '../../src/vision/intersection_over_union';
import { fixturePath } from '../helpers/fixture_image';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { cacheDir } from './make_y4m.mjs';
import { recordSamples, sampleCounts, trainUntilDone } from './transfer_probes';

const origin = inject('origin');

// The course's recipe on real photos: the scene is building.jpg stretched to 640x480; the object
// is the cat's head of chelsea.jpg (hand-checked box x 40-400, y 0-300, tests/fixtures/README.md)
// pasted with ffmpeg as a 224 px square at (240, 120). Class "cat" is recorded from chelsea.jpg
// (its centred square is the head), class "background" from the scene without the cat.
const catBox = { x1: 240, y1: 120, x2: 464, y2: 344 };
function makeScenes(): { background: string; scene: string } {
  mkdirSync(cacheDir, { recursive: true });
  const background = join(cacheDir, 'windows-background-640x480.jpg');
  const scene = join(cacheDir, 'windows-cat-scene-640x480.jpg');
  const ff = (args: string[]) =>
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args], { stdio: 'inherit' });
  ff(['-i', fixturePath('building.jpg'), '-vf', 'scale=640:480', '-q:v', '2', background]);
  ff([
    ...['-i', background, '-i', fixturePath('chelsea.jpg')],
    ...['-filter_complex', '[1]crop=360:300:40:0,scale=224:224[cat];[0][cat]overlay=240:120'],
    ...['-frames:v', '1', '-q:v', '2', scene],
  ]);
  return { background, scene };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface WindowsJson {
  frame: { width: number; height: number };
  labels: string[];
  speedUp: number;
  picked?: {
    naive: { row: number; col: number; box: Box } | null;
    convolutional: { row: number; col: number; box: Box } | null;
  } | null;
  scans: {
    mode: 'naive' | 'convolutional';
    windows: number;
    backboneRuns: number;
    milliseconds: number;
    detections: { box: Box; score: number }[];
  }[];
}

async function openStill(page: Page, file: string): Promise<void> {
  await page.getByTestId('image-input').setInputFiles(file);
  await expect
    .poll(() => page.getByTestId('source-status').getAttribute('data-state'))
    .toBe('live');
}

describe('detection lab: sliding windows, naive and convolutional', () => {
  const session = useCheckedPage(origin, null, { grantCamera: false });
  const scenes = makeScenes();

  it('without a head explains the recipe; with a cat/background head both scans box the cat', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.getByTestId('mode-windows').check();
    await expect
      .poll(() => page.getByTestId('open-transfer').getAttribute('href'), { timeout: 30_000 })
      .toBe('#/transfer');

    // The one-minute flow in the Transfer lab: two classes, object and background.
    await page.getByTestId('open-transfer').click();
    await expect.poll(() => sampleCounts(page), { timeout: 30_000 }).toEqual([0, 0]);
    for (const [i, name] of ['cat', 'background'].entries()) {
      await page.getByTestId('class-name').nth(i).fill(name);
      await page.getByTestId('class-name').nth(i).dispatchEvent('change');
    }
    await openStill(page, fixturePath('chelsea.jpg'));
    await recordSamples(page, 0, 8);
    await openStill(page, scenes.background);
    await recordSamples(page, 1, 8);
    await trainUntilDone(page);

    // Back in the detection lab: scan the scene both ways.
    await page.evaluate(() => (location.hash = '#/detection'));
    await page.getByTestId('mode-windows').check();
    await expect
      .poll(() => page.getByTestId('head-summary').textContent(), { timeout: 30_000 })
      .toContain('cat, background');
    await openStill(page, scenes.scene);
    await expect
      .poll(() => page.getByTestId('scan-windows').isEnabled(), { timeout: 60_000 })
      .toBe(true);
    await page.getByTestId('scan-windows').click();
    const result = (await waitForResult(
      page,
      (r: WindowsJson) => r.scans?.length === 2,
      120_000,
    )) as WindowsJson;

    const [naive, conv] = result.scans;
    // 224 px windows, stride 32 on 640x480: 14 x 9 both ways; the naive way runs the network 126
    // times, the convolutional way once.
    expect([naive!.windows, naive!.backboneRuns]).toEqual([126, 126]);
    expect([conv!.windows, conv!.backboneRuns]).toEqual([126, 1]);
    for (const scan of [naive!, conv!]) {
      const best = scan.detections[0];
      expect(best, `${scan.mode}: no box`).toBeDefined();
      expect(intersectionOverUnion(best!.box, catBox), scan.mode).toBeGreaterThanOrEqual(0.5);
    }
    expect(result.speedUp).toBeGreaterThan(5);
    // Tap (368, 240) in the frame: the convolutional cell (r, c) = (4, 8), window x 256-480.
    const stage = page.getByTestId('stage');
    const rect = (await stage.boundingBox())!;
    await stage.click({ position: { x: (368 / 640) * rect.width, y: (240 / 480) * rect.height } });
    const tapped = (await waitForResult(page, (r: WindowsJson) => !!r.picked)) as WindowsJson;
    expect(tapped.picked!.convolutional).toMatchObject({
      row: 4,
      col: 8,
      box: { x1: 256, y1: 128, x2: 480, y2: 352 },
    });
    expect(tapped.picked!.naive).toMatchObject({ row: 4, col: 8 });
    expect(await page.getByTestId('cell-inspector').textContent()).toContain(
      'x = c · 32 / 1.000 = 256',
    );
    expect(await page.getByTestId('why-differ').textContent()).toContain(
      'Aligned: the naive stride s = 32 px',
    );
  }, 300_000);
});
