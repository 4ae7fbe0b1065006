import { seededRandom } from '../../core/random/seeded_random';
import { stringHash } from './string_hash';

/** A sample as the split sees it: its id and class index. */
export interface SplitSample {
  id: string;
  label: number;
}

export interface TrainDevTestSplit {
  /** Indices into the samples, ascending. */
  train: number[];
  dev: number[];
  test: number[];
}

/**
 * A stratified train / dev / test split (the course's 60 / 20 / 20 for small data sets). Each
 * class keeps about `dev` and `test` of its samples for those sets, and at least one for
 * training: a class of 2 or more gives at least one to dev (when dev > 0), then, if one is left
 * over, at least one to test (when test > 0).
 *
 * The split is computed, not stored, and is stable: within a class the samples are ordered by a
 * seeded hash of their id (test first, then dev, then train), so it does not depend on the order
 * of the samples or on the other classes, and a new sample moves at most the samples at the
 * boundaries of its own class.
 */
export function trainDevTestSplit(
  samples: readonly SplitSample[],
  fractions: { dev: number; test: number },
  seed: number,
): TrainDevTestSplit {
  const { dev, test } = fractions;
  if (!(dev >= 0 && test >= 0 && dev + test < 1)) {
    throw new RangeError(
      `trainDevTestSplit: fractions must be at least 0 and sum to less than 1, got dev ${dev}, test ${test}.`,
    );
  }
  const byClass = new Map<number, number[]>();
  samples.forEach(({ label }, i) => byClass.set(label, [...(byClass.get(label) ?? []), i]));
  const rank = samples.map(({ id }) => seededRandom(stringHash(`${seed}:${id}`))());
  const split: TrainDevTestSplit = { train: [], dev: [], test: [] };
  for (const indices of byClass.values()) {
    indices.sort((a, b) => rank[a]! - rank[b]! || (samples[a]!.id < samples[b]!.id ? -1 : 1));
    const n = indices.length;
    const wanted = (fraction: number) => (fraction > 0 ? Math.max(1, Math.round(n * fraction)) : 0);
    const devCount = Math.min(wanted(dev), n - 1);
    const testCount = Math.max(0, Math.min(wanted(test), n - 1 - devCount));
    split.test.push(...indices.slice(0, testCount));
    split.dev.push(...indices.slice(testCount, testCount + devCount));
    split.train.push(...indices.slice(testCount + devCount));
  }
  for (const set of [split.train, split.dev, split.test]) set.sort((a, b) => a - b);
  return split;
}
