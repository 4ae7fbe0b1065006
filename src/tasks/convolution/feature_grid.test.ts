import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { featureGrid } from './feature_grid';

describe('featureGrid', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('tiles each channel into its cell, scaled by its own range', async () => {
    // 2x2 activation with 3 channels: channel k holds k * [[0, 1], [2, 3]] + 5.
    const values: number[] = [];
    for (let y = 0; y < 2; y++)
      for (let x = 0; x < 2; x++)
        for (let k = 0; k < 3; k++) values.push((k + 1) * (y * 2 + x) + 5);
    const grid = tf.tidy(() => featureGrid(tf.tensor4d(values, [1, 2, 2, 3]), 3, 2));
    expect(grid.shape).toEqual([4, 4]);
    const third = 1 / 3;
    const g = (await grid.array()) as number[][];
    grid.dispose();
    const want = [
      [0, third, 0, third],
      [2 * third, 1, 2 * third, 1],
      [0, third, 0, 0], // the fourth cell is empty
      [2 * third, 1, 0, 0],
    ];
    g.flat().forEach((v, i) => expect(v).toBeCloseTo(want.flat()[i]!, 5));
  });

  it('shows at most the channels there are, and a flat channel as 0', async () => {
    const grid = tf.tidy(() => featureGrid(tf.fill([1, 3, 5, 2], 7) as tf.Tensor4D, 16, 4));
    expect(grid.shape).toEqual([3, 20]);
    expect(Math.max(...(await grid.data()))).toBe(0);
    grid.dispose();
  });
});
