import { describe, expect, it } from 'vitest';
import { LandmarkSmoother } from './landmark_smoother';
import type { LandmarksResult } from './landmarks_result';

const bodyAt = (x: number): LandmarksResult => ({
  frame: { width: 100, height: 100 },
  modes: ['body'],
  faces: [],
  faces68: [],
  hands: [],
  poses: [{ score: 1, keypoints: [{ name: 'nose', x, y: 50, score: 0.9 }] }],
});

describe('LandmarkSmoother', () => {
  const params = { minCutoff: 1, beta: 0 };

  it('passes the first frame through and pulls a jump towards the previous point', () => {
    const s = new LandmarkSmoother();
    expect(s.smooth(bodyAt(10), params, 0).poses[0]!.keypoints[0]!.x).toBe(10);
    const x = s.smooth(bodyAt(20), params, 1 / 30).poses[0]!.keypoints[0]!.x;
    expect(x).toBeGreaterThan(10);
    expect(x).toBeLessThan(15);
  });

  it('starts afresh when a body leaves and comes back', () => {
    const s = new LandmarkSmoother();
    s.smooth(bodyAt(10), params, 0);
    s.smooth({ ...bodyAt(0), poses: [] }, params, 0.1);
    expect(s.smooth(bodyAt(80), params, 0.2).poses[0]!.keypoints[0]!.x).toBe(80);
  });

  it('starts afresh when the parameters change', () => {
    const s = new LandmarkSmoother();
    s.smooth(bodyAt(10), params, 0);
    expect(s.smooth(bodyAt(80), { minCutoff: 2, beta: 0 }, 0.1).poses[0]!.keypoints[0]!.x).toBe(80);
  });
});
