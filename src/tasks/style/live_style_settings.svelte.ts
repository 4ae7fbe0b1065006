import type { LiveStyleOptions } from './live_style_task';
import { liveStyles } from './live_styles';

/**
 * The network's default size on a backend: 256 px on a GPU (WebGL: fast, and small subjects keep
 * their shape), 128 px on WASM or the CPU (256 px costs about 3x: 53 ms a frame here, 17 fps).
 */
export function defaultLiveSize(backend: string | null): 128 | 256 {
  return backend === 'webgl' ? 256 : 128;
}

/** The live mode's choices: which trained network, and the size it runs at. */
export class LiveStyleSettings {
  style = $state(liveStyles[0]!.id);
  /** Longer side of the network's input, in pixels. */
  size: number;

  constructor(backend: string | null) {
    this.size = $state(defaultLiveSize(backend));
  }

  /** Read by the task each frame (a plain object, no reactivity inside inference). */
  taskOptions(): LiveStyleOptions {
    return { size: this.size };
  }
}
