import type { RgbaImage } from '../convolution/filter_result';
import type { InceptionCost, SeparableCost } from './conv_costs';
import type {
  OneByOneResult,
  OneByOneSettings,
  UnitPatches,
  UnitsSettings,
} from './backbone_parts';
import { defaultUnitBlocks } from './backbone_nodes';
import type { TableId } from './network_tables';
import type { ResidualResult, ResidualSettings } from './residual_probe';

/** Which live part runs on each frame. */
export type LivePart = 'separable' | 'inception' | 'residual' | 'oneByOne' | 'units';

export interface NetworksSettings {
  part: LivePart;
  /** Side n of the live volume n x n x n_C (the course's 28). */
  size: number;
  /** The separable part's filter size f and filter count n_C'. */
  f: number;
  filters: number;
  residual: ResidualSettings;
  oneByOne: OneByOneSettings;
  units: UnitsSettings;
  /** The layer table shown; for the app's own networks, each row gets a live thumbnail. */
  table: TableId;
}

/** Where the lab starts: the separable part on the course's 28 x 28 x 192, LeNet-5's table. */
export function defaultNetworksSettings(): NetworksSettings {
  return {
    part: 'separable',
    size: 28,
    f: 3,
    filters: 64,
    residual: { block: 'conv64_1', cut: [], referenceRequests: 0 },
    oneByOne: { cell: null, k: null },
    units: { blocks: { ...defaultUnitBlocks }, units: { shallow: 0, deep: 0 } },
    table: 'lenet5',
  };
}

export interface SeparableResult {
  f: number;
  nCPrime: number;
  /** Multiplies counted as the course does, for this volume. */
  cost: SeparableCost;
  /** Medians over the last frames, in ms (WASM or WebGL, whichever runs). */
  measured: { normalMs: number; separableMs: number; speedup: number; samples: number };
  /** Largest |normal - separable| is not compared: the two use different (random) filters. */
}

export interface InceptionResult {
  /** [n_H, n_W, n_C] of the concatenated output, read from the tensor. */
  outputShape: [number, number, number];
  /** Channels of each branch's tensor: 1x1, 3x3, 5x5, pool. */
  branches: [number, number, number, number];
  cost: InceptionCost;
  /** The first four channels of each branch, tiled 4 x 4 (a row per branch), grey. */
  grid: RgbaImage;
}

export interface NetworksResult {
  frame: { width: number; height: number };
  /** The live volume [n_H, n_W, n_C]: the frame at n x n, lifted to n_C channels. */
  volume: [number, number, number] | null;
  separable: SeparableResult | null;
  inception: InceptionResult | null;
  /** The residual part, once its two networks have loaded. */
  residual: ResidualResult | null;
  /** The 1x1 part, once centernet has loaded. */
  oneByOne: OneByOneResult | null;
  /** The nine patches per unit, once centernet has loaded. */
  units: UnitPatches[] | null;
  /** The shown table's layer thumbnails (the app's own networks), by layer name. */
  thumbnails: { table: TableId; images: Record<string, RgbaImage> } | null;
}
