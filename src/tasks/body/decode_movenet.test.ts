import { describe, expect, it } from 'vitest';
import { squareLetterbox } from '../../vision/letterbox';
import { decodeMoveNet } from './decode_movenet';

describe('decodeMoveNet', () => {
  const box = squareLetterbox(640, 480, 192);

  it('reads (y, x, score) triples in keypoint order and projects them to frame pixels', () => {
    const out = new Float32Array(17 * 3);
    out.set([0.5, 0.25, 0.9], 0); // nose: y=0.5, x=0.25
    out.set([24 / 192, 1, 0.5], 16 * 3); // right ankle: top-right corner of the picture
    const pose = decodeMoveNet(out, box);
    expect(pose.keypoints[0]).toEqual({ name: 'nose', x: 160, y: 240, score: expect.closeTo(0.9) });
    expect(pose.keypoints[16]).toMatchObject({ name: 'right_ankle', x: 640, y: 0 });
    expect(pose.score).toBeCloseTo(1.4 / 17, 6);
  });

  it('rejects an output of the wrong size', () => {
    expect(() => decodeMoveNet(new Float32Array(50), box)).toThrow(
      'MoveNet output must hold 17 x 3 values, got 50.',
    );
  });
});
