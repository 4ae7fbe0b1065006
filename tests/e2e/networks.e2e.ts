import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');

interface NetworksLike {
  volume: number[];
  separable: {
    nCPrime: number;
    f: number;
    measured: { normalMs: number; separableMs: number; samples: number };
  } | null;
  inception: { outputShape: number[]; branches: number[] } | null;
}

/** Pixels of a canvas that are neither black nor one flat grey: something was drawn. */
const distinctGreys = (canvas: HTMLCanvasElement) => {
  const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const seen = new Set<number>();
  for (let i = 0; i < d.length; i += 4) seen.add(d[i]!);
  return seen.size;
};

describe('Networks lab on a fake camera fed from a real photo', () => {
  const session = useCheckedPage(origin, makeY4m('building.jpg', { width: 640, height: 480 }));

  it('times a normal and a separable convolution, runs Inception, and tables the networks', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/networks`);
    await startCamera(page);

    // Depthwise-separable, measured on the live 28 x 28 x 192 volume.
    const measured = (await waitForResult(
      page,
      (r: NetworksLike) => (r.separable?.measured.samples ?? 0) >= 3,
    )) as NetworksLike;
    expect(measured.volume).toEqual([28, 28, 192]);
    expect(measured.separable!.measured.normalMs).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('separable-ratio').textContent())
      .toContain('1/64 + 1/9');
    await expect
      .poll(() => page.getByTestId('separable-measured').textContent())
      .toMatch(/x faster/);

    // A new filter count: the ratio and the measurement follow.
    await page.getByTestId('separable-filters').selectOption('256');
    await waitForResult(page, (r: NetworksLike) => r.separable?.nCPrime === 256);
    await expect
      .poll(() => page.getByTestId('separable-ratio').textContent())
      .toContain('1/256 + 1/9');

    // Inception: 28 x 28 x 256 from 64 + 128 + 32 + 32, and its maps drawn.
    await page.getByTestId('part-inception').check();
    const inception = (await waitForResult(
      page,
      (r: NetworksLike) => r.inception !== null,
    )) as NetworksLike;
    expect(inception.inception!.outputShape).toEqual([28, 28, 256]);
    expect(inception.inception!.branches).toEqual([64, 128, 32, 32]);
    await expect
      .poll(() => page.getByTestId('inception-output').textContent())
      .toContain('28 x 28 x 256 = 64 + 128 + 32 + 32');
    await expect
      .poll(() => page.getByTestId('inception-maps').evaluate(distinctGreys))
      .toBeGreaterThan(16);

    // The course's 1x1 bottleneck numbers.
    const bottleneck = await page.getByTestId('bottleneck-cost').textContent();
    expect(bottleneck).toContain('120.4 M');
    expect(bottleneck).toContain('12.4 M');

    // Tables: the classic networks' totals, and Tiny YOLOv2's read from its weight file.
    const total = page.getByTestId('network-total');
    await expect.poll(() => total.textContent()).toContain('61,706');
    await page.getByTestId('network-table-choice').selectOption('vgg16');
    await expect.poll(() => total.textContent()).toContain('138,357,544');
    await page.getByTestId('network-table-choice').selectOption('tinyYolo');
    await expect
      .poll(() => page.getByTestId('network-table').textContent())
      .toContain('13 x 13 x 25');
    const yolo = (await total.textContent())!;
    const [counted, inFile] = [...yolo.matchAll(/([\d,]+) (?:parameters|weights)/g)].map(
      (m) => m[1],
    );
    expect(counted).toBe(inFile);
  }, 120_000);
});
