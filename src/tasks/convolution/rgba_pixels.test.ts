import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { rgbaPixels } from './rgba_pixels';

describe('rgbaPixels', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it.each([1, 3])('gives the same bytes as tf.browser.toPixels for %i channel(s)', async (c) => {
    const picture = tf.tidy(() =>
      tf.clipByValue(tf.randomUniform([5, 7, c], -0.2, 1.2, 'float32', 1), 0, 1),
    ) as tf.Tensor3D;
    const ours = await rgbaPixels(picture);
    const theirs = await tf.browser.toPixels(picture);
    expect([ours.width, ours.height]).toEqual([7, 5]);
    expect(
      Array.from(ours.data)
        .map((v, i) => Math.abs(v - theirs[i]!))
        .every((d) => d <= 1),
    ).toBe(true);
    picture.dispose();
  });

  it('clips values outside 0-1 and leaves no tensors behind', async () => {
    const picture = tf.tensor3d([[[-1], [2]]]);
    const before = tf.memory().numTensors;
    const { data } = await rgbaPixels(picture);
    expect(Array.from(data)).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    expect(tf.memory().numTensors).toBe(before);
    picture.dispose();
  });

  it('refuses a picture with 2 channels', async () => {
    const picture = tf.zeros([2, 2, 2]) as tf.Tensor3D;
    await expect(rgbaPixels(picture)).rejects.toThrow('A picture needs 1 or 3 channels, got 2.');
    picture.dispose();
  });
});
