import * as tf from '@tensorflow/tfjs-core';
import { indexAffine } from './affine';
import { planesFormats, type FramePlanes, type PlanesFormat } from './frame_planes';
import {
  checkDtype,
  freshScratch,
  rangeScale,
  type FrameRead,
  type OpenedFrame,
  type ReadOptions,
  type ReadScratch,
} from './read_options';
import { readTransform } from './read_transform';
import { samplePlanes } from './sample_planes';

/**
 * The picture a video element shows now, as the camera's own planes (WebCodecs VideoFrame
 * copyTo: a copy of the decoded buffer, no colour conversion of the whole frame), or null where
 * the browser has no VideoFrame, the format is one we do not read, or its visible size is not the
 * video's (the caller then draws the video on a canvas instead). `reuse` is a buffer from an
 * earlier frame to copy into when it is large enough.
 */
export async function readVideoFrame(
  video: HTMLVideoElement,
  width: number,
  height: number,
  reuse?: Uint8Array,
): Promise<FramePlanes | null> {
  if (typeof VideoFrame === 'undefined') return null;
  let frame: VideoFrame;
  try {
    frame = new VideoFrame(video);
  } catch {
    return null; // no frame decoded yet, or a browser that cannot wrap this video
  }
  try {
    const format = frame.format as PlanesFormat | null;
    const rect = frame.visibleRect;
    if (!format || !planesFormats.includes(format) || !rect) return null;
    if (rect.width !== width || rect.height !== height) return null;
    const size = frame.allocationSize({ rect });
    const data = reuse && reuse.byteLength >= size ? reuse : new Uint8Array(size);
    const planes = await frame.copyTo(data, { rect });
    const { matrix, fullRange } = frame.colorSpace;
    return {
      format,
      width,
      height,
      data,
      planes,
      matrix: matrix === 'bt709' ? 'bt709' : 'bt601',
      fullRange: fullRange === true,
    };
  } finally {
    frame.close();
  }
}

/**
 * A frame read from its own planes (a copied VideoFrame, or raw RGBA pixels) in plain code:
 * W x H bilinear reads per W x H read, no conversion of the whole frame.
 */
export class PlanesFrame implements OpenedFrame {
  readonly width: number;
  readonly height: number;

  /** `scratch`: the arrays to sample into (the reader's, reused where a tensor copies them). */
  constructor(
    private readonly planes: FramePlanes,
    private readonly scratch: ReadScratch = freshScratch,
    private readonly onDispose: () => void = () => {},
  ) {
    this.width = planes.width;
    this.height = planes.height;
  }

  read(options: ReadOptions): FrameRead {
    checkDtype(options);
    const transform = readTransform(this, options);
    const { width, height } = options.outputSize;
    const n = width * height * 3;
    const out = this.scratch.floats(n);
    const border = options.border ?? 'black';
    const affine = indexAffine(transform.toFrame);
    samplePlanes(this.planes, affine, width, height, border, out, rangeScale(options.range));
    if (options.dtype !== 'int32')
      return { tensor: tf.tensor3d(out, [height, width, 3]), transform };
    const ints = this.scratch.ints(n);
    ints.set(out); // truncates, as tf.cast does
    return { tensor: tf.tensor3d(ints, [height, width, 3], 'int32'), transform };
  }

  dispose(): void {
    this.onDispose();
  }
}
