import * as tf from '@tensorflow/tfjs-core';
import { FrameReader } from '../../core/pixels/frame_reader';
import type { LabTask, PixelFrame, Timed } from '../task';
import { styleNetForward } from './feed_forward_net';
import { liveInputSize } from './live_input_size';
import type { LiveStyleResult } from './live_style_result';

export interface LiveStyleOptions {
  /** Longer side of the picture the network runs on, in pixels (128 or 256). */
  size: number;
}

/**
 * Live style transfer: each frame through the trained feed-forward network f_W in one pass
 * (Johnson et al. 2016), instead of hundreds of gradient steps per picture.
 * Owns the network's weights; dispose() releases them.
 */
export class LiveStyleTask implements LabTask<LiveStyleResult> {
  readonly #reader = new FrameReader();

  constructor(
    private readonly style: string,
    private readonly weights: tf.NamedTensorMap,
    private readonly options: () => LiveStyleOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run({ image, width, height }: PixelFrame): Promise<Timed<LiveStyleResult>> {
    const [w, h] = liveInputSize(width, height, this.options().size);
    const t0 = this.now();
    // Preprocess: the frame resized to [1, h, w, 3], RGB 0-255 float32, reading only those
    // w x h points of it (from the camera's planes or a small canvas).
    const { tensor } = await this.#reader.read(
      { image, width, height },
      { outputSize: { width: w, height: h }, border: 'replicate' },
    );
    const x = tf.tidy(() => tf.expandDims<tf.Tensor4D>(tensor, 0));
    tensor.dispose();
    const t1 = this.now();
    // Inference: ŷ = f_W(x), then the RGBA bytes and two summary numbers, read back together.
    const [rgba, stats] = tf.tidy(() => {
      const y = styleNetForward(this.weights, x);
      const alpha = tf.fill([1, h, w, 1], 255);
      const bytes = tf.cast(tf.round(tf.concat([y, alpha], 3)), 'int32');
      const change = tf.reshape(tf.mean(tf.abs(tf.sub(y, x))), [1]);
      const colour = tf.mean(y, [0, 1, 2]);
      return [bytes, tf.concat([change, colour])];
    });
    try {
      const [data, numbers] = await Promise.all([rgba.data(), stats.data()]);
      const t2 = this.now();
      const pixels = new Uint8ClampedArray(data as Int32Array);
      const result: LiveStyleResult = {
        style: this.style,
        width: w,
        height: h,
        pixels,
        frame: { width, height },
        meanChange: numbers[0]!,
        meanColour: [numbers[1]!, numbers[2]!, numbers[3]!],
      };
      return {
        result,
        timings: { preprocess: t1 - t0, inference: t2 - t1, postprocess: this.now() - t2 },
      };
    } finally {
      tf.dispose([x, rgba, stats]);
    }
  }

  dispose(): void {
    tf.dispose(Object.values(this.weights));
    this.#reader.dispose();
  }
}
