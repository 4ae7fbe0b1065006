import { describe, expect, it } from 'vitest';
import type { LandmarksResult } from './landmarks_result';
import { courseVector, formatVector, outputVector } from './output_vector';
import { pointSet, pointSets } from './point_sets';

const result: LandmarksResult = {
  frame: { width: 200, height: 100 },
  modes: ['face68', 'body'],
  faces: [],
  faces68: [
    {
      score: 0.8,
      points: Array.from({ length: 68 }, (_, i) => ({ x: i * 2, y: 50 })),
    },
  ],
  hands: [],
  poses: [
    {
      score: 0.5,
      keypoints: [
        { name: 'nose', x: 100, y: 25, score: 0.9 },
        { name: 'left_eye', x: 50, y: 75, score: 0.2 },
      ],
    },
  ],
};

describe('outputVector', () => {
  it('normalises the eye corners by the frame size, with the face score as confidence', () => {
    expect(outputVector(result, 'face68', 0, [36, 45])).toEqual([
      { index: 36, lx: 0.36, ly: 0.5, confidence: 0.8 },
      { index: 45, lx: 0.45, ly: 0.5, confidence: 0.8 },
    ]);
  });

  it("uses each body point's own score", () => {
    expect(outputVector(result, 'body', 0, [1, 0])).toEqual([
      { index: 1, lx: 0.25, ly: 0.75, confidence: 0.2 },
      { index: 0, lx: 0.5, ly: 0.25, confidence: 0.9 },
    ]);
  });

  it('is null when that face or hand is not there', () => {
    expect(outputVector(result, 'mesh', 0, [1])).toBeNull();
    expect(outputVector(result, 'face68', 1, [1])).toBeNull();
  });

  it('writes y = [p_c, l1x, l1y, ...], "is there a face?" first', () => {
    const y = courseVector(result, 'face68', 0, [36, 45]);
    expect(y).toMatchObject({ pc: 0.8, count: 2 });
    expect(formatVector(y)).toBe('y = [0.80, 0.36, 0.50, 0.45, 0.50]');
    expect(formatVector(courseVector(result, 'body', 0, [0]))).toBe('y = [0.50, 0.50, 0.25]');
  });

  it('writes p_c = 0 and "don\'t care" points when there is no face', () => {
    const y = courseVector(result, 'mesh', 0, [33, 133, 362]);
    expect(y).toEqual({ pc: 0, entries: null, count: 3 });
    expect(formatVector(y)).toBe('y = [0, ?, ?, ?, ?, ?, ?]');
  });
});

describe('pointSets', () => {
  it.each([
    { mode: 'mesh', indices: [33, 133, 362, 263] },
    { mode: 'face68', indices: [36, 39, 42, 45] },
  ] as const)('starts $mode with the course example, the 4 eye corners', ({ mode, indices }) => {
    expect(pointSets[mode][0]).toEqual({ id: 'eyeCorners', indices });
  });

  it('falls back to the first set for an unknown id', () => {
    expect(pointSet('hands', 'eyeCorners').id).toBe('fingertips');
  });
});
