import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');
const camera = makeY4m('building.jpg', { width: 640, height: 480 });

interface FilterLike {
  kind: 'filter';
  p: number;
  s: number;
  f: number;
  shapes: {
    input: number[];
    conv: number[];
    convFormula: number[];
    pool: number[] | null;
    poolFormula: number[] | null;
  };
}
interface LayerLike extends FilterLike {
  layer: { filters: number; relu: boolean; b: number[] };
  maxPositive: number;
  maxNegative: number;
}
interface FeaturesLike {
  kind: 'features';
  node: string;
  shape: number[];
  gridSize: number[];
}
type ResultLike = FilterLike | FeaturesLike;

const outputSize = (n: number, f: number, p: number, s: number) =>
  Math.floor((n + 2 * p - f) / s) + 1;

/** Counts of a canvas's pixels: not black, orange-ish (red > blue), blue-ish (blue > red). */
async function inkOf(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let lit = 0;
    let orange = 0;
    let blue = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, , b] = [d[i]!, d[i + 1]!, d[i + 2]!];
      if (r + b > 60) lit++;
      if (r > b + 60) orange++;
      if (b > r + 60) blue++;
    }
    return { lit, orange, blue, total: d.length / 4, width: canvas.width, height: canvas.height };
  });
}

/** The canvas's pixels as a string, to tell whether the picture changed. */
const pixelsOf = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let h = 0;
    for (let i = 0; i < d.length; i++) h = (h * 31 + d[i]!) | 0;
    return `${canvas.width}x${canvas.height}:${h}`;
  });

describe('convolution lab on a fake camera fed from a real photo', () => {
  // No service worker here: a fresh context's first visit precaches the whole app and every
  // model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
  // (offline and the worker: faults/offline_every_lab, isolation, subpath, bench_hooks).
  const session = useCheckedPage(origin, camera, {
    open: '/?backend=wasm#/convolution',
    context: { serviceWorkers: 'block' },
  });
  beforeEach(() => session.page.getByTestId('start-camera').click());

  it('shows the filtered view, changes with the kernel, and reports sizes that match the formula', async () => {
    const { page } = session;
    const first = await waitForResult<ResultLike>(page, (r) => r.kind === 'filter');
    expect(first.kind === 'filter' && first.shapes.input).toEqual([1, 240, 320, 1]);

    // The vertical-edge output of the building has both signs of edge, on black.
    await expect.poll(() => inkOf(page, 'conv-output').then((i) => i.width)).toBe(318);
    const vertical = await inkOf(page, 'conv-output');
    expect(vertical.height).toBe(238);
    expect(vertical.lit / vertical.total).toBeGreaterThan(0.02);
    expect(vertical.lit / vertical.total).toBeLessThan(0.9);
    expect(vertical.orange).toBeGreaterThan(100);
    expect(vertical.blue).toBeGreaterThan(100);
    const input = await inkOf(page, 'conv-input');
    expect([input.width, input.height]).toEqual([320, 240]);

    // Another kernel gives another picture.
    const before = await pixelsOf(page, 'conv-output');
    await page.getByTestId('kernel').selectOption('horizontal');
    await expect.poll(() => pixelsOf(page, 'conv-output')).not.toBe(before);

    // A typed-in weight that is not a number is refused with a message naming its cell.
    await page.getByTestId('kernel-cell-4').fill('x1');
    await expect
      .poll(() => page.getByTestId('kernel-error').textContent())
      .toContain('Row 2, column 2: "x1" is not a number');
    await page.getByTestId('kernel-cell-4').fill('8');
    await expect.poll(() => page.getByTestId('kernel-error').count()).toBe(0);

    // Padding and stride: the tensor's shape and the formula agree, and the table says so.
    await page.getByTestId('padding-mode').selectOption('custom');
    for (const [p, s] of [
      [0, 1],
      [3, 2],
      [1, 3],
      [5, 4],
    ] as const) {
      await page.getByTestId('padding').fill(String(p));
      await page.getByTestId('padding').dispatchEvent('change');
      await page.getByTestId('stride').fill(String(s));
      await page.getByTestId('stride').dispatchEvent('change');
      const r = (await waitForResult<ResultLike>(
        page,
        (x) => x.kind === 'filter' && x.p === p && x.s === s,
      )) as FilterLike;
      const want = [1, outputSize(240, 3, p, s), outputSize(320, 3, p, s), 1];
      expect(r.shapes.conv, `p=${p} s=${s}`).toEqual(want);
      expect(r.shapes.convFormula).toEqual([want[1], want[2]]);
      await expect
        .poll(() => page.getByTestId('conv-shape').textContent())
        .toBe(`[${want.join(', ')}]`);
      await expect.poll(() => inkOf(page, 'conv-output').then((i) => i.width)).toBe(want[2]);
    }

    // Max pooling 2x2, stride 2 halves the convolution's output.
    await page.getByTestId('pool').selectOption('max');
    const pooled = (await waitForResult<ResultLike>(
      page,
      (x) => x.kind === 'filter' && x.shapes.pool !== null,
    )) as FilterLike;
    const conv = pooled.shapes.conv;
    expect(pooled.shapes.pool).toEqual([
      1,
      outputSize(conv[1]!, 2, 0, 2),
      outputSize(conv[2]!, 2, 0, 2),
      1,
    ]);
  });

  it("is the course's one layer: n_C' = 3 filters side by side, + b, ReLU, and its parameters", async () => {
    const { page } = session;
    await waitForResult<ResultLike>(page, (r) => r.kind === 'filter');
    await page.getByTestId('filter-count').fill('3');
    await page.getByTestId('layer-relu').check();
    const layer = (await waitForResult(
      page,
      (r: LayerLike) => r.kind === 'filter' && r.layer.filters === 3 && r.layer.relu,
    )) as LayerLike;
    // Three output channels; after ReLU nothing is negative.
    expect(layer.shapes.conv[3]).toBe(3);
    expect(layer.maxNegative).toBe(0);
    expect(layer.maxPositive).toBeGreaterThan(0);
    // Shown side by side on one canvas, 4 px apart.
    const width = layer.shapes.conv[2]!;
    await expect
      .poll(() => page.getByTestId('conv-output').evaluate((c) => (c as HTMLCanvasElement).width))
      .toBe(3 * width + 2 * 4);
    await expect
      .poll(() => page.getByTestId('layer-parameters').textContent())
      .toContain('(3 x 3 x 1 + 1) x 3 = 30');
  });

  it('steps through the filter on a frozen 6x6 patch', async () => {
    const { page } = session;
    await waitForResult<ResultLike>(page, (r) => r.kind === 'filter');
    await page.getByTestId('mode-steps').check();
    await page.getByTestId('freeze').click();
    await expect.poll(() => page.getByTestId('step-patch').locator('tr').count()).toBe(6);
    expect(await page.getByTestId('step-position').textContent()).toContain('1 of 16');
    // The products of the first position sum to the first output value.
    const products = await page
      .getByTestId('step-products')
      .locator('td')
      .allTextContents()
      .then((t) => t.map(Number));
    expect(products).toHaveLength(9);
    const sum = Number(await page.getByTestId('step-sum').textContent());
    expect(sum).toBeCloseTo(
      products.reduce((a, b) => a + b, 0),
      1,
    );
    expect(Number(await page.getByTestId('step-output').locator('td').first().textContent())).toBe(
      sum,
    );
    await page.getByTestId('step-forward').click();
    expect(await page.getByTestId('step-position').textContent()).toContain('2 of 16');
    expect(await page.getByTestId('step-output').locator('td').nth(1).textContent()).not.toBe('');
    expect(await page.getByTestId('step-output').locator('td').nth(2).textContent()).toBe('');
  });

  it('shows a grid of feature maps for a chosen backbone layer', async () => {
    const { page } = session;
    await waitForResult<ResultLike>(page, (r) => r.kind === 'filter');
    await page.getByTestId('mode-features').check();
    const early = (await waitForResult<ResultLike>(
      page,
      (r) => r.kind === 'features',
      90_000,
    )) as FeaturesLike;
    expect(early.shape).toEqual([1, 112, 112, 16]);
    await page.getByTestId('feature-layer').selectOption({ index: 4 });
    const later = (await waitForResult<ResultLike>(
      page,
      (r) => r.kind === 'features' && r.node.includes('expanded_conv_1/depthwise'),
    )) as FeaturesLike;
    expect(later.shape).toEqual([1, 56, 56, 64]);
    expect(await page.getByTestId('feature-kind').textContent()).toContain('depthwise');
    await expect.poll(() => inkOf(page, 'feature-grid').then((i) => i.width)).toBe(56 * 4);
    const grid = await inkOf(page, 'feature-grid');
    expect(grid.lit / grid.total).toBeGreaterThan(0.1);
    expect(await page.getByTestId('feature-shape').textContent()).toContain('[1, 56, 56, 64]');
  });
});
