import { describe, expect, it } from 'vitest';
import { pickFastest, type BackendTrial } from './backend_pick';

describe('pickFastest', () => {
  const cases: { name: string; trials: BackendTrial[]; pick: string | null }[] = [
    {
      name: 'WASM beats software WebGL',
      trials: [
        { backend: 'webgl', ms: [412, 400, 430] },
        { backend: 'wasm', ms: [95, 97, 93] },
      ],
      pick: 'wasm',
    },
    {
      name: 'a GPU beats WASM',
      trials: [
        { backend: 'webgl', ms: [12, 11, 13] },
        { backend: 'wasm', ms: [95, 97, 93] },
      ],
      pick: 'webgl',
    },
    {
      name: 'one slow run does not decide (median, not mean)',
      trials: [
        { backend: 'webgl', ms: [10, 10, 900] },
        { backend: 'wasm', ms: [50, 50, 50] },
      ],
      pick: 'webgl',
    },
    {
      name: 'a failed backend is skipped',
      trials: [
        { backend: 'webgl', error: 'WebGL is not supported on this device' },
        { backend: 'wasm', ms: [95] },
        { backend: 'cpu', ms: [900] },
      ],
      pick: 'wasm',
    },
    {
      name: 'a tie goes to the earlier trial',
      trials: [
        { backend: 'webgl', ms: [20] },
        { backend: 'wasm', ms: [20] },
      ],
      pick: 'webgl',
    },
    { name: 'nothing ran', trials: [{ backend: 'webgl', error: 'lost' }], pick: null },
    { name: 'no runs', trials: [{ backend: 'wasm', ms: [] }], pick: null },
  ];
  it.each(cases)('$name', ({ trials, pick }) => {
    expect(pickFastest(trials)?.backend ?? null).toBe(pick);
  });

  it('keeps every candidate with its median or its reason', () => {
    expect(
      pickFastest([
        { backend: 'webgl', error: 'context lost' },
        { backend: 'wasm', ms: [90, 100, 95] },
      ]),
    ).toEqual({
      backend: 'wasm',
      candidates: [
        { backend: 'webgl', medianMs: null, error: 'context lost' },
        { backend: 'wasm', medianMs: 95, error: null },
      ],
    });
  });
});
