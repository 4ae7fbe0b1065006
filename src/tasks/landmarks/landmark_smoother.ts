import { PointsFilter, type OneEuroParams } from '../../vision/one_euro_filter';
import type { LandmarksResult } from './landmarks_result';

/**
 * One Euro filters on every point of every face, hand and body, keyed by mode and position in
 * its list, so a still face stops jittering. A list that changes length starts afresh.
 */
export class LandmarkSmoother {
  #filters = new Map<string, PointsFilter>();
  #params: OneEuroParams | null = null;

  /** The result with smoothed points; `timeSeconds` is the frame's time. */
  smooth(result: LandmarksResult, params: OneEuroParams, timeSeconds: number): LandmarksResult {
    if (
      !this.#params ||
      this.#params.minCutoff !== params.minCutoff ||
      this.#params.beta !== params.beta
    ) {
      this.#filters.clear();
      this.#params = { ...params };
    }
    const used = new Set<string>();
    const run = <P extends { x: number; y: number }>(key: string, points: P[]): P[] => {
      used.add(key);
      let f = this.#filters.get(key);
      if (!f) this.#filters.set(key, (f = new PointsFilter(params)));
      return f.filter(points, timeSeconds);
    };
    const smoothed: LandmarksResult = {
      ...result,
      faces: result.faces.map((f, i) => ({ ...f, points: run(`mesh${i}`, f.points) })),
      faces68: result.faces68.map((f, i) => ({ ...f, points: run(`face68-${i}`, f.points) })),
      hands: result.hands.map((h, i) => ({
        ...h,
        points: run(`hand${i}-${h.handedness}`, h.points),
      })),
      poses: result.poses.map((p, i) => ({ ...p, keypoints: run(`body${i}`, p.keypoints) })),
    };
    // A face or hand that left the picture starts afresh when one comes back.
    for (const key of [...this.#filters.keys()]) if (!used.has(key)) this.#filters.delete(key);
    return smoothed;
  }

  reset(): void {
    this.#filters.clear();
  }
}
