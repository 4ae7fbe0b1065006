import { describe, expect, it } from 'vitest';
import { decayedLearningRate } from './learning_rate_decay';

describe('decayedLearningRate', () => {
  // Course 2, week 2: α0 = 0.2, decay rate 1 -> 0.1, 0.067, 0.05, 0.04 for epochs 1..4.
  it.each([
    { epoch: 0, alpha: 0.2 },
    { epoch: 1, alpha: 0.1 },
    { epoch: 2, alpha: 0.2 / 3 },
    { epoch: 3, alpha: 0.05 },
    { epoch: 4, alpha: 0.04 },
  ])('inverse-time decay, epoch $epoch: α = $alpha', ({ epoch, alpha }) => {
    expect(decayedLearningRate(0.2, { kind: 'inverse-time', decayRate: 1 }, epoch)).toBeCloseTo(
      alpha,
      12,
    );
  });

  it.each([
    { epoch: 0, alpha: 0.1 },
    { epoch: 1, alpha: 0.095 },
    { epoch: 10, alpha: 0.1 * 0.95 ** 10 },
  ])('exponential decay 0.95^epoch, epoch $epoch', ({ epoch, alpha }) => {
    expect(decayedLearningRate(0.1, { kind: 'exponential', base: 0.95 }, epoch)).toBeCloseTo(
      alpha,
      12,
    );
  });

  it('keeps α0 without decay', () => {
    expect(decayedLearningRate(0.01, { kind: 'none' }, 50)).toBe(0.01);
  });
});
