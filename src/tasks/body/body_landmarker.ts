import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import { FrameReader } from '../../core/pixels/frame_reader';
import type { OpenedFrame, ReadOptions } from '../../core/pixels/read_options';
import type { LabTask, PixelFrame, Timed } from '../task';
import { StageClock } from '../landmarks/stage_clock';
import { squareLetterbox } from '../../vision/letterbox';
import type { BodyResult, Pose } from './body_result';
import { decodeMoveNet } from './decode_movenet';

const inputSize = 192;

/** The whole frame letterboxed into the input, black bars, whole values (MoveNet takes int32). */
const letterboxed: ReadOptions = {
  outputSize: { width: inputSize, height: inputSize },
  keepAspect: true,
  dtype: 'int32',
};

/**
 * Single-person body landmarks with MoveNet Lightning: letterbox the frame into 192x192,
 * regress 17 (y, x, score) triples, project them back to the frame.
 * Owns its GraphModel; call dispose() when done.
 */
export class BodyLandmarker implements LabTask<BodyResult> {
  static readonly modelId: ModelId = 'movenet-lightning';
  readonly #reader = new FrameReader();

  constructor(
    private readonly model: GraphModel,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run(frame: PixelFrame): Promise<Timed<BodyResult>> {
    const clock = new StageClock(this.now);
    const opened = await this.#reader.open(frame);
    try {
      const pose = await this.estimate(opened, clock);
      const { width, height } = frame;
      return { result: { frame: { width, height }, poses: [pose] }, timings: clock.timings };
    } finally {
      opened.dispose();
    }
  }

  /** The pose in a frame shared with other pipelines. */
  async estimate(frame: OpenedFrame, clock?: StageClock): Promise<Pose> {
    const box = squareLetterbox(frame.width, frame.height, inputSize);
    // [1, 192, 192, 3] int32 0-255: MoveNet takes whole pixel values.
    const input = tf.tidy(() => tf.expandDims(frame.read(letterboxed).tensor)) as tf.Tensor4D;
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
    this.#reader.dispose();
  }
}
