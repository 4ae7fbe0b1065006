import type { PoolKind } from '../../vision/conv2d_reference';
import type { Kernel } from '../../vision/kernels';
import type { LayerFilter } from './conv_layer';

/** A pooling layer after the convolution: an f x f window moved by s pixels, no padding. */
export interface PoolSettings {
  kind: PoolKind;
  f: number;
  s: number;
}

/** What the live filter does to each frame, in the course's notation. */
export interface FilterSettings {
  /** The f x f kernel being edited (3x3 or 5x5): what the step-by-step view slides. */
  kernel: Kernel;
  /** Greyscale (n_C = 1) or colour (n_C = 3: each filter is f x f x 3). */
  channels: 'grey' | 'rgb';
  /** The layer's n_C' filters, each with an f x f kernel per input channel and its b. */
  filters: LayerFilter[];
  /** a = ReLU(z) after z = W * x + b; off: the output is z. */
  relu: boolean;
  /** Zero padding p on every side, in pixels of the working picture. */
  p: number;
  /** Stride s, in pixels of the working picture. */
  s: number;
  pool: PoolSettings | null;
  /** The frame is scaled down so its longer side is at most this many pixels (never scaled up). */
  longSide: number;
}
