import type { LabTask, PixelFrame, Timed } from '../task';
import { BackboneFeatures, type FeatureResult, type FeatureSettings } from './feature_maps';
import type { FilterResult } from './filter_result';
import type { FilterSettings } from './filter_settings';
import { LiveFilter } from './live_filter';

export type ConvolutionResult =
  ({ kind: 'filter' } & FilterResult) | ({ kind: 'features' } & FeatureResult);

export interface ConvolutionModeSettings {
  mode: 'filter' | 'features';
  filter: FilterSettings;
  features: FeatureSettings;
}

/**
 * The lab's per-frame work: the live filter, or, once the backbone is attached, its feature maps.
 * The backbone is loaded lazily by the panel and handed over with attach().
 */
export class ConvolutionTask implements LabTask<ConvolutionResult> {
  #filter: LiveFilter;
  #features: BackboneFeatures | null = null;
  #disposed = false;

  constructor(private readonly settings: () => ConvolutionModeSettings) {
    this.#filter = new LiveFilter(() => this.settings().filter);
  }

  /** Takes ownership of the backbone; false (and disposed) if the lab has already closed. */
  attach(features: BackboneFeatures): boolean {
    if (this.#disposed) {
      features.dispose();
      return false;
    }
    this.#features?.dispose();
    this.#features = features;
    return true;
  }

  async run(frame: PixelFrame): Promise<Timed<ConvolutionResult>> {
    const s = this.settings();
    if (s.mode === 'features' && this.#features) {
      const { result, timings } = await this.#features.run(frame, s.features);
      return { result: { kind: 'features', ...result }, timings };
    }
    const { result, timings } = await this.#filter.run(frame);
    return { result: { kind: 'filter', ...result }, timings };
  }

  dispose(): void {
    this.#disposed = true;
    this.#features?.dispose();
    this.#features = null;
    this.#filter.dispose();
  }
}
