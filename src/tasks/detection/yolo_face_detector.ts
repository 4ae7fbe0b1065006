import * as tf from '@tensorflow/tfjs-core';
import type { ModelId } from '../../core/models/catalogue';
import { FrameReader } from '../../core/pixels/frame_reader';
import { anchorBoxes, tinyFaceAnchors, type AnchorSize } from '../../vision/anchor_boxes';
import { centreToCorner, mapCorners, type CentreBox, type CornerBox } from '../../vision/boxes';
import { squareLetterbox, unletterbox, type Letterbox } from '../../vision/letterbox';
import { nonMaxSuppression } from '../../vision/non_max_suppression';
import { decodeYoloOutput, yoloFilterBoxes } from '../../vision/yolo_boxes';
import type { LabTask, PixelFrame, Timed } from '../task';
import type { AnchorView, DetectionOptions, YoloDetection, YoloResult } from './detection_result';
import {
  TinyYoloV2,
  tinyYoloGridSize,
  tinyYoloInputSizes,
  type TinyYoloInputSize,
} from './tiny_yolo_v2';
import { storedClassCount } from './yolo_output_volume';

export interface YoloFaceOptions extends DetectionOptions {
  /** Model input side n; the grid is S x S with S = 7, 10, 13, 19 for 224, 320, 416, 608. */
  inputSize: TinyYoloInputSize;
}

/** The face model's one class. */
export const yoloFaceLabels: readonly string[] = ['face'];

/** face-api's defaults: 416 px, score 0.5, IoU 0.4 (src/tinyFaceDetector/const.ts). */
export const defaultYoloFaceOptions: YoloFaceOptions = {
  inputSize: 416,
  scoreThreshold: 0.5,
  iouThreshold: 0.4,
};

/**
 * YOLO face detection with Tiny YOLOv2: letterbox the frame into n x n, normalise, run the
 * network to [1, S, S, 5 x 5], decode, filter by score, suppress, project back to the frame.
 * Owns its network; dispose() releases the weights.
 */
export class YoloFaceDetector implements LabTask<YoloResult> {
  static readonly modelId: ModelId = 'tiny_face_detector';
  #options: YoloFaceOptions;
  readonly #reader = new FrameReader();

  constructor(
    private readonly net: TinyYoloV2,
    options: Partial<YoloFaceOptions> = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#options = validOptions({ ...defaultYoloFaceOptions, ...options });
  }

  get options(): YoloFaceOptions {
    return this.#options;
  }

  /** Takes effect from the next frame. */
  setOptions(options: Partial<YoloFaceOptions>): void {
    this.#options = validOptions({ ...this.#options, ...options });
  }

  async run({ image, width, height }: PixelFrame): Promise<Timed<YoloResult>> {
    const options = this.#options;
    const gridSize = tinyYoloGridSize(options.inputSize);
    const t0 = this.now();
    const n = options.inputSize;
    const letterbox = squareLetterbox(width, height, n); // the read's geometry, for decoding
    const { tensor } = await this.#reader.read(
      { image, width, height },
      { outputSize: { width: n, height: n }, keepAspect: true },
    );
    const input = tf.expandDims<tf.Tensor4D>(tensor, 0); // [1, n, n, 3] float32 0-255
    tensor.dispose();
    const t1 = this.now();
    let output: tf.Tensor | undefined;
    let values: Float32Array;
    try {
      output = this.net.predict(input); // [1, S, S, 5 * 5]
      values = (await output.data()) as Float32Array;
    } finally {
      tf.dispose([input, output as tf.Tensor]);
    }
    const t2 = this.now();
    const decoded = yoloDetections(
      values,
      { gridSize, anchors: tinyFaceAnchors, labels: yoloFaceLabels },
      letterbox,
      options,
    );
    const t3 = this.now();
    return {
      result: {
        mode: 'yolo',
        frame: { width, height },
        inputSize: options.inputSize,
        gridSize,
        letterbox,
        scoreThreshold: options.scoreThreshold,
        iouThreshold: options.iouThreshold,
        ...decoded,
      },
      timings: { preprocess: t1 - t0, inference: t2 - t1, postprocess: t3 - t2 },
    };
  }

  dispose(): void {
    this.net.dispose();
    this.#reader.dispose();
  }
}

export interface YoloModelLayout {
  gridSize: number;
  anchors: readonly AnchorSize[];
  labels: readonly string[];
}

/**
 * The YOLO post-processing the course puts together (its yolo_eval): decode every anchor of
 * every cell, keep boxes with score = p_c x c_i >= threshold, then non-max suppression per class.
 * `output` is the network's [1, S, S, A * (5 + C)]; one-class models carry no class logits.
 * Boxes come back in source-frame pixels.
 */
export function yoloDetections(
  output: ArrayLike<number>,
  { gridSize, anchors, labels }: YoloModelLayout,
  letterbox: Letterbox,
  { scoreThreshold, iouThreshold }: DetectionOptions,
): Pick<YoloResult, 'candidates' | 'detections' | 'nmsSteps' | 'anchors'> {
  const numClasses = storedClassCount(labels.length);
  const predictions = decodeYoloOutput(output, { gridSize, anchors, numClasses });
  const toFrame = (b: CentreBox): CornerBox =>
    mapCorners(centreToCorner(b), (x, y) => unletterbox(letterbox, x, y));

  const candidates: YoloDetection[] = yoloFilterBoxes(predictions, scoreThreshold).map((f) => {
    const p = predictions[f.index]!;
    return {
      box: toFrame(p.box),
      score: f.score,
      classIndex: f.classIndex,
      label: labels[f.classIndex] ?? String(f.classIndex),
      row: p.row,
      col: p.col,
      anchor: p.anchor,
    };
  });
  const nms = nonMaxSuppression(candidates, { iouThreshold, perClass: true });

  const anchorViews: AnchorView[] = [];
  for (let row = 0; row < gridSize; row++) {
    for (let col = 0; col < gridSize; col++) {
      const priors = anchorBoxes(row, col, anchors, gridSize);
      for (const [anchor, prior] of priors.entries()) {
        const p = predictions[(row * gridSize + col) * anchors.length + anchor]!;
        anchorViews.push({
          row,
          col,
          anchor,
          prior: toFrame(prior),
          box: toFrame(p.box),
          objectness: p.objectness,
        });
      }
    }
  }
  return {
    candidates,
    detections: nms.keep.map((i) => candidates[i]!),
    nmsSteps: nms.steps,
    anchors: anchorViews,
  };
}

function validOptions(o: YoloFaceOptions): YoloFaceOptions {
  if (!tinyYoloInputSizes.includes(o.inputSize)) {
    throw new RangeError(
      `Tiny YOLOv2 input size must be one of ${tinyYoloInputSizes.join(', ')}, got ${o.inputSize}.`,
    );
  }
  for (const key of ['scoreThreshold', 'iouThreshold'] as const) {
    if (!(o[key] >= 0 && o[key] <= 1)) {
      throw new RangeError(`${key} must be in [0, 1], got ${o[key]}.`);
    }
  }
  return o;
}
