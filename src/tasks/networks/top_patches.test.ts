import { describe, expect, it } from 'vitest';
import { TopPatches } from './top_patches';

const box = (x: number, y: number, size = 10) => ({ x1: x, y1: y, x2: x + size, y2: y + size });
const candidate = (value: number, x: number, y = 0, frame = 0) => ({
  value,
  box: box(x, y),
  frame,
});

describe('TopPatches', () => {
  it('keeps the k best, best first, and says which new ones need pixels', () => {
    const top = new TopPatches<string>(3);
    const added = top.offer([
      candidate(1, 0),
      candidate(5, 20),
      candidate(3, 40),
      candidate(4, 60),
    ]);
    expect(top.patches.map((p) => p.value)).toEqual([5, 4, 3]);
    expect(added.map((p) => p.value).sort()).toEqual([3, 4, 5]);
    // A weaker one later is not kept; a stronger one pushes the weakest out.
    expect(top.offer([candidate(2, 80, 0, 1)])).toEqual([]);
    expect(top.offer([candidate(6, 100, 0, 1)]).map((p) => p.value)).toEqual([6]);
    expect(top.patches.map((p) => p.value)).toEqual([6, 5, 4]);
  });

  it('keeps one patch per place: an overlapping better patch replaces, a worse one is dropped', () => {
    const top = new TopPatches<string>(9);
    top.offer([candidate(5, 0)]);
    top.offer([candidate(4, 1, 0, 1)]); // IoU 0.82 with the 5: dropped
    expect(top.patches.map((p) => p.value)).toEqual([5]);
    top.offer([candidate(7, 2, 0, 2)]); // IoU 0.67 with the 5: replaces it
    expect(top.patches.map((p) => [p.value, p.frame])).toEqual([[7, 2]]);
    top.offer([candidate(6, 6, 0, 3)]); // IoU 0.43 with the 7: both kept
    expect(top.patches.map((p) => p.value)).toEqual([7, 6]);
  });

  it('gives the same patches for the same frames, whatever order they come in a frame', () => {
    const frames = [
      [candidate(3, 0, 0, 0), candidate(3, 40, 0, 0), candidate(1, 80, 0, 0)],
      [candidate(3, 40, 0, 1), candidate(2, 120, 0, 1)],
    ];
    const run = (reverse: boolean) => {
      const top = new TopPatches<string>(3);
      for (const f of frames) top.offer(reverse ? [...f].reverse() : f);
      return top.patches.map((p) => [p.value, p.box.x1, p.frame]);
    };
    expect(run(false)).toEqual([
      [3, 0, 0],
      [3, 40, 0],
      [2, 120, 1],
    ]);
    expect(run(true)).toEqual(run(false));
  });
});
