import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { LoadPhase, ProgressCallback } from '../../ui/lab_runtime.svelte';
import { BackboneFeatures } from './feature_maps';

export type BackbonePhase = { kind: 'idle' } | LoadPhase;

/**
 * Loads the backbone the first time the feature-map view opens (it is 4 MB, and the live filter
 * needs no model), then hands it to the task, which owns it from then on.
 */
export class BackboneLoader {
  #phase = $state.raw<BackbonePhase>({ kind: 'idle' });

  constructor(private readonly loadModel: (onProgress: ProgressCallback) => Promise<GraphModel>) {}

  get phase(): BackbonePhase {
    return this.#phase;
  }

  /** Starts loading unless it is loading or loaded; `attach` takes ownership of the result. */
  async load(attach: (features: BackboneFeatures) => boolean): Promise<void> {
    if (this.#phase.kind === 'loading' || this.#phase.kind === 'ready') return;
    this.#phase = { kind: 'loading', loaded: 0, total: 0 };
    try {
      const model = await this.loadModel((loaded, total) => {
        this.#phase = { kind: 'loading', loaded, total };
      });
      attach(new BackboneFeatures(model));
      this.#phase = { kind: 'ready' };
    } catch (e) {
      this.#phase = { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }
}
