import * as tf from '@tensorflow/tfjs-core';
import { cropToFrame, cropTransform, type RotatedCrop } from '../../vision/rotate_crop';
import type { PixelFrame } from '../task';
import { sampleCrop, sampleResize, type FramePlanes } from './frame_planes';
import { readVideoFrame } from './read_video_frame';
import { SamplerChoice } from './sampler_choice';

/**
 * Reads the parts of one frame the landmark models need, as small tensors. Landmark models
 * see 112-256 px crops, so reading the whole frame every frame is the cost to avoid.
 * Crops are float32 RGB 0-255, [N, N, 3], zero outside the frame; the caller disposes them.
 */
export interface FrameSampler {
  readonly width: number;
  readonly height: number;
  crop(crop: RotatedCrop): tf.Tensor3D;
  /**
   * The whole frame stretched to width x height, [height, width, 3] float32 0-255, bilinear with
   * half-pixel centres (a detector's or a network's input); the caller disposes it.
   */
  resize(width: number, height: number): tf.Tensor3D;
  dispose(): void;
}

/** A square letterbox of the whole frame as a crop: centred, side = the long edge, not turned. */
export function letterboxCrop(width: number, height: number, outputSize: number): RotatedCrop {
  return { cx: width / 2, cy: height / 2, size: Math.max(width, height), angle: 0, outputSize };
}

/** Samples crops from the frame tensor with tf.image.transform (Node, and any pixel source). */
export class TensorFrameSampler implements FrameSampler {
  readonly width: number;
  readonly height: number;

  /** `rgb` [h, w, 3] float32 0-255; owned by the sampler when `owns` is true. */
  constructor(
    private readonly rgb: tf.Tensor3D,
    private readonly owns = true,
  ) {
    [this.height, this.width] = rgb.shape;
  }

  static fromPixels(image: PixelFrame['image']): TensorFrameSampler {
    return new TensorFrameSampler(
      tf.tidy(() => tf.cast(tf.browser.fromPixels(image, 3), 'float32')) as tf.Tensor3D,
    );
  }

  crop(crop: RotatedCrop): tf.Tensor3D {
    return tf.tidy(() => {
      const image = tf.expandDims(this.rgb, 0) as tf.Tensor4D;
      const n = crop.outputSize;
      const t = tf.tensor2d([cropTransform(crop)]);
      return tf.squeeze(tf.image.transform(image, t, 'bilinear', 'constant', 0, [n, n]), [0]);
    });
  }

  resize(width: number, height: number): tf.Tensor3D {
    return tf.image.resizeBilinear(this.rgb, [height, width], false, true);
  }

  /** The whole frame, [h, w, 3] float32 0-255, owned by the sampler. */
  full(): tf.Tensor3D {
    return this.rgb;
  }

  dispose(): void {
    if (this.owns) this.rgb.dispose();
  }
}

type Drawable = Exclude<PixelFrame['image'], ImageData | { data: Uint8Array }>;

/**
 * Samples crops in the browser by drawing the frame turned and scaled onto a small canvas
 * (the browser's own bilinear resampling) and reading only those pixels.
 */
export class CanvasFrameSampler implements FrameSampler {
  constructor(
    private readonly image: Drawable,
    readonly width: number,
    readonly height: number,
    private readonly canvas: OffscreenCanvas,
  ) {}

  crop(crop: RotatedCrop): tf.Tensor3D {
    const n = crop.outputSize;
    const ctx = this.#context(n, n);
    // Canvas maps frame p to crop q = N/2 + R^T (p - c) / k, the inverse of cropToFrame.
    const k = crop.size / n;
    const cos = Math.cos(crop.angle) / k;
    const sin = Math.sin(crop.angle) / k;
    const origin = cropToFrame(crop, 0, 0); // frame point drawn at the crop's top-left corner
    ctx.setTransform(
      cos,
      -sin,
      sin,
      cos,
      -(cos * origin.x + sin * origin.y),
      -(-sin * origin.x + cos * origin.y),
    );
    return this.#draw(ctx, n, n);
  }

  resize(width: number, height: number): tf.Tensor3D {
    const ctx = this.#context(width, height);
    ctx.scale(width / this.width, height / this.height);
    return this.#draw(ctx, width, height);
  }

  /** The canvas at width x height, cleared, untransformed, smoothing on. */
  #context(width: number, height: number): OffscreenCanvasRenderingContext2D {
    if (this.canvas.width !== width) this.canvas.width = width;
    if (this.canvas.height !== height) this.canvas.height = height;
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('This browser cannot draw on an OffscreenCanvas.');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'medium';
    return ctx;
  }

  /** Draws the frame through the context's transform and reads width x height as RGB. */
  #draw(ctx: OffscreenCanvasRenderingContext2D, width: number, height: number): tf.Tensor3D {
    ctx.drawImage(this.image as CanvasImageSource, 0, 0, this.width, this.height);
    const pixels = ctx.getImageData(0, 0, width, height);
    return tf.tidy(() => tf.cast(tf.browser.fromPixels(pixels, 3), 'float32'));
  }

  dispose(): void {
    // Nothing held: each read makes a tensor the caller owns.
  }
}

/**
 * Samples crops from the camera's own planes (a copied VideoFrame) in plain code: N x N
 * bilinear reads per crop (W x H for a resize), no conversion of the whole frame.
 */
export class PlanesFrameSampler implements FrameSampler {
  readonly width: number;
  readonly height: number;

  constructor(private readonly planes: FramePlanes) {
    this.width = planes.width;
    this.height = planes.height;
  }

  crop(crop: RotatedCrop): tf.Tensor3D {
    const n = crop.outputSize;
    const out = new Float32Array(n * n * 3);
    sampleCrop(this.planes, crop, out);
    return tf.tensor3d(out, [n, n, 3]);
  }

  resize(width: number, height: number): tf.Tensor3D {
    const out = new Float32Array(width * height * 3);
    sampleResize(this.planes, width, height, out);
    return tf.tensor3d(out, [height, width, 3]);
  }

  dispose(): void {
    // The planes belong to FrameSamplers' reused buffer.
  }
}

function isDrawable(image: PixelFrame['image']): image is Drawable {
  return (
    (typeof HTMLVideoElement !== 'undefined' && image instanceof HTMLVideoElement) ||
    (typeof HTMLImageElement !== 'undefined' && image instanceof HTMLImageElement) ||
    (typeof HTMLCanvasElement !== 'undefined' && image instanceof HTMLCanvasElement) ||
    (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap)
  );
}

/** Adds up the time spent reading a frame and its crops; reports it when disposed. */
class MeteredSampler implements FrameSampler {
  readonly width: number;
  readonly height: number;
  #ms: number;

  constructor(
    private readonly inner: FrameSampler,
    startMs: number,
    private readonly report: (ms: number) => void,
  ) {
    this.width = inner.width;
    this.height = inner.height;
    this.#ms = performance.now() - startMs;
  }

  crop(crop: RotatedCrop): tf.Tensor3D {
    return this.#timed(() => this.inner.crop(crop));
  }

  resize(width: number, height: number): tf.Tensor3D {
    return this.#timed(() => this.inner.resize(width, height));
  }

  #timed<T>(f: () => T): T {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      this.#ms += performance.now() - t0;
    }
  }

  dispose(): void {
    this.inner.dispose();
    this.report(this.#ms);
  }
}

/**
 * Makes samplers for frames. In the browser a camera or video frame is read from its own planes
 * (VideoFrame.copyTo) or drawn on one reused small canvas, whichever the first frames show is
 * faster on this device (SamplerChoice); any other picture is drawn; a picture that cannot be
 * drawn becomes a tensor.
 */
export class FrameSamplers {
  #canvas: OffscreenCanvas | null = null;
  #buffer: Uint8Array | undefined;
  readonly choice = new SamplerChoice();

  async sample({ image, width, height }: PixelFrame): Promise<FrameSampler> {
    if (!isDrawable(image) || typeof OffscreenCanvas === 'undefined') {
      return TensorFrameSampler.fromPixels(image);
    }
    this.#canvas ??= new OffscreenCanvas(1, 1);
    const drawn = new CanvasFrameSampler(image, width, height, this.#canvas);
    if (!(image instanceof HTMLVideoElement)) return drawn;
    const way = this.choice.next();
    const t0 = performance.now();
    if (way === 'planes') {
      const planes = await readVideoFrame(image, width, height, this.#buffer).catch(() => null);
      if (!planes) {
        this.choice.ruleOut('planes');
        return drawn;
      }
      this.#buffer = planes.data;
      const sampler = new PlanesFrameSampler(planes);
      if (this.choice.chosen) return sampler;
      return new MeteredSampler(sampler, t0, (ms) => this.choice.record('planes', ms));
    }
    if (this.choice.chosen) return drawn;
    return new MeteredSampler(drawn, t0, (ms) => this.choice.record('canvas', ms));
  }
}
