import { describe, expect, it } from 'vitest';
import { confusionMatrix } from './confusion_matrix';

describe('confusionMatrix', () => {
  it.each([
    {
      actual: [],
      predicted: [],
      k: 2,
      matrix: [
        [0, 0],
        [0, 0],
      ],
    },
    {
      actual: [0, 1],
      predicted: [0, 1],
      k: 2,
      matrix: [
        [1, 0],
        [0, 1],
      ],
    },
    {
      actual: [0, 0, 0, 1, 1, 2],
      predicted: [0, 1, 2, 1, 1, 0],
      k: 3,
      matrix: [
        [1, 1, 1],
        [0, 2, 0],
        [1, 0, 0],
      ],
    },
  ])('counts [actual][predicted] for $actual vs $predicted', ({ actual, predicted, k, matrix }) => {
    expect(confusionMatrix(actual, predicted, k)).toEqual(matrix);
  });

  it.each([
    { actual: [0], predicted: [], message: '0 predictions for 1 labels' },
    { actual: [2], predicted: [0], message: 'label 2 at 0 is not a class in 0..1' },
    { actual: [0], predicted: [-1], message: 'prediction -1 at 0 is not a class in 0..1' },
  ])('rejects $actual vs $predicted', ({ actual, predicted, message }) => {
    expect(() => confusionMatrix(actual, predicted, 2)).toThrow(message);
  });
});
