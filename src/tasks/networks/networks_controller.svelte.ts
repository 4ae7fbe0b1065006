import * as tf from '@tensorflow/tfjs-core';
import { Loadable, type LoadPhase } from '../../core/models/loadable.svelte';
import { LabRuntime, type LabContext } from '../../lab/lab_runtime.svelte';
import { drawRgba } from '../convolution/draw_rgba';
import { separableRatio } from './conv_costs';
import { networkTable, weightShapes, type AppWeightShapes, type TableId } from './network_tables';
import type { LivePart, NetworksResult, NetworksSettings } from './networks_result';
import { NetworksTask } from './networks_task';

export const liveParts: readonly LivePart[] = ['separable', 'inception'];

/**
 * The Networks lab: one live part on the camera's picture (the separable convolution timed, or
 * the Inception module), the course's cost examples, and layer tables of the classic networks and
 * of two networks the app runs (their shapes read from the weight files, loaded once).
 * The component renders it and calls `bind()` once while it initialises.
 */
export class NetworksController {
  readonly settings = $state<NetworksSettings>({ part: 'separable', size: 28, f: 3, filters: 64 });
  tableId = $state<TableId>('lenet5');
  /** Where the Inception branches are drawn (bound by the view). */
  inceptionCanvas = $state<HTMLCanvasElement>();

  readonly #runtime: LabRuntime<NetworksResult>;
  readonly #appWeights = new Loadable<AppWeightShapes>(() => {});
  readonly #table = $derived(networkTable(this.tableId, this.#appWeights.value));

  readonly #published = $derived.by(() => {
    const r = this.result;
    if (!r) return null;
    const inception = r.inception && { ...r.inception, grid: undefined };
    return { ...r, inception };
  });

  constructor(private readonly lab: LabContext) {
    this.#runtime = new LabRuntime<NetworksResult>(
      lab,
      async () => new NetworksTask(() => ({ ...this.settings })),
      (_ctx, result) => {
        if (result.inception && this.inceptionCanvas) {
          drawRgba(this.inceptionCanvas, result.inception.grid);
        }
      },
    );
  }

  get stats() {
    return this.#runtime.stats;
  }
  get result(): NetworksResult | null {
    return this.#runtime.result;
  }
  get published() {
    return this.#published;
  }
  get table() {
    return this.#table;
  }
  get tablesPhase(): LoadPhase {
    return this.#appWeights.phase;
  }

  bind(): void {
    this.#runtime.bind();
    $effect(() => {
      void this.#appWeights.load(async (onProgress) => this.#readShapes(onProgress));
      return () => this.#appWeights.dispose();
    });
  }

  /** The two weight files' shapes; their tensors are released at once. */
  async #readShapes(onProgress: (loaded: number, total: number) => void): Promise<AppWeightShapes> {
    const read = async (id: 'tiny_face_detector' | 'face_landmark_68') => {
      const map = await this.lab.loadWeights(id, onProgress);
      try {
        return weightShapes(map);
      } finally {
        tf.dispose(Object.values(map));
      }
    };
    return { tinyYolo: await read('tiny_face_detector'), face68: await read('face_landmark_68') };
  }

  /** A short spoken summary of the result. */
  summary(): string {
    const { i18n } = this.lab;
    const r = this.result;
    if (r?.separable) {
      const { measured, f, nCPrime } = r.separable;
      return i18n.t('networks.summary.separable', {
        normal: measured.normalMs.toFixed(1),
        separable: measured.separableMs.toFixed(1),
        speedup: measured.speedup.toFixed(1),
        fewer: (1 / separableRatio(f, nCPrime)).toFixed(1),
      });
    }
    if (r?.inception) {
      const [h, w, c] = r.inception.outputShape;
      return i18n.t('networks.summary.inception', { h, w, c });
    }
    return i18n.t('networks.summaryNone');
  }
}
