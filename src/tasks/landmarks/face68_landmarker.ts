import * as tf from '@tensorflow/tfjs-core';
import { cropToFrame, type RotatedCrop } from '../../vision/rotate_crop';
import type { OpenedFrame } from '../../core/pixels/read_options';
import { cropBatch } from '../../core/pixels/frame_reader';
import { Face68Net, face68InputSize } from './face68_net';
import type { Face68, Point2 } from './landmarks_result';
import type { StageClock } from './stage_clock';

/** Face crops for the 68-point net are this many times the face's extent (BlazeFace box or mesh). */
export const face68CropScale = 1.1;

/**
 * 68 face points: an upright 112x112 crop of each face (placed by the detector or the mesh),
 * regressed by face-api's net, projected back to the frame. Owns the net.
 */
export class Face68Landmarker {
  constructor(private readonly net: Face68Net) {}

  /** Points of each face; `faces[i].crop` must have outputSize 112. */
  async run(
    rgb: OpenedFrame,
    faces: readonly { crop: RotatedCrop; score: number }[],
    clock?: StageClock,
  ): Promise<Face68[]> {
    if (faces.length === 0) return [];
    const crops = faces.map((f) => f.crop);
    if (crops.some((c) => c.outputSize !== face68InputSize)) {
      throw new RangeError(`68-point crops must be ${face68InputSize} px square.`);
    }
    const input = tf.tidy(() => cropBatch(rgb, crops)); // [n, 112, 112, 3] 0-255
    clock?.lap('preprocess');
    let output: tf.Tensor | undefined;
    let values: Float32Array;
    try {
      output = this.net.predict(input); // [n, 136]
      values = (await output.data()) as Float32Array;
    } finally {
      tf.dispose([input, output as tf.Tensor]);
    }
    clock?.lap('inference');
    const result = faces.map(({ crop, score }, f) => {
      const points: Point2[] = [];
      for (let i = 0; i < 68; i++) {
        const o = f * 136 + 2 * i;
        points.push(
          cropToFrame(crop, values[o]! * face68InputSize, values[o + 1]! * face68InputSize),
        );
      }
      return { points, score };
    });
    clock?.lap('postprocess');
    return result;
  }

  dispose(): void {
    this.net.dispose();
  }
}
