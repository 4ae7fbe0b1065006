import { Loadable, type LoadPhase } from '../../core/models/loadable.svelte';
import { LabRuntime, type LabContext } from '../../lab/lab_runtime.svelte';
import { loadCenternet } from '../load_centernet';
import { backboneLayers } from './backbone_layers';
import { ConvolutionSettings } from './convolution_settings.svelte';
import { ConvolutionTask, type ConvolutionResult } from './convolution_task';
import { drawRgba } from './draw_rgba';
import { FeatureMapBackbone } from './feature_map_backbone';
import type { FeatureResult } from './feature_result';
import { filterSummary, type FilterResult } from './filter_result';

type ConvolutionMode = 'filter' | 'steps' | 'features';
export const convolutionModes: readonly ConvolutionMode[] = ['filter', 'steps', 'features'];

/**
 * The Convolution lab: the live filter, the sliding sum step by step (StepByStep), or a real
 * network's feature maps. Results are drawn into the lab's own canvases beside the picture; the
 * overlay stays clear. The component renders it and calls `bind()` once while it initialises.
 */
export class ConvolutionController {
  #mode = $state<ConvolutionMode>('filter');
  readonly settings = new ConvolutionSettings();
  /** The feature maps' layer (index into backboneLayers) and square input size n. */
  layerIndex = $state(0);
  featureSize = $state(224);
  /** Where the filter's input and output, and the feature-map grid, are drawn (bound by the view). */
  inputCanvas = $state<HTMLCanvasElement>();
  outputCanvas = $state<HTMLCanvasElement>();
  featureCanvas = $state<HTMLCanvasElement>();

  // Loaded when the feature maps first open (4 MB; the filter needs no model); the task owns it.
  readonly #backbone = new Loadable<FeatureMapBackbone>((f) => f.dispose());
  readonly #runtime: LabRuntime<ConvolutionResult>;

  readonly #published = $derived.by(() => {
    const r = this.result;
    if (!r) return null;
    if (r.kind === 'filter') return { kind: 'filter' as const, ...filterSummary(r) };
    const { grid, ...rest } = r;
    return { ...rest, gridSize: [grid.height, grid.width] };
  });

  constructor(private readonly lab: LabContext) {
    this.#runtime = new LabRuntime<ConvolutionResult>(
      lab,
      async () =>
        new ConvolutionTask(
          () => ({
            mode: this.#mode === 'features' ? 'features' : 'filter',
            filter: this.settings.snapshot(),
            features: {
              layer: backboneLayers[this.layerIndex]!,
              size: this.featureSize,
              channels: 16,
              cols: 4,
            },
          }),
          this.#backbone,
        ),
      (_ctx, result) => this.#draw(result),
    );
  }

  get mode(): ConvolutionMode {
    return this.#mode;
  }
  get stats() {
    return this.#runtime.stats;
  }
  /** The feature-map backbone's load (idle until the feature maps first open). */
  get backbonePhase(): LoadPhase {
    return this.#backbone.phase;
  }
  get result(): ConvolutionResult | null {
    return this.#runtime.result;
  }
  get filterResult(): FilterResult | null {
    const r = this.result;
    return r?.kind === 'filter' ? r : null;
  }
  get featureResult(): FeatureResult | null {
    const r = this.result;
    return r?.kind === 'features' ? r : null;
  }
  /** The result without its pixels, as JSON for tests and screen readers. */
  get published() {
    return this.#published;
  }

  bind(): void {
    this.#runtime.bind();
  }

  /** Switches mode; the feature maps load the backbone (once) through the lab. */
  chooseMode(next: ConvolutionMode): void {
    this.#mode = next;
    if (next !== 'features') return;
    void this.#backbone.load(
      async (onProgress) => new FeatureMapBackbone(await loadCenternet(this.lab, onProgress)),
    );
  }

  /** A short spoken summary of the result. */
  summary(): string {
    const { i18n } = this.lab;
    const r = this.result;
    if (!r) return i18n.t('convolution.summaryNone');
    if (r.kind === 'features') {
      return i18n.t('convolution.features.summary', {
        layer: r.node,
        shape: `[${r.shape.join(', ')}]`,
      });
    }
    const out = r.shapes.pool ?? r.shapes.conv;
    return i18n.t('convolution.summary', {
      height: out[1] ?? 0,
      width: out[2] ?? 0,
      max: r.maxPositive.toFixed(2),
      min: r.maxNegative.toFixed(2),
    });
  }

  #draw(result: ConvolutionResult): void {
    if (result.kind === 'filter') {
      if (this.inputCanvas) drawRgba(this.inputCanvas, result.inputImage);
      if (this.outputCanvas) drawRgba(this.outputCanvas, result.outputImage);
    } else if (this.featureCanvas) {
      drawRgba(this.featureCanvas, result.grid);
    }
  }
}
