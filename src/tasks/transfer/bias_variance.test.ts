import { describe, expect, it } from 'vitest';
import { diagnoseBiasVariance } from './bias_variance';

describe('diagnoseBiasVariance', () => {
  // Course 2, week 1 (human error ~0%) and course 3, week 1 (avoidable bias).
  it.each([
    {
      humanError: 0,
      trainError: 0.01,
      devError: 0.11,
      diagnosis: 'high-variance',
      focus: 'variance',
    },
    { humanError: 0, trainError: 0.15, devError: 0.16, diagnosis: 'high-bias', focus: 'bias' },
    {
      humanError: 0,
      trainError: 0.15,
      devError: 0.3,
      diagnosis: 'high-bias-and-variance',
      focus: 'bias',
    },
    { humanError: 0, trainError: 0.005, devError: 0.01, diagnosis: 'fine', focus: null },
    {
      humanError: 0.01,
      trainError: 0.08,
      devError: 0.1,
      diagnosis: 'high-bias-and-variance',
      focus: 'bias',
    },
    {
      humanError: 0.075,
      trainError: 0.08,
      devError: 0.1,
      diagnosis: 'high-variance',
      focus: 'variance',
    },
    {
      humanError: 0.075,
      trainError: 0.08,
      devError: 0.12,
      diagnosis: 'high-variance',
      focus: 'variance',
    },
  ] as const)(
    'human $humanError, train $trainError, dev $devError: $diagnosis',
    ({ humanError, trainError, devError, diagnosis, focus }) => {
      const r = diagnoseBiasVariance({ humanError, trainError, devError });
      expect(r.diagnosis).toBe(diagnosis);
      expect(r.focus).toBe(focus);
      expect(r.avoidableBias).toBeCloseTo(trainError - humanError, 12);
      expect(r.variance).toBeCloseTo(devError - trainError, 12);
    },
  );

  it('uses the tolerance it is given', () => {
    const input = { humanError: 0, trainError: 0.01, devError: 0.04 };
    expect(diagnoseBiasVariance(input).diagnosis).toBe('high-variance');
    expect(diagnoseBiasVariance({ ...input, tolerance: 0.05 }).diagnosis).toBe('fine');
    expect(diagnoseBiasVariance({ ...input, tolerance: 0.03 }).diagnosis).toBe('fine');
  });

  it('rejects errors outside 0..1', () => {
    expect(() => diagnoseBiasVariance({ humanError: 0, trainError: 15, devError: 0.2 })).toThrow(
      'trainError must be an error rate in 0..1, got 15',
    );
  });
});
