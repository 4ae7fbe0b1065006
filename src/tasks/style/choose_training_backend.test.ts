import { describe, expect, it } from 'vitest';
import { chooseTrainingBackend } from './choose_training_backend';

/** A fake TF.js whose backends start (true), fail to initialise (false) or throw (a message). */
function fakeTf(outcomes: Record<string, boolean | string>) {
  const tried: string[] = [];
  return {
    tried,
    setBackend: async (name: string) => {
      tried.push(name);
      const outcome = outcomes[name]!;
      if (typeof outcome === 'string') throw new Error(outcome);
      return outcome;
    },
    ready: async () => {},
  };
}

describe('chooseTrainingBackend', () => {
  it.each([
    { wasm: true, want: { backend: 'wasm', fallback: null }, tried: ['wasm'] },
    {
      wasm: false,
      want: { backend: 'cpu', fallback: 'WASM failed to initialise' },
      tried: ['wasm', 'cpu'],
    },
    {
      wasm: 'failed to fetch tfjs-backend-wasm-simd.wasm',
      want: { backend: 'cpu', fallback: 'failed to fetch tfjs-backend-wasm-simd.wasm' },
      tried: ['wasm', 'cpu'],
    },
  ])('wasm $wasm -> $want.backend', async ({ wasm, want, tried }) => {
    const tf = fakeTf({ wasm, cpu: true });
    expect(await chooseTrainingBackend(tf)).toEqual(want);
    expect(tf.tried).toEqual(tried);
  });

  it('says so when no backend starts', async () => {
    await expect(chooseTrainingBackend(fakeTf({ wasm: 'no wasm', cpu: false }))).rejects.toThrow(
      'Neither WASM (no wasm) nor the CPU backend could start in the worker.',
    );
  });
});
