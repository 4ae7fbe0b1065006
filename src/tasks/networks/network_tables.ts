import { classicNetworks } from './classic_networks';
import type { NetworkThumbnails } from './network_thumbnails';
import { layerTable, type LayerTable } from './layer_table';
import { face68Network, tinyYoloNetwork, type WeightShapes } from './real_networks';

export const tableIds = ['lenet5', 'alexnet', 'vgg16', 'tinyYolo', 'face68'] as const;
export type TableId = (typeof tableIds)[number];

/** The weight shapes of the app's own networks, read from their files. */
export interface AppWeightShapes {
  tinyYolo: { shapes: WeightShapes; weights: number };
  face68: { shapes: WeightShapes; weights: number };
}

/** The app's own networks, loaded once for the tables: their shapes and the live thumbnails. */
export interface AppNetworks {
  shapes: AppWeightShapes;
  thumbnails: NetworkThumbnails;
  dispose(): void;
}

export interface NetworkTableView {
  id: TableId;
  table: LayerTable;
  /** What the course quotes ("60 k"), for the classic networks. */
  courseParameters: string | null;
  /** The number of weights in the model's file, for the app's own networks. */
  fileWeights: number | null;
}

/** A table to show; null for the app's networks until their weight shapes are read. */
export function networkTable(id: TableId, app: AppWeightShapes | null): NetworkTableView | null {
  const classic = classicNetworks.find((n) => n.id === id);
  if (classic) {
    return {
      id,
      table: layerTable(classic.input, classic.layers),
      courseParameters: classic.courseParameters,
      fileWeights: null,
    };
  }
  if (!app) return null;
  const own = id === 'tinyYolo' ? app.tinyYolo : app.face68;
  const net = id === 'tinyYolo' ? tinyYoloNetwork(own.shapes, 416) : face68Network(own.shapes);
  return {
    id,
    table: layerTable(net.input, net.layers),
    courseParameters: null,
    fileWeights: own.weights,
  };
}

/** Shapes and weight count of a loaded weight map (the tensors stay the caller's). */
export function weightShapes(map: Record<string, { shape: number[]; size: number }>): {
  shapes: WeightShapes;
  weights: number;
} {
  const shapes: Record<string, number[]> = {};
  let weights = 0;
  for (const [name, t] of Object.entries(map)) {
    shapes[name] = t.shape;
    weights += t.size;
  }
  return { shapes, weights };
}
