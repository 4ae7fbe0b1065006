import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import type { LabTask, PixelFrame, Timed } from '../task';
import type { StageClock } from '../landmarks/stage_clock';
import { letterboxCrop, type FrameSampler } from '../landmarks/frame_sampler';
import { squareLetterbox, type Letterbox } from '../../vision/letterbox';
import type { BodyResult, Pose } from './body_result';
import { decodeMoveNet } from './decode_movenet';

const inputSize = 192;

/**
 * Single-person body landmarks with MoveNet Lightning: letterbox the frame into 192x192,
 * regress 17 (y, x, score) triples, project them back to the frame.
 * Owns its GraphModel; call dispose() when done.
 */
export class BodyLandmarker implements LabTask<BodyResult> {
  static readonly modelId: ModelId = 'movenet-lightning';

  constructor(
    private readonly model: GraphModel,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run({ image, width, height }: PixelFrame): Promise<Timed<BodyResult>> {
    const t0 = this.now();
    const box = squareLetterbox(width, height, inputSize);
    const input = tf.tidy(() => preprocess(tf.browser.fromPixels(image, 3), box));
    const t1 = this.now();
    const values = await this.#infer(input);
    const t2 = this.now();
    const pose = decodeMoveNet(values, box);
    const t3 = this.now();
    return {
      result: { frame: { width, height }, poses: [pose] },
      timings: { preprocess: t1 - t0, inference: t2 - t1, postprocess: t3 - t2 },
    };
  }

  /** The pose in a frame shared with other pipelines: the letterbox is sampled as one crop. */
  async estimate(frame: FrameSampler, clock?: StageClock): Promise<Pose> {
    const box = squareLetterbox(frame.width, frame.height, inputSize);
    const crop = letterboxCrop(frame.width, frame.height, inputSize);
    const input = tf.tidy(() => tf.expandDims(tf.cast(frame.crop(crop), 'int32'))) as tf.Tensor4D;
    clock?.lap('preprocess');
    const values = await this.#infer(input);
    clock?.lap('inference');
    const pose = decodeMoveNet(values, box);
    clock?.lap('postprocess');
    return pose;
  }

  /** Runs MoveNet on `input` [1, 192, 192, 3] int32 and disposes it. */
  async #infer(input: tf.Tensor4D): Promise<Float32Array> {
    let output: tf.Tensor | undefined;
    try {
      output = this.model.execute(input) as tf.Tensor; // [1, 1, 17, 3]
      return (await output.data()) as Float32Array;
    } finally {
      tf.dispose([input, output as tf.Tensor]);
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}

/** [h, w, 3] 0-255 -> [1, 192, 192, 3] int32, letterboxed. */
function preprocess(rgb: tf.Tensor3D, box: Letterbox): tf.Tensor4D {
  const resized = tf.image.resizeBilinear(rgb, [box.innerHeight, box.innerWidth]);
  const padded = tf.pad(resized, [
    [box.padTop, box.size - box.innerHeight - box.padTop],
    [box.padLeft, box.size - box.innerWidth - box.padLeft],
    [0, 0],
  ]);
  return tf.expandDims(tf.cast(padded, 'int32'), 0);
}
