import { describe, expect, it } from 'vitest';
import { SamplerChoice, type SamplerWay } from './sampler_choice';

/** Runs `frames` frames through a choice whose ways cost `ms[way]` (a function of the frame). */
function run(choice: SamplerChoice, frames: number, ms: Record<SamplerWay, (i: number) => number>) {
  const ways: SamplerWay[] = [];
  for (let i = 0; i < frames; i++) {
    const way = choice.next();
    ways.push(way);
    choice.record(way, ms[way](i));
  }
  return ways;
}

describe('SamplerChoice', () => {
  it.each([
    { why: 'planes cheaper', planes: 0.5, canvas: 2, winner: 'planes' },
    { why: 'canvas cheaper (a GPU decodes the video)', planes: 3, canvas: 0.4, winner: 'canvas' },
    { why: 'a tie goes to the planes', planes: 1, canvas: 1, winner: 'planes' },
  ] as const)('alternates, then keeps the lower median: $why', ({ planes, canvas, winner }) => {
    const choice = new SamplerChoice(4, 2);
    const ways = run(choice, 20, { planes: () => planes, canvas: () => canvas });
    // 2 warm-up + 4 timed frames each, alternating from the planes.
    expect(ways.slice(0, 12)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? 'canvas' : 'planes')),
    );
    expect(choice.chosen).toBe(winner);
    expect(ways.slice(12)).toEqual(new Array(8).fill(winner));
  });

  it('does not count the warm-up frames or one slow outlier', () => {
    const choice = new SamplerChoice(4, 2);
    // The planes' first frames are slow (code compiling), one later frame stalls.
    run(choice, 12, {
      planes: (i) => (i < 4 ? 50 : i === 8 ? 40 : 0.5),
      canvas: () => 2,
    });
    expect(choice.chosen).toBe('planes');
  });

  it('takes the other way at once when one is ruled out, and stays', () => {
    const choice = new SamplerChoice();
    choice.ruleOut('planes');
    expect(choice.chosen).toBe('canvas');
    choice.record('canvas', 100);
    expect(run(choice, 3, { planes: () => 0, canvas: () => 9 })).toEqual([
      'canvas',
      'canvas',
      'canvas',
    ]);
  });
});
