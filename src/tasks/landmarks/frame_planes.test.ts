import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../../tests/helpers/wasm_backend';
import type { RotatedCrop } from '../../vision/rotate_crop';
import { sampleCrop, sampleResize, yuvCoefficients, type FramePlanes } from './frame_planes';
import { letterboxCrop, TensorFrameSampler } from './frame_sampler';

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

const crops: { why: string; crop: RotatedCrop }[] = [
  { why: 'pixel scale, upright', crop: { cx: 3.5, cy: 2.5, size: 4, angle: 0, outputSize: 4 } },
  { why: 'a quarter turn', crop: { cx: 3, cy: 2, size: 4, angle: Math.PI / 2, outputSize: 4 } },
  {
    why: 'turned 30 degrees, enlarged, half outside',
    crop: { cx: 6, cy: 1, size: 5, angle: 0.52, outputSize: 9 },
  },
  { why: 'the letterbox of the frame', crop: letterboxCrop(w, h, 6) },
];

function sampled(frame: FramePlanes, crop: RotatedCrop): number[] {
  const out = new Float32Array(crop.outputSize ** 2 * 3);
  sampleCrop(frame, crop, out);
  return Array.from(out);
}

describe('sampleCrop', () => {
  beforeAll(useWasmBackend);

  it.each(crops)('reads the same points as tf.image.transform: $why', async ({ crop }) => {
    const values: number[] = [];
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) values.push(...rgbAt(x, y));
    const sampler = new TensorFrameSampler(tf.tensor3d(values, [h, w, 3]));
    const t = sampler.crop(crop);
    const expected = Array.from(await t.data());
    tf.dispose(t);
    sampler.dispose();
    const got = sampled(packed('RGBA'), crop);
    expect(got.length).toBe(expected.length);
    got.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 2));
  });

  it.each(crops)('reads BGRA as RGBA: $why', ({ crop }) => {
    expect(sampled(packed('BGRA', 4 * w), crop)).toEqual(sampled(packed('RGBA'), crop));
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
    // An upright crop well inside the frame: every point is the one colour.
    const out = sampled(frame, { cx: 3.5, cy: 2.5, size: 2, angle: 0.3, outputSize: 2 });
    for (let i = 0; i < out.length; i++) expect(Math.abs(out[i]! - rgb[i % 3]!)).toBeLessThan(1.5);
  });

  it('fills zeros outside the frame and refuses a wrong output size', () => {
    const far = { cx: 100, cy: 100, size: 4, angle: 0, outputSize: 2 };
    expect(sampled(yuv('I420', [235, 128, 128]), far)).toEqual(new Array(12).fill(0));
    expect(() => sampleCrop(packed('RGBA'), far, new Float32Array(11))).toThrow(/12 floats/);
  });
});

describe('sampleResize', () => {
  beforeAll(useWasmBackend);

  it.each([
    { why: 'down to 3x2', width: 3, height: 2 },
    { why: 'up to 11x9 (edges clamped, not darkened)', width: 11, height: 9 },
    { why: 'stretched to a square', width: 6, height: 6 },
  ])('matches tf.image.resizeBilinear with half-pixel centres: $why', async ({ width, height }) => {
    const values: number[] = [];
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) values.push(...rgbAt(x, y));
    const t = tf.tidy(() =>
      tf.image.resizeBilinear(tf.tensor3d(values, [h, w, 3]), [height, width], false, true),
    );
    const expected = Array.from(await t.data());
    t.dispose();
    const got = new Float32Array(width * height * 3);
    sampleResize(packed('RGBA'), width, height, got);
    got.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 2));
  });

  it('refuses a wrong output size', () => {
    expect(() => sampleResize(packed('RGBA'), 2, 2, new Float32Array(11))).toThrow(/12 floats/);
  });
});

describe('yuvCoefficients', () => {
  // The usual published constants (ITU-R BT.601 and BT.709, video and full range).
  it.each([
    {
      matrix: 'bt601',
      fullRange: false,
      rv: 1.596,
      gu: 0.392,
      gv: 0.813,
      bu: 2.017,
      yScale: 1.164,
    },
    {
      matrix: 'bt709',
      fullRange: false,
      rv: 1.793,
      gu: 0.213,
      gv: 0.533,
      bu: 2.112,
      yScale: 1.164,
    },
    { matrix: 'bt601', fullRange: true, rv: 1.402, gu: 0.344, gv: 0.714, bu: 1.772, yScale: 1 },
  ] as const)('$matrix full range $fullRange', ({ matrix, fullRange, ...expected }) => {
    const k = yuvCoefficients(matrix, fullRange);
    for (const [name, value] of Object.entries(expected)) {
      expect(k[name as keyof typeof expected]).toBeCloseTo(value, 3);
    }
  });
});
