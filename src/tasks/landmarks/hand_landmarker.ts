import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import { intersectionOverUnionTopLeft } from '../../vision/intersection_over_union';
import { cropToFrame, type RotatedCrop } from '../../vision/rotate_crop';
import type { OpenedFrame } from '../../core/pixels/read_options';
import { cropBatch } from '../../core/pixels/frame_reader';
import { boundingBox, cropBounds } from './face_crops';
import { cropFromHand, cropFromHandBox, handInputSize } from './hand_crops';
import type { HandDetector } from './hand_detector';
import { closeUpView, stretchedView } from './hand_detector_view';
import type { Hand, Point3 } from './landmarks_result';
import type { StageClock } from './stage_clock';

export interface HandOptions {
  maxHands: number;
  /** A hand whose landmark score falls below this is dropped and looked for again. */
  minHandScore: number;
  /** While fewer than maxHands are tracked, look for new hands every this many frames. */
  redetectEvery: number;
}

export const defaultHandOptions: HandOptions = {
  maxHands: 2,
  minHandScore: 0.5,
  // HandTrack takes about 100 ms on WASM: looking for a second hand more often stutters.
  redetectEvery: 30,
};

/**
 * Hands, 21 points each (MediaPipe Hands, https://arxiv.org/abs/2006.10214): HandTrack finds
 * hands, a 224x224 crop of each is regressed by Hand Landmark Lite, the points are projected
 * back to the frame. Each kept hand places its next crop upright (wrist below the middle
 * finger), so the detector runs only when a hand is lost or, below maxHands, now and then.
 * A new hand's first crop is not turned, so it is regressed again from its upright crop.
 * The detector alternates between the stretched frame and the frame shrunk into a larger
 * square, where it finds a hand too close to the camera (see hand_detector_view.ts).
 */
export class HandLandmarker {
  static readonly modelId: ModelId = 'handlandmark-lite';
  options: HandOptions;
  #tracks: RotatedCrop[] = [];
  #sinceDetect = Infinity;
  /** Detector runs since the last reset: even ones see the stretched frame, odd ones shrunk. */
  #detections = 0;

  constructor(
    private readonly detector: HandDetector,
    private readonly model: GraphModel,
    options: Partial<HandOptions> = {},
  ) {
    this.options = { ...defaultHandOptions, ...options };
  }

  /** Hands in the frame. */
  async run(rgb: OpenedFrame, clock?: StageClock): Promise<Hand[]> {
    const { maxHands } = this.options;
    const tracked = this.#tracks.slice(0, maxHands);
    const fresh: RotatedCrop[] = [];
    this.#sinceDetect++;
    if (
      tracked.length < maxHands &&
      (tracked.length === 0 || this.#sinceDetect >= this.options.redetectEvery)
    ) {
      this.#sinceDetect = 0;
      // HandTrack misses a hand that fills the frame; every other run looks at the frame
      // shrunk, which finds it. Each frame still runs the detector at most once.
      const view = this.#detections++ % 2 === 0 ? stretchedView : closeUpView;
      for (const hand of await this.detector.detect(rgb, maxHands, clock, view)) {
        if (tracked.length + fresh.length >= maxHands) break;
        if (tracked.some((c) => intersectionOverUnionTopLeft(cropBounds(c), hand.box) > 0.2))
          continue;
        fresh.push(cropFromHandBox(hand.box));
      }
    }
    // A fresh hand's unturned crop gives its orientation; regress it again upright.
    const refined =
      fresh.length > 0
        ? (await this.#regress(rgb, fresh, clock))
            .filter(this.#keep)
            .map((h) => cropFromHand(h.points))
        : [];
    const crops = [...tracked, ...refined];
    const hands = crops.length > 0 ? await this.#regress(rgb, crops, clock) : [];
    const kept = hands.filter(this.#keep);
    this.#tracks = kept.map((h) => cropFromHand(h.points));
    if (kept.length < hands.length) this.#sinceDetect = Infinity;
    clock?.lap('postprocess');
    return kept;
  }

  reset(): void {
    this.#tracks = [];
    this.#sinceDetect = Infinity;
    this.#detections = 0;
  }

  readonly #keep = (h: Hand) => h.score >= this.options.minHandScore;

  async #regress(rgb: OpenedFrame, crops: RotatedCrop[], clock?: StageClock): Promise<Hand[]> {
    const input = tf.tidy(() => cropBatch(rgb, crops, [0, 1])); // [n, 224, 224, 3] in [0, 1]
    clock?.lap('preprocess');
    const values: Float32Array[][] = [];
    try {
      // One crop at a time: the model's input batch is fixed at 1.
      for (let i = 0; i < crops.length; i++) {
        const outputs = tf.tidy(() => {
          const one = crops.length === 1 ? input : tf.slice(input, [i, 0, 0, 0], [1, -1, -1, -1]);
          // Identity_1 [1, 1] P(hand), Identity [1, 63] (x, y, z) in crop px,
          // Identity_2 [1, 1] P(right hand) in an unmirrored picture.
          return this.model.execute(one, ['Identity_1', 'Identity', 'Identity_2']) as tf.Tensor[];
        });
        try {
          values.push((await Promise.all(outputs.map((t) => t.data()))) as Float32Array[]);
        } finally {
          tf.dispose(outputs);
        }
      }
    } finally {
      input.dispose();
    }
    clock?.lap('inference');
    return crops.map((crop, f) => {
      const [presence, coords, handedness] = values[f]!;
      const zScale = crop.size / handInputSize;
      const points: Point3[] = [];
      for (let i = 0; i < 21; i++) {
        const p = cropToFrame(crop, coords![3 * i]!, coords![3 * i + 1]!);
        points.push({ x: p.x, y: p.y, z: coords![3 * i + 2]! * zScale });
      }
      const rightScore = handedness![0]!;
      return {
        points,
        score: presence![0]!,
        handedness: rightScore >= 0.5 ? 'right' : 'left',
        rightScore,
        box: boundingBox(points),
      };
    });
  }

  dispose(): void {
    this.detector.dispose();
    this.model.dispose();
  }
}
