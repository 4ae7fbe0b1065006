import { describe, expect, it } from 'vitest';
import { drawPoints } from './draw_points';
import { recordingContext } from './recording_context';

const points = [
  { x: 100, y: 50, i: 0 },
  { x: 200, y: 60, i: 1 },
];

const small = { width: 640, height: 360, mirror: false };
const large = { width: 1920, height: 1080, mirror: false };

describe('drawPoints', () => {
  // Each circle as "x,y r" in canvas px: 1 unit = 1 px at 360p, 3 px at 1080p.
  it.each([
    { view: small, arcs: ['100,50 4', '200,60 4'] },
    { view: large, arcs: ['100,50 12', '200,60 12'] },
    { view: { ...small, mirror: true }, arcs: ['540,50 4', '440,60 4'] },
  ])('$view.width px, mirror $view.mirror: circles at $arcs', ({ view, arcs }) => {
    const { ctx, of } = recordingContext();
    drawPoints(ctx, view, points, { colour: '#fb923c', radius: 4 });
    expect(of('arc').map(({ args: [x, y, r] }) => `${x},${y} ${r}`)).toEqual(arcs);
    expect(of('fill').map((c) => c.state.fillStyle)).toEqual(['#fb923c', '#fb923c']);
  });

  it('works out colour and radius per point', () => {
    const { ctx, of } = recordingContext();
    drawPoints(ctx, { width: 640, height: 360, mirror: false }, points, {
      colour: (p) => (p.i === 1 ? '#facc15' : '#fb923c'),
      radius: (p) => (p.i === 1 ? 7 : 4),
    });
    expect(of('arc').map((c) => c.args[2])).toEqual([4, 7]);
    expect(of('fill').map((c) => c.state.fillStyle)).toEqual(['#fb923c', '#facc15']);
  });

  it('draws squares of side 2r', () => {
    const { ctx, of } = recordingContext();
    drawPoints(ctx, { width: 1920, height: 1080, mirror: true }, points, {
      colour: '#38bdf8',
      radius: 1,
      shape: 'square',
    });
    expect(of('fillRect').map((c) => c.args)).toEqual([
      [1817, 47, 6, 6],
      [1717, 57, 6, 6],
    ]);
  });

  it('outlines instead of filling when given an outline width', () => {
    const { ctx, of } = recordingContext();
    drawPoints(ctx, { width: 1920, height: 1080, mirror: false }, points, {
      colour: '#facc15',
      radius: 5,
      outline: 2,
    });
    expect(of('fill')).toEqual([]);
    expect(of('stroke').map((c) => [c.state.strokeStyle, c.state.lineWidth])).toEqual([
      ['#facc15', 6],
      ['#facc15', 6],
    ]);
  });
});
