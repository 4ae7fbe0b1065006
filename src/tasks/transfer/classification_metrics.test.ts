import { describe, expect, it } from 'vitest';
import { classificationMetrics } from './classification_metrics';

describe('classificationMetrics', () => {
  it('computes precision, recall and F1 per class (cat classifier A: P 95%, R 90%)', () => {
    // Class 1 "cat": 90 found of 100 cats (R = 0.9), 90 of ~94.7 predicted cats right (P = 0.95).
    // With whole counts: TP 95, FN 5... use TP 19, FN 1, FP 1 -> P = R = 0.95.
    const m = classificationMetrics([
      [79, 1],
      [1, 19],
    ]);
    expect(m.accuracy).toBeCloseTo(98 / 100, 12);
    expect(m.perClass[1]).toEqual({
      precision: 0.95,
      recall: 0.95,
      f1: expect.closeTo(0.95, 12),
      support: 20,
    });
    expect(m.perClass[0]!.precision).toBeCloseTo(79 / 80, 12);
  });

  it.each([
    {
      name: 'three classes',
      matrix: [
        [1, 1, 1],
        [0, 2, 0],
        [1, 0, 0],
      ],
      accuracy: 3 / 6,
      precision: [1 / 2, 2 / 3, 0],
      recall: [1 / 3, 1, 0],
      f1: [0.4, 0.8, 0],
    },
    {
      name: 'precision 1, recall 0.5',
      matrix: [
        [2, 0],
        [2, 2],
      ],
      accuracy: 4 / 6,
      precision: [0.5, 1],
      recall: [1, 0.5],
      f1: [2 / 3, 2 / 3],
    },
  ])('$name', ({ matrix, accuracy, precision, recall, f1 }) => {
    const m = classificationMetrics(matrix);
    expect(m.accuracy).toBeCloseTo(accuracy, 12);
    m.perClass.forEach((c, i) => {
      expect(c.precision, `P${i}`).toBeCloseTo(precision[i]!, 12);
      expect(c.recall, `R${i}`).toBeCloseTo(recall[i]!, 12);
      expect(c.f1, `F1${i}`).toBeCloseTo(f1[i]!, 12);
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(m.macro.precision).toBeCloseTo(mean(precision), 12);
    expect(m.macro.recall).toBeCloseTo(mean(recall), 12);
    expect(m.macro.f1).toBeCloseTo(mean(f1), 12);
  });

  it('leaves classes with neither examples nor predictions out of the macro average', () => {
    const m = classificationMetrics([
      [3, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    expect(m.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives zeros, not NaN, for an empty matrix', () => {
    expect(classificationMetrics([[0]])).toEqual({
      accuracy: 0,
      perClass: [{ precision: 0, recall: 0, f1: 0, support: 0 }],
      macro: { precision: 0, recall: 0, f1: 0 },
    });
  });
});
