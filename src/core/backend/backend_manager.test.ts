import { describe, expect, it } from 'vitest';
import type { BackendName } from './backend_choice';
import { BackendManager, type BackendEngine, type BackendNotice } from './backend_manager';
import { noWebgpu, noWebgpuAdapter, type WebgpuAvailability } from './webgpu_support';

const hardwareAdapter = { ok: true, adapter: 'nvidia ampere', software: false } as const;
const swiftShader = { ok: true, adapter: 'google swiftshader', software: true } as const;

/**
 * A TF.js engine stand-in: which backends start, the WebGPU adapter the browser has (none unless
 * told), and a GPU context that can be lost. A lost WebGL backend still "starts" until it is
 * replaced, as TF.js's registered instance does. WebGPU starts where there is an adapter, and
 * says why not where there is none, as tf_backend_engine.ts does.
 */
class FakeEngine implements BackendEngine {
  active: BackendName | null = null;
  webglLost = false;
  readonly tried: BackendName[] = [];
  readonly replaced: string[] = [];
  #onLost: (() => void) | null = null;

  constructor(
    private readonly startable: readonly BackendName[],
    private readonly webgpu: WebgpuAvailability = { ok: false, reason: noWebgpuAdapter },
  ) {}

  start(name: BackendName): Promise<string | null> {
    this.tried.push(name);
    if (name === 'webgpu' && !this.webgpu.ok) return Promise.resolve(this.webgpu.reason);
    if (!this.startable.includes(name)) return Promise.resolve(`no ${name} here`);
    this.active = name;
    return Promise.resolve(null);
  }
  webgpuAdapter(): Promise<WebgpuAvailability> {
    return Promise.resolve(this.webgpu);
  }
  replaceLostWebgpu(): void {
    this.replaced.push('webgpu');
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

describe('BackendManager and WebGPU', () => {
  const all = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

  it.each([
    { what: 'a hardware adapter', webgpu: hardwareAdapter, want: 'webgpu', tried: ['webgpu'] },
    {
      what: 'no navigator.gpu',
      webgpu: { ok: false, reason: noWebgpu },
      want: 'webgl',
      tried: ['webgl'],
    },
    {
      what: 'no adapter',
      webgpu: { ok: false, reason: noWebgpuAdapter },
      want: 'webgl',
      tried: ['webgl'],
    },
    // Software WebGPU is skipped as software WebGL is; WebGL says so if it is software too.
    { what: 'a software adapter', webgpu: swiftShader, want: 'webgl', tried: ['webgl'] },
  ] as const)('Automatic with $what: $want, with no notice', async ({ webgpu, want, tried }) => {
    const engine = new FakeEngine(all, webgpu);
    const { m, notices } = manager(engine);
    expect(await m.select('auto')).toBe(want);
    expect(engine.tried).toEqual(tried);
    expect(notices).toEqual([]);
  });

  it('Automatic skips WebGPU silently with an engine that cannot ask for an adapter', async () => {
    const engine = new FakeEngine(all, hardwareAdapter);
    // The engine as the other tests fake it: no webgpuAdapter, so no WebGPU at all.
    const bare: BackendEngine = {
      start: (name) => engine.start(name),
      webglRenderer: () => engine.webglRenderer(),
      watchContextLoss: (onLost) => engine.watchContextLoss(onLost),
      replaceLostWebgl: () => engine.replaceLostWebgl(),
    };
    const notices: BackendNotice[] = [];
    const ignore = () => undefined;
    const m = new BackendManager(
      { onNotice: (n) => notices.push(n), onBackendLost: ignore, onContextLost: ignore },
      bare,
    );
    expect(await m.select('auto')).toBe('webgl');
    expect([engine.tried, notices]).toEqual([['webgl'], []]);
  });

  it('a manual WebGPU choice where there is no adapter falls back with a notice saying so', async () => {
    const { m, notices } = manager(new FakeEngine(all));
    expect(await m.select('webgpu')).toBe('webgl');
    expect(notices).toEqual([
      {
        kind: 'fallback',
        from: 'webgpu',
        to: 'webgl',
        reason: 'this browser has no WebGPU adapter',
      },
    ]);
  });

  it('a manual WebGPU choice runs on a software adapter (the user asked for it)', async () => {
    const { m, notices } = manager(new FakeEngine(all, swiftShader));
    expect(await m.select('webgpu')).toBe('webgpu');
    expect(notices).toEqual([]);
  });

  it('a manual WASM choice that fails falls back past a missing WebGPU without naming it', async () => {
    const engine = new FakeEngine(['webgl', 'cpu']);
    const { m, notices } = manager(engine);
    expect(await m.select('wasm')).toBe('webgl');
    expect(engine.tried).toEqual(['wasm', 'webgl']);
    expect(notices).toEqual([
      { kind: 'fallback', from: 'wasm', to: 'webgl', reason: 'no wasm here' },
    ]);
  });

  it('a lost WebGPU device moves the labs to WebGL, after dropping the dead backend', async () => {
    const engine = new FakeEngine(all, hardwareAdapter);
    const { m, notices, events, restartedOn } = manager(engine);
    expect(await m.select('auto')).toBe('webgpu');
    engine.loseContext();
    expect(await restartedOn).toBe('webgl');
    expect(m.active).toBe('webgl');
    expect(events).toEqual(['lost while webgpu']);
    expect(engine.replaced).toEqual(['webgpu']);
    expect(notices).toEqual([{ kind: 'context-lost', to: 'webgl' }]);
  });
});
