import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import { cropOptions } from '../../core/pixels/frame_reader';
import type { OpenedFrame, ReadOptions } from '../../core/pixels/read_options';
import { topLeftToCorner, type TopLeftBox } from '../../vision/boxes';
import { nonMaxSuppression } from '../../vision/non_max_suppression';
import {
  boxFromCrop,
  shrunkFrameCrop,
  stretchedView,
  type HandDetectorView,
} from './hand_detector_view';
import type { StageClock } from './stage_clock';

const inputSize = 320;

/** The whole frame stretched to the input, its edges replicated, values in [-1, 1]. */
const stretchedRead: ReadOptions = {
  outputSize: { width: inputSize, height: inputSize },
  border: 'replicate',
  range: [-1, 1],
};

// HandTrack (an SSD MobileNetV2 FPN, https://github.com/victordibia/handtracking) resizes and
// scales its input in a while loop before the network. We feed the network directly (the
// loop's two outputs), which needs no control flow, and read its outputs before its own NMS.
const feedImages = 'StatefulPartitionedCall/map/TensorArrayV2Stack/TensorListStack';
const feedShapes = 'StatefulPartitionedCall/map/TensorArrayV2Stack_1/TensorListStack';
const scoresNode = 'StatefulPartitionedCall/Postprocessor/Slice'; // [1, 12804, 7] per class
const boxesNode = 'StatefulPartitionedCall/Postprocessor/ExpandDims_1'; // [1, 12804, 1, 4] y1 x1 y2 x2

/** Its classes; "face" is not a hand. */
const classes = ['hand', 'fist', 'pinch', 'point', 'face', 'tip', 'pinchtip'] as const;
const faceClass = classes.indexOf('face');

export interface HandDetection {
  /** Source-frame pixels. */
  box: TopLeftBox;
  score: number;
}

export interface HandDetectorOptions {
  minScore: number;
  iouThreshold: number;
}

export const defaultHandDetectorOptions: HandDetectorOptions = { minScore: 0.5, iouThreshold: 0.3 };

/** Finds hands: the frame (stretched or shrunk) as 320x320, scaled to [-1, 1]; owns its GraphModel. */
export class HandDetector {
  static readonly modelId: ModelId = 'handtrack';

  constructor(
    private readonly model: GraphModel,
    private readonly options: HandDetectorOptions = defaultHandDetectorOptions,
  ) {}

  /**
   * Hands in the frame, best first, at most `maxHands`, seen through `view`: the whole frame
   * stretched, or shrunk into a larger square for a hand that fills the frame.
   */
  async detect(
    frame: OpenedFrame,
    maxHands: number,
    clock?: StageClock,
    view: HandDetectorView = stretchedView,
  ): Promise<HandDetection[]> {
    const { width, height } = frame;
    const crop =
      view.kind === 'shrunk' ? shrunkFrameCrop(width, height, view.zoom, inputSize) : null;
    // [1, 320, 320, 3] in [-1, 1]: the frame stretched as the graph's own preprocessing does,
    // or the shrunk frame's square crop (zeros, i.e. -1, around it).
    const images = tf.tidy(() =>
      tf.expandDims(frame.read(crop ? cropOptions(crop, [-1, 1]) : stretchedRead).tensor),
    );
    const shapes = tf.tensor2d([[inputSize, inputSize, 3]], [1, 3], 'int32');
    clock?.lap('preprocess');
    let outputs: tf.Tensor[] = [];
    let scores: Float32Array;
    let boxes: Float32Array;
    try {
      outputs = this.model.execute({ [feedImages]: images, [feedShapes]: shapes }, [
        scoresNode,
        boxesNode,
      ]) as tf.Tensor[];
      [scores, boxes] = (await Promise.all(outputs.map((t) => t.data()))) as [
        Float32Array,
        Float32Array,
      ];
    } finally {
      tf.dispose([images, shapes, ...outputs]);
    }
    clock?.lap('inference');
    const found: HandDetection[] = [];
    const n = boxes.length / 4;
    for (let i = 0; i < n; i++) {
      let score = 0;
      for (let c = 0; c < classes.length; c++) {
        if (c !== faceClass) score = Math.max(score, scores[i * classes.length + c]!);
      }
      if (score < this.options.minScore) continue;
      const [y1, x1, y2, x2] = boxes.subarray(i * 4, i * 4 + 4) as unknown as number[];
      const box = crop
        ? boxFromCrop(crop, y1!, x1!, y2!, x2!)
        : {
            x: x1! * width,
            y: y1! * height,
            width: (x2! - x1!) * width,
            height: (y2! - y1!) * height,
          };
      found.push({ box, score });
    }
    const { keep } = nonMaxSuppression(
      found.map(({ box, score }) => ({ box: topLeftToCorner(box), score })),
      { iouThreshold: this.options.iouThreshold, maxBoxes: maxHands },
    );
    const hands = keep.map((i) => found[i]!);
    clock?.lap('postprocess');
    return hands;
  }

  dispose(): void {
    this.model.dispose();
  }
}
