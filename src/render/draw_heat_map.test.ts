import { describe, expect, it } from 'vitest';
import { drawHeatMap } from './draw_heat_map';
import { recordingContext } from './recording_context';

const cells = [
  { box: { x1: 0, y1: 0, x2: 10, y2: 10 }, score: 0.5 },
  { box: { x1: 10, y1: 0, x2: 20, y2: 10 }, score: 1 },
];

describe('drawHeatMap', () => {
  it.each([
    {
      mirror: false,
      fills: [
        [0, 0, 10, 10, 0.3],
        [10, 0, 10, 10, 0.6],
      ],
    },
    {
      mirror: true,
      fills: [
        [90, 0, 10, 10, 0.3],
        [80, 0, 10, 10, 0.6],
      ],
    },
  ])('mirror $mirror: opacity x score', ({ mirror, fills }) => {
    const { ctx, of } = recordingContext();
    drawHeatMap(ctx, { width: 100, height: 40, mirror }, cells, {
      colour: '#ff2d55',
      opacity: 0.6,
    });
    expect(of('fillRect').map((c) => [...c.args, c.state.globalAlpha])).toEqual(fills);
    expect(of('fillRect')[0]!.state.fillStyle).toBe('#ff2d55');
    expect(ctx.globalAlpha).toBe(1);
  });
});
