import * as tf from '@tensorflow/tfjs-core';
import type { Loadable } from '../../core/models/loadable.svelte';
import { FrameReader } from '../../core/pixels/frame_reader';
import { featureGrid } from '../convolution/feature_grid';
import { rgbaPixels } from '../convolution/rgba_pixels';
import type { LabTask, PixelFrame, Timed } from '../task';
import { courseInception, inceptionCost, separableCost } from './conv_costs';
import { inceptionModule, inceptionWeights, type InceptionWeights } from './inception_module';
import type {
  InceptionResult,
  NetworksResult,
  NetworksSettings,
  SeparableResult,
} from './networks_result';
import { randomFilters } from './random_filters';
import type { BackboneParts } from './backbone_parts';
import type { AppNetworks } from './network_tables';
import type { ResidualProbe } from './residual_probe';
import { SeparableTiming } from './separable_timing';

/** Channels of the live volume: the course's 28 x 28 x 192. */
export const liveChannels = 192;

/**
 * The Networks lab's live work: the frame read at n x n, lifted to n_C = 192 channels by a fixed
 * (untrained) 1x1 convolution and ReLU, the course's example volume; then either a normal f x f
 * convolution and a depthwise-separable one of the same shape, each timed, or an Inception module.
 * Owns its filters; dispose() releases them.
 */
export class NetworksTask implements LabTask<NetworksResult> {
  readonly #reader = new FrameReader();
  readonly #lift = randomFilters([1, 1, 3, liveChannels], 7) as tf.Tensor4D;
  readonly #inception: InceptionWeights = inceptionWeights(liveChannels, courseInception);
  #separable: {
    key: string;
    normal: tf.Tensor4D;
    depthwise: tf.Tensor4D;
    pointwise: tf.Tensor4D;
  } | null = null;
  readonly #timing = new SeparableTiming();
  #frames = 0;

  /**
   * `residual`: the residual part's networks, loaded by the panel the first time that part
   * opens (BlazeFace and face_recognition, 7 MB); `backbone`: centernet, for the 1x1 and the
   * units parts (4 MB), likewise; `tables`: the app's Tiny YOLOv2 and 68-point network for the
   * layer tables' thumbnails. The task disposes all three with itself.
   */
  constructor(
    private readonly settings: () => NetworksSettings,
    private readonly residual: Loadable<ResidualProbe> | null = null,
    private readonly backbone: Loadable<BackboneParts> | null = null,
    private readonly tables: Loadable<AppNetworks> | null = null,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run(frame: PixelFrame): Promise<Timed<NetworksResult>> {
    const { result, timings } = await this.#runPart(frame);
    const { table } = this.settings();
    const nets = this.tables?.value;
    if ((table !== 'tinyYolo' && table !== 'face68') || !nets) return { result, timings };
    // The shown table's live thumbnails, after the part's own work.
    const t0 = this.now();
    const images = await nets.thumbnails.run(frame, table);
    const postprocess = (timings.postprocess ?? 0) + (this.now() - t0);
    return {
      result: { ...result, thumbnails: { table, images } },
      timings: { ...timings, postprocess },
    };
  }

  async #runPart(frame: PixelFrame): Promise<Timed<NetworksResult>> {
    const s = this.settings();
    const none = {
      frame: { width: frame.width, height: frame.height },
      volume: null,
      separable: null,
      inception: null,
      residual: null,
      oneByOne: null,
      units: null,
      thumbnails: null,
    };
    const probe = this.residual?.value;
    if (s.part === 'residual' && probe) {
      const { result, timings } = await probe.run(frame);
      return { result: { ...none, residual: result }, timings };
    }
    const parts = this.backbone?.value;
    if (s.part === 'oneByOne' && parts) {
      const { result, timings } = await parts.oneByOne(frame, s.oneByOne);
      return { result: { ...none, oneByOne: result }, timings };
    }
    if (s.part === 'units' && parts) {
      const { result, timings } = await parts.units(frame, s.units);
      return { result: { ...none, units: result }, timings };
    }
    const { image, width, height } = frame;
    const t0 = this.now();
    // The centred square of the frame at n x n, [n, n, 3] RGB 0-255.
    const side = Math.min(width, height);
    const { tensor: rgb } = await this.#reader.read(
      { image, width, height },
      {
        outputSize: { width: s.size, height: s.size },
        roi: { cx: width / 2, cy: height / 2, width: side, height: side },
        border: 'replicate',
      },
    );
    const x = tf.tidy(() =>
      tf.relu(tf.conv2d(tf.expandDims<tf.Tensor4D>(tf.div(rgb, 255), 0), this.#lift, 1, 'valid')),
    ); // [1, n, n, 192]
    rgb.dispose();
    const t1 = this.now();
    try {
      const volume: [number, number, number] = [x.shape[1], x.shape[2], x.shape[3]];
      const separable = s.part === 'separable' ? await this.#runSeparable(x, s) : null;
      const t2 = this.now();
      const inception = s.part === 'inception' ? await this.#runInception(x) : null;
      const t3 = this.now();
      return {
        result: { ...none, volume, separable, inception },
        timings: { preprocess: t1 - t0, inference: t2 - t1 + (t3 - t2) },
      };
    } finally {
      x.dispose();
    }
  }

  /** Times conv2d against separableConv2d on the same volume, alternating which goes first. */
  async #runSeparable(x: tf.Tensor4D, { f, filters }: NetworksSettings): Promise<SeparableResult> {
    const nC = x.shape[3];
    const w = this.#separableFilters(f, nC, filters);
    const time = async (op: () => tf.Tensor): Promise<number> => {
      const start = this.now();
      const y = op();
      await y.data(); // the work is done only when the values are read back
      y.dispose();
      return this.now() - start;
    };
    const normal = () => tf.conv2d(x, w.normal, 1, 'same');
    const separable = () => tf.separableConv2d(x, w.depthwise, w.pointwise, 1, 'same');
    let normalMs: number;
    let separableMs: number;
    if (this.#frames++ % 2 === 0) {
      normalMs = await time(normal);
      separableMs = await time(separable);
    } else {
      separableMs = await time(separable);
      normalMs = await time(normal);
    }
    this.#timing.add(normalMs, separableMs);
    return {
      f,
      nCPrime: filters,
      cost: separableCost({ h: x.shape[1], w: x.shape[2] }, f, nC, filters),
      measured: this.#timing.summary!,
    };
  }

  #separableFilters(f: number, nC: number, nCPrime: number) {
    const key = `${f}/${nC}/${nCPrime}`;
    if (this.#separable?.key !== key) {
      this.#disposeSeparable();
      this.#timing.clear();
      this.#separable = {
        key,
        normal: randomFilters([f, f, nC, nCPrime], 11) as tf.Tensor4D,
        depthwise: randomFilters([f, f, nC, 1], 12, f * f) as tf.Tensor4D,
        pointwise: randomFilters([1, 1, nC, nCPrime], 13) as tf.Tensor4D,
      };
    }
    return this.#separable;
  }

  async #runInception(x: tf.Tensor4D): Promise<InceptionResult> {
    const { output, branches } = inceptionModule(x, this.#inception);
    let grid: tf.Tensor3D | undefined;
    try {
      grid = tf.tidy(() => {
        // A row per branch: its first four channels, each scaled by its own min and max.
        const rows = branches.map((b) => featureGrid(b, 4, 4));
        return tf.expandDims(tf.concat(rows, 0), 2) as tf.Tensor3D;
      });
      const image = await rgbaPixels(grid);
      const [, h, w, c] = output.shape;
      return {
        outputShape: [h, w, c],
        branches: branches.map((b) => b.shape[3]) as InceptionResult['branches'],
        cost: inceptionCost({ h: x.shape[1], w: x.shape[2], c: x.shape[3] }, courseInception),
        grid: image,
      };
    } finally {
      tf.dispose([output, ...branches, ...(grid ? [grid] : [])]);
    }
  }

  #disposeSeparable(): void {
    if (!this.#separable) return;
    const { normal, depthwise, pointwise } = this.#separable;
    tf.dispose([normal, depthwise, pointwise]);
    this.#separable = null;
  }

  dispose(): void {
    this.residual?.dispose();
    this.backbone?.dispose();
    this.tables?.dispose();
    this.#disposeSeparable();
    tf.dispose([this.#lift, ...Object.values(this.#inception)]);
  }
}
