import * as tf from '@tensorflow/tfjs-core';
import { FrameReader } from '../../core/pixels/frame_reader';
import type { TinyYoloV2 } from '../detection/tiny_yolo_v2';
import type { RgbaImage } from '../convolution/filter_result';
import { rgbaPixels } from '../convolution/rgba_pixels';
import type { Face68Net } from '../landmarks/face68_net';
import type { PixelFrame } from '../task';

/** Side of a row's thumbnail, at most. */
export const thumbnailSize = 40;

/** Each layer's first channel, min-max scaled, at most `size` px: [s, s, 1] in 0-1. */
function thumbnail(activation: tf.Tensor4D, size: number): tf.Tensor3D {
  const [, h, w] = activation.shape;
  const channel = tf.slice(activation, [0, 0, 0, 0], [1, h, w, 1]);
  const min = tf.min(channel);
  const range = tf.maximum(tf.sub(tf.max(channel), min), 1e-6);
  const unit = tf.div(tf.sub(channel, min), range) as tf.Tensor4D;
  const side = Math.min(size, Math.max(h, w));
  const scaled = tf.image.resizeNearestNeighbor(unit, [side, side]);
  return tf.squeeze(scaled, [0]) as tf.Tensor3D;
}

/**
 * A live activation thumbnail for each layer of the app's own networks (the layer tables):
 * Tiny YOLOv2 on the frame squashed to 416 x 416, the 68-point network on it at 112 x 112 (the
 * whole frame, not a face crop). Owns both networks.
 */
export class NetworkThumbnails {
  readonly #reader = new FrameReader();

  constructor(
    private readonly tinyYolo: TinyYoloV2,
    private readonly face68: Face68Net,
  ) {}

  /** Layer name -> its first channel on this frame. */
  async run(frame: PixelFrame, id: 'tinyYolo' | 'face68'): Promise<Record<string, RgbaImage>> {
    const side = id === 'tinyYolo' ? 416 : 112;
    const { tensor } = await this.#reader.read(frame, {
      outputSize: { width: side, height: side },
      border: 'replicate',
    });
    const kept = new Map<string, tf.Tensor3D>();
    const tap = (name: string, activation: tf.Tensor4D) => {
      kept.set(name, tf.keep(thumbnail(activation, thumbnailSize)));
    };
    try {
      const x = tf.expandDims<tf.Tensor4D>(tensor, 0);
      const output =
        id === 'tinyYolo' ? this.tinyYolo.predict(x, tap) : this.face68.predict(x, tap);
      tf.dispose([x, output]);
      const images: Record<string, RgbaImage> = {};
      for (const [name, t] of kept) images[name] = await rgbaPixels(t);
      return images;
    } finally {
      tf.dispose([tensor, ...kept.values()]);
    }
  }

  dispose(): void {
    this.tinyYolo.dispose();
    this.face68.dispose();
    this.#reader.dispose();
  }
}
