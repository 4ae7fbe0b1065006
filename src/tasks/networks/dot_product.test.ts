import { describe, expect, it } from 'vitest';
import { dotProduct } from './dot_product';

describe('dotProduct', () => {
  // n_C = 3, n_C' = 2: W row-major [[1, -1], [2, 0.5], [-3, 4]], b = [0.5, -1].
  const W = [1, -1, 2, 0.5, -3, 4];
  const b = [0.5, -1];
  const x = [2, 1, 1];

  it('is z_k = Σ x_i W[i, k] + b_k, terms largest first', () => {
    const k0 = dotProduct(x, W, b, 0);
    expect(k0.sum).toBe(2 + 2 - 3);
    expect(k0.z).toBe(1.5);
    expect(k0.terms.map((t) => t.product)).toEqual([-3, 2, 2]);
    expect(k0.terms.map((t) => t.channel)).toEqual([2, 0, 1]);
    const k1 = dotProduct(x, W, b, 1, 2);
    expect(k1.z).toBe(-2 + 0.5 + 4 - 1);
    expect(k1.terms).toHaveLength(2);
  });

  it('says what is wrong with the shapes', () => {
    expect(() => dotProduct(x, [1, 2], b, 0)).toThrow(
      "W must hold n_C x n_C' = 3 x 2 weights, got 2.",
    );
    expect(() => dotProduct(x, W, b, 2)).toThrow('k must be an output channel 0..1, got 2.');
  });
});
