import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureImage } from '../../../tests/helpers/fixture_image';
import { useWasmBackend } from '../../../tests/helpers/wasm_backend';
import { applyAffine } from './affine';
import { FrameReader } from './frame_reader';
import type { ReadOptions } from './read_options';
import { TensorFrame } from './tensor_frame';

// A real photo (raw RGBA, as Node and the training worker hand it over): 512x512.
const photo = loadFixtureImage('astronaut.jpg');
const frame = { image: photo, width: photo.width, height: photo.height };

async function meanAbsDiff(a: tf.Tensor3D, b: tf.Tensor3D): Promise<number> {
  const d = tf.tidy(() => tf.mean(tf.abs(tf.sub(a, b))));
  const [v] = await d.data();
  tf.dispose([a, b, d]);
  return v!;
}

const reads: { why: string; options: ReadOptions }[] = [
  {
    why: 'letterboxed into 416',
    options: { outputSize: { width: 416, height: 416 }, keepAspect: true },
  },
  {
    why: 'stretched to 320x240',
    options: { outputSize: { width: 320, height: 240 }, border: 'replicate' },
  },
  {
    why: 'a turned face crop',
    options: {
      outputSize: { width: 192, height: 192 },
      roi: { cx: 250, cy: 150, width: 200, height: 200, angle: 0.4 },
    },
  },
  {
    why: 'a mirrored roi leaving the frame',
    options: {
      outputSize: { width: 224, height: 224 },
      roi: { cx: 480, cy: 60, width: 150, height: 150 },
      flipHorizontally: true,
    },
  },
];

describe('FrameReader', () => {
  beforeAll(useWasmBackend);

  it.each(reads)(
    'reads raw RGBA pixels as tf.image.transform reads the photo as a tensor: $why',
    async ({ options }) => {
      const reader = new FrameReader(null);
      const { tensor } = await reader.read(frame, options);
      const reference = TensorFrame.fromPixels(photo);
      const expected = reference.read(options).tensor;
      reference.dispose();
      expect(tensor.shape).toEqual([options.outputSize.height, options.outputSize.width, 3]);
      expect(await meanAbsDiff(tensor, expected)).toBeLessThan(0.01);
    },
  );

  it('stretches the whole frame as tf.image.resizeBilinear does (half-pixel centres)', async () => {
    const { tensor } = await new FrameReader(null).read(frame, {
      outputSize: { width: 300, height: 200 },
      border: 'replicate',
    });
    const expected = tf.tidy(() =>
      tf.image.resizeBilinear(tf.browser.fromPixels(photo), [200, 300], false, true),
    ) as tf.Tensor3D;
    expect(await meanAbsDiff(tensor, expected)).toBeLessThan(0.01);
  });

  it('reads ImageData-like pixels (Uint8ClampedArray) the same', async () => {
    const reader = new FrameReader(null);
    const options = reads[2]!.options;
    const clamped = { ...photo, data: new Uint8ClampedArray(photo.data) };
    const a = (await reader.read(frame, options)).tensor;
    const b = (await reader.read({ ...frame, image: clamped as unknown as ImageData }, options))
      .tensor;
    expect(await meanAbsDiff(a, b)).toBe(0);
  });

  it.each(reads)(
    "reads in a model's range ([-1, 1]) as the tensor path does, bars at -1: $why",
    async ({ options }) => {
      const ranged = { ...options, range: [-1, 1] as const };
      const { tensor } = await new FrameReader(null).read(frame, ranged);
      const reference = TensorFrame.fromPixels(photo);
      const expected = reference.read(ranged).tensor;
      const plain = reference.read(options).tensor;
      reference.dispose();
      const scaled = tf.tidy(() => tf.sub(tf.div(plain, 127.5), 1)) as tf.Tensor3D;
      plain.dispose();
      expect(await meanAbsDiff(tensor, tf.clone(expected))).toBeLessThan(0.01 / 127.5);
      expect(await meanAbsDiff(expected, scaled)).toBeLessThan(1e-6);
    },
  );

  it.each(reads)(
    'reads whole int32 values, the float read truncated (as tf.cast does), both paths: $why',
    async ({ options }) => {
      const whole = { ...options, dtype: 'int32' as const };
      const reference = TensorFrame.fromPixels(photo);
      for (const read of [
        (await new FrameReader(null).read(frame, whole)).tensor,
        reference.read(whole).tensor,
      ]) {
        expect(read.dtype).toBe('int32');
        const truncated = tf.tidy(() => tf.cast(reference.read(options).tensor, 'int32'));
        const [a, b] = [await read.data(), await truncated.data()];
        tf.dispose([read, truncated]);
        // The raw-pixels path and tf.image.transform differ in the last bits of a float, which
        // can tip a truncation: one level at most, at a handful of points.
        let off = 0;
        a.forEach((v, i) => {
          expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(1);
          if (v !== b[i]) off++;
        });
        expect(off / a.length).toBeLessThan(0.01);
      }
      reference.dispose();
    },
  );

  it('refuses whole values in a range', async () => {
    const reader = new FrameReader(null);
    const options: ReadOptions = { ...reads[0]!.options, dtype: 'int32', range: [0, 1] };
    await expect(reader.read(frame, options)).rejects.toThrow(
      'An int32 read takes whole values 0-255: no range.',
    );
  });

  it('returns the transform of what it read: a letterbox maps back onto the frame', async () => {
    const wide = { data: new Uint8Array(64 * 32 * 4).fill(200), width: 64, height: 32 };
    const { tensor, transform } = await new FrameReader(null).read(
      { image: wide, width: 64, height: 32 },
      { outputSize: { width: 16, height: 16 }, keepAspect: true },
    );
    tensor.dispose();
    // 64x32 into 16x16: scale 1/4, bars of 4 px above and below.
    expect(applyAffine(transform.toFrame, 0, 4)).toEqual({ x: 0, y: 0 });
    expect(applyAffine(transform.fromFrame, 64, 32)).toEqual({ x: 16, y: 12 });
  });

  it('opens a frame once for several reads', async () => {
    const opened = await new FrameReader(null).open(frame);
    expect([opened.width, opened.height]).toEqual([512, 512]);
    const a = opened.read(reads[2]!.options).tensor;
    const b = opened.read(reads[2]!.options).tensor;
    opened.dispose();
    expect(await meanAbsDiff(a, b)).toBe(0);
  });

  it('leaks no tensors: reads, opened frames and the tensor path', async () => {
    const reader = new FrameReader(null);
    const before = tf.memory().numTensors;
    for (const { options } of reads) (await reader.read(frame, options)).tensor.dispose();
    const opened = await reader.open(frame);
    opened.read(reads[0]!.options).tensor.dispose();
    opened.dispose();
    reader.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
