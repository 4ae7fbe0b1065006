import { describe, expect, it } from 'vitest';
import { drawGrid } from './draw_grid';
import { recordingContext } from './recording_context';

const area = { x1: 0, y1: 0, x2: 300, y2: 200 };

describe('drawGrid', () => {
  it.each([
    {
      mirror: false,
      xs: [0, 100, 200, 300],
      horizontal: [0, 300],
    },
    // Mirrored in a 640 px view: x -> 640 - x.
    {
      mirror: true,
      xs: [640, 540, 440, 340],
      horizontal: [640, 340],
    },
  ])('2 rows x 3 cols, mirror $mirror', ({ mirror, xs, horizontal }) => {
    const { ctx, of } = recordingContext();
    drawGrid(ctx, { width: 640, height: 360, mirror }, area, 2, 3, {
      colour: 'rgba(255, 255, 255, 0.45)',
      lineWidth: 1,
    });
    const moves = of('moveTo').map((c) => c.args);
    const ends = of('lineTo').map((c) => c.args);
    // cols + 1 vertical lines, then rows + 1 horizontal ones, in one path.
    expect(moves.slice(0, 4)).toEqual(xs.map((x) => [x, 0]));
    expect(ends.slice(0, 4)).toEqual(xs.map((x) => [x, 200]));
    expect(moves.slice(4)).toEqual([0, 100, 200].map((y) => [horizontal[0], y]));
    expect(ends.slice(4)).toEqual([0, 100, 200].map((y) => [horizontal[1], y]));
    expect(of('stroke')).toHaveLength(1);
  });
});
