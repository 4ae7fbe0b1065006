import { describe, expect, it } from 'vitest';
import { recordingContext } from './recording_context';

describe('recordingContext', () => {
  it('records calls and property sets in order, each with the state at that moment', () => {
    const { ctx, calls } = recordingContext();
    ctx.lineWidth = 3;
    ctx.strokeRect(1, 2, 3, 4);
    expect(calls.map((c) => [c.op, c.args])).toEqual([
      ['set', ['lineWidth', 3]],
      ['strokeRect', [1, 2, 3, 4]],
    ]);
    expect(calls[1]!.state.lineWidth).toBe(3);
  });

  it('restores the state saved by save, line dash included', () => {
    const { ctx } = recordingContext();
    ctx.save();
    ctx.font = '20px x';
    ctx.setLineDash([4, 2]);
    ctx.restore();
    expect([ctx.font, ctx.getLineDash()]).toEqual(['10px sans-serif', []]);
  });

  it.each([
    ['10px x', 'abc', 18],
    ['20px x', 'abc', 36],
    ['20px x', 'abcdef', 72],
  ])('measures %s text %s as %f px wide', (font, text, width) => {
    const { ctx } = recordingContext();
    ctx.font = font;
    expect(ctx.measureText(text).width).toBeCloseTo(width);
  });
});
