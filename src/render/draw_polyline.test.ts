import { describe, expect, it } from 'vitest';
import { drawPolyline } from './draw_polyline';
import { recordingContext } from './recording_context';

const square = [
  { x: 10, y: 10 },
  { x: 30, y: 10 },
  { x: 30, y: 30 },
];

describe('drawPolyline', () => {
  it.each([
    { closed: false, ops: ['beginPath', 'moveTo', 'lineTo', 'lineTo', 'stroke'] },
    { closed: true, ops: ['beginPath', 'moveTo', 'lineTo', 'lineTo', 'closePath', 'stroke'] },
  ])('closed $closed', ({ closed, ops }) => {
    const { ctx, calls } = recordingContext();
    drawPolyline(ctx, { width: 640, height: 360, mirror: false }, square, {
      colour: '#a3e635',
      lineWidth: 1.5,
      closed,
    });
    expect(calls.filter((c) => ops.includes(c.op)).map((c) => c.op)).toEqual(ops);
  });

  it('scales its dash and width, and mirrors its points', () => {
    const { ctx, of } = recordingContext();
    drawPolyline(ctx, { width: 1920, height: 1080, mirror: true }, square, {
      colour: '#38bdf8',
      lineWidth: 1,
      dash: [4, 4],
    });
    expect(of('moveTo')[0]!.args).toEqual([1910, 10]);
    expect(of('stroke')[0]!.state).toMatchObject({ lineWidth: 3, lineDash: [12, 12] });
  });
});
