import * as tf from '@tensorflow/tfjs-core';
import { FrameReader } from '../../core/pixels/frame_reader';
import { convOutputSize } from '../../vision/conv_output_size';
import type { LabTask, PixelFrame, Timed } from '../task';
import { layerParameterCount, layerWeights } from './conv_layer';
import { filterResponse } from './filter_response';
import { framePicture } from './frame_picture';
import type { FilterResult, RgbaImage } from './filter_result';
import type { FilterSettings } from './filter_settings';
import { rgbaPixels } from './rgba_pixels';
import { signedColours } from './signed_colours';
import { workSize } from './work_size';

/**
 * The live filter, the course's one layer: scale the frame down, make it greyscale or keep RGB
 * (0-1), pad by p, convolve with the n_C' filters of f x f x n_C at stride s, add b, ReLU if
 * chosen, optionally pool, and colour the signed response of each output channel. Reads its
 * settings afresh for every frame. Owns no tensors between frames.
 */
export class LiveFilter implements LabTask<FilterResult> {
  readonly #reader = new FrameReader();

  constructor(
    private readonly settings: () => FilterSettings,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run({ image, width, height }: PixelFrame): Promise<Timed<FilterResult>> {
    const settings = this.settings();
    const { kernel, p, s, pool, filters, relu } = settings;
    const f = kernel.length;
    const t0 = this.now();
    const size = workSize(width, height, settings.longSide);
    const convFormula: [number, number] = [
      convOutputSize(size.height, f, p, s),
      convOutputSize(size.width, f, p, s),
    ];
    const poolFormula: [number, number] | null = pool
      ? [
          convOutputSize(convFormula[0], pool.f, 0, pool.s),
          convOutputSize(convFormula[1], pool.f, 0, pool.s),
        ]
      : null;
    // The frame at the working size (bilinear, half-pixel centres), [n_H, n_W, 3] 0-255.
    const { tensor: rgb } = await this.#reader.read(
      { image, width, height },
      { outputSize: size, border: 'replicate' },
    );
    const x = tf.tidy(() => framePicture(rgb, settings.channels)); // [1, n_H, n_W, n_C], 0-1
    rgb.dispose();
    const t1 = this.now();
    let outputs: tf.Tensor[] = [];
    try {
      const b = filters.map((filter) => filter.b);
      const [response, conv, pooled] = tf.tidy(() => {
        const r = filterResponse(x, layerWeights(filters), p, s, pool, { b, relu });
        const response = tf.squeeze(r.pooled ?? r.conv, [0]); // [out_H, out_W, n_C']
        return r.pooled ? [response, r.conv, r.pooled] : [response, r.conv];
      }) as [tf.Tensor3D, tf.Tensor4D, tf.Tensor4D?];
      outputs = [response, conv, ...(pooled ? [pooled] : [])];
      const values = await response.data();
      const t2 = this.now();
      const [outH, outW, nCPrime] = response.shape;
      const {
        image: outputImage,
        maxPositive,
        maxNegative,
      } = signedColours(values, outW, outH, nCPrime);
      const inputImage = await pixelsOf(x);
      const t3 = this.now();
      return {
        result: {
          frame: { width, height },
          f,
          p,
          s,
          layer: {
            filters: filters.length,
            b,
            relu,
            parameters: layerParameterCount(f, x.shape[3], filters.length),
          },
          shapes: {
            input: x.shape,
            conv: conv.shape,
            convFormula,
            pool: pooled ? pooled.shape : null,
            poolFormula,
          },
          maxPositive,
          maxNegative,
          inputImage,
          outputImage,
        },
        timings: { preprocess: t1 - t0, inference: t2 - t1, postprocess: t3 - t2 },
      };
    } finally {
      tf.dispose([x, ...outputs]);
    }
  }

  dispose(): void {
    this.#reader.dispose();
  }
}

async function pixelsOf(x: tf.Tensor4D): Promise<RgbaImage> {
  const picture = tf.squeeze(x, [0]) as tf.Tensor3D;
  try {
    return await rgbaPixels(picture);
  } finally {
    picture.dispose();
  }
}
