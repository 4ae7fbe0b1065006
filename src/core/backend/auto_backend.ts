import { isSoftwareRenderer, type BackendName } from './backend_choice';
import type { BackendEngine } from './backend_manager';
import { webgpuAvailable, type WebgpuAvailability } from './webgpu_support';
import type { BackendMemory, RememberedPick } from './backend_memory';
import { pickFastest } from './backend_pick';
import { measureBackends } from './backend_trial';

/**
 * Backends the automatic choice measures, WASM first: it runs everywhere, quickly, and sets the
 * time a slower candidate is given up at (trialRunLimitMs). CPU is left out: where it runs, WASM
 * runs too and is several times faster, and timing a large model on it would keep the lab waiting.
 */
export const measuredBackends: readonly BackendName[] = ['wasm', 'webgl', 'webgpu'];

/** The reason kept for a software-rendered WebGL, which the settings word in the reader's language. */
export const softwareReasonPrefix = 'software-rendered: ';

/**
 * The engine's `start` for a trial: a software-rendered WebGL (SwiftShader, llvmpipe) or WebGPU
 * adapter counts as not starting, with its renderer as the reason, as it is 10-40x slower than
 * WASM and its first run of a large model takes tens of seconds. A browser without a WebGPU
 * adapter is not asked to start one.
 */
export function trialStart(
  engine: Pick<BackendEngine, 'start' | 'webglRenderer'>,
  webgpu: () => Promise<WebgpuAvailability> = webgpuAvailable,
): (name: BackendName) => Promise<string | null> {
  return async (name) => {
    if (name === 'webgpu') {
      const gpu = await webgpu();
      if (!gpu.ok) return gpu.reason;
      if (gpu.software) return softwareReasonPrefix + gpu.adapter;
    }
    const reason = await engine.start(name);
    if (reason !== null || name !== 'webgl') return reason;
    const renderer = engine.webglRenderer();
    return renderer && isSoftwareRenderer(renderer) ? softwareReasonPrefix + renderer : null;
  };
}

export interface AutoBackendOptions {
  memory: BackendMemory;
  /** Makes a backend active: null when it started, else why not (BackendEngine.start). */
  start: (name: BackendName) => Promise<string | null>;
  /** The timed runs (ms) of the lab's own model on the active backend; a run over `limitMs` throws. */
  timeLabModel: (lab: string, limitMs: number) => Promise<number[]>;
  now?: () => number;
  candidates?: readonly BackendName[];
}

/**
 * "Automatic": the backend measured fastest for this lab on this device. A lab is measured on its
 * first use and the pick remembered, so later visits start at once; `remeasure` measures again.
 */
export class AutoBackend {
  constructor(private readonly options: AutoBackendOptions) {}

  /** The remembered pick, without measuring. */
  remembered(lab: string): RememberedPick | null {
    return this.options.memory.get(lab);
  }

  /** The remembered pick, or a new measurement; null when no candidate could run the model. */
  async choose(lab: string, remeasure = false): Promise<RememberedPick | null> {
    const { memory, start, timeLabModel, now = Date.now } = this.options;
    if (!remeasure) {
      const known = memory.get(lab);
      if (known) return known;
    }
    const trials = await measureBackends(
      start,
      this.options.candidates ?? measuredBackends,
      (_backend, limitMs) => timeLabModel(lab, limitMs),
    );
    const pick = pickFastest(trials);
    if (!pick) return null;
    const remembered = { ...pick, measuredAt: now() };
    memory.set(lab, remembered);
    return remembered;
  }
}
