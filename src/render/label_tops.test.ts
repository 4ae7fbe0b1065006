import { describe, expect, it } from 'vitest';
import { labelTops } from './label_tops';
import { recordingContext } from './recording_context';

const view = { width: 640, height: 360, mirror: false };

describe('labelTops', () => {
  it.each([
    {
      name: 'apart: each above its box',
      items: [
        { box: { x1: 10, y1: 100, x2: 60, y2: 200 }, text: 'cup 0.9' },
        { box: { x1: 300, y1: 100, x2: 400, y2: 200 }, text: 'table 0.8' },
      ],
      tops: [84, 84],
    },
    {
      name: 'the same corner: the second moves down one label height',
      items: [
        { box: { x1: 10, y1: 100, x2: 60, y2: 200 }, text: 'cup 0.9' },
        { box: { x1: 14, y1: 102, x2: 300, y2: 300 }, text: 'table 0.8' },
      ],
      tops: [84, 102],
    },
    {
      // Mirrored, the first box's canvas left is 640 - 60 = 580; the second's, 640 - 300 = 340.
      name: "mirrored: labels sit at the boxes' canvas left edges, so these two are apart",
      mirror: true,
      items: [
        { box: { x1: 10, y1: 100, x2: 60, y2: 200 }, text: 'cup 0.9' },
        { box: { x1: 14, y1: 102, x2: 300, y2: 300 }, text: 'table 0.8' },
      ],
      tops: [84, 86],
    },
  ])('$name', ({ items, tops, mirror = false }) => {
    const { ctx } = recordingContext();
    expect(labelTops(ctx, { ...view, mirror }, items)).toEqual(tops);
  });

  it('measures with the label font and leaves the context as it was', () => {
    const { ctx, of } = recordingContext();
    labelTops(ctx, view, [{ box: { x1: 0, y1: 50, x2: 9, y2: 90 }, text: 'a' }], { fontSize: 14 });
    expect(of('save').length).toBe(of('restore').length);
    expect(ctx.font).toBe('10px sans-serif');
  });
});
