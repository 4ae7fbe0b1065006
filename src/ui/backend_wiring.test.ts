import { describe, expect, it } from 'vitest';
import type { BackendName } from '../core/backend/backend_choice';
import type { BackendEngine } from '../core/backend/backend_manager';
import { BackendWiring } from './backend_wiring.svelte';

/** Starts only the backends it is given; WebGL's context can be lost on demand. */
function engine(startable: readonly BackendName[]) {
  let onLost: (() => void) | null = null;
  const fake: BackendEngine = {
    start: (name) => Promise.resolve(startable.includes(name) ? null : `no ${name} here`),
    webglRenderer: () => 'ANGLE (NVIDIA GeForce RTX 3060)',
    watchContextLoss: (lost) => ((onLost = lost), () => (onLost = null)),
    replaceLostWebgl: () => undefined,
  };
  return { fake, loseContext: () => onLost?.() };
}

describe('BackendWiring', () => {
  it('clears the backend while choosing, bumps the epoch once chosen and keeps the fallback notice', async () => {
    const wiring = new BackendWiring(engine(['wasm', 'cpu']).fake);
    const choosing = wiring.use('auto');
    expect(wiring.backend).toBeNull();
    await choosing;
    expect(wiring.backend).toBe('wasm');
    expect(wiring.epoch).toBe(1);
    expect(wiring.notices).toEqual([
      { kind: 'fallback', from: 'webgl', to: 'wasm', reason: 'no webgl here' },
    ]);
    await wiring.use('cpu');
    expect([wiring.backend, wiring.epoch]).toEqual(['cpu', 2]);
    wiring.dismiss(0);
    expect(wiring.notices).toEqual([]);
    wiring.dispose();
  });

  it('moves the labs to the next backend, with a new epoch, when WebGL loses its context', async () => {
    const { fake, loseContext } = engine(['webgl', 'wasm', 'cpu']);
    const wiring = new BackendWiring(fake);
    await wiring.use('webgl');
    expect([wiring.backend, wiring.epoch]).toEqual(['webgl', 1]);
    loseContext();
    await expect.poll(() => wiring.backend).toBe('wasm');
    expect(wiring.epoch).toBe(2);
    expect(wiring.notices).toContainEqual({ kind: 'context-lost', to: 'wasm' });
    wiring.dispose();
  });
});
