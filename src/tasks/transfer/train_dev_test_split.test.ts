import { describe, expect, it } from 'vitest';
import { trainDevTestSplit, type SplitSample } from './train_dev_test_split';

/** Class sizes 10, 5, 3, 2, 1 (labels 0..4), ids s0, s1, ... in capture order. */
const sizes = [10, 5, 3, 2, 1];
const samples: SplitSample[] = sizes
  .flatMap((n, label) => Array.from({ length: n }, () => label))
  .map((label, i) => ({ id: `s${i}`, label }));
const courseSplit = { dev: 0.2, test: 0.2 }; // the course's 60 / 20 / 20 for small data

const perClass = (indices: number[], list = samples) =>
  sizes.map((_, c) => indices.filter((i) => list[i]!.label === c).length);
const ids = (indices: number[], list = samples) => indices.map((i) => list[i]!.id);

describe('trainDevTestSplit', () => {
  it.each([
    // class sizes 10, 5, 3, 2, 1: dev and test per class; every class keeps a training sample,
    // a class of 2 gives one to dev, of 3 one each to dev and test
    { fractions: courseSplit, dev: [2, 1, 1, 1, 0], test: [2, 1, 1, 0, 0] },
    { fractions: { dev: 0.3, test: 0.1 }, dev: [3, 2, 1, 1, 0], test: [1, 1, 1, 0, 0] },
    { fractions: { dev: 0.25, test: 0 }, dev: [3, 1, 1, 1, 0], test: [0, 0, 0, 0, 0] },
    { fractions: { dev: 0, test: 0 }, dev: [0, 0, 0, 0, 0], test: [0, 0, 0, 0, 0] },
    // dev is served first: 3 x 0.5 rounds to 2 dev, leaving the one training sample
    { fractions: { dev: 0.5, test: 0.4 }, dev: [5, 3, 2, 1, 0], test: [4, 1, 0, 0, 0] },
  ])('is stratified: $fractions gives dev $dev, test $test', ({ fractions, dev, test }) => {
    const split = trainDevTestSplit(samples, fractions, 1);
    expect(perClass(split.dev)).toEqual(dev);
    expect(perClass(split.test)).toEqual(test);
    expect(perClass(split.train)).toEqual(sizes.map((n, c) => n - dev[c]! - test[c]!));
  });

  it('is 6:2:2 for 10 samples of a class', () => {
    const split = trainDevTestSplit(samples, courseSplit, 1);
    expect([split.train, split.dev, split.test].map((s) => perClass(s)[0])).toEqual([6, 2, 2]);
  });

  it.each([1, 2, 3])('puts every sample in exactly one set (seed %i)', (seed) => {
    const { train, dev, test } = trainDevTestSplit(samples, courseSplit, seed);
    expect([...train, ...dev, ...test].sort((a, b) => a - b)).toEqual(samples.map((_, i) => i));
    for (const list of [train, dev, test]) expect(list).toEqual([...list].sort((a, b) => a - b));
  });

  it('is the same for the same samples and seed, and differs for another seed', () => {
    expect(trainDevTestSplit(samples, courseSplit, 7)).toEqual(
      trainDevTestSplit(samples, courseSplit, 7),
    );
    expect(trainDevTestSplit(samples, courseSplit, 7)).not.toEqual(
      trainDevTestSplit(samples, courseSplit, 8),
    );
  });

  it('does not depend on the order of the samples', () => {
    const reversed = [...samples].reverse();
    const a = trainDevTestSplit(samples, courseSplit, 4);
    const b = trainDevTestSplit(reversed, courseSplit, 4);
    for (const set of ['train', 'dev', 'test'] as const)
      expect(ids(b[set], reversed).sort()).toEqual(ids(a[set]).sort());
  });

  it("is stable: a new sample of one class leaves the other classes' sets as they were", () => {
    const more = [...samples, { id: 'new', label: 1 }];
    const a = trainDevTestSplit(samples, courseSplit, 5);
    const b = trainDevTestSplit(more, courseSplit, 5);
    for (const set of ['train', 'dev', 'test'] as const) {
      const others = (list: string[]) =>
        list.filter((id) => more.find((s) => s.id === id)!.label !== 1);
      expect(others(ids(b[set], more))).toEqual(others(ids(a[set])));
    }
  });

  it.each([
    [{ dev: 1, test: 0 }, 'fractions must be at least 0 and sum to less than 1, got dev 1, test 0'],
    [{ dev: 0.5, test: 0.5 }, 'got dev 0.5, test 0.5'],
    [{ dev: -0.1, test: 0.2 }, 'got dev -0.1, test 0.2'],
  ])('rejects %j', (fractions, message) => {
    expect(() => trainDevTestSplit(samples, fractions, 0)).toThrow(message);
  });
});
