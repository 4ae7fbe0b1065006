import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../../tests/helpers/wasm_backend';
import { indexAffine } from './affine';
import type { FramePlanes } from './frame_planes';
import { rangeScale, type ReadOptions } from './read_options';
import { readTransform } from './read_transform';
import { samplePlanes } from './sample_planes';

const w = 7;
const h = 5;
// Distinct values in every channel so a swapped channel or a shifted pixel shows.
const rgbAt = (x: number, y: number) => [
  (x * 37 + y * 11) % 256,
  (x * 5 + y * 53) % 256,
  (x * y * 29 + 7) % 256,
];

/** The test frame as one RGBA or BGRA plane, rows padded to `stride` bytes. */
function packed(format: 'RGBA' | 'BGRA', stride = 4 * w + 8): FramePlanes {
  const data = new Uint8Array(stride * h + 3).fill(99); // padding must never be read
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [r, g, b] = rgbAt(x, y);
      data.set(format === 'RGBA' ? [r!, g!, b!, 255] : [b!, g!, r!, 255], 3 + y * stride + 4 * x);
    }
  }
  return {
    format,
    width: w,
    height: h,
    data,
    planes: [{ offset: 3, stride }],
    matrix: 'bt601',
    fullRange: false,
  };
}

const reads: { why: string; options: ReadOptions }[] = [
  {
    why: 'pixel scale, upright',
    options: {
      outputSize: { width: 4, height: 4 },
      roi: { cx: 3.5, cy: 2.5, width: 4, height: 4 },
    },
  },
  {
    why: 'a quarter turn',
    options: {
      outputSize: { width: 4, height: 4 },
      roi: { cx: 3, cy: 2, width: 4, height: 4, angle: Math.PI / 2 },
    },
  },
  {
    why: 'turned 30 degrees, enlarged, half outside',
    options: {
      outputSize: { width: 9, height: 9 },
      roi: { cx: 6, cy: 1, width: 5, height: 5, angle: 0.52 },
    },
  },
  {
    why: 'the letterbox of the frame',
    options: { outputSize: { width: 6, height: 6 }, keepAspect: true },
  },
  { why: 'stretched up to 11x9', options: { outputSize: { width: 11, height: 9 } } },
  {
    why: 'mirrored, down to 3x2',
    options: { outputSize: { width: 3, height: 2 }, flipHorizontally: true },
  },
];

function sampled(
  frame: FramePlanes,
  options: ReadOptions,
  border: 'black' | 'replicate',
  scaling?: { scale: number; offset: number },
) {
  const { width, height } = options.outputSize;
  const out = new Float32Array(width * height * 3);
  samplePlanes(
    frame,
    indexAffine(readTransform(frame, options).toFrame),
    width,
    height,
    border,
    out,
    scaling,
  );
  return Array.from(out);
}

/** tf.image.transform on the same frame and map: the reference. */
async function transformed(options: ReadOptions, fill: 'constant' | 'nearest'): Promise<number[]> {
  const values: number[] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) values.push(...rgbAt(x, y));
  const { width, height } = options.outputSize;
  const m = indexAffine(readTransform({ width: w, height: h }, options).toFrame);
  const t = tf.tidy(() =>
    tf.image.transform(
      tf.tensor4d(values, [1, h, w, 3]),
      tf.tensor2d([[...m, 0, 0]]),
      'bilinear',
      fill,
      0,
      [height, width],
    ),
  );
  const out = Array.from(await t.data());
  t.dispose();
  return out;
}

describe('samplePlanes', () => {
  beforeAll(useWasmBackend);

  it.each(reads)(
    "'black' reads the points tf.image.transform does (constant 0): $why",
    async ({ options }) => {
      const expected = await transformed(options, 'constant');
      const got = sampled(packed('RGBA'), options, 'black');
      expect(got.length).toBe(expected.length);
      got.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 2));
    },
  );

  it.each(reads)(
    "'replicate' reads the points tf.image.transform does (nearest): $why",
    async ({ options }) => {
      const expected = await transformed(options, 'nearest');
      const got = sampled(packed('RGBA'), options, 'replicate');
      got.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 2));
    },
  );

  it.each([
    { why: 'down to 3x2', width: 3, height: 2 },
    { why: 'up to 11x9 (edges clamped, not darkened)', width: 11, height: 9 },
    { why: 'stretched to a square', width: 6, height: 6 },
  ])(
    "'replicate' on the whole frame is tf.image.resizeBilinear with half-pixel centres: $why",
    async ({ width, height }) => {
      const values: number[] = [];
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) values.push(...rgbAt(x, y));
      const t = tf.tidy(() =>
        tf.image.resizeBilinear(tf.tensor3d(values, [h, w, 3]), [height, width], false, true),
      );
      const expected = Array.from(await t.data());
      t.dispose();
      const got = sampled(packed('RGBA'), { outputSize: { width, height } }, 'replicate');
      got.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 2));
    },
  );

  it.each(reads)('reads BGRA as RGBA: $why', ({ options }) => {
    expect(sampled(packed('BGRA', 4 * w), options, 'black')).toEqual(
      sampled(packed('RGBA'), options, 'black'),
    );
  });

  // I420 and NV12 of one colour everywhere: BT.601 video range Y 81, Cb 90, Cr 240 is pure red.
  function yuv(format: 'I420' | 'NV12', [Y, U, V]: number[], fullRange = false): FramePlanes {
    const cw = Math.ceil(w / 2);
    const ch = Math.ceil(h / 2);
    const ySize = w * h;
    const data = new Uint8Array(ySize + 2 * cw * ch);
    data.fill(Y!, 0, ySize);
    if (format === 'I420') {
      data.fill(U!, ySize, ySize + cw * ch);
      data.fill(V!, ySize + cw * ch);
      const planes = [
        { offset: 0, stride: w },
        { offset: ySize, stride: cw },
        { offset: ySize + cw * ch, stride: cw },
      ];
      return { format, width: w, height: h, data, planes, matrix: 'bt601', fullRange };
    }
    for (let i = ySize; i < data.length; i += 2) data.set([U!, V!], i);
    const planes = [
      { offset: 0, stride: w },
      { offset: ySize, stride: 2 * cw },
    ];
    return { format, width: w, height: h, data, planes, matrix: 'bt601', fullRange };
  }

  it.each([
    { why: 'I420 video-range red', frame: yuv('I420', [81, 90, 240]), rgb: [255, 0, 0] },
    { why: 'NV12 video-range red', frame: yuv('NV12', [81, 90, 240]), rgb: [255, 0, 0] },
    { why: 'I420 video-range white', frame: yuv('I420', [235, 128, 128]), rgb: [255, 255, 255] },
    { why: 'NV12 video-range black', frame: yuv('NV12', [16, 128, 128]), rgb: [0, 0, 0] },
    {
      why: 'I420 full-range mid grey',
      frame: yuv('I420', [128, 128, 128], true),
      rgb: [128, 128, 128],
    },
  ])('converts $why', ({ frame, rgb }) => {
    // A turned crop well inside the frame, and the whole frame stretched: every point is the one colour.
    for (const [options, border] of [
      [
        {
          outputSize: { width: 2, height: 2 },
          roi: { cx: 3.5, cy: 2.5, width: 2, height: 2, angle: 0.3 },
        },
        'black',
      ],
      [{ outputSize: { width: 9, height: 4 } }, 'replicate'],
    ] as const) {
      const out = sampled(frame, options, border);
      for (let i = 0; i < out.length; i++)
        expect(Math.abs(out[i]! - rgb[i % 3]!)).toBeLessThan(1.5);
    }
  });

  it.each(
    reads.flatMap(({ why, options }) =>
      [
        { range: [0, 1] as const, why: `${why} in [0, 1]` },
        { range: [-1, 1] as const, why: `${why} in [-1, 1]` },
      ].map((r) => ({ ...r, options })),
    ),
  )('writes each value v as v * scale + offset, black outside too: $why', ({ options, range }) => {
    const scaling = rangeScale(range);
    for (const frame of [packed('RGBA'), yuv('I420', [81, 90, 240]), yuv('NV12', [120, 60, 200])]) {
      for (const border of ['black', 'replicate'] as const) {
        const plain = sampled(frame, options, border);
        const got = sampled(frame, options, border, scaling);
        // [0, 1] is v / 255, [-1, 1] is v / 127.5 - 1, what the models' preprocessing did.
        got.forEach((v, i) =>
          expect(v).toBeCloseTo(range[0] === 0 ? plain[i]! / 255 : plain[i]! / 127.5 - 1, 5),
        );
      }
    }
  });

  it('fills zeros far outside the frame', () => {
    const far = {
      outputSize: { width: 2, height: 2 },
      roi: { cx: 100, cy: 100, width: 4, height: 4 },
    };
    expect(sampled(yuv('I420', [235, 128, 128]), far, 'black')).toEqual(new Array(12).fill(0));
    const inRange = sampled(yuv('I420', [235, 128, 128]), far, 'black', rangeScale([-1, 1]));
    expect(inRange).toEqual(new Array(12).fill(-1));
  });

  it('refuses a wrong output size, and replicating the edges of a frame under 2x2', () => {
    const m = [1, 0, 0, 0, 1, 0] as const;
    expect(() => samplePlanes(packed('RGBA'), m, 2, 2, 'black', new Float32Array(11))).toThrow(
      'samplePlanes needs 12 floats, got 11.',
    );
    const line = { ...packed('RGBA'), height: 1 };
    expect(() => samplePlanes(line, m, 2, 2, 'replicate', new Float32Array(12))).toThrow(
      'A 7x1 frame is too small to read with its edges replicated.',
    );
  });
});
