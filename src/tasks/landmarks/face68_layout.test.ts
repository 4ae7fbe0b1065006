import { describe, expect, it } from 'vitest';
import { face68PartOf, face68Parts } from './face68_layout';

describe('face68Parts', () => {
  it('covers 0-67 once, in order', () => {
    const indices = face68Parts.flatMap((p) =>
      Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i),
    );
    expect(indices).toEqual(Array.from({ length: 68 }, (_, i) => i));
  });

  it.each([
    { index: 8, part: 'jaw' },
    { index: 30, part: 'noseBridge' },
    { index: 36, part: 'rightEye' },
    { index: 45, part: 'leftEye' },
    { index: 66, part: 'innerLips' },
  ])('point $index is on the $part', ({ index, part }) => expect(face68PartOf(index)).toBe(part));

  it('rejects an index past 67', () => {
    expect(() => face68PartOf(68)).toThrow('A 68-point index runs from 0 to 67, got 68.');
  });
});
