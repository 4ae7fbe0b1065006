import { describe, expect, it } from 'vitest';
import type { BackendName } from './backend_choice';
import { BackendManager, type BackendEngine, type BackendNotice } from './backend_manager';

/**
 * A TF.js engine stand-in: which backends start, and a WebGL context that can be lost. A lost
 * WebGL backend still "starts" until it is replaced, as TF.js's registered instance does.
 */
class FakeEngine implements BackendEngine {
  active: BackendName | null = null;
  webglLost = false;
  #onLost: (() => void) | null = null;

  constructor(private readonly startable: readonly BackendName[]) {}

  start(name: BackendName): Promise<string | null> {
    if (!this.startable.includes(name)) return Promise.resolve(`no ${name} here`);
    this.active = name;
    return Promise.resolve(null);
  }
  webglRenderer(): string {
    return 'ANGLE (NVIDIA GeForce RTX 3060)';
  }
  watchContextLoss(onLost: () => void): () => void {
    this.#onLost = onLost;
    return () => (this.#onLost = null);
  }
  replaceLostWebgl(): void {
    this.webglLost = false;
  }
  loseContext(): void {
    this.webglLost = true;
    this.#onLost?.();
  }
}

function manager(engine: FakeEngine) {
  const notices: BackendNotice[] = [];
  const events: string[] = [];
  let restarted: (value: BackendName) => void = () => undefined;
  const restartedOn = new Promise<BackendName>((resolve) => (restarted = resolve));
  const m = new BackendManager(
    {
      onNotice: (n) => notices.push(n),
      onBackendLost: () => events.push(`lost while ${engine.active}`),
      onContextLost: (next) => restarted(next),
    },
    engine,
  );
  return { m, notices, events, restartedOn };
}

describe('BackendManager after a lost GPU context', () => {
  it.each([
    { startable: ['webgl', 'wasm', 'cpu'], next: 'wasm', fallbacks: [] },
    {
      // No WebAssembly (iOS Lockdown Mode, or the .wasm blocked): CPU, never the dead WebGL.
      startable: ['webgl', 'cpu'],
      next: 'cpu',
      fallbacks: [{ kind: 'fallback', from: 'wasm', to: 'cpu', reason: 'no wasm here' }],
    },
  ] as const)('falls back along the chain to $next', async ({ startable, next, fallbacks }) => {
    const engine = new FakeEngine(startable);
    const { m, notices, events, restartedOn } = manager(engine);
    expect(await m.select('webgl')).toBe('webgl');
    engine.loseContext();
    expect(await restartedOn).toBe(next);
    expect(engine.active).toBe(next);
    expect(m.active).toBe(next);
    expect(events).toEqual(['lost while webgl']);
    expect(notices).toEqual([...fallbacks, { kind: 'context-lost', to: next }]);
  });

  it('names the backend actually running when none but CPU is left', async () => {
    const engine = new FakeEngine(['webgl', 'cpu']);
    const { m, notices, restartedOn } = manager(engine);
    await m.select('auto');
    engine.loseContext();
    await restartedOn;
    expect(notices.at(-1)).toEqual({ kind: 'context-lost', to: 'cpu' });
  });

  it('stops watching the context once it has moved off WebGL', async () => {
    const engine = new FakeEngine(['webgl', 'wasm', 'cpu']);
    const { m, notices, restartedOn } = manager(engine);
    await m.select('webgl');
    engine.loseContext();
    await restartedOn;
    engine.loseContext();
    expect(notices.filter((n) => n.kind === 'context-lost')).toHaveLength(1);
  });
});

describe('BackendManager choosing a backend', () => {
  it('skips software WebGL when choosing automatically, with a notice', async () => {
    const engine = new FakeEngine(['webgl', 'wasm', 'cpu']);
    engine.webglRenderer = () => 'llvmpipe (LLVM 15.0.6, 256 bits)';
    const { m, notices } = manager(engine);
    expect(await m.select('auto')).toBe('wasm');
    expect(notices).toEqual([{ kind: 'software', renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' }]);
  });

  it('falls back with notices naming the backend that started', async () => {
    const { m, notices } = manager(new FakeEngine(['cpu']));
    expect(await m.select('wasm')).toBe('cpu');
    expect(notices).toEqual([
      { kind: 'fallback', from: 'wasm', to: 'cpu', reason: 'no wasm here' },
      { kind: 'fallback', from: 'webgl', to: 'cpu', reason: 'no webgl here' },
    ]);
  });
});
