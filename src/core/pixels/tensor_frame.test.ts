import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../../tests/helpers/wasm_backend';
import type { ReadOptions } from './read_options';
import { TensorFrame } from './tensor_frame';

// A 4x2 frame whose red channel numbers its pixels: row 0 is 0 1 2 3, row 1 is 4 5 6 7.
const frame = () =>
  new TensorFrame(
    tf.tidy(() =>
      tf.stack([tf.reshape(tf.range(0, 8), [2, 4]), tf.zeros([2, 4]), tf.zeros([2, 4])], 2),
    ) as tf.Tensor3D,
  );

async function red(t: tf.Tensor3D): Promise<number[][]> {
  const r = tf.tidy(() => tf.squeeze(tf.slice(t, [0, 0, 0], [-1, -1, 1]), [2]));
  const out = (await r.array()) as number[][];
  tf.dispose([r, t]);
  return out.map((row) => row.map((v) => Math.round(v * 100) / 100));
}

const square = (n: number) => ({ width: n, height: n });

describe('TensorFrame', () => {
  beforeAll(useWasmBackend);

  it.each<{ why: string; options: ReadOptions; expected: number[][] }>([
    {
      why: 'an upright 2x2 roi at pixel scale copies the pixels',
      options: { outputSize: square(2), roi: { cx: 2, cy: 1, width: 2, height: 2 } },
      expected: [
        [1, 2],
        [5, 6],
      ],
    },
    {
      why: 'a quarter turn: each output row runs down a frame column, the first on the right',
      options: {
        outputSize: square(2),
        roi: { cx: 2, cy: 1, width: 2, height: 2, angle: Math.PI / 2 },
      },
      expected: [
        [2, 6],
        [1, 5],
      ],
    },
    {
      why: 'the letterbox of the frame pads above and below with zeros',
      options: { outputSize: square(4), keepAspect: true },
      expected: [
        [0, 0, 0, 0],
        [0, 1, 2, 3],
        [4, 5, 6, 7],
        [0, 0, 0, 0],
      ],
    },
    {
      why: 'mirrored: each row reversed',
      options: { outputSize: { width: 4, height: 2 }, flipHorizontally: true },
      expected: [
        [3, 2, 1, 0],
        [7, 6, 5, 4],
      ],
    },
    {
      why: "'replicate' stretched up: the edge rows are not darkened",
      options: { outputSize: { width: 4, height: 4 }, border: 'replicate' },
      expected: [
        [0, 1, 2, 3],
        [1, 2, 3, 4],
        [3, 4, 5, 6],
        [4, 5, 6, 7],
      ],
    },
  ])('$why', async ({ options, expected }) => {
    const f = frame();
    try {
      expect(await red(f.read(options).tensor)).toEqual(expected);
    } finally {
      f.dispose();
    }
  });

  it('leaks nothing and disposes the tensor it owns when disposed', () => {
    const before = tf.memory().numTensors;
    const f = frame();
    f.read({ outputSize: square(4), keepAspect: true }).tensor.dispose();
    f.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps a tensor it does not own', () => {
    const rgb = tf.zeros([2, 2, 3]) as tf.Tensor3D;
    new TensorFrame(rgb, false).dispose();
    expect(rgb.isDisposed).toBe(false);
    rgb.dispose();
  });
});
