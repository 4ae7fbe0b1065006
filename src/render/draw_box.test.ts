import { describe, expect, it } from 'vitest';
import { drawBox, drawLabel } from './draw_box';
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

describe('drawLabel', () => {
  it.each([
    // A 640 x 480 frame: 1.33 canvas px a unit, so 12 units is a 16 px font.
    { shown: 640, font: '16px system-ui, sans-serif', height: 21.33 },
    // Shown 320 CSS px wide on a phone: 2 canvas px a CSS px, so the floor of 12 CSS px wins.
    { shown: 320, font: '24px system-ui, sans-serif', height: 32 },
    // Not laid out yet: the frame's own scale.
    { shown: 0, font: '16px system-ui, sans-serif', height: 21.33 },
  ])('shown $shown CSS px wide: $font', ({ shown, font, height }) => {
    const { ctx, of } = recordingContext({ width: 640, height: 480, clientWidth: shown });
    drawLabel(ctx, { width: 640, height: 480, mirror: false }, box, 'face', { colour: '#22c55e' });
    const [text] = of('fillText');
    expect(text!.state.font).toBe(font);
    const [background] = of('fillRect');
    expect(background!.args[3]).toBeCloseTo(height);
    // The text is 12/16 of its background's height (the presenter test measures on that).
    expect(parseFloat(font) / (background!.args[3] as number)).toBeCloseTo(12 / 16, 1);
  });

  it.each([
    { mirror: false, x: 100 },
    // Mirrored: the box's canvas left is 640 - 300; the text itself is drawn upright.
    { mirror: true, x: 340 },
  ])('mirror $mirror: at the canvas left of the box, $x', ({ mirror, x }) => {
    const { ctx, of, calls } = recordingContext({ width: 640, height: 360, clientWidth: 640 });
    drawLabel(ctx, { width: 640, height: 360, mirror }, box, 'face 0.91', { colour: '#22c55e' });
    expect(of('fillRect')[0]!.args).toEqual([x, 184, 0.6 * 12 * 9 + 6, 16]);
    expect(of('fillText')[0]!.args).toEqual(['face 0.91', x + 3, 198]);
    expect(of('fillText')[0]!.state).toMatchObject({
      fillStyle: '#000000',
      textBaseline: 'bottom',
    });
    expect(calls.some((c) => c.op === 'scale' || c.op === 'translate')).toBe(false);
  });

  it.each([
    { name: 'above the box', y1: 200, top: undefined, want: 184 },
    { name: 'inside a box at the top edge', y1: 4, top: undefined, want: 0 },
    { name: 'where labelTops put it', y1: 200, top: 230, want: 230 },
  ])('$name', ({ y1, top, want }) => {
    const { ctx, of } = recordingContext({ width: 640, height: 360, clientWidth: 640 });
    const view = { width: 640, height: 360, mirror: false };
    drawLabel(ctx, view, { ...box, y1 }, 'face', { colour: '#22c55e' }, top);
    expect(of('fillRect')[0]!.args[1]).toBe(want);
  });

  it('takes its own size and text colour', () => {
    const { ctx, of } = recordingContext({ width: 640, height: 360, clientWidth: 640 });
    const view = { width: 640, height: 360, mirror: false };
    const style = {
      colour: '#4ade80',
      textColour: '#111827',
      fontSize: 14,
      height: 20,
      padding: 4,
    };
    drawLabel(ctx, view, box, 'Ann', style);
    expect(of('fillRect')[0]!.args).toEqual([100, 180, 0.6 * 14 * 3 + 8, 20]);
    expect(of('fillText')[0]!.args).toEqual(['Ann', 104, 197]);
    expect(of('fillText')[0]!.state).toMatchObject({
      fillStyle: '#111827',
      font: '14px system-ui, sans-serif',
    });
  });
});
