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

  it('gives the single number, macro F1, where accuracy hides a class never found', () => {
    // Three dev examples of class 0 and one of class 1, all predicted 0:
    // class 0: P = 3/4, R = 3/3, F1 = 2·(3/4)·1 / (3/4 + 1) = 6/7; class 1: P = R = F1 = 0.
    const e = evaluateDev(
      [0, 0, 0, 1],
      [
        [0.8, 0.2],
        [0.7, 0.3],
        [0.9, 0.1],
        [0.6, 0.4],
      ],
      2,
      1,
      0,
    );
    expect(e.metrics.accuracy).toBe(0.75);
    expect(e.metrics.perClass.map((c) => c.f1)).toEqual([expect.closeTo(6 / 7, 12), 0]);
    expect(e.metrics.macro.f1).toBeCloseTo(3 / 7, 12);
    expect(e.metrics.macro.precision).toBeCloseTo(3 / 8, 12);
    expect(e.metrics.macro.recall).toBeCloseTo(1 / 2, 12);
  });

  it('has no bias/variance readout without a dev set', () => {
    expect(evaluateDev([], [], 2, 0.9, 0).biasVariance).toBeNull();
  });
});
