import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterboxCrop, TensorFrameSampler } from '../../../src/tasks/landmarks/frame_sampler';
import { useWasmBackend } from '../../helpers/wasm_backend';

// A 4x2 frame whose red channel numbers its pixels: row 0 is 0 1 2 3, row 1 is 4 5 6 7.
const frame = () =>
  new TensorFrameSampler(
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

describe('TensorFrameSampler', () => {
  beforeAll(useWasmBackend);

  it.each([
    {
      why: 'an upright 2x2 crop at pixel scale copies the pixels',
      crop: { cx: 2, cy: 1, size: 2, angle: 0, outputSize: 2 },
      expected: [
        [1, 2],
        [5, 6],
      ],
    },
    {
      why: 'a quarter turn: each crop row runs down a frame column, the first on the right',
      crop: { cx: 2, cy: 1, size: 2, angle: Math.PI / 2, outputSize: 2 },
      expected: [
        [2, 6],
        [1, 5],
      ],
    },
    {
      why: 'the letterbox of the frame pads above and below with zeros',
      crop: letterboxCrop(4, 2, 4),
      expected: [
        [0, 0, 0, 0],
        [0, 1, 2, 3],
        [4, 5, 6, 7],
        [0, 0, 0, 0],
      ],
    },
  ])('$why', async ({ crop, expected }) => {
    const f = frame();
    try {
      expect(await red(f.crop(crop))).toEqual(expected);
    } finally {
      f.dispose();
    }
  });

  it('leaks nothing and disposes its frame', () => {
    const before = tf.memory().numTensors;
    const f = frame();
    f.crop(letterboxCrop(4, 2, 4)).dispose();
    f.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
