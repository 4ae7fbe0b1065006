import type { LiveStyleOptions } from './live_style_task';
import { liveStyles } from './live_styles';

/** The live mode's choices: which trained network, and the size it runs at. */
export class LiveStyleSettings {
  style = $state(liveStyles[0]!.id);
  /** Longer side of the network's input, in pixels. */
  size = $state(128);

  /** Read by the task each frame (a plain object, no reactivity inside inference). */
  taskOptions(): LiveStyleOptions {
    return { size: this.size };
  }
}
