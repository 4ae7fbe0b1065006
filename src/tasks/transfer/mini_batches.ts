import { shuffled } from '../../core/random/seeded_random';

/**
 * One epoch's mini-batches: the indices shuffled, then cut into batches of `batchSize`
 * (the last one smaller when m is not a multiple). batchSize >= m is batch gradient descent,
 * batchSize 1 is stochastic gradient descent.
 */
export function miniBatches(
  indices: readonly number[],
  batchSize: number,
  random: () => number,
): number[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(
      `miniBatches: the mini-batch size must be a whole number >= 1, got ${batchSize}.`,
    );
  }
  const order = shuffled(indices, random);
  const batches: number[][] = [];
  for (let i = 0; i < order.length; i += batchSize) batches.push(order.slice(i, i + batchSize));
  return batches;
}
