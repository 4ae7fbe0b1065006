import { describe, expect, it } from 'vitest';
import { evaluateDev } from './dev_evaluation';

describe('evaluateDev', () => {
  it('builds the confusion matrix, lists the errors most confident first, diagnoses variance', () => {
    const e = evaluateDev(
      [0, 0, 1, 1],
      [
        [0.9, 0.1],
        [0.3, 0.7],
        [0.2, 0.8],
        [0.95, 0.05],
      ],
      2,
      1,
      0,
    );
    expect(e.matrix).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(e.metrics.accuracy).toBe(0.5);
    expect(e.misclassified).toEqual([
      { index: 3, actual: 1, predicted: 0, confidence: 0.95 },
      { index: 1, actual: 0, predicted: 1, confidence: 0.7 },
    ]);
    expect(e.biasVariance?.diagnosis).toBe('high-variance');
  });

  it('has no bias/variance readout without a dev set', () => {
    expect(evaluateDev([], [], 2, 0.9, 0).biasVariance).toBeNull();
  });
});
