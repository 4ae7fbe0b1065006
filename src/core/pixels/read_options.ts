import type * as tf from '@tensorflow/tfjs-core';
import type { Affine } from './affine';

/**
 * Coordinates throughout: continuous pixels, x right, y down, (0, 0) the top-left corner of the
 * top-left pixel, whose centre is (0.5, 0.5). Frame pixels for the frame, output pixels for the
 * tensor read from it.
 */

/** A rectangle of the frame, turned by `angle` about its centre; all in frame pixels. */
export interface Roi {
  cx: number;
  cy: number;
  width: number;
  height: number;
  /** Direction of the rectangle's x axis in the frame, radians (positive turns x towards y); 0 if absent. */
  angle?: number;
}

/** What to read from a frame (after tfjs-models' convertImageToTensor). */
export interface ReadOptions {
  /** Size of the tensor read, in output pixels (whole numbers). */
  outputSize: { width: number; height: number };
  /** The part of the frame to read; the whole frame if absent. */
  roi?: Roi;
  /**
   * Keep the roi's aspect ratio: it is enlarged about its centre (letterboxed) to the output's
   * aspect ratio, one scale both ways, instead of stretched. Default false.
   */
  keepAspect?: boolean;
  /**
   * What a read outside the frame gives. 'black' (default): each bilinear neighbour outside the
   * frame reads 0, as tf.image.transform's 'constant' fill (letterbox bars, crops that leave the
   * frame). 'replicate': points are clamped into the frame, as tf.image.resizeBilinear's edges
   * (a stretched frame's edge rows are not darkened). The canvas path replicates only within
   * half a pixel of the frame; beyond that it reads black.
   */
  border?: 'black' | 'replicate';
  /** Mirror the output left-right (the roi's x axis reversed). Default false. */
  flipHorizontally?: boolean;
  /**
   * The values' range: RGB 0-255 mapped linearly onto [low, high] as the pixels are written
   * ([0, 1] for v / 255, [-1, 1] for v / 127.5 - 1), so a model's input needs no scaling op
   * after the read. Black outside the frame reads `low`. Default [0, 255].
   */
  range?: ValueRange;
  /**
   * 'int32': whole values 0-255 (truncated, as tf.cast does), for a model that takes whole pixel
   * values (MoveNet), with no cast op after the read; not with `range`. Default 'float32'.
   */
  dtype?: 'float32' | 'int32';
}

/** Arrays a read writes into before its tensor is made (a reader's scratch, reused where it can). */
export interface ReadScratch {
  floats(length: number): Float32Array;
  ints(length: number): Int32Array;
}

/** New arrays for every read. */
export const freshScratch: ReadScratch = {
  floats: (n) => new Float32Array(n),
  ints: (n) => new Int32Array(n),
};

/** Refuses a read that asks for whole values in a range. */
export function checkDtype(options: ReadOptions): void {
  if (options.dtype === 'int32' && options.range) {
    throw new RangeError('An int32 read takes whole values 0-255: no range.');
  }
}

/** A model input's value range: what RGB 0 and 255 become. */
export type ValueRange = readonly [low: number, high: number];

/** v -> v * scale + offset for RGB 0-255 read into `range` (identity for [0, 255]). */
export function rangeScale(range: ValueRange = [0, 255]): { scale: number; offset: number } {
  const [low, high] = range;
  return { scale: (high - low) / 255, offset: low };
}

/** How output pixels and frame pixels correspond, both in continuous pixels. */
export interface FrameTransform {
  /** Output point -> frame point (project a model's answer back to the frame). */
  toFrame: Affine;
  /** Frame point -> output point. */
  fromFrame: Affine;
}

/** One read: the caller owns (and disposes) `tensor`. */
export interface FrameRead {
  /** [outputHeight, outputWidth, 3] RGB, float32 0-255 or in the read's `range`, or int32 0-255. */
  tensor: tf.Tensor3D;
  transform: FrameTransform;
}

/** One frame, opened for reading: read it as often as needed, then dispose it. */
export interface OpenedFrame {
  /** The frame's size, in frame pixels. */
  readonly width: number;
  readonly height: number;
  read(options: ReadOptions): FrameRead;
  /** Releases the frame (its copied planes go back to the reader); not the reader. */
  dispose(): void;
}
