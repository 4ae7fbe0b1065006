import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, ManualScheduler } from '../../core/loop/test_fakes';
import type { LabContext } from '../../lab/lab_runtime.svelte';

// The optimisation's sequencing, with the network replaced: each fake G counts its own steps.
class FakeStyle {
  static made: FakeStyle[] = [];
  steps = 0;
  disposed = false;
  constructor() {
    FakeStyle.made.push(this);
  }
  step() {
    if (this.disposed) throw new Error('stepped after dispose');
    this.steps++;
    return { iteration: this.steps, content: 0, style: 0, variation: 0, total: 0 };
  }
  evaluate() {
    return { iteration: 0, content: 0, style: 0, variation: 0, total: 0 };
  }
  image() {
    return tf.zeros([1, 2, 2, 3]);
  }
  dispose() {
    this.disposed = true;
  }
}

vi.mock('./neural_style', async (original) => ({
  ...(await original<typeof import('./neural_style')>()),
  NeuralStyle: vi.fn(function () {
    return new FakeStyle();
  }),
}));
vi.mock('./load_backbone', () => ({ backboneFromFiles: async () => ({ dispose() {} }) }));
vi.mock('./square_image', () => ({ squareImage: () => tf.zeros([1, 2, 2, 3]) }));
vi.mock('@tensorflow/tfjs-core', async (original) => {
  const tfc = await original<typeof import('@tensorflow/tfjs-core')>();
  return { ...tfc, browser: { ...tfc.browser, toPixels: async () => new Uint8ClampedArray() } };
});

const { StyleLab } = await import('./style_lab.svelte');
const { NeuralStyle } = await import('./neural_style');

const bitmap = { width: 4, height: 4, close() {} };
const canvases = {} as never;
const context = {
  loadModelFiles: async () => new Map(),
  source: { frame: () => ({ image: {}, width: 4, height: 4 }) },
  i18n: { t: (key: string) => key },
} as unknown as LabContext;

describe('StyleLab optimisation', () => {
  let frames: ManualScheduler;

  beforeAll(() => tf.setBackend('cpu'));
  beforeEach(() => {
    FakeStyle.made = [];
    frames = new ManualScheduler();
    vi.stubGlobal('createImageBitmap', async () => bitmap);
  });
  afterEach(() => vi.unstubAllGlobals());

  async function readyLab() {
    const lab = new StyleLab(context, frames);
    await lab.load();
    await lab.snapshot({ content: fakeCanvas() } as never);
    await lab.setStyle(new Blob(), { style: fakeCanvas() } as never);
    return lab;
  }

  /** One animation frame, and the steps it lets run. */
  async function frame(): Promise<void> {
    frames.tick();
    await flushPromises();
  }

  it('keeps S from a huge photo file scaled to 1920 px, never the full decode', async () => {
    const full = { width: 12000, height: 9000, close: vi.fn() };
    const scaled = { width: 1920, height: 1440, close: vi.fn() };
    const decode = vi.fn(async (image: unknown) => (image === full ? scaled : full));
    vi.stubGlobal('createImageBitmap', decode);
    const lab = new StyleLab(context, frames);
    await lab.setStyle(new Blob(), { style: fakeCanvas() } as never);
    expect(decode).toHaveBeenLastCalledWith(full, {
      resizeWidth: 1920,
      resizeHeight: 1440,
      resizeQuality: 'high',
    });
    expect(full.close).toHaveBeenCalledTimes(1);
    lab.dispose();
    expect(scaled.close).toHaveBeenCalledTimes(1);
  });

  // Before the step loop, each Start and Resume began a `while` loop of its own, and the old one,
  // waiting for its animation frame, went on stepping whatever G was current: twice the steps.
  it('Start during a run steps only the new G, once a frame', async () => {
    const lab = await readyLab();
    await lab.start(canvases);
    for (let i = 0; i < 3; i++) await frame();
    const [first] = FakeStyle.made;
    const stepsBefore = first!.steps;
    expect(stepsBefore).toBeGreaterThan(0);

    await lab.start(canvases); // Start again while the first run goes on
    const second = FakeStyle.made[1]!;
    for (let i = 0; i < 4; i++) await frame();

    expect(first!.steps).toBe(stepsBefore);
    expect(second.steps).toBe(4);
    lab.dispose();
  });

  it('Pause then Resume within a frame leaves one loop', async () => {
    const lab = await readyLab();
    await lab.start(canvases);
    await frame();
    lab.pause();
    lab.resume(canvases);
    const style = FakeStyle.made[0]!;
    const before = style.steps;
    for (let i = 0; i < 4; i++) await frame();
    expect(style.steps - before).toBe(4);
    lab.dispose();
  });

  it('starts with the course’s J: α = 10, β = 40, λ[l] = 0.2 on five layers, no normalisation', async () => {
    const lab = await readyLab();
    await lab.start(canvases);
    const options = vi.mocked(NeuralStyle).mock.lastCall![3];
    expect(options).toMatchObject({ alpha: 10, beta: 40, tvWeight: 0, normalise: false });
    expect(options.styleLayers.map((l) => l.weight)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    lab.dispose();
  });

  it('→ while paused runs one iteration', async () => {
    const lab = await readyLab();
    await lab.start(canvases);
    await frame();
    lab.pause();
    await frame();
    const style = FakeStyle.made[0]!;
    const before = style.steps;
    await lab.stepOnce(canvases);
    await frame();
    expect(style.steps).toBe(before + 1);
    expect(lab.run).toBe('paused');
    lab.dispose();
  });
});

function fakeCanvas() {
  return { width: 0, height: 0, getContext: () => ({ drawImage() {} }) };
}
