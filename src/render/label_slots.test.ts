import { describe, expect, it } from 'vitest';
import { labelSlots } from './label_slots';
import { overlappingPairs } from './text_slots';

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
      // It hid the first label before (it kept the wanted spot).
      name: 'with no free spot inside its box, a label takes the nearest free one (below on a tie)',
      labels: [label(10, 60, 100, 200), label(10, 60, 100, 110)],
      tops: [84, 100],
    },
    {
      name: 'the nearest free spot stays on the canvas',
      labels: [label(10, 60, 100, 200), label(10, 60, 100, 110)],
      canvasHeight: 110,
      tops: [84, 68],
    },
  ])('$name', ({ labels, tops, canvasHeight }) => {
    expect(labelSlots(labels, h, canvasHeight)).toEqual(tops);
  });

  it.each([
    // fruits.jpg's five COCO boxes: the apple and an orange share one box.
    {
      name: 'fruits.jpg',
      boxes: [
        [1, 3, 147, 112],
        [318, 244, 512, 473],
        [322, 120, 513, 307],
        [322, 120, 513, 307],
        [80, 36, 337, 474],
      ],
    },
    // messi5.jpg's eleven: the crowd's small boxes share corners.
    {
      name: 'messi5.jpg',
      boxes: [
        [78, 66, 452, 327],
        [3, 208, 55, 262],
        [112, 212, 166, 263],
        [512, 194, 545, 262],
        [336, 287, 389, 337],
        [59, 202, 109, 263],
        [82, 159, 137, 254],
        [2, 86, 52, 156],
        [0, 133, 32, 196],
        [171, 208, 225, 259],
        [374, 145, 429, 248],
      ],
    },
    // Twenty boxes on one corner: each is 8 px high, so no label fits inside its box.
    { name: 'a pile', boxes: Array.from({ length: 20 }, (_, i) => [i, 150 + i, 60, 158 + i]) },
  ])('$name: no label overlaps another, all on the canvas', ({ boxes }) => {
    const requests = boxes.map(([x1, y1, , y2]) => label(x1!, 70, y1!, y2!));
    const tops = labelSlots(requests, h, 480);
    const rects = requests.map((r, i) => ({ x: r.x, width: r.width, y: tops[i]!, height: h }));
    for (const a of rects) {
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.y + h).toBeLessThanOrEqual(480);
    }
    expect(overlappingPairs(rects)).toEqual([]);
  });
});
