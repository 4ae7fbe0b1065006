import { describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../helpers/fixture_image';
import { waitForResult } from './browser.mjs';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');
// No service worker here: a fresh context's first visit precaches the whole app and every
// model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
// (offline and the worker: faults/offline_every_lab, isolation, subpath, bench_hooks).
const context = { serviceWorkers: 'block' } as const;

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
  const session = useCheckedPage(origin, makeY4m('building.jpg', { width: 640, height: 480 }), {
    context,
  });

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
    // Each of its 13 layers with a live thumbnail of its first channel.
    await expect.poll(() => page.getByTestId('layer-thumbnail').count()).toBe(13);
    const thumbs = (await waitForResult(
      page,
      (r: { thumbnails: { table: string; layers: string[] } | null }) =>
        r.thumbnails?.table === 'tinyYolo',
    )) as { thumbnails: { layers: string[] } };
    expect(thumbs.thumbnails.layers).toHaveLength(13);
    await expect
      .poll(() =>
        page
          .getByTestId('layer-thumbnail')
          .first()
          .evaluate((c) => (c as HTMLCanvasElement).width),
      )
      .toBe(40);
    const yolo = (await total.textContent())!;
    const [counted, inFile] = [...yolo.matchAll(/([\d,]+) (?:parameters|weights)/g)].map(
      (m) => m[1],
    );
    expect(counted).toBe(inFile);
  }, 120_000);
});

interface BackboneLike {
  oneByOne: {
    inputShape: number[];
    outputShape: number[];
    cell: { row: number; col: number };
    dot: { k: number; z: number };
    zGraph: number;
  } | null;
  units: { layer: string; unit: number; field: { size: number }; patches: object[] }[] | null;
}

describe('Networks lab inside MobileNetV3', () => {
  const session = useCheckedPage(origin, makeY4m('building.jpg', { width: 640, height: 480 }), {
    context,
  });

  it('shows a real 1x1 convolution at a tapped pixel, and the patches a unit answers to', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/networks`);
    await startCamera(page);
    await page.getByTestId('part-oneByOne').check();
    const centre = (await waitForResult(
      page,
      (r: BackboneLike) => r.oneByOne !== null,
      90_000,
    )) as BackboneLike;
    expect(centre.oneByOne!.inputShape).toEqual([14, 14, 192]);
    expect(centre.oneByOne!.outputShape).toEqual([14, 14, 64]);
    expect(centre.oneByOne!.cell).toEqual({ row: 7, col: 7 });
    expect(centre.oneByOne!.dot.z).toBeCloseTo(centre.oneByOne!.zGraph, 3);
    await expect
      .poll(() => page.getByTestId('one-by-one-shape').textContent())
      .toContain('14 x 14 x 192 -> 14 x 14 x 64');

    // Tap frame pixel (100, 100) (the view is mirrored): cell (2, 2) of 14 x 14.
    const stage = page.getByTestId('stage');
    const rect = (await stage.boundingBox())!;
    await stage.click({
      position: { x: ((640 - 100) * rect.width) / 640, y: (100 * rect.height) / 480 },
    });
    const tapped = (await waitForResult(
      page,
      (r: BackboneLike) => r.oneByOne?.cell.row === 2,
    )) as BackboneLike;
    expect(tapped.oneByOne!.cell).toEqual({ row: 2, col: 2 });
    await page.getByTestId('one-by-one-k').selectOption('5');
    const k5 = (await waitForResult(
      page,
      (r: BackboneLike) => r.oneByOne?.dot.k === 5,
    )) as BackboneLike;
    expect(k5.oneByOne!.dot.z).toBeCloseTo(k5.oneByOne!.zGraph, 3);

    // What the units learn: nine places of the still picture per unit, drawn as a 3 x 3 grid.
    await page.getByTestId('part-units').check();
    const units = (await waitForResult(
      page,
      (r: BackboneLike) => (r.units?.[0]?.patches.length ?? 0) >= 9,
    )) as BackboneLike;
    expect(units.units!.map((l) => l.field.size)).toEqual([19, 99]);
    await expect
      .poll(() =>
        page.getByTestId('patches-shallow').evaluate((c) => (c as HTMLCanvasElement).width),
      )
      .toBe(3 * 40 + 2 * 2);
    await page.getByTestId('unit-deep').fill('7');
    const deep = (await waitForResult(
      page,
      (r: BackboneLike) => r.units?.[1]?.unit === 7,
    )) as BackboneLike;
    expect(deep.units![1]!.patches.length).toBeGreaterThan(0);
    // A deeper layer: a larger receptive field.
    await page.getByTestId('block-deep').selectOption('expanded_conv_9');
    const deeper = (await waitForResult(
      page,
      (r: BackboneLike) => r.units?.[1]?.field.size === 211,
    )) as BackboneLike;
    expect(deeper.units![1]!.unit).toBe(7);
  }, 150_000);
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
  const session = useCheckedPage(
    origin,
    makeY4m('astronaut-320.jpg', { width: 640, height: 480 }),
    { context },
  );

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
