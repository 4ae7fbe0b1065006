import { describe, expect, it } from 'vitest';
import { nonMaxSuppression } from '../../vision/non_max_suppression';
import { nmsReplay } from './nms_replay';

const box = (x1: number, score: number) => ({
  box: { x1, y1: 0, x2: x1 + 10, y2: 10 },
  score,
  classIndex: 0,
});
// Two clusters: {0, 1, 2} around x = 0 and {3, 4} around x = 50.
const candidates = [box(0, 0.6), box(1, 0.9), box(2, 0.5), box(50, 0.7), box(51, 0.8)];

describe('nmsReplay', () => {
  const nms = nonMaxSuppression(candidates, { iouThreshold: 0.5 });

  it.each([
    { done: 0, kept: [], removed: [], pending: [0, 1, 2, 3, 4], finished: false },
    { done: 1, kept: [1], removed: [0, 2], pending: [3, 4], finished: false },
    { done: 2, kept: [1, 4], removed: [0, 2, 3], pending: [], finished: true },
    { done: 9, kept: [1, 4], removed: [0, 2, 3], pending: [], finished: true },
  ])('after $done steps keeps $kept', ({ done, kept, removed, pending, finished }) => {
    const state = nmsReplay(nms.steps, candidates.length, done);
    expect(state.kept).toEqual(kept);
    expect(state.removed.map((r) => r.index)).toEqual(removed);
    expect(state.pending).toEqual(pending);
    expect(state.finished).toBe(finished);
  });

  it('ends at the same boxes as the live result', () => {
    const end = nmsReplay(nms.steps, candidates.length, nms.steps.length);
    expect(end.kept).toEqual(nms.keep);
    expect(end.current).toBe(nms.steps.at(-1));
    expect(end.removed.find((r) => r.index === 3)).toMatchObject({ by: 4 });
  });

  // Box 1 at x = 0..3 and box 0 at x = 1..4 (height 1): IoU = 2 / 4 = 0.5, exactly the
  // threshold. The course removes it (IoU >= 0.5), and the step-through says so too.
  it('removes a box at exactly the threshold, live and in the replay', () => {
    const wide = (x1: number, score: number) => ({
      box: { x1, y1: 0, x2: x1 + 3, y2: 1 },
      score,
      classIndex: 0,
    });
    const atThreshold = [wide(1, 0.8), wide(0, 0.9)];
    const live = nonMaxSuppression(atThreshold, { iouThreshold: 0.5 });
    const end = nmsReplay(live.steps, atThreshold.length, live.steps.length);
    expect(live.keep).toEqual([1]);
    expect(end.kept).toEqual(live.keep);
    expect(end.removed).toEqual([{ index: 0, by: 1, iou: 0.5 }]);
  });
});
