import { describe, expect, it } from 'vitest';
import { blazefaceAnchors } from './blazeface_anchors';

describe('blazefaceAnchors', () => {
  const a = blazefaceAnchors(256);
  const at = (i: number) => [a[2 * i], a[2 * i + 1]];

  it('has 16·16·2 + 8·8·6 = 896 anchors', () => expect(a.length).toBe(896 * 2));

  it.each([
    { i: 0, centre: [8, 8], why: 'first cell of the stride-16 grid' },
    { i: 1, centre: [8, 8], why: 'its second anchor shares the centre' },
    { i: 2, centre: [24, 8], why: 'next cell to the right' },
    { i: 32, centre: [8, 24], why: 'second row' },
    { i: 511, centre: [248, 248], why: 'last cell of the stride-16 grid' },
    { i: 512, centre: [16, 16], why: 'first cell of the stride-32 grid' },
    { i: 518, centre: [48, 16], why: 'after 6 anchors, the next stride-32 cell' },
    { i: 895, centre: [240, 240], why: 'last anchor' },
  ])('anchor $i is at $centre ($why)', ({ i, centre }) => {
    expect(at(i)).toEqual(centre);
  });
});
