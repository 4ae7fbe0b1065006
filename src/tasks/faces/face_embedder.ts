import type * as tf from '@tensorflow/tfjs-core';
import type { EmbedderId } from '../../core/store/stored_identity';

export type { EmbedderId } from '../../core/store/stored_identity';

/** A network f(x) mapping aligned faces to encodings; distances only compare within one. */
export interface FaceEmbedder {
  readonly id: EmbedderId;
  /** Side of the square aligned face it takes, in pixels. */
  readonly inputSize: number;
  /** Length of f(x). */
  readonly dimensions: number;
  /** [n, inputSize, inputSize, 3] RGB 0-255 -> [n, dimensions]. The caller owns both. */
  embed(faces: tf.Tensor4D): tf.Tensor2D;
  dispose(): void;
}

/**
 * τ on ‖f(x1) − f(x2)‖ per encoder. Measured on aligned real photos (tests/unit/faces): same face
 * 0.12-0.21 vs another person 0.79-0.86 for face_recognition; 0.28-0.42 vs 1.04-1.10 for faceres.
 */
export const defaultTau: Record<EmbedderId, number> = {
  face_recognition: 0.6,
  faceres: 0.7,
};
