import * as tf from '@tensorflow/tfjs-core';
import type { CenternetBackbone } from '../../core/models/centernet_backbone';
import { FrameReader } from '../../core/pixels/frame_reader';
import type { CornerBox } from '../../vision/boxes';
import { intersectionOverUnion } from '../../vision/intersection_over_union';
import { receptiveField } from '../../vision/receptive_field';
import type { RgbaImage } from '../convolution/filter_result';
import { rgbaPixels } from '../convolution/rgba_pixels';
import type { PixelFrame, Timed } from '../task';
import {
  fieldLayersTo,
  oneByOneLayer,
  unitColumns,
  unitNode,
  type UnitBlock,
  type UnitColumn,
} from './backbone_nodes';
import { dotProduct, type DotProduct } from './dot_product';
import { TopPatches, type Patch } from './top_patches';

/** The backbone's input side: the frame squashed to n x n, as the Convolution lab's feature maps. */
export const backboneInput = 224;
/** Side of a kept patch's picture. */
export const patchPixels = 40;

export interface OneByOneSettings {
  /** The tapped cell of the 1x1 layer's n_H x n_W grid; null: the centre. */
  cell: { row: number; col: number } | null;
  /** The output channel shown; null: the one with the largest |z| at the cell. */
  k: number | null;
}

export interface OneByOneResult {
  layer: string;
  /** [n_H, n_W, n_C] in and [n_H, n_W, n_C'] out, from the tensors. */
  inputShape: [number, number, number];
  outputShape: [number, number, number];
  cell: { row: number; col: number };
  dot: DotProduct;
  /** The network's own z_k at the cell, to set beside Σ + b. */
  zGraph: number;
}

export interface UnitsSettings {
  /** The layer (block output) each column follows. */
  blocks: Record<UnitColumn, UnitBlock>;
  /** The unit (channel) followed in each column's layer. */
  units: Record<UnitColumn, number>;
}

export interface UnitPatches {
  layer: UnitColumn;
  block: UnitBlock;
  unit: number;
  channels: number;
  field: { size: number; jump: number };
  /** Best first; image: the patch at patchPixels x patchPixels. */
  patches: { value: number; box: CornerBox; frame: number; image: RgbaImage }[];
}

/**
 * The parts of the Networks lab that look into centernet's MobileNetV3: a real 1x1 convolution
 * at a tapped pixel, as a dot product along the channels; and the nine patches that excite a unit
 * most over the session, for a shallow and a deep layer. Owns the backbone.
 */
export class BackboneParts {
  readonly #reader = new FrameReader();
  readonly #weights: Float32Array;
  readonly #bias: Float32Array;
  readonly #tops = new Map<UnitColumn, { key: string; top: TopPatches<RgbaImage> }>();
  #frames = 0;

  constructor(private readonly backbone: CenternetBackbone) {
    const w = backbone.weights();
    const weights = w[oneByOneLayer.weights];
    const bias = w[oneByOneLayer.bias];
    if (!weights || !bias)
      throw new Error(`centernet lacks the 1x1 layer "${oneByOneLayer.label}".`);
    this.#weights = weights.dataSync() as Float32Array; // [1, 1, 192, 64] row-major
    this.#bias = bias.dataSync() as Float32Array;
  }

  async #input(frame: PixelFrame): Promise<tf.Tensor4D> {
    const { tensor } = await this.#reader.read(frame, {
      outputSize: { width: backboneInput, height: backboneInput },
      border: 'replicate',
    });
    const x = tf.expandDims<tf.Tensor4D>(tensor, 0); // [1, 224, 224, 3] RGB 0-255
    tensor.dispose();
    return x;
  }

  /** The 1x1 layer at one cell. */
  async oneByOne(frame: PixelFrame, s: OneByOneSettings): Promise<Timed<OneByOneResult>> {
    const t0 = performance.now();
    const x = await this.#input(frame);
    const t1 = performance.now();
    const [a, z] = this.backbone.activations(x, [oneByOneLayer.input, oneByOneLayer.output]);
    try {
      const [, h, w, nC] = a!.shape;
      const nCPrime = z!.shape[3];
      const cell = s.cell
        ? { row: Math.min(s.cell.row, h - 1), col: Math.min(s.cell.col, w - 1) }
        : { row: h >> 1, col: w >> 1 };
      const at = (t: tf.Tensor4D, c: number) =>
        tf.tidy(() => tf.reshape(tf.slice(t, [0, cell.row, cell.col, 0], [1, 1, 1, c]), [c]));
      const [xs, zs] = [at(a!, nC), at(z!, nCPrime)];
      const [xv, zv] = await Promise.all([xs.data(), zs.data()]);
      tf.dispose([xs, zs]);
      const t2 = performance.now();
      let k = s.k;
      if (k === null || k >= nCPrime) {
        k = 0;
        for (let i = 1; i < nCPrime; i++) if (Math.abs(zv[i]!) > Math.abs(zv[k]!)) k = i;
      }
      return {
        result: {
          layer: oneByOneLayer.label,
          inputShape: [h, w, nC],
          outputShape: [h, w, nCPrime],
          cell,
          dot: dotProduct(xv, this.#weights, this.#bias, k),
          zGraph: zv[k]!,
        },
        timings: { preprocess: t1 - t0, inference: t2 - t1 },
      };
    } finally {
      tf.dispose([x, a as tf.Tensor, z as tf.Tensor]);
    }
  }

  /** One more frame for each layer's top nine; returns both layers' nine so far. */
  async units(frame: PixelFrame, s: UnitsSettings): Promise<Timed<UnitPatches[]>> {
    const t0 = performance.now();
    const x = await this.#input(frame);
    const t1 = performance.now();
    const blocks = unitColumns.map((c) => s.blocks[c]);
    const acts = this.backbone.activations(x, blocks.map(unitNode));
    const frameIndex = this.#frames++;
    try {
      const out: UnitPatches[] = [];
      for (const [i, column] of unitColumns.entries()) {
        const act = acts[i]!;
        const block = blocks[i]!;
        const [, h, w, channels] = act.shape;
        const unit = Math.min(Math.max(0, Math.round(s.units[column] || 0)), channels - 1);
        const field = receptiveField(fieldLayersTo(block));
        // Another layer or unit: its nine start afresh.
        const key = `${block}/${unit}`;
        let state = this.#tops.get(column);
        if (state?.key !== key) {
          state = { key, top: new TopPatches<RgbaImage>() };
          this.#tops.set(column, state);
        }
        const map = tf.tidy(() =>
          tf.reshape(tf.slice(act, [0, 0, 0, unit], [1, h, w, 1]), [h * w]),
        );
        const values = await map.data();
        map.dispose();
        const added = state.top.offer(candidates(values, w, field, frameIndex));
        await Promise.all(added.map(async (p) => (p.image = await this.#crop(x, p.box))));
        out.push({
          layer: column,
          block,
          unit,
          channels,
          field,
          patches: state.top.patches.filter(hasImage),
        });
      }
      const t2 = performance.now();
      return { result: out, timings: { preprocess: t1 - t0, inference: t2 - t1 } };
    } finally {
      tf.dispose([x, ...acts]);
    }
  }

  /** The box of the input picture (edges clamped) at patchPixels x patchPixels. */
  async #crop(x: tf.Tensor4D, box: CornerBox): Promise<RgbaImage> {
    const n = backboneInput;
    const patch = tf.tidy(() => {
      const b = [box.y1 / n, box.x1 / n, box.y2 / n, box.x2 / n].map((v) =>
        Math.min(1, Math.max(0, v)),
      );
      const crop = tf.image.cropAndResize(x, [b], [0], [patchPixels, patchPixels]);
      return tf.div(tf.squeeze(crop, [0]), 255) as tf.Tensor3D;
    });
    try {
      return await rgbaPixels(patch);
    } finally {
      patch.dispose();
    }
  }

  /** Forgets the nine patches of every unit (a new session). */
  clearPatches(): void {
    this.#tops.clear();
    this.#frames = 0;
  }

  dispose(): void {
    this.backbone.dispose();
    this.#reader.dispose();
  }
}

const hasImage = (p: Patch<RgbaImage>): p is Patch<RgbaImage> & { image: RgbaImage } =>
  p.image !== null;

/**
 * This frame's best places for the unit: cells by activation, each a receptive field (centred on
 * its cell, in input pixels), skipping cells whose field overlaps a better one; at most nine.
 */
function candidates(
  values: ArrayLike<number>,
  w: number,
  field: { size: number; jump: number },
  frame: number,
): Omit<Patch<RgbaImage>, 'image'>[] {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => values[b]! - values[a]! || a - b,
  );
  const picked: Omit<Patch<RgbaImage>, 'image'>[] = [];
  for (const i of order) {
    const value = values[i]!;
    if (picked.length >= 9 || !(value > 0)) break;
    const cx = ((i % w) + 0.5) * field.jump;
    const cy = (Math.floor(i / w) + 0.5) * field.jump;
    const half = field.size / 2;
    const box = { x1: cx - half, y1: cy - half, x2: cx + half, y2: cy + half };
    if (picked.some((p) => intersectionOverUnion(p.box, box) >= 0.5)) continue;
    picked.push({ value, box, frame });
  }
  return picked;
}
