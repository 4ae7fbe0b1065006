import { describe, expect, it } from 'vitest';
import { sigmoid } from './sigmoid';
import { softmax } from './softmax';

describe('sigmoid', () => {
  it.each([
    { z: 0, s: 0.5 },
    { z: Math.log(3), s: 0.75 },
    { z: -Math.log(3), s: 0.25 },
    { z: 40, s: 1 },
  ])('σ($z) = $s', ({ z, s }) => expect(sigmoid(z)).toBeCloseTo(s, 12));
});

describe('softmax', () => {
  it.each([
    { z: [0, 0], p: [0.5, 0.5] },
    { z: [Math.log(1), Math.log(3)], p: [0.25, 0.75] },
    { z: [1000, 1000 + Math.log(3)], p: [0.25, 0.75] },
    { z: [5], p: [1] },
  ])('softmax($z) = $p', ({ z, p }) => {
    const out = softmax(z);
    out.forEach((v, i) => expect(v).toBeCloseTo(p[i]!, 12));
  });
});
