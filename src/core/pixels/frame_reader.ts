import * as tf from '@tensorflow/tfjs-core';
import { CanvasFrame, ScratchCanvas, type Drawable } from './canvas_frame';
import type { PixelFrame, PixelSource } from './pixel_frame';
import { PlanesFrame, readVideoFrame } from './planes_frame';
import type { RotatedCrop } from '../../vision/rotate_crop';
import type { FrameRead, OpenedFrame, ReadOptions, ReadScratch, ValueRange } from './read_options';
import { rgbaPlanes } from './rgba_planes';
import { SamplerChoice } from './sampler_choice';
import { TensorFrame } from './tensor_frame';

/**
 * Reads frames as model inputs: `read(frame, options)` gives one region of a frame as a tensor
 * with its transform (output pixels <-> frame pixels); `open(frame)` gives a frame to read several
 * regions of (the landmark crops). A camera or video frame is read from its own planes
 * (VideoFrame.copyTo, then plain code) or drawn on a small canvas, whichever the first frames
 * show is faster on this device (SamplerChoice); any other picture is drawn; raw RGBA pixels
 * (ImageData, a worker's or Node's photos) are read as they are; a picture that cannot be drawn
 * here becomes a tensor first. Only the output's pixels are read, never the whole frame.
 * One reader per frame source (a task): it owns its canvas and buffers; dispose() drops them.
 */
export class FrameReader {
  readonly choice = new SamplerChoice();
  readonly #canvas: ScratchCanvas | null;
  /** The planes buffer of the last disposed frame, reused by the next one. */
  #spare: Uint8Array | undefined;
  /** Scratch arrays by type and length: a frame read at two sizes (a detector's input, then crops) keeps both. */
  readonly #arrays = new Map<string, Float32Array | Int32Array>();
  readonly #scratch: ReadScratch = {
    floats: (n) => this.#array(n, Float32Array),
    ints: (n) => this.#array(n, Int32Array),
  };

  /** `makeCanvas`: the scratch canvas to draw on; null where pictures cannot be drawn. */
  constructor(makeCanvas: (() => OffscreenCanvas | HTMLCanvasElement) | null = defaultCanvas()) {
    this.#canvas = makeCanvas ? new ScratchCanvas(makeCanvas) : null;
  }

  /** One region of one frame: open, read, dispose. The caller disposes the tensor. */
  async read(frame: PixelFrame, options: ReadOptions): Promise<FrameRead> {
    const opened = await this.open(frame);
    try {
      return opened.read(options);
    } finally {
      opened.dispose();
    }
  }

  /** The frame, ready to read; dispose it when done (before the next frame, ideally). */
  async open(frame: PixelFrame): Promise<OpenedFrame> {
    const { image, width, height } = frame;
    if (!(typeof HTMLVideoElement !== 'undefined' && image instanceof HTMLVideoElement)) {
      return this.openStill(frame);
    }
    const drawn = this.openStill(frame);
    if (!(drawn instanceof CanvasFrame)) return drawn;
    const way = this.choice.next();
    const t0 = performance.now();
    if (way === 'planes') {
      const buffer = this.#spare;
      this.#spare = undefined; // a frame still open elsewhere keeps its own
      const planes = await readVideoFrame(image, width, height, buffer).catch(() => null);
      if (!planes) {
        this.#spare = buffer;
        this.choice.ruleOut('planes');
        return drawn;
      }
      const opened = new PlanesFrame(planes, this.#scratch, () => (this.#spare = planes.data));
      if (this.choice.chosen) return opened;
      return new MeteredFrame(opened, t0, (ms) => this.choice.record('planes', ms));
    }
    if (this.choice.chosen) return drawn;
    return new MeteredFrame(drawn, t0, (ms) => this.choice.record('canvas', ms));
  }

  /**
   * A picture that is not a playing video (an image, a canvas, an ImageBitmap, raw pixels),
   * opened at once: drawn, or read as raw RGBA pixels, or else made a tensor.
   */
  openStill({ image, width, height }: PixelFrame): OpenedFrame {
    if (isPixelData(image)) return new PlanesFrame(rgbaPlanes(image), this.#scratch);
    if (!isDrawable(image) || !this.#canvas) return TensorFrame.fromPixels(image);
    return new CanvasFrame(image, width, height, this.#canvas);
  }

  /**
   * The array a read samples into. WASM copies a new tensor's values into its heap at once, so
   * one array of each size serves every read (a new 0.8 MB array for each 256 x 256 read cost
   * ~2.7 ms a frame when reads of two sizes alternated); WebGL and the CPU backend keep a
   * reference, so each read gets its own.
   */
  #array<T extends Float32Array | Int32Array>(
    length: number,
    type: { new (length: number): T; name: string },
  ): T {
    if (tf.getBackend() !== 'wasm') return new type(length);
    const key = `${type.name} ${length}`;
    let array = this.#arrays.get(key) as T | undefined;
    if (!array) {
      if (this.#arrays.size >= 4) this.#arrays.clear(); // sizes changed: keep the new ones only
      array = new type(length);
      this.#arrays.set(key, array);
    }
    return array;
  }

  dispose(): void {
    this.#canvas?.dispose();
    this.#spare = undefined;
    this.#arrays.clear();
  }
}

/** The read of a landmark model's square, turned crop: black outside the frame. */
export function cropOptions(
  { cx, cy, size, angle, outputSize }: RotatedCrop,
  range?: ValueRange,
): ReadOptions {
  return {
    roi: { cx, cy, width: size, height: size, angle },
    outputSize: { width: outputSize, height: outputSize },
    ...(range && { range }),
  };
}

/**
 * The crops sampled from an opened frame as one batch [n, N, N, 3] float32 in `range` (0-255 by
 * default), black outside the frame. All crops must share one outputSize N. Call inside tf.tidy.
 */
export function cropBatch(
  frame: OpenedFrame,
  crops: readonly RotatedCrop[],
  range?: ValueRange,
): tf.Tensor4D {
  const size = crops[0]?.outputSize;
  if (size === undefined) throw new RangeError('cropBatch needs at least one crop.');
  if (crops.some((c) => c.outputSize !== size)) {
    throw new RangeError('All crops of a batch must have the same output size.');
  }
  const reads = crops.map((c) => frame.read(cropOptions(c, range)).tensor);
  // One crop (a tracked face or hand, most frames): a view of its read, no copy.
  return (reads.length === 1 ? tf.expandDims(reads[0]!) : tf.stack(reads)) as tf.Tensor4D;
}

/** OffscreenCanvas where there is one (workers too), else a document's canvas, else none. */
function defaultCanvas(): (() => OffscreenCanvas | HTMLCanvasElement) | null {
  if (typeof OffscreenCanvas !== 'undefined') return () => new OffscreenCanvas(1, 1);
  if (typeof document !== 'undefined') return () => document.createElement('canvas');
  return null;
}

function isPixelData(image: PixelSource): image is tf.PixelData | ImageData {
  return (
    'data' in image && (image.data instanceof Uint8Array || image.data instanceof Uint8ClampedArray)
  );
}

function isDrawable(image: PixelSource): image is Drawable {
  return (
    (typeof HTMLVideoElement !== 'undefined' && image instanceof HTMLVideoElement) ||
    (typeof HTMLImageElement !== 'undefined' && image instanceof HTMLImageElement) ||
    (typeof HTMLCanvasElement !== 'undefined' && image instanceof HTMLCanvasElement) ||
    (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap)
  );
}

/** Adds up the time spent opening a frame and reading it; reports it when disposed. */
class MeteredFrame implements OpenedFrame {
  readonly width: number;
  readonly height: number;
  #ms: number;

  constructor(
    private readonly inner: OpenedFrame,
    startMs: number,
    private readonly report: (ms: number) => void,
  ) {
    this.width = inner.width;
    this.height = inner.height;
    this.#ms = performance.now() - startMs;
  }

  read(options: ReadOptions): FrameRead {
    const t0 = performance.now();
    try {
      return this.inner.read(options);
    } finally {
      this.#ms += performance.now() - t0;
    }
  }

  dispose(): void {
    this.inner.dispose();
    this.report(this.#ms);
  }
}
