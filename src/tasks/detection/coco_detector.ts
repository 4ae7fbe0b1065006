import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import { FrameReader } from '../../core/pixels/frame_reader';
import { mapCorners } from '../../vision/boxes';
import { squareLetterbox, unletterbox } from '../../vision/letterbox';
import { nonMaxSuppression } from '../../vision/non_max_suppression';
import type { LabTask, PixelFrame, Timed } from '../task';
import { setCenternetInputSize } from './centernet_input_size';
import { cocoLabels } from './coco_labels';
import { decodeCenterNet } from './decode_centernet';
import type { CocoResult, Detection, DetectionOptions } from './detection_result';

const stride = 4;
const maxPeaks = 100;

/**
 * The square sizes CenterNet runs at (its input is freed, load_centernet.ts): multiples of 32,
 * the backbone's total stride. Smaller is faster (about (s / 512)² of the work) and finds fewer
 * small objects (tests/unit/detection/coco_input_size.test.ts).
 */
export const cocoInputSizes = [320, 384, 512] as const;
export type CocoInputSize = (typeof cocoInputSizes)[number];
/**
 * The rule: the smallest size that still finds what a person would name in each test photo (the
 * cat; the cup; the footballer and his ball; the oranges and the apples). 320 misses the apples
 * and the ball; 384 finds them all in about half of 512's time (README, "COCO input size").
 */
export const defaultCocoInputSize: CocoInputSize = 384;

/** The thresholds and the square size s the graph runs at. */
export interface CocoOptions extends DetectionOptions {
  inputSize: CocoInputSize;
}

function checkInputSize(inputSize: number): asserts inputSize is CocoInputSize {
  if (!cocoInputSizes.includes(inputSize as CocoInputSize)) {
    throw new RangeError(
      `inputSize must be one of ${cocoInputSizes.join(', ')}, got ${inputSize}.`,
    );
  }
}

/** Score 0.3 (Human uses 0.2, which shows more second-guess classes), IoU 0.4 as Human. */
export const defaultCocoOptions: DetectionOptions = { scoreThreshold: 0.3, iouThreshold: 0.4 };

/**
 * COCO detection with CenterNet (MobileNetV3): letterbox into s x s raw 0-255 RGB (s = 384 by
 * default, or 320 or 512), run the graph to its heads, the class heat map `tower_0/keypoints`
 * [1, s/4, s/4, 80] (sigmoid) and the size head `tower_0/wh` [1, s/4, s/4, 4] (l, t, r, b in
 * input pixels); keep local maxima
 * (3 x 3 max-pool), take the 100 best, then our score threshold and our per-class NMS.
 * The graph's own `tower_0/detections` does the same peak picking but no NMS or threshold.
 * Owns its GraphModel (loaded with its input freed, load_centernet.ts) and sets it to run at s;
 * dispose() releases it.
 */
export class CocoDetector implements LabTask<CocoResult> {
  static readonly modelId: ModelId = 'centernet';
  #options: DetectionOptions;
  #inputSize: CocoInputSize;
  /** The size the graph's upsampling constants are set for. */
  #graphSize: CocoInputSize;
  readonly #reader = new FrameReader();

  constructor(
    private readonly model: GraphModel,
    options: Partial<DetectionOptions> = {},
    private readonly now: () => number = () => performance.now(),
    inputSize: CocoInputSize = defaultCocoInputSize,
  ) {
    checkInputSize(inputSize);
    setCenternetInputSize(model, inputSize);
    this.#inputSize = this.#graphSize = inputSize;
    this.#options = { ...defaultCocoOptions, ...options };
  }

  get options(): DetectionOptions {
    return this.#options;
  }

  /** The square size s the next frame runs at. */
  get inputSize(): CocoInputSize {
    return this.#inputSize;
  }

  /** New thresholds or input size take effect from the next frame. */
  setOptions({ inputSize, ...options }: Partial<CocoOptions>): void {
    const next = { ...this.#options, ...options };
    for (const key of ['scoreThreshold', 'iouThreshold'] as const) {
      if (!(next[key] >= 0 && next[key] <= 1)) {
        throw new RangeError(`${key} must be in [0, 1], got ${next[key]}.`);
      }
    }
    if (inputSize !== undefined) checkInputSize(inputSize);
    this.#options = next;
    if (inputSize !== undefined) this.#inputSize = inputSize;
  }

  async run({ image, width, height }: PixelFrame): Promise<Timed<CocoResult>> {
    const options = this.#options;
    const inputSize = this.#inputSize;
    const gridWidth = inputSize / stride;
    const t0 = this.now();
    const letterbox = squareLetterbox(width, height, inputSize); // the read's geometry
    const { tensor } = await this.#reader.read(
      { image, width, height },
      { outputSize: { width: inputSize, height: inputSize }, keepAspect: true },
    );
    const input = tf.expandDims<tf.Tensor4D>(tensor, 0); // [1, s, s, 3] float32 0-255
    tensor.dispose();
    const t1 = this.now();
    let peaks: tf.Tensor[] = [];
    let scores: Float32Array, indices: Int32Array, sizes: Float32Array;
    try {
      // Set here, not in setOptions: a frame read at the old size may be in flight.
      if (this.#graphSize !== inputSize) {
        setCenternetInputSize(this.model, inputSize);
        this.#graphSize = inputSize;
      }
      peaks = tf.tidy(() => topPeaks(this.model, input));
      [scores, indices, sizes] = (await Promise.all(peaks.map((t) => t.data()))) as [
        Float32Array,
        Int32Array,
        Float32Array,
      ];
    } finally {
      tf.dispose([input, ...peaks]);
    }
    const t2 = this.now();
    const candidates: Detection[] = decodeCenterNet(
      { scores, indices, sizes },
      { gridWidth, numClasses: cocoLabels.length, stride },
      options.scoreThreshold,
    ).map(({ box, score, classIndex }) => ({
      box: mapCorners(box, (x, y) => unletterbox(letterbox, x / inputSize, y / inputSize)),
      score,
      classIndex,
      label: cocoLabels[classIndex] ?? String(classIndex),
    }));
    const nms = nonMaxSuppression(candidates, {
      iouThreshold: options.iouThreshold,
      perClass: true,
    });
    const t3 = this.now();
    return {
      result: {
        mode: 'coco',
        frame: { width, height },
        inputSize,
        scoreThreshold: options.scoreThreshold,
        iouThreshold: options.iouThreshold,
        candidates,
        detections: nms.keep.map((i) => candidates[i]!),
        nmsSteps: nms.steps,
      },
      timings: { preprocess: t1 - t0, inference: t2 - t1, postprocess: t3 - t2 },
    };
  }

  dispose(): void {
    this.model.dispose();
    this.#reader.dispose();
  }
}

/**
 * [scores [K], flat heat-map indices [K] int32, sizes [K, 4]] of the K best local maxima; the
 * same peaks as the graph's own `tower_0/TopKV2` (tested). Call inside tf.tidy.
 */
export function topPeaks(model: GraphModel, input: tf.Tensor4D): tf.Tensor[] {
  const [heat, wh] = model.execute(input, ['tower_0/keypoints', 'tower_0/wh']) as [
    tf.Tensor4D,
    tf.Tensor4D,
  ];
  // A cell is a peak when it equals the maximum m of its 3 x 3 neighbourhood; others become 0,
  // as the graph's own decoding does (Equal, Cast, Mul). Not 1 − sign(m − heat), 2.5 ms
  // cheaper: WASM's Sign gives 0 below about 1e-7, so a cell 3e-8 under its neighbour passed as
  // a peak (coffee.jpg, letterboxed with half-pixel centres).
  const isPeak = tf.cast(tf.equal(tf.maxPool(heat, 3, 1, 'same'), heat), 'float32');
  const peaks = tf.reshape(tf.mul(heat, isPeak), [-1]);
  const { values, indices } = tf.topk(peaks, maxPeaks);
  const cells = tf.floorDiv(indices, tf.scalar(cocoLabels.length, 'int32'));
  const sizes = tf.gather(tf.reshape(wh, [-1, 4]), cells);
  return [values, indices, sizes];
}
