import { describe, expect, it } from 'vitest';
import { euclideanDistance, meanEncoding, squaredDistance } from './face_distance';

describe('squaredDistance', () => {
  it.each([
    [[0, 0], [0, 0], 0],
    [[1, 2], [1, 2], 0],
    [[0, 0], [3, 4], 25],
    [[1, -1, 2], [0, 1, 0], 9],
  ])('%j, %j -> %d', (a, b, want) => {
    expect(squaredDistance(a, b)).toBe(want);
    expect(euclideanDistance(a, b)).toBeCloseTo(Math.sqrt(want), 12);
  });

  it('rejects encodings of different lengths', () => {
    expect(() => squaredDistance([1, 2], [1])).toThrow('Encodings differ in length: 2 and 1.');
  });
});

describe('meanEncoding', () => {
  it('averages component by component', () => {
    expect(
      Array.from(
        meanEncoding([
          [0, 2],
          [2, 4],
        ]),
      ),
    ).toEqual([1, 3]);
  });
  it('needs one encoding', () => {
    expect(() => meanEncoding([])).toThrow('At least one encoding is needed.');
  });
});
