import type { PoolKind } from '../../vision/conv2d_reference';
import type { Kernel } from '../../vision/kernels';

/** A pooling layer after the convolution: an f x f window moved by s pixels, no padding. */
export interface PoolSettings {
  kind: PoolKind;
  f: number;
  s: number;
}

/** What the live filter does to each frame, in the course's notation. */
export interface FilterSettings {
  /** The f x f filter (3x3 or 5x5). */
  kernel: Kernel;
  /** Greyscale (n_C = 1) or colour (n_C = 3: the filter is f x f x 3, one copy per channel). */
  channels: 'grey' | 'rgb';
  /** Zero padding p on every side, in pixels of the working picture. */
  p: number;
  /** Stride s, in pixels of the working picture. */
  s: number;
  pool: PoolSettings | null;
  /** The frame is scaled down so its longer side is at most this many pixels (never scaled up). */
  longSide: number;
}
