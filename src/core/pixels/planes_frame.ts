import * as tf from '@tensorflow/tfjs-core';
import { indexAffine } from './affine';
import type { FramePlanes } from './frame_planes';
import type { FrameRead, OpenedFrame, ReadOptions } from './read_options';
import { readTransform } from './read_transform';
import { samplePlanes } from './sample_planes';

/**
 * A frame read from its own planes (a copied VideoFrame, or raw RGBA pixels) in plain code:
 * W x H bilinear reads per W x H read, no conversion of the whole frame.
 */
export class PlanesFrame implements OpenedFrame {
  readonly width: number;
  readonly height: number;

  /** `floats(n)`: the array to sample into (the reader's scratch where a tensor copies it). */
  constructor(
    private readonly planes: FramePlanes,
    private readonly floats: (length: number) => Float32Array = (n) => new Float32Array(n),
    private readonly onDispose: () => void = () => {},
  ) {
    this.width = planes.width;
    this.height = planes.height;
  }

  read(options: ReadOptions): FrameRead {
    const transform = readTransform(this, options);
    const { width, height } = options.outputSize;
    const out = this.floats(width * height * 3);
    const border = options.border ?? 'black';
    samplePlanes(this.planes, indexAffine(transform.toFrame), width, height, border, out);
    return { tensor: tf.tensor3d(out, [height, width, 3]), transform };
  }

  dispose(): void {
    this.onDispose();
  }
}
