import * as tf from '@tensorflow/tfjs-core';
import type { LabTask, PixelFrame, Timed } from '../task';
import type { TransferFeatures } from './transfer_features';
import type { SoftmaxHead } from './softmax_head';
import type { TransferResult } from './transfer_result';

/** The trained head and its class names, as the predictor reads them each frame. */
export interface LiveHead {
  head: SoftmaxHead;
  labels: string[];
  /** When it was trained (ISO time), published with each prediction. */
  trainedAt: string;
}

/**
 * Live prediction: the frame's centred square through the frozen backbone (1008-d features),
 * then the trained softmax head. Before training it only reports the frame.
 * Owns the backbone (dispose() releases it); the head belongs to the lab.
 */
export class TransferPredictor implements LabTask<TransferResult> {
  constructor(
    readonly backbone: TransferFeatures,
    private readonly liveHead: () => LiveHead | null,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run({ image, width, height }: PixelFrame): Promise<Timed<TransferResult>> {
    const t0 = this.now();
    const live = this.liveHead();
    if (!live) {
      return {
        result: {
          frame: { width, height },
          labels: [],
          probabilities: null,
          trainedAt: null,
          best: null,
        },
        timings: { preprocess: 0, inference: 0, postprocess: 0 },
      };
    }
    const [features] = await this.backbone.extract(image, width, height); // [1008]
    const t1 = this.now();
    const probabilities = Array.from(
      tf.tidy(() =>
        live.head.probabilities(tf.tensor2d(features!, [1, features!.length])).dataSync(),
      ),
    );
    const t2 = this.now();
    const i = probabilities.indexOf(Math.max(...probabilities));
    const best = { label: live.labels[i] ?? String(i), probability: probabilities[i]! };
    return {
      result: {
        frame: { width, height },
        labels: live.labels,
        probabilities,
        trainedAt: live.trainedAt,
        best,
      },
      timings: { preprocess: 0, inference: t1 - t0, postprocess: t2 - t1 },
    };
  }

  dispose(): void {
    this.backbone.dispose();
  }
}
