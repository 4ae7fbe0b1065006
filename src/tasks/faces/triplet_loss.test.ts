import { describe, expect, it } from 'vitest';
import { tripletLoss } from './triplet_loss';

describe('tripletLoss: max(||f(A)-f(P)||^2 - ||f(A)-f(N)||^2 + α, 0)', () => {
  const A = [0, 0];
  it.each([
    // name, P, N, α, d(A,P), d(A,N), loss
    ['negative far beyond the margin: zero loss', [1, 0], [3, 0], 0.2, 1, 9, 0],
    ['negative just past the margin: zero loss', [1, 0], [0, 1.1], 0.2, 1, 1.21, 0],
    ['negative inside the margin', [1, 0], [0, 1], 0.2, 1, 1, 0.2],
    ['negative closer than the positive', [2, 0], [1, 0], 0.2, 4, 1, 3.2],
    ['all the same, α = 0 (the trivial solution the margin forbids)', [0, 0], [0, 0], 0, 0, 0, 0],
    ['all the same, α > 0', [0, 0], [0, 0], 0.5, 0, 0, 0.5],
  ])('%s', (_name, P, N, alpha, dp, dn, loss) => {
    const t = tripletLoss(A, P, N, alpha);
    expect(t.positive).toBeCloseTo(dp, 10);
    expect(t.negative).toBeCloseTo(dn, 10);
    expect(t.loss).toBeCloseTo(loss, 10);
  });

  it('rejects a negative margin', () => {
    expect(() => tripletLoss(A, A, A, -1)).toThrow('The margin α must be >= 0, got -1.');
  });
});
