/** Precision, recall and F1 of one class, each in 0..1 (0 where undefined, e.g. no predictions). */
export interface ClassMetrics {
  /** Of the examples predicted as this class, the fraction that are: TP / (TP + FP). */
  precision: number;
  /** Of the examples of this class, the fraction found: TP / (TP + FN). */
  recall: number;
  /** Harmonic mean 2PR / (P + R): the course's single number evaluation metric. */
  f1: number;
  /** Number of examples of this class. */
  support: number;
}

export interface ClassificationMetrics {
  /** Fraction of examples on the diagonal, 0..1. */
  accuracy: number;
  perClass: ClassMetrics[];
  /**
   * Unweighted means over the classes that have examples or predictions; `macro.f1` on the dev
   * set is the lab's single number evaluation metric.
   */
  macro: { precision: number; recall: number; f1: number };
}

/** Accuracy, per-class and macro precision / recall / F1 from a confusion matrix [actual][predicted]. */
export function classificationMetrics(
  matrix: readonly (readonly number[])[],
): ClassificationMetrics {
  const k = matrix.length;
  const total = matrix.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  let correct = 0;
  const perClass: ClassMetrics[] = [];
  for (let c = 0; c < k; c++) {
    const tp = matrix[c]![c]!;
    correct += tp;
    const support = matrix[c]!.reduce((a, b) => a + b, 0);
    const predicted = matrix.reduce((s, row) => s + row[c]!, 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass.push({ precision, recall, f1, support });
  }
  const present = perClass.filter((m, c) => m.support > 0 || matrix.some((row) => row[c]! > 0));
  const mean = (f: (m: ClassMetrics) => number) =>
    present.length === 0 ? 0 : present.reduce((s, m) => s + f(m), 0) / present.length;
  return {
    accuracy: total === 0 ? 0 : correct / total,
    perClass,
    macro: {
      precision: mean((m) => m.precision),
      recall: mean((m) => m.recall),
      f1: mean((m) => m.f1),
    },
  };
}
