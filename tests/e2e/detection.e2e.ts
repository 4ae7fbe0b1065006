import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { overlappingPairs, type LabelBox } from '../../src/render/text_slots';
import { intersectionOverUnion } from '../../src/vision/intersection_over_union';
import { fixturePath } from '../helpers/fixture_image';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { overlayInk } from './overlay_ink';
import { drawnLabelBoxes } from './page_probes';

const origin = inject('origin');
// astronaut.jpg (512 x 512) in a 640 x 480 frame: scaled to 480 x 480, 80 px of padding each side.
const camera = makeY4m('astronaut.jpg', { width: 640, height: 480 });
const toFrame = (x: number, y: number) => ({ x: (x * 480) / 512 + 80, y: (y * 480) / 512 });
// The hand-drawn face box of tests/fixtures/README.md, in frame pixels.
const faceBox = (() => {
  const a = toFrame(177, 80);
  const b = toFrame(273, 171);
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
})();

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface DetectionJson {
  mode: 'yolo' | 'coco';
  frame: { width: number; height: number };
  inputSize?: number;
  gridSize?: number;
  volume?: { gridSize: number; anchors: number; perAnchor: number; channels: number };
  assignments?: { cell: { row: number; col: number }; anchor: number; iou: number }[];
  candidates: number;
  detections: { box: Box; score: number; label: string; cell?: { row: number; col: number } }[];
  cell?: { row: number; col: number; anchors: { anchor: number; objectness: number }[] } | null;
  nmsStep?: { done: number; kept: number; keptBoxes: Box[]; finished: boolean } | null;
}

const ink = (page: Page, x: number, y: number, r = 2) => overlayInk(page, x, y, r);

const hasFace = (r: DetectionJson) =>
  r.mode === 'yolo' && r.detections.some((d) => d.label === 'face');

describe('detection lab', () => {
  // No service worker here: a fresh context's first visit precaches the whole app and every
  // model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
  // (offline and the worker: faults/offline_every_lab, isolation, subpath, bench_hooks).
  const session = useCheckedPage(origin, camera, { context: { serviceWorkers: 'block' } });

  it('YOLO mode: draws the grid and the face box; a tapped cell shows 5 anchors; NMS steps end at the live boxes', async () => {
    const { page } = session;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.getByTestId('start-camera').click();
    const result = (await waitForResult(page, hasFace)) as DetectionJson;
    expect(result.frame).toEqual({ width: 640, height: 480 });
    expect(result.gridSize).toBe(13);
    expect(result.detections).toHaveLength(1);
    const face = result.detections[0]!;
    expect(intersectionOverUnion(face.box, faceBox)).toBeGreaterThanOrEqual(0.5);

    // The output volume at 416 px, beside the course's; the face as a training label: the cell
    // holding its midpoint (the cell that predicted it) and the anchor of the best shape IoU.
    expect(result.volume).toMatchObject({ gridSize: 13, anchors: 5, perAnchor: 6, channels: 25 });
    const volumeText = await page.getByTestId('yolo-volume').textContent();
    expect(volumeText).toContain('13 x 13 x 5 x 6');
    expect(volumeText).toContain('19 x 19 x 5 x 85');
    expect(volumeText).toContain('[1, 13, 13, 25]');
    // The decoding formulas are set as formulas: b_w = p_w e^{t_w} / S with <sub> and <sup>.
    const decoding = page.locator('p', { has: page.locator('sup') }).first();
    expect(await decoding.textContent()).toContain('bw = pw etw / S');
    expect(await decoding.locator('sup').first().textContent()).toBe('tw');
    expect(await decoding.locator('sup sub').first().textContent()).toBe('w');
    expect(await page.getByTestId('threshold-note').textContent()).toMatch(
      /0\.6.*0\.5.*0\.5.*0\.4/,
    );
    expect(result.assignments).toHaveLength(1);
    expect(result.assignments![0]!.cell).toEqual(face.cell);
    // The line shows the latest result's cell, anchor and IoU (the JSON and the panel may be a
    // frame apart, so both are read again until they agree).
    await expect
      .poll(async () => {
        const latest = JSON.parse(
          (await page.getByTestId('result').getAttribute('data-result')) ?? 'null',
        ) as DetectionJson;
        const a = latest.assignments?.[0];
        const lines = await page.getByTestId('anchor-assignment').allTextContents();
        return (
          !!a &&
          lines.length === 1 &&
          lines[0]!.includes(
            // c_y and c_x are rendered with <sub>: the text reads cy, cx.
            `(cy, cx) = (${a.cell.row}, ${a.cell.col}), anchor ${a.anchor + 1} (IoU ${a.iou.toFixed(2)})`,
          )
        );
      })
      .toBe(true);

    // The grid: 640 x 480 letterboxed into 416 x 416 spans x 0..640 and y -80..560 of the
    // frame, so vertical lines are 640 / 13 px apart. The view is mirrored: canvas x = 640 - x.
    const cellW = 640 / 13;
    expect(await ink(page, 640 - cellW, 420)).toBeGreaterThan(0);
    expect(await ink(page, 640 - 1.5 * cellW, 420 - 0.5 * (640 / 13))).toBe(0);

    // Tap the face's responsible cell: its 5 anchors appear in the table and the result.
    const { row, col } = face.cell!;
    const cellCentre = { x: (col + 0.5) * cellW, y: -80 + (row + 0.5) * (640 / 13) };
    const stage = page.getByTestId('stage');
    const rect = (await stage.boundingBox())!;
    await stage.click({
      position: {
        x: ((640 - cellCentre.x) * rect.width) / 640,
        y: (cellCentre.y * rect.height) / 480,
      },
    });
    const tapped = (await waitForResult(page, (r: DetectionJson) => !!r.cell)) as DetectionJson;
    expect(tapped.cell).toMatchObject({ row, col });
    expect(tapped.cell!.anchors.map((a) => a.anchor)).toEqual([0, 1, 2, 3, 4]);
    await expect.poll(() => page.getByTestId('anchor-row').count()).toBe(5);
    expect(await page.getByTestId('cell-row').inputValue()).toBe(String(row));
    expect(await page.getByTestId('cell-col').inputValue()).toBe(String(col));
    expect(Math.max(...tapped.cell!.anchors.map((a) => a.objectness))).toBeGreaterThan(0.5);
    // The face's own cell: the table adds each anchor's IoU with the face's shape.
    await expect.poll(() => page.getByTestId('shape-iou').count()).toBe(5);

    // Lower the score threshold so several boxes compete, then replay NMS step by step.
    await page.getByTestId('score-threshold').fill('0.05');
    const busy = (await waitForResult(
      page,
      (r: DetectionJson) => r.candidates > r.detections.length,
    )) as DetectionJson;
    expect(busy.candidates).toBeGreaterThan(busy.detections.length);
    // Pick two boxes: the panel shows their IoU with the formula.
    const picks = page.getByTestId('detection-table').locator('input[type=checkbox]');
    await expect.poll(() => picks.count()).toBeGreaterThanOrEqual(2);
    await picks.nth(0).check();
    await picks.nth(1).check();
    const formula = page.getByTestId('iou-formula');
    await expect.poll(() => formula.getAttribute('data-iou')).not.toBeNull();
    const [a, b] = busy.detections;
    expect(Number(await formula.getAttribute('data-iou'))).toBeCloseTo(
      intersectionOverUnion(a!.box, b!.box),
      1,
    );
    expect(await formula.textContent()).toMatch(
      /IoU = area\(A ∩ B\) \/ area\(A ∪ B\) = \d+ \/ \d+ = /,
    );

    // Stepping freezes the camera into a still photo first, so every step is on one frame.
    await page.getByTestId('nms-step-start').click();
    // The freeze (a PNG of the frame, opened as a photo) and two results on it: seconds on a busy
    // machine, past expect.poll's 1 s default (phone.e2e.ts waits as long for the same).
    await expect
      .poll(() => page.getByTestId('nms-stepper').isVisible(), { timeout: 30_000 })
      .toBe(true);
    expect(await page.getByTestId('source-status').textContent()).not.toContain('.y4m');
    const next = page.getByTestId('nms-step-next');
    while (await next.isEnabled()) await next.click();
    const replayed = (await waitForResult(
      page,
      (r: DetectionJson) => r.nmsStep?.finished === true,
    )) as DetectionJson;
    // The replay ran on the still's own result, not on a camera frame from before the switch
    // (whose boxes sit mirrored on the still): it keeps exactly the boxes the still gives live.
    expect(replayed.nmsStep!.keptBoxes).toEqual(replayed.detections.map((d) => d.box));
    await expect.poll(() => page.getByTestId('nms-step-done').isVisible()).toBe(true);
    // The step-through registers with the presenter's keys from an effect: it once looped
    // (Svelte's effect_update_depth_exceeded, thrown 30 times a step-through).
    expect(errors).toEqual([]);
  });

  it('freezing for the NMS step-through keeps the mirrored frame: the same cell and objectness; ending it resumes the camera', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.getByTestId('start-camera').click();
    const live = (await waitForResult(page, hasFace)) as DetectionJson;
    const { row, col } = live.detections[0]!.cell!;
    // Tap the face's cell (the view is mirrored: canvas x = 640 - x).
    const cellW = 640 / 13;
    const stage = page.getByTestId('stage');
    const rect = (await stage.boundingBox())!;
    await stage.click({
      position: {
        x: ((640 - (col + 0.5) * cellW) * rect.width) / 640,
        y: ((-80 + (row + 0.5) * cellW) * rect.height) / 480,
      },
    });
    const tapped = (await waitForResult(page, (r: DetectionJson) => !!r.cell)) as DetectionJson;
    const objectness = (r: DetectionJson) => Math.max(...r.cell!.anchors.map((a) => a.objectness));
    expect(objectness(tapped)).toBeGreaterThan(0.5);

    await page.getByTestId('nms-step-start').click();
    await expect
      .poll(() => page.getByTestId('nms-stepper').isVisible(), { timeout: 30_000 })
      .toBe(true);
    expect(await page.getByTestId('source-status').textContent()).not.toContain('.y4m');
    // The still is shown as the camera was (mirrored) and read as the model read the camera:
    // the face stays in its cell (it moved from (4, 5) to (4, 7) when the still was flipped) and
    // the tapped cell keeps its objectness (it dropped to 0).
    const frozen = (await waitForResult(page, (r: DetectionJson) => !!r.cell)) as DetectionJson;
    expect(frozen.detections.map((d) => d.cell)).toEqual([{ row, col }]);
    expect(frozen.cell).toMatchObject({ row, col });
    // Live frames of the fake camera differ by a few thousandths; the bug gave 0.
    expect(Math.abs(objectness(frozen) - objectness(tapped))).toBeLessThan(0.05);
    expect(await stage.getAttribute('class')).toContain('mirrored');

    // Ending the step-through: the camera that was live is live again.
    await page.getByTestId('nms-step-stop').click();
    await expect
      .poll(() => page.getByTestId('source-status').textContent(), { timeout: 30_000 })
      .toContain('.y4m');
    expect(await stage.getAttribute('class')).toContain('mirrored');
  });

  it('COCO mode labels the cup in a still photo', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.getByTestId('mode-coco').check();
    await page.getByTestId('image-input').setInputFiles(fixturePath('coffee.jpg'));
    const result = (await waitForResult(
      page,
      (r: DetectionJson) => r.mode === 'coco' && r.detections.length > 0,
      120_000,
    )) as DetectionJson;
    expect(result.frame).toEqual({ width: 600, height: 400 });
    expect(result.detections[0]!.label).toBe('cup');
    await expect.poll(() => page.getByTestId('detection-table').textContent()).toContain('cup');

    // The class filter keeps only the chosen class in the table.
    await page.getByTestId('class-filter').selectOption('cup');
    const labels = page.getByTestId('detection-table').locator('tbody tr td:first-child');
    await expect.poll(async () => [...new Set(await labels.allTextContents())]).toEqual(['cup']);
    await page.getByTestId('class-filter').selectOption('giraffe');
    await expect.poll(() => page.getByTestId('detection-table').count()).toBe(0);

    // In Chinese, the class is named in Chinese in the table and the filter.
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByTestId('class-filter').selectOption('cup');
    await expect.poll(async () => [...new Set(await labels.allTextContents())]).toEqual(['杯子']);
    expect(await page.locator('[data-testid=class-filter] option:checked').textContent()).toBe(
      '杯子',
    );
  });

  it('COCO labels on fruits.jpg (three or more objects, the apple and an orange on one box): none hides another, at least 12 CSS px on a phone', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.getByTestId('mode-coco').check();
    await page.getByTestId('image-input').setInputFiles(fixturePath('fruits.jpg'));
    const result = (await waitForResult(
      page,
      (r: DetectionJson) => r.mode === 'coco' && r.detections.length >= 3,
      120_000,
    )) as DetectionJson;
    // The overlay says where it drew each label (canvas px); the result and the drawing may be
    // a frame apart, so read until there is one label a box.
    const overlay = page.getByTestId('overlay');
    let labels: LabelBox[] = [];
    await expect
      .poll(async () => {
        labels = await drawnLabelBoxes(page);
        return labels.length;
      })
      .toBe(result.detections.length);
    expect(overlappingPairs(labels)).toEqual([]);
    // The label's text is 12/16 of its height: at least 12 CSS px on the phone's screen.
    const { canvas, shown } = await overlay.evaluate((c: HTMLCanvasElement) => ({
      canvas: c.width,
      shown: c.getBoundingClientRect().width,
    }));
    expect(shown).toBeLessThan(canvas);
    for (const l of labels)
      expect(((l.height * 12) / 16) * (shown / canvas)).toBeGreaterThanOrEqual(11.9);
  });

  it('COCO input size: the chosen size reaches the model, boxes are still drawn, and the choice is remembered', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.getByTestId('mode-coco').check();
    const size = page.getByTestId('coco-input-size');
    await expect.poll(() => size.inputValue()).toBe('384');
    await page.getByTestId('image-input').setInputFiles(fixturePath('coffee.jpg'));
    const overlay = page.getByTestId('overlay');
    for (const n of [384, 320, 512]) {
      await size.selectOption(String(n));
      const result = (await waitForResult(
        page,
        (r: DetectionJson) => r.mode === 'coco' && r.inputSize === n,
        120_000,
      )) as DetectionJson;
      expect(result.detections[0]?.label).toBe('cup');
      // The heat map's grid, s/4 x s/4, in the explanation; the cup's box and label drawn.
      await expect.poll(() => page.getByText(`${n / 4} x ${n / 4} grid`).count()).toBe(1);
      await expect
        .poll(async () => JSON.parse((await overlay.getAttribute('data-label-boxes')) ?? '[]'))
        .not.toEqual([]);
    }
    await page.reload();
    await page.getByTestId('mode-coco').check();
    await expect.poll(() => size.inputValue()).toBe('512');
    await size.selectOption('384'); // leaves the stored choice as the default for later tests
  });
});
