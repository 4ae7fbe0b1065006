import { describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../helpers/fixture_image';
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

interface ResidualLike {
  residual: {
    face: object | null;
    block: string;
    cut: string[];
    tapped: { a: number[]; z: number[]; out: number[] } | null;
    shift: number | null;
    reference: { intact: number; cut: number; tau: number } | null;
  } | null;
}

describe('Networks lab: the residual block on a face', () => {
  const session = useCheckedPage(origin, makeY4m('astronaut-320.jpg', { width: 640, height: 480 }));

  it("shows a block's a[l], z[l+2], a[l+2]; cutting skips moves f(x) and d", async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/networks`);
    await startCamera(page);
    await page.getByTestId('part-residual').check();
    const first = (await waitForResult(
      page,
      (r: ResidualLike) => r.residual?.tapped != null,
      90_000,
    )) as ResidualLike;
    expect(first.residual!.block).toBe('conv64_1');
    expect(first.residual!.tapped!.a).toEqual(first.residual!.tapped!.out);
    expect(first.residual!.shift).toBe(0);
    await expect
      .poll(() => page.getByTestId('residual-out').evaluate((c) => (c as HTMLCanvasElement).width))
      .toBeGreaterThan(1);

    // The camera's face as the reference: d to itself is small, accepted.
    await page.getByTestId('residual-reference').click();
    const intact = (await waitForResult(
      page,
      (r: ResidualLike) => r.residual?.reference != null,
    )) as ResidualLike;
    expect(intact.residual!.reference!.intact).toBeLessThan(intact.residual!.reference!.tau);
    await expect
      .poll(() => page.getByTestId('residual-distances').textContent())
      .toContain('same person');

    // The same person in another picture (the full-size photo): d grows a little, still accepted.
    await page.getByTestId('image-input').setInputFiles(fixturePath('astronaut.jpg'));
    const photo = (await waitForResult(
      page,
      (r: ResidualLike) => (r.residual?.reference?.intact ?? 0) > 0.01,
    )) as ResidualLike;
    expect(photo.residual!.reference!.intact).toBeLessThan(photo.residual!.reference!.tau);

    // Cut two skips: the formula says so, the encoding moves, and so does d.
    await page.getByTestId('cut-conv64_1').check();
    await page.getByTestId('cut-conv128_1').check();
    await expect
      .poll(() => page.getByTestId('residual-formula').textContent())
      .toContain('g(z[l+2]) (skip cut)');
    const cut = (await waitForResult(
      page,
      (r: ResidualLike) => r.residual?.cut.length === 2 && r.residual.reference != null,
    )) as ResidualLike;
    expect(cut.residual!.shift!).toBeGreaterThan(0.3);
    expect(cut.residual!.reference!.cut).not.toBeCloseTo(cut.residual!.reference!.intact, 2);
  }, 150_000);
});
