import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCost, gramMatrix, layerStyleCost, totalVariation } from './style_costs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// a: n_H = 1, n_W = 2, n_C = 2; positions (0,0) = [1, 2], (0,1) = [3, 4].
const a = () => tf.tensor4d([1, 2, 3, 4], [1, 1, 2, 2]);

describe('gramMatrix', () => {
  it('sums products of channel pairs over positions', async () => {
    // G_00 = 1*1 + 3*3 = 10, G_01 = 1*2 + 3*4 = 14, G_11 = 2*2 + 4*4 = 20
    expect(await gramMatrix(a()).array()).toEqual([
      [10, 14],
      [14, 20],
    ]);
  });

  it('is symmetric for a random tensor', async () => {
    const g = gramMatrix(tf.randomNormal([1, 4, 5, 3]) as tf.Tensor4D);
    const gt = tf.transpose(g);
    expect(await tf.max(tf.abs(tf.sub(g, gt))).data()).toEqual(new Float32Array([0]));
  });
});

describe('contentCost', () => {
  it('is 1 / (4 n_H n_W n_C) times the sum of squared differences', async () => {
    const g = tf.tensor4d([0, 2, 3, 6], [1, 1, 2, 2]); // differences 1, 0, 0, -2 -> 5
    expect(await contentCost(a(), g).data()).toEqual(new Float32Array([5 / (4 * 1 * 2 * 2)]));
  });
  it('divides by 4 n_H n_W n_C with n_H = 2, n_W = 1, n_C = 3', async () => {
    const aC = tf.tensor4d([1, 2, 3, 4, 5, 6], [1, 2, 1, 3]);
    const aG = tf.onesLike(aC) as tf.Tensor4D; // differences 0..5 -> 0 + 1 + 4 + 9 + 16 + 25 = 55
    expect((await contentCost(aC, aG).data())[0]).toBeCloseTo(55 / 24, 6);
  });
  it('is 0 for identical activations', async () => {
    expect((await contentCost(a(), a()).data())[0]).toBe(0);
  });
});

describe('layerStyleCost', () => {
  it('is the squared Gram difference over (2 n_H n_W n_C)^2', async () => {
    const gramS = tf.tensor2d([
      [10, 14],
      [14, 21],
    ]);
    // Gram(G = a) differs from gramS only at (1,1), by 1 -> sum 1, norm (2*1*2*2)^2 = 64
    expect((await layerStyleCost(gramS, a()).data())[0]).toBeCloseTo(1 / 64, 8);
  });
  it('is the exercise’s 1 / (4 n_C² (n_H n_W)²) on a 2 x 2 x 2 layer', async () => {
    // positions (0,0) [1, 0], (0,1) [0, 1], (1,0) [1, 1], (1,1) [2, 0]:
    // Gram(G) = [[1 + 0 + 1 + 4, 0 + 0 + 1 + 0], [1, 0 + 1 + 1 + 0]] = [[6, 1], [1, 2]]
    const aG = tf.tensor4d([1, 0, 0, 1, 1, 1, 2, 0], [1, 2, 2, 2]);
    const gramS = tf.tensor2d([
      [4, 1],
      [1, 3],
    ]);
    // differences 2 and -1 -> 5; 4 n_C² (n_H n_W)² = 4 * 4 * 16 = 256 = (2 n_H n_W n_C)²
    expect((await layerStyleCost(gramS, aG).data())[0]).toBeCloseTo(5 / 256, 8);
  });
});

describe('totalVariation', () => {
  it.each([
    ['a flat image', [5, 5, 5, 5], 0],
    // 2x2, one channel: vertical diffs (3-1), (4-2); horizontal (2-1), (4-3) -> 4+4+1+1
    ['a ramp', [1, 2, 3, 4], 10],
  ])('%s', async (_name, values, want) => {
    const img = tf.tensor4d(values, [1, 2, 2, 1]);
    expect((await totalVariation(img).data())[0]).toBe(want);
  });
});
