import { describe, expect, it } from 'vitest';
import { tinyFaceAnchors } from '../../vision/anchor_boxes';
import { tinyYoloGridSize } from './tiny_yolo_v2';
import { courseYoloInputSize, courseYoloVolume, yoloOutputVolume } from './yolo_output_volume';

describe('yoloOutputVolume', () => {
  // The face model: 5 anchors, 1 class; S from the input size. Stored: 5 x 5 = 25 channels.
  it.each([
    { n: 224, S: 7 },
    { n: 320, S: 10 },
    { n: 416, S: 13 },
    { n: 608, S: 19 },
  ])('the face model at $n px: $S x $S x 5 x 6, stored as 25 channels', ({ n, S }) => {
    expect(yoloOutputVolume(tinyYoloGridSize(n), tinyFaceAnchors.length, 1)).toEqual({
      gridSize: S,
      anchors: 5,
      classes: 1,
      perAnchor: 6,
      channels: 25,
    });
  });

  it.each([
    { S: 19, A: 5, C: 80, perAnchor: 85, channels: 425 }, // the course's YOLO
    { S: 3, A: 2, C: 3, perAnchor: 8, channels: 16 }, // the course's 3 x 3 x 2 x 8 example
  ])('$S x $S x $A x (5 + $C): $perAnchor per anchor', ({ S, A, C, perAnchor, channels }) => {
    expect(yoloOutputVolume(S, A, C)).toMatchObject({ perAnchor, channels });
  });

  it("is the course's 19 x 19 x 5 x 85 for 608 px", () => {
    expect(courseYoloInputSize).toBe(608);
    expect(courseYoloVolume).toMatchObject({ gridSize: 19, anchors: 5, perAnchor: 85 });
  });

  it.each([
    { S: 0, A: 5, C: 1, message: 'gridSize must be a whole number of at least 1, got 0.' },
    { S: 13, A: 2.5, C: 1, message: 'anchors must be a whole number of at least 1, got 2.5.' },
    { S: 13, A: 5, C: 0, message: 'classes must be a whole number of at least 1, got 0.' },
  ])('rejects S = $S, A = $A, C = $C', ({ S, A, C, message }) => {
    expect(() => yoloOutputVolume(S, A, C)).toThrow(message);
  });
});
