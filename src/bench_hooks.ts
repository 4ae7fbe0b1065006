import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { modelEntry, type ModelId } from './core/models/catalogue';
import { loadGraphModelFromCatalogue, loadWeightMapFromCatalogue } from './core/models/load_model';
import { tinyYoloBareMs } from './tasks/detection/tiny_yolo_bare_ms';

/** What `npm run bench` calls in the page: the bare model's time on the active backend. */
export interface BenchHooks {
  /** Milliseconds of `execute` + reading the output, per run, on an input of the catalogue's shape. */
  bareModelMs(id: ModelId, runs: number): Promise<number[]>;
  backend(): string;
  /** Loses the WebGL context as a GPU reset would (WEBGL_lose_context); false if not on WebGL. */
  loseGpuContext(): boolean;
}

declare global {
  interface Window {
    convlensBench?: BenchHooks;
  }
}

/** Installed only with `?bench` in the URL (the bench and the end-to-end tests), so users' pages carry no global. */
export function installBenchHooks(win: Window): void {
  win.convlensBench = {
    backend: () => tf.getBackend(),
    loseGpuContext() {
      if (tf.getBackend() !== 'webgl') return false;
      const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl;
      const ext = gl.getExtension('WEBGL_lose_context');
      ext?.loseContext();
      return ext !== null;
    },
    async bareModelMs(id, runs) {
      const entry = modelEntry(id);
      // A weight manifest is a network built in our code: only Tiny YOLOv2 is timed bare so far.
      if (entry.format === 'weights') {
        if (id !== 'tiny_face_detector')
          throw new Error(`No bare timer for weight manifest ${id}.`);
        return tinyYoloBareMs(await loadWeightMapFromCatalogue(id), runs, 416);
      }
      const model = await loadGraphModelFromCatalogue(id);
      const shape = entry.input.shape.map((d) => (d < 0 ? 1 : d));
      const input = tf.randomUniform(shape, 0, 255, entry.input.dtype);
      const times: number[] = [];
      try {
        for (let i = 0; i < runs + 3; i++) {
          const t0 = performance.now();
          const out = model.execute(input);
          const outs = Array.isArray(out) ? out : [out as tf.Tensor];
          await Promise.all(outs.map((t) => t.data()));
          tf.dispose(outs);
          if (i >= 3) times.push(performance.now() - t0);
        }
      } finally {
        input.dispose();
        model.dispose();
      }
      return times;
    },
  };
}
