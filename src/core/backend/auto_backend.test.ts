import { describe, expect, it } from 'vitest';
import { AutoBackend, softwareReasonPrefix, trialStart } from './auto_backend';
import type { BackendName } from './backend_choice';
import { BackendMemory } from './backend_memory';

function storage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

/** A device where `ms` gives each backend's run time, and a backend without an entry cannot start. */
function device(ms: Partial<Record<BackendName, number>>, store = storage()) {
  let active: BackendName | null = null;
  const timed: string[] = [];
  const auto = new AutoBackend({
    memory: new BackendMemory(store, 'test-device'),
    start: (name) => {
      if (ms[name] === undefined) return Promise.resolve(`no ${name} here`);
      active = name;
      return Promise.resolve(null);
    },
    timeLabModel: (lab) => {
      timed.push(`${lab}@${active}`);
      return Promise.resolve([ms[active!]!, ms[active!]!, ms[active!]!]);
    },
    now: () => Date.UTC(2026, 11, 6),
    // A device without WebGPU, as this machine's Chromium gives none by default.
    candidates: ['wasm', 'webgl'],
  });
  return { auto, timed, store };
}

describe('AutoBackend', () => {
  it.each([
    [{ webgl: 412, wasm: 95 }, 'wasm'],
    [{ webgl: 12, wasm: 95 }, 'webgl'],
    [{ wasm: 95 }, 'wasm'],
  ])('on a device with %j picks %s', async (ms, expected) => {
    const { auto } = device(ms);
    expect((await auto.choose('detection'))?.backend).toBe(expected);
  });

  it('measures a lab once, then reuses the remembered pick, also in a new page', async () => {
    const first = device({ webgl: 412, wasm: 95 });
    const pick = await first.auto.choose('detection');
    expect(first.timed).toEqual(['detection@wasm', 'detection@webgl']);
    expect(pick).toEqual({
      backend: 'wasm',
      candidates: [
        { backend: 'wasm', medianMs: 95, error: null },
        { backend: 'webgl', medianMs: 412, error: null },
      ],
      measuredAt: Date.UTC(2026, 11, 6),
    });
    await first.auto.choose('detection');
    expect(first.timed).toHaveLength(2);

    const reload = device({ webgl: 412, wasm: 95 }, first.store);
    expect(await reload.auto.choose('detection')).toEqual(pick);
    expect(reload.timed).toEqual([]);
    // Another lab has its own model and is measured on its own first use.
    await reload.auto.choose('faces');
    expect(reload.timed).toEqual(['faces@wasm', 'faces@webgl']);
  });

  it('measures again when asked', async () => {
    const { auto, timed } = device({ webgl: 412, wasm: 95 });
    await auto.choose('detection');
    await auto.choose('detection', true);
    expect(timed).toHaveLength(4);
  });

  it('picks nothing, and remembers nothing, when no backend can run the model', async () => {
    const { auto } = device({});
    expect(await auto.choose('detection')).toBeNull();
    expect(auto.remembered('detection')).toBeNull();
  });

  it.each([
    [
      'SwiftShader',
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
    ],
    ['llvmpipe', 'llvmpipe (LLVM 15.0.6, 256 bits)'],
  ])(
    'does not measure a software-rendered WebGL (%s), and keeps its renderer',
    async (_n, renderer) => {
      const start = trialStart({
        start: () => Promise.resolve(null),
        webglRenderer: () => renderer,
      });
      expect(await start('webgl')).toBe(softwareReasonPrefix + renderer);
      expect(await start('wasm')).toBeNull();
    },
  );

  it('measures a hardware WebGL, and passes on why a backend did not start', async () => {
    const gpu = trialStart({
      start: () => Promise.resolve(null),
      webglRenderer: () => 'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
    });
    expect(await gpu('webgl')).toBeNull();
    const none = trialStart({
      start: () => Promise.resolve('no WebGL'),
      webglRenderer: () => null,
    });
    expect(await none('webgl')).toBe('no WebGL');
  });

  it.each([
    [{ ok: false, reason: 'this browser has no WebGPU' }, 'this browser has no WebGPU', false],
    [
      { ok: true, adapter: 'google swiftshader', software: true },
      `${softwareReasonPrefix}google swiftshader`,
      false,
    ],
    [{ ok: true, adapter: 'apple metal-3 m2', software: false }, null, true],
  ] as const)('measures WebGPU only on a hardware adapter (%j)', async (gpu, reason, started) => {
    const starts: string[] = [];
    const start = trialStart(
      {
        start: (name) => {
          starts.push(name);
          return Promise.resolve(null);
        },
        webglRenderer: () => null,
      },
      () => Promise.resolve(gpu),
    );
    expect(await start('webgpu')).toBe(reason);
    expect(starts).toEqual(started ? ['webgpu'] : []);
  });
});
