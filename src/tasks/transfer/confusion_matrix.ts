/**
 * The confusion matrix of a classifier: `matrix[actual][predicted]` counts the examples of class
 * `actual` that were predicted as `predicted`. The diagonal holds the right answers.
 */
export function confusionMatrix(
  actual: readonly number[],
  predicted: readonly number[],
  classCount: number,
): number[][] {
  if (actual.length !== predicted.length) {
    throw new RangeError(
      `confusionMatrix needs as many predictions as labels, got ${predicted.length} predictions ` +
        `for ${actual.length} labels.`,
    );
  }
  const matrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  actual.forEach((a, i) => {
    const p = predicted[i]!;
    for (const [what, c] of [
      ['label', a],
      ['prediction', p],
    ] as const) {
      if (!Number.isInteger(c) || c < 0 || c >= classCount) {
        throw new RangeError(
          `confusionMatrix: ${what} ${c} at ${i} is not a class in 0..${classCount - 1}.`,
        );
      }
    }
    matrix[a]![p]! += 1;
  });
  return matrix;
}
