import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import { applyAffine } from '../../core/pixels/affine';
import type { OpenedFrame, ReadOptions } from '../../core/pixels/read_options';
import { readTransform } from '../../core/pixels/read_transform';
import { topLeftToCorner } from '../../vision/boxes';
import { nonMaxSuppression } from '../../vision/non_max_suppression';
import { blazefaceAnchors } from './blazeface_anchors';
import { decodeBlazeface } from './decode_blazeface';
import type { FaceDetection } from './landmarks_result';
import type { StageClock } from './stage_clock';

const inputSize = 256;

/** The whole frame letterboxed into the input, black bars, values in [-1, 1]. */
const letterboxed: ReadOptions = {
  outputSize: { width: inputSize, height: inputSize },
  keepAspect: true,
  range: [-1, 1],
};

export interface FaceDetectorOptions {
  /** Faces scoring below this are dropped, in [0, 1]. */
  minScore: number;
  /** Boxes overlapping a better one by more than this IoU are dropped. */
  iouThreshold: number;
}

export const defaultFaceDetectorOptions: FaceDetectorOptions = { minScore: 0.5, iouThreshold: 0.3 };

/**
 * BlazeFace: letterbox the frame into 256x256 scaled to [-1, 1], regress a box and 6 points
 * per anchor, keep the confident ones, suppress overlaps. Owns its GraphModel.
 */
export class FaceDetector {
  static readonly modelId: ModelId = 'blazeface';
  readonly #anchors = blazefaceAnchors(inputSize);

  constructor(
    private readonly model: GraphModel,
    private readonly options: FaceDetectorOptions = defaultFaceDetectorOptions,
  ) {}

  /** Faces in the frame, best first, at most `maxFaces`. */
  async detect(frame: OpenedFrame, maxFaces: number, clock?: StageClock): Promise<FaceDetection[]> {
    const { toFrame } = readTransform(frame, letterboxed);
    // [1, 256, 256, 3] in [-1, 1]: the letterboxed frame, its padding black.
    const input = tf.tidy(() => tf.expandDims(frame.read(letterboxed).tensor));
    clock?.lap('preprocess');
    let outputs: tf.Tensor[] = [];
    let logits: tf.Tensor | undefined;
    let regressors: tf.Tensor | undefined;
    let l: Float32Array;
    let r: Float32Array;
    try {
      outputs = this.model.execute(input) as tf.Tensor[];
      // Two heads: [1, 512, 1] + [1, 512, 16] (16x16 grid) and [1, 384, 1] + [1, 384, 16] (8x8).
      [logits, regressors] = tf.tidy(() => joinHeads(outputs));
      [l, r] = (await Promise.all([logits.data(), regressors.data()])) as [
        Float32Array,
        Float32Array,
      ];
    } finally {
      tf.dispose([input, ...outputs, logits as tf.Tensor, regressors as tf.Tensor]);
    }
    clock?.lap('inference');
    const toFramePoint = (x: number, y: number) => applyAffine(toFrame, x, y);
    const found = decodeBlazeface(l, r, this.#anchors, toFramePoint, this.options.minScore);
    const { keep } = nonMaxSuppression(
      found.map(({ box, score }) => ({ box: topLeftToCorner(box), score })),
      { iouThreshold: this.options.iouThreshold, maxBoxes: maxFaces },
    );
    const faces = keep.map((i) => found[i]!);
    clock?.lap('postprocess');
    return faces;
  }

  dispose(): void {
    this.model.dispose();
  }
}

function joinHeads(outputs: tf.Tensor[]): [tf.Tensor, tf.Tensor] {
  const find = (anchors: number, channels: number) => {
    const t = outputs.find((o) => o.shape[1] === anchors && o.shape[2] === channels);
    if (!t) {
      throw new Error(
        `BlazeFace gave no [1, ${anchors}, ${channels}] output; is it the right model?`,
      );
    }
    return t;
  };
  return [
    tf.reshape(tf.concat([find(512, 1), find(384, 1)], 1), [-1]),
    tf.reshape(tf.concat([find(512, 16), find(384, 16)], 1), [-1]),
  ];
}
