import { describe, expect, it } from 'vitest';
import { drawTexts } from './draw_texts';
import { recordingContext } from './recording_context';

const items = [
  { x: 100, y: 50, text: '0.91', r: 4 },
  { x: 200, y: 60, text: '0.42', r: 7 },
];

describe('drawTexts', () => {
  it.each([
    {
      width: 640,
      height: 360,
      mirror: false,
      at: [
        [106, 48],
        [209, 58],
      ],
      font: '11px',
    },
    {
      width: 1920,
      height: 1080,
      mirror: false,
      at: [
        [118, 44],
        [227, 54],
      ],
      font: '33px',
    },
    // Mirrored: the point moves, the text still starts to its right on the canvas.
    {
      width: 640,
      height: 360,
      mirror: true,
      at: [
        [546, 48],
        [449, 58],
      ],
      font: '11px',
    },
  ])('$width x $height, mirror $mirror: at $at', ({ at, font, ...view }) => {
    const { ctx, of, calls } = recordingContext();
    drawTexts(ctx, view, items, { colour: '#ffffff', fontSize: 11, dx: (p) => p.r + 2, dy: -2 });
    expect(of('fillText').map((c) => c.args.slice(1))).toEqual(at);
    expect(of('fillText')[0]!.state).toMatchObject({
      font: `${font} system-ui, sans-serif`,
      fillStyle: '#ffffff',
      textBaseline: 'bottom',
    });
    // Text is never mirrored.
    expect(calls.some((c) => c.op === 'scale')).toBe(false);
  });
});
