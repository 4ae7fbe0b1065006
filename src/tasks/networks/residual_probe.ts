import * as tf from '@tensorflow/tfjs-core';
import { cropBatch, FrameReader } from '../../core/pixels/frame_reader';
import { featureGrid } from '../convolution/feature_grid';
import type { RgbaImage } from '../convolution/filter_result';
import { rgbaPixels } from '../convolution/rgba_pixels';
import { alignFace } from '../faces/align_face';
import { defaultTau } from '../faces/face_embedder';
import { euclideanDistance } from '../faces/face_distance';
import type {
  FaceRecognitionNet,
  ResidualBlockName,
  ResidualTap,
} from '../faces/face_recognition_net';
import type { FaceDetector } from '../landmarks/face_detector';
import { StageClock } from '../landmarks/stage_clock';
import type { PixelFrame, Timed } from '../task';

export interface ResidualSettings {
  /** The block whose a[l], z[l+2], a[l+2] are shown. */
  block: ResidualBlockName;
  /** Blocks whose skip connection is cut. */
  cut: readonly ResidualBlockName[];
  /** Bumped by "take the reference": the next face found becomes it. */
  referenceRequests: number;
}

/** One activation, its shape and its first four channels as a grey strip. */
export interface ActivationView {
  shape: [number, number, number];
  image: RgbaImage;
}

export interface ResidualResult {
  /** The face encoded (the most confident), in frame pixels; null when none is found. */
  face: { x: number; y: number; width: number; height: number; score: number } | null;
  block: ResidualBlockName;
  cut: ResidualBlockName[];
  /** a[l], z[l+2], a[l+2] of the block, with the cuts applied. */
  tapped: { a: ActivationView; z: ActivationView; out: ActivationView } | null;
  /** ‖f(x) − f_cut(x)‖: how far cutting moves the live face's encoding. */
  shift: number | null;
  /** Distances to the reference face, d = ‖f(x) − f(ref)‖, intact and with the cuts, against τ. */
  reference: { intact: number; cut: number; tau: number } | null;
  /** Whether a reference face is held. */
  hasReference: boolean;
}

/**
 * The residual block, live: the face found in the frame, aligned to 150 x 150 (as in the Faces
 * lab), encoded by the face_recognition ResNet intact and with the chosen skip connections cut;
 * one block's activations shown; distances to a reference face both ways. Owns the detector, the
 * network and the reference crop.
 */
export class ResidualProbe {
  readonly #reader = new FrameReader();
  #reference: tf.Tensor4D | null = null;
  #requestsSeen = 0;

  constructor(
    private readonly detector: FaceDetector,
    private readonly net: FaceRecognitionNet,
    private readonly settings: () => ResidualSettings,
  ) {}

  async run({ image, width, height }: PixelFrame): Promise<Timed<ResidualResult>> {
    const s = this.settings();
    const cut = new Set(s.cut);
    const clock = new StageClock();
    const frame = await this.#reader.open({ image, width, height });
    const none: ResidualResult = {
      face: null,
      block: s.block,
      cut: [...cut],
      tapped: null,
      shift: null,
      reference: null,
      hasReference: this.#reference !== null,
    };
    let crop: tf.Tensor4D | undefined;
    let batch: tf.Tensor4D | undefined;
    const owned: tf.Tensor[] = [];
    try {
      clock.lap('preprocess');
      const [found] = await this.detector.detect(frame, 1, clock);
      if (!found) return { result: none, timings: clock.timings };
      const live = tf.tidy(() => cropBatch(frame, [alignFace(found, this.net.inputSize)]));
      crop = live; // [1, 150, 150, 3] RGB 0-255
      if (s.referenceRequests > this.#requestsSeen) {
        this.#requestsSeen = s.referenceRequests;
        this.#reference?.dispose();
        this.#reference = tf.clone(live);
      }
      const ref = this.#reference;
      batch = ref ? tf.concat([live, ref]) : tf.clone(live);
      clock.lap('preprocess');
      const withCuts = this.net.embedProbed(batch, { cut, tap: s.block });
      owned.push(withCuts.encoding);
      const intact = cut.size > 0 ? this.net.embedProbed(batch, {}).encoding : withCuts.encoding;
      if (intact !== withCuts.encoding) owned.push(intact);
      const tap = withCuts.tapped;
      if (tap) owned.push(tap.a, tap.z, tap.out);
      const [f, fCut] = await Promise.all([intact.data(), withCuts.encoding.data()]);
      clock.lap('inference');
      const dims = this.net.dimensions;
      const row = (values: Float32Array | Int32Array | Uint8Array, i: number) =>
        values.subarray(i * dims, (i + 1) * dims);
      const tau = defaultTau.face_recognition;
      const result: ResidualResult = {
        ...none,
        face: { ...found.box, score: found.score },
        tapped: tap ? await this.#views(tap) : null,
        shift: euclideanDistance(row(f, 0), row(fCut, 0)),
        reference: ref
          ? {
              intact: euclideanDistance(row(f, 0), row(f, 1)),
              cut: euclideanDistance(row(fCut, 0), row(fCut, 1)),
              tau,
            }
          : null,
      };
      clock.lap('postprocess');
      return { result, timings: clock.timings };
    } finally {
      frame.dispose();
      tf.dispose([...owned, ...(crop ? [crop] : []), ...(batch ? [batch] : [])]);
    }
  }

  /** The first face's first four channels of each tapped activation. */
  async #views(tap: ResidualTap): Promise<ResidualResult['tapped']> {
    const view = async (t: tf.Tensor4D): Promise<ActivationView> => {
      const [, h, w, c] = t.shape;
      const strip = tf.tidy(
        () => tf.expandDims(featureGrid(tf.slice(t, 0, 1), 4, 4), 2) as tf.Tensor3D,
      );
      try {
        return { shape: [h, w, c], image: await rgbaPixels(strip) };
      } finally {
        strip.dispose();
      }
    };
    return { a: await view(tap.a), z: await view(tap.z), out: await view(tap.out) };
  }

  /** Forgets the reference face. */
  clearReference(): void {
    this.#reference?.dispose();
    this.#reference = null;
  }

  dispose(): void {
    this.clearReference();
    this.detector.dispose();
    this.net.dispose();
    this.#reader.dispose();
  }
}
