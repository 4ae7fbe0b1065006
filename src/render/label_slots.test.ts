import { describe, expect, it } from 'vitest';
import { labelSlots } from './label_slots';

const h = 16;
const label = (x: number, width: number, boxTop: number, boxBottom: number) => ({
  x,
  width,
  boxTop,
  boxBottom,
});

describe('labelSlots', () => {
  it.each([
    { name: 'one label sits above its box', labels: [label(10, 50, 100, 200)], tops: [84] },
    {
      name: 'a box at the top edge keeps its label inside',
      labels: [label(10, 50, 4, 200)],
      tops: [0],
    },
    {
      name: 'labels that do not overlap keep their spots',
      labels: [label(10, 50, 100, 200), label(100, 50, 100, 200)],
      tops: [84, 84],
    },
    {
      // The cup and the dining table of coffee.jpg: nearly the same top-left corner.
      name: 'the second of two overlapping labels moves down one label height',
      labels: [label(10, 60, 100, 200), label(14, 90, 102, 300)],
      tops: [84, 102], // wanted 86 overlaps 84..100
    },
    {
      name: 'a third moves down past both',
      labels: [label(10, 60, 100, 200), label(14, 90, 102, 300), label(20, 40, 98, 300)],
      tops: [84, 102, 130], // wanted 82, then 98 and 114 overlap 102..118
    },
    {
      name: 'a label never leaves its box: with no free spot inside, it keeps the wanted one',
      labels: [label(10, 60, 100, 200), label(10, 60, 100, 110)],
      tops: [84, 84],
    },
  ])('$name', ({ labels, tops }) => {
    expect(labelSlots(labels, h)).toEqual(tops);
  });
});
