import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import { intersectionOverUnionTopLeft } from '../../vision/intersection_over_union';
import { cropToFrame, type RotatedCrop } from '../../vision/rotate_crop';
import type { OpenedFrame } from '../../core/pixels/read_options';
import { cropBatch } from '../../core/pixels/frame_reader';
import {
  boundingBox,
  cropBounds,
  cropFromDetection,
  cropFromMesh,
  meshInputSize,
} from './face_crops';
import type { FaceDetector } from './face_detector';
import type { FaceMesh, Point3 } from './landmarks_result';
import type { StageClock } from './stage_clock';

export const meshPointCount = 468;

export interface FaceMeshOptions {
  /** At most this many faces are tracked. */
  maxFaces: number;
  /** A mesh scoring below this is dropped and its face re-detected, in [0, 1]. */
  minMeshScore: number;
  /** While fewer than maxFaces are tracked, look for new faces every this many frames. */
  redetectEvery: number;
}

export const defaultFaceMeshOptions: FaceMeshOptions = {
  maxFaces: 1,
  minMeshScore: 0.5,
  redetectEvery: 30,
};

/**
 * Face mesh, 468 points (MediaPipe Face Mesh, https://arxiv.org/abs/1907.06724):
 * detect faces with BlazeFace, cut an upright 192x192 crop of each (eye line horizontal),
 * regress 468 (x, y, z) points, project them back to the frame.
 * Tracking: each kept mesh places the next frame's crop, so the detector runs only when a
 * face is lost (its mesh score drops) or, while fewer than maxFaces are tracked, now and then.
 */
export class FaceMeshLandmarker {
  static readonly modelId: ModelId = 'facemesh';
  options: FaceMeshOptions;
  #tracks: RotatedCrop[] = [];
  #sinceDetect = Infinity;

  constructor(
    private readonly detector: FaceDetector,
    private readonly model: GraphModel,
    options: Partial<FaceMeshOptions> = {},
  ) {
    this.options = { ...defaultFaceMeshOptions, ...options };
  }

  /** Meshes of the faces in the frame. */
  async run(rgb: OpenedFrame, clock?: StageClock): Promise<FaceMesh[]> {
    const { maxFaces } = this.options;
    const tracked = this.#tracks.slice(0, maxFaces);
    const crops = tracked.map((crop) => ({ crop, tracked: true }));
    this.#sinceDetect++;
    if (
      tracked.length < maxFaces &&
      (tracked.length === 0 || this.#sinceDetect >= this.options.redetectEvery)
    ) {
      this.#sinceDetect = 0;
      for (const face of await this.detector.detect(rgb, maxFaces, clock)) {
        if (crops.length >= maxFaces) break;
        // A face already tracked keeps its tracked crop.
        if (crops.some((c) => intersectionOverUnionTopLeft(cropBounds(c.crop), face.box) > 0.2))
          continue;
        crops.push({ crop: cropFromDetection(face), tracked: false });
      }
    }
    if (crops.length === 0) {
      this.#tracks = [];
      return [];
    }
    const meshes = await this.#mesh(rgb, crops, clock);
    const kept = meshes.filter((m) => m.score >= this.options.minMeshScore);
    this.#tracks = kept.map((m) => cropFromMesh(m.points));
    // A lost face is looked for again on the next frame.
    if (kept.length < meshes.length) this.#sinceDetect = Infinity;
    clock?.lap('postprocess');
    return kept;
  }

  /** Forgets the tracked faces (a new source starts). */
  reset(): void {
    this.#tracks = [];
    this.#sinceDetect = Infinity;
  }

  async #mesh(
    rgb: OpenedFrame,
    crops: { crop: RotatedCrop; tracked: boolean }[],
    clock?: StageClock,
  ): Promise<FaceMesh[]> {
    const input = tf.tidy(() =>
      cropBatch(
        rgb,
        crops.map((c) => c.crop),
        [0, 1],
      ),
    ); // [n, 192, 192, 3] in [0, 1]
    clock?.lap('preprocess');
    let outputs: tf.Tensor[] = [];
    let coords: Float32Array;
    let scores: Float32Array;
    try {
      outputs = this.model.execute(input) as tf.Tensor[];
      const mesh = outputs.find((t) => t.shape[1] === meshPointCount * 3); // [n, 1404]: (x, y, z) in crop px
      const score = outputs.find((t) => t.shape[1] === 1); // [n, 1]: face confidence
      if (!mesh || !score) throw new Error('Face mesh gave no [n, 1404] and [n, 1] outputs.');
      [coords, scores] = (await Promise.all([mesh.data(), score.data()])) as [
        Float32Array,
        Float32Array,
      ];
    } finally {
      tf.dispose([input, ...outputs]);
    }
    clock?.lap('inference');
    return crops.map(({ crop, tracked }, f) => {
      const zScale = crop.size / meshInputSize;
      const points: Point3[] = [];
      for (let i = 0; i < meshPointCount; i++) {
        const o = (f * meshPointCount + i) * 3;
        const p = cropToFrame(crop, coords[o]!, coords[o + 1]!);
        points.push({ x: p.x, y: p.y, z: coords[o + 2]! * zScale });
      }
      return {
        points,
        score: scores[f]!,
        box: boundingBox(points),
        crop: { cx: crop.cx, cy: crop.cy, size: crop.size, angle: crop.angle },
        tracked,
      };
    });
  }

  dispose(): void {
    this.detector.dispose();
    this.model.dispose();
  }
}
