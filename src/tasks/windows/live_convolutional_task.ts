import type { LabTask, PixelFrame, Timed } from '../task';
import type { WindowHead } from './naive_scan';
import type { SlidingWindowDetector } from './sliding_window_detector';
import type { WindowScan } from './window_scan_result';
import type { WindowsSettings } from './windows_settings';

/**
 * The convolutional scan on every live frame (it is fast enough; the naive one is not).
 * Borrows the detector and the head: dispose() releases nothing.
 */
export class LiveConvolutionalTask implements LabTask<WindowScan> {
  constructor(
    private readonly detector: SlidingWindowDetector,
    private readonly head: () => WindowHead | null,
    private readonly settings: () => WindowsSettings,
  ) {}

  async run(frame: PixelFrame): Promise<Timed<WindowScan>> {
    const head = this.head();
    if (!head) throw new Error('There is no trained head: train one in the Transfer lab first.');
    const scan = await this.detector.convolutional(frame, head, this.settings());
    return {
      result: scan,
      timings: { preprocess: 0, inference: scan.milliseconds, postprocess: 0 },
    };
  }

  dispose(): void {}
}
