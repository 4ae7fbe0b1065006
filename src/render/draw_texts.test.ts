import { describe, expect, it } from 'vitest';
import { drawTexts } from './draw_texts';
import { recordingContext } from './recording_context';
import { overlappingPairs } from './text_slots';

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
      // 11 units is 11 canvas px, 11 CSS px as shown: the floor of 12 CSS px wins.
      font: '12px',
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
      font: '12px',
    },
    // A phone shows the 640 px frame 320 CSS px wide: 2 canvas px a CSS px.
    {
      width: 640,
      height: 360,
      mirror: false,
      shown: 320,
      at: [
        [106, 48],
        [209, 58],
      ],
      font: '24px',
    },
  ])('$width x $height, mirror $mirror: at $at, $font', ({ at, font, shown, ...view }) => {
    const { ctx, of, calls } = recordingContext({ ...view, clientWidth: shown ?? view.width });
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

  it("takes the shown width from the view where it has one, not from the canvas's layout", () => {
    // The lab's runtime puts the width a ResizeObserver saw in the view: 320 CSS px, 24 px text,
    // whatever the canvas would report.
    const view = { width: 640, height: 360, mirror: false, cssWidth: 320 };
    const { ctx, of } = recordingContext({ width: 640, height: 360, clientWidth: 640 });
    drawTexts(ctx, view, items, { colour: '#ffffff', fontSize: 11 });
    expect(of('fillText')[0]!.state).toMatchObject({ font: '24px system-ui, sans-serif' });
  });

  it('l1 to l4 on two eyes: no text hides another, each stays beside its point', () => {
    // Four landmarks 6 px apart, as the eye corners of a face 100 px wide.
    const eyes = [
      { x: 300, y: 200, text: 'l1' },
      { x: 306, y: 201, text: 'l2' },
      { x: 330, y: 200, text: 'l3' },
      { x: 336, y: 201, text: 'l4' },
    ];
    const { ctx } = recordingContext({ width: 640, height: 360, clientWidth: 640 });
    const view = { width: 640, height: 360, mirror: true };
    const boxes = drawTexts(ctx, view, eyes, { colour: '#fff', fontSize: 11, dx: 6, dy: -4 });
    expect(overlappingPairs(boxes)).toEqual([]);
    for (const [i, a] of boxes.entries()) {
      expect(a.height).toBeGreaterThanOrEqual(12);
      // Beside its point: within four text heights.
      const x = 640 - eyes[i]!.x;
      expect(Math.abs(a.x + a.width / 2 - x)).toBeLessThan(4 * 12 + a.width);
      expect(Math.abs(a.y + a.height / 2 - eyes[i]!.y)).toBeLessThan(4 * 12);
    }
  });

  it('keeps clear of labels drawn before (another call: the hand label, pose scores)', () => {
    const { ctx } = recordingContext({ width: 640, height: 360, clientWidth: 640 });
    const view = { width: 640, height: 360, mirror: false };
    const style = { colour: '#fff', fontSize: 11, dx: 6, dy: -4 };
    const [first] = drawTexts(ctx, view, [{ x: 300, y: 200, text: 'left 0.98' }], style);
    const [second] = drawTexts(ctx, view, [{ x: 300, y: 200, text: 'l1' }], style, [first!]);
    expect(second!.y + second!.height <= first!.y || second!.y >= first!.y + first!.height).toBe(
      true,
    );
  });
});
