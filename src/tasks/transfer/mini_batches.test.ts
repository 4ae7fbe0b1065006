import { describe, expect, it } from 'vitest';
import { miniBatches } from './mini_batches';
import { seededRandom } from '../../core/random/seeded_random';

const m = Array.from({ length: 10 }, (_, i) => i);

describe('miniBatches', () => {
  it.each([
    { size: 4, sizes: [4, 4, 2] },
    { size: 5, sizes: [5, 5] },
    { size: 1, sizes: new Array(10).fill(1) },
    { size: 64, sizes: [10] },
  ])('cuts 10 examples into batches of $size', ({ size, sizes }) => {
    const batches = miniBatches(m, size, seededRandom(1));
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(m);
  });

  it('shuffles differently each epoch', () => {
    const random = seededRandom(1);
    expect(miniBatches(m, 10, random)).not.toEqual(miniBatches(m, 10, random));
  });

  it.each([0, 2.5])('rejects a mini-batch size of %s', (size) => {
    expect(() => miniBatches(m, size, Math.random)).toThrow('must be a whole number >= 1');
  });
});
