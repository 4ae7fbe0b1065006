import * as tf from '@tensorflow/tfjs-core';
import { cropBatch, FrameReader } from '../../core/pixels/frame_reader';
import type { FaceDetector } from '../landmarks/face_detector';
import { StageClock } from '../landmarks/stage_clock';
import type { LabTask, PixelFrame, Timed } from '../task';
import { alignFace } from './align_face';
import type { FaceEmbedder } from './face_embedder';
import type { FacesResult } from './faces_result';

/** RGBA pixels of the aligned crops of the last frame, for showing what the network sees. */
export interface AlignedPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * The Faces pipeline: detect (BlazeFace), align (rotate so the eyes are level, crop, resize to the
 * encoder's input), encode (f(x)). Owns both networks.
 */
export class FaceEncoder implements LabTask<FacesResult> {
  readonly #reader = new FrameReader();
  constructor(
    private readonly detector: FaceDetector,
    readonly net: FaceEmbedder,
    public maxFaces = 4,
  ) {}

  async run(frame: PixelFrame): Promise<Timed<FacesResult>> {
    const { result, timings } = await this.encode(frame);
    return { result, timings };
  }

  /** Like run(), plus the aligned crops the network saw, in the order of the faces. */
  async encode({
    image,
    width,
    height,
  }: PixelFrame): Promise<Timed<FacesResult> & { aligned: AlignedPixels[] }> {
    const clock = new StageClock();
    // Reads only the small crops the models need (the whole frame only for the detector).
    const rgb = await this.#reader.open({ image, width, height });
    let crops: tf.Tensor4D | undefined;
    let encodings: tf.Tensor2D | undefined;
    try {
      clock.lap('preprocess');
      const found = await this.detector.detect(rgb, this.maxFaces, clock);
      if (found.length === 0) {
        return {
          result: { frame: { width, height }, faces: [] },
          timings: clock.timings,
          aligned: [],
        };
      }
      const aligned = found.map((f) => alignFace(f, this.net.inputSize));
      crops = tf.tidy(() => cropBatch(rgb, aligned)); // [n, N, N, 3] 0-255
      clock.lap('preprocess');
      encodings = this.net.embed(crops); // [n, dimensions]
      const [values, pixels] = await Promise.all([encodings.data(), crops.data()]);
      clock.lap('inference');
      const dims = this.net.dimensions;
      const faces = found.map((f, i) => ({
        box: f.box,
        keypoints: f.keypoints,
        score: f.score,
        crop: aligned[i]!,
        encoding: Array.from(values.subarray(i * dims, (i + 1) * dims)),
      }));
      const alignedPixels = found.map((_, i) => rgbaOf(pixels, i, this.net.inputSize));
      clock.lap('postprocess');
      return {
        result: { frame: { width, height }, faces },
        timings: clock.timings,
        aligned: alignedPixels,
      };
    } finally {
      rgb.dispose();
      tf.dispose([crops as tf.Tensor, encodings as tf.Tensor]);
    }
  }

  dispose(): void {
    this.detector.dispose();
    this.net.dispose();
    this.#reader.dispose();
  }
}

function rgbaOf(rgb: ArrayLike<number>, index: number, size: number): AlignedPixels {
  const data = new Uint8ClampedArray(size * size * 4);
  const offset = index * size * size * 3;
  for (let p = 0; p < size * size; p++) {
    data[p * 4] = rgb[offset + p * 3]!;
    data[p * 4 + 1] = rgb[offset + p * 3 + 1]!;
    data[p * 4 + 2] = rgb[offset + p * 3 + 2]!;
    data[p * 4 + 3] = 255;
  }
  return { width: size, height: size, data };
}
