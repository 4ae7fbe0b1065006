import type { GraphModel } from '@tensorflow/tfjs-converter';
import { CenternetBackbone } from '../../core/models/centernet_backbone';
import { FrameReader } from '../../core/pixels/frame_reader';
import { slidingWindows } from '../../vision/sliding_windows';
import type { PixelFrame } from '../task';
import { convolutionalScan } from './convolutional_scan';
import { naiveScan, type WindowHead } from './naive_scan';
import { WindowBackbone } from './window_backbone';
import { windowDetections } from './window_detections';
import type { ScanGrid, ScanWindow, WindowScan } from './window_scan_result';
import type { WindowsSettings } from './windows_settings';

/**
 * Sliding-window detection with the Transfer lab's backbone and a trained head, both ways:
 * naive (crop every window, run the network on each) and convolutional (run it once per window
 * size over the whole frame). Owns the backbone; the head belongs to the caller.
 */
export class SlidingWindowDetector {
  readonly backbone: WindowBackbone;
  readonly #reader = new FrameReader();

  /** `model`: centernet loaded with CenternetBackbone.inputShape. */
  constructor(
    model: GraphModel,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.backbone = new WindowBackbone(new CenternetBackbone(model));
  }

  /** Naive: preprocess (crop + resize each window), infer per window, threshold, NMS. */
  async naive(
    { image, width, height }: PixelFrame,
    head: WindowHead,
    settings: WindowsSettings,
    onProgress?: (done: number, total: number) => void,
  ): Promise<WindowScan> {
    const t0 = this.now();
    const { windows, grids } = slidingWindows({ width, height }, settings.sizes, settings.stride);
    if (windows.length === 0) {
      throw new RangeError(
        `No window of ${Math.min(...settings.sizes)} px fits in the ${width}x${height} picture.`,
      );
    }
    const frame = await this.#reader.open({ image, width, height });
    let probabilities: number[][];
    try {
      probabilities = await naiveScan(this.backbone, head, frame, windows, { onProgress });
    } finally {
      frame.dispose();
    }
    let first = 0;
    const scanGrids: ScanGrid[] = grids.map((g) => {
      const out = {
        size: g.size,
        strideX: g.stride,
        strideY: g.stride,
        rows: g.rows,
        cols: g.cols,
        first,
      };
      first += g.rows * g.cols;
      return out;
    });
    return this.#finish('naive', scanGrids, windows, probabilities, windows.length, settings, t0);
  }

  /** Convolutional: one backbone run per window size, pooled grid, 1x1 conv head, threshold, NMS. */
  async convolutional(
    { image, width, height }: PixelFrame,
    head: WindowHead,
    settings: WindowsSettings,
  ): Promise<WindowScan> {
    const t0 = this.now();
    const windows: ScanWindow[] = [];
    const probabilities: number[][] = [];
    const grids: ScanGrid[] = [];
    const frame = await this.#reader.open({ image, width, height });
    try {
      for (const [scale, size] of settings.sizes.entries()) {
        const scan = await convolutionalScan(this.backbone, head, frame, size, scale);
        grids.push({
          size,
          strideX: scan.grid.cellStride / scan.grid.scaleX,
          strideY: scan.grid.cellStride / scan.grid.scaleY,
          rows: scan.rows,
          cols: scan.cols,
          first: windows.length,
        });
        windows.push(...scan.windows);
        probabilities.push(...scan.probabilities);
      }
    } finally {
      frame.dispose();
    }
    return this.#finish(
      'convolutional',
      grids,
      windows,
      probabilities,
      settings.sizes.length,
      settings,
      t0,
    );
  }

  #finish(
    mode: WindowScan['mode'],
    grids: ScanGrid[],
    windows: ScanWindow[],
    probabilities: number[][],
    backboneRuns: number,
    settings: WindowsSettings,
    t0: number,
  ): WindowScan {
    const { candidates, detections } = windowDetections(windows, probabilities, settings);
    return {
      mode,
      grids,
      windows: windows.map(({ box, scale, row, col }) => ({ box, scale, row, col })),
      probabilities,
      candidates,
      detections,
      backboneRuns,
      milliseconds: this.now() - t0,
    };
  }

  dispose(): void {
    this.backbone.dispose();
    this.#reader.dispose();
  }
}
