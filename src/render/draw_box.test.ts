import { describe, expect, it } from 'vitest';
import { drawBox } from './draw_box';
import { recordingContext } from './recording_context';

const box = { x1: 100, y1: 200, x2: 300, y2: 400 };
const small = { width: 640, height: 360, clientWidth: 640 };
const large = { width: 1920, height: 1080, clientWidth: 1920 };

describe('drawBox', () => {
  it.each([
    // 1 overlay unit = 1 canvas px at 360p, 3 at 1080p.
    { canvas: small, mirror: false, rect: [100, 200, 200, 200], lineWidth: 2, dash: [6, 4] },
    { canvas: large, mirror: false, rect: [100, 200, 200, 200], lineWidth: 6, dash: [18, 12] },
    // Mirrored: x -> 640 - x, so the box's right edge (300) is its left on the canvas.
    { canvas: small, mirror: true, rect: [340, 200, 200, 200], lineWidth: 2, dash: [6, 4] },
  ])('$canvas.width px, mirror $mirror -> $rect', ({ canvas, mirror, rect, lineWidth, dash }) => {
    const { ctx, of } = recordingContext(canvas);
    const view = { width: canvas.width, height: canvas.height, mirror };
    drawBox(ctx, view, box, { colour: '#22c55e', lineWidth: 2, dash: [6, 4] });
    const [stroke] = of('strokeRect');
    expect(stroke!.args).toEqual(rect);
    expect(stroke!.state).toMatchObject({ strokeStyle: '#22c55e', lineWidth, lineDash: dash });
  });

  it('fills at the given opacity under the stroke, and leaves the context as it was', () => {
    const { ctx, of } = recordingContext(small);
    drawBox(ctx, { ...small, mirror: false }, box, { colour: '#facc15', lineWidth: 2, fill: 0.3 });
    expect(of('fillRect')[0]!.state.globalAlpha).toBe(0.3);
    expect(of('strokeRect')[0]!.state.globalAlpha).toBe(1);
    expect([ctx.lineWidth, ctx.strokeStyle, ctx.getLineDash()]).toEqual([1, '#000000', []]);
  });

  it('draws its label after the box, at the given top', () => {
    const { ctx, calls } = recordingContext(small);
    drawBox(ctx, { ...small, mirror: false }, box, {
      colour: '#22c55e',
      lineWidth: 3,
      text: 'face 0.9',
      textTop: 250,
    });
    const ops = calls.filter((c) => c.op === 'strokeRect' || c.op === 'fillText');
    expect(ops.map((c) => c.op)).toEqual(['strokeRect', 'fillText']);
    expect(ops[1]!.args).toEqual(['face 0.9', 103, 264]);
  });
});
