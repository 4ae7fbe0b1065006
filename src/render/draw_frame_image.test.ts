import { describe, expect, it } from 'vitest';
import { drawFrameImage } from './draw_frame_image';
import { recordingContext } from './recording_context';

const image = {} as CanvasImageSource;

describe('drawFrameImage', () => {
  it.each([
    { mirror: false, ops: ['drawImage'] },
    // Flipped about the canvas's vertical centre line to match the CSS-mirrored picture.
    { mirror: true, ops: ['translate', 'scale', 'drawImage'] },
  ])('mirror $mirror', ({ mirror, ops }) => {
    const { ctx, calls, of } = recordingContext();
    drawFrameImage(ctx, { width: 640, height: 480, mirror }, image);
    const drawn = calls.filter((c) => ['translate', 'scale', 'drawImage'].includes(c.op));
    expect(drawn.map((c) => c.op)).toEqual(ops);
    if (mirror) expect(of('translate')[0]!.args).toEqual([640, 0]);
    expect(of('drawImage')[0]!.args).toEqual([image, 0, 0, 640, 480]);
  });
});
