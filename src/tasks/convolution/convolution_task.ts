import type { Loadable } from '../../core/models/loadable.svelte';
import type { LabTask, PixelFrame, Timed } from '../task';
import type { FeatureMapBackbone } from './feature_map_backbone';
import type { FeatureResult, FeatureSettings } from './feature_result';
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
 * The lab's per-frame work: the live filter, or, once the backbone has loaded, its feature maps.
 * The panel loads the backbone the first time the feature maps open (it is 4 MB, and the live
 * filter needs no model); the task owns it and disposes it with itself.
 */
export class ConvolutionTask implements LabTask<ConvolutionResult> {
  #filter: LiveFilter;

  constructor(
    private readonly settings: () => ConvolutionModeSettings,
    private readonly backbone: Loadable<FeatureMapBackbone>,
  ) {
    this.#filter = new LiveFilter(() => this.settings().filter);
  }

  async run(frame: PixelFrame): Promise<Timed<ConvolutionResult>> {
    const s = this.settings();
    const features = this.backbone.value;
    if (s.mode === 'features' && features) {
      const { result, timings } = await features.run(frame, s.features);
      return { result: { kind: 'features', ...result }, timings };
    }
    const { result, timings } = await this.#filter.run(frame);
    return { result: { kind: 'filter', ...result }, timings };
  }

  dispose(): void {
    this.backbone.dispose();
    this.#filter.dispose();
  }
}
