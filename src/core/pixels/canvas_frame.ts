import * as tf from '@tensorflow/tfjs-core';
import { applyAffine, type Affine } from './affine';
import {
  checkDtype,
  rangeScale,
  type FrameRead,
  type OpenedFrame,
  type ReadOptions,
} from './read_options';
import { readTransform } from './read_transform';
import { asRead } from './tensor_frame';

/** What a canvas can draw: a video, an image, a canvas, an ImageBitmap. */
export type Drawable = HTMLVideoElement | HTMLImageElement | HTMLCanvasElement | ImageBitmap;

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * A frame the browser draws: each read draws the picture through its transform on the reader's
 * small canvas (the browser's own bilinear resampling) and reads only those pixels.
 */
export class CanvasFrame implements OpenedFrame {
  constructor(
    private readonly image: Drawable,
    readonly width: number,
    readonly height: number,
    private readonly canvas: ScratchCanvas,
  ) {}

  read(options: ReadOptions): FrameRead {
    checkDtype(options);
    const transform = readTransform(this, options);
    const { width, height } = options.outputSize;
    const tensor = this.canvas.draw(
      this.image,
      this.width,
      this.height,
      transform.fromFrame,
      width,
      height,
      options,
    );
    return { tensor, transform };
  }

  dispose(): void {
    // Nothing held: each read makes a tensor the caller owns.
  }
}

/**
 * One small canvas, reused for every read of one reader: a frame is drawn through the read's
 * transform (the browser's own resampling) and only the output's pixels are read back.
 */
export class ScratchCanvas {
  #canvas: OffscreenCanvas | HTMLCanvasElement | null = null;
  #rgb: Float32Array | Int32Array | null = null;
  #rgbKey = '';

  constructor(
    private readonly make: () => OffscreenCanvas | HTMLCanvasElement = () =>
      new OffscreenCanvas(1, 1),
  ) {}

  /**
   * Draws `image` (its own size `width` x `height`) mapped by `fromFrame` onto a black
   * `outWidth` x `outHeight` canvas and reads it: [outHeight, outWidth, 3] RGB, float32 in the
   * read's `range` (0-255 by default) or whole int32 values.
   */
  draw(
    image: Drawable,
    width: number,
    height: number,
    fromFrame: Affine,
    outWidth: number,
    outHeight: number,
    { range, dtype = 'float32' }: Pick<ReadOptions, 'range' | 'dtype'> = {},
  ): tf.Tensor3D {
    const ctx = this.#context(outWidth, outHeight);
    const [a, b, c, d, e, f] = fromFrame;
    ctx.setTransform(a, d, b, e, c, f); // canvas order: x' = a x + c y + e, y' = b x + d y + f
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'medium';
    ctx.drawImage(image, 0, 0, width, height);
    if (tf.getBackend() === 'wasm') {
      return this.#copied(
        ctx,
        outWidth,
        outHeight,
        imageRect(fromFrame, width, height, outWidth, outHeight),
        rangeScale(range),
        dtype,
      );
    }
    // WebGL uploads the bytes and casts and scales on the GPU.
    const pixels = ctx.getImageData(0, 0, outWidth, outHeight);
    if (dtype === 'int32') return tf.browser.fromPixels(pixels, 3);
    return tf.tidy(() => asRead(tf.cast(tf.browser.fromPixels(pixels, 3), 'float32'), { range }));
  }

  /** The canvas at width x height, black, untransformed. */
  #context(width: number, height: number): Context2D {
    this.#canvas ??= this.make();
    const canvas = this.#canvas;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as Context2D | null;
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, width, height);
    return ctx;
  }

  /**
   * WASM copies a tensor's values into its own heap when the tensor is made, so one RGB buffer
   * serves every read: only the rectangle the picture covers is read and rewritten (the rest
   * stays black, `offset`, while the rectangle and the scaling do not change). One pass in JS
   * instead of fromPixels' int32 copy and a cast: 4.8 -> 1.8 ms at 416 px, 5.7 -> 2.3 ms at
   * 512 px (a 640x480 frame letterboxed, headless Chromium, medians). Same values.
   */
  #copied(
    ctx: Context2D,
    width: number,
    height: number,
    rect: Rect,
    { scale, offset }: { scale: number; offset: number },
    dtype: 'float32' | 'int32',
  ): tf.Tensor3D {
    const key = `${width} ${height} ${rect.x} ${rect.y} ${rect.width} ${rect.height} ${scale} ${offset}`;
    const type = dtype === 'int32' ? Int32Array : Float32Array;
    if (!(this.#rgb instanceof type) || this.#rgb.length !== width * height * 3) {
      this.#rgb = new type(width * height * 3).fill(offset);
    } else if (this.#rgbKey !== key) {
      this.#rgb.fill(offset);
    }
    this.#rgbKey = key;
    const rgb = this.#rgb;
    if (rect.width > 0 && rect.height > 0) {
      const rgba = ctx.getImageData(rect.x, rect.y, rect.width, rect.height).data;
      for (let y = 0, i = 0; y < rect.height; y++) {
        let o = ((rect.y + y) * width + rect.x) * 3;
        for (let x = 0; x < rect.width; x++, i += 4) {
          rgb[o++] = rgba[i]! * scale + offset;
          rgb[o++] = rgba[i + 1]! * scale + offset;
          rgb[o++] = rgba[i + 2]! * scale + offset;
        }
      }
    }
    return tf.tensor3d(rgb, [height, width, 3], dtype);
  }

  dispose(): void {
    this.#canvas = null;
    this.#rgb = null;
    this.#rgbKey = '';
  }
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The whole output pixels the drawn frame touches: its corners' bounding box, clipped. */
function imageRect(
  fromFrame: Affine,
  width: number,
  height: number,
  outW: number,
  outH: number,
): Rect {
  const corners = [
    applyAffine(fromFrame, 0, 0),
    applyAffine(fromFrame, width, 0),
    applyAffine(fromFrame, 0, height),
    applyAffine(fromFrame, width, height),
  ];
  // A hair of slack: a corner at 52.0000001 still starts at pixel 52.
  const x0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p.x)) + 1e-6));
  const y0 = Math.max(0, Math.floor(Math.min(...corners.map((p) => p.y)) + 1e-6));
  const x1 = Math.min(outW, Math.ceil(Math.max(...corners.map((p) => p.x)) - 1e-6));
  const y1 = Math.min(outH, Math.ceil(Math.max(...corners.map((p) => p.y)) - 1e-6));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}
