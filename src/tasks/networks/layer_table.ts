import { convOutputSize } from '../../vision/conv_output_size';

/**
 * One layer of a network as the course draws it. Padding: a number p, or 'same' in TensorFlow's
 * sense (output = ceil(n / s), which is the course's (f - 1) / 2 when s = 1).
 */
export type LayerSpec =
  | { kind: 'conv'; name: string; f: number; s: number; p: number | 'same'; filters: number }
  | {
      kind: 'separable';
      name: string;
      f: number;
      s: number;
      p: number | 'same';
      filters: number;
    }
  | { kind: 'pool'; name: string; f: number; s: number; p: number | 'same'; type: 'max' | 'avg' }
  | { kind: 'fc'; name: string; units: number };

/** An activation's shape: n_H x n_W x n_C, or a vector of n units after a fully connected layer. */
export type ActivationShape = readonly [number, number, number] | readonly [number];

export interface LayerRow {
  spec: LayerSpec;
  /** The layer's output shape. */
  shape: ActivationShape;
  /** Weights and biases: (f f n_C + 1) n_C' for a conv, (n + 1) m for a fully connected layer. */
  parameters: number;
  /** Multiplications to compute the output once (the course's "computational cost"). */
  multiplies: number;
}

export interface LayerTable {
  input: ActivationShape;
  rows: LayerRow[];
  parameters: number;
  multiplies: number;
}

function sideSize(n: number, f: number, p: number | 'same', s: number): number {
  return p === 'same' ? Math.ceil(n / s) : convOutputSize(n, f, p, s);
}

function spatial(shape: ActivationShape, layer: string): readonly [number, number, number] {
  if (shape.length !== 3) {
    throw new RangeError(`"${layer}" needs an n_H x n_W x n_C input, got a vector of ${shape[0]}.`);
  }
  return shape;
}

/** The next activation's shape, parameters and cost for one layer, given the one before. */
export function layerRow(input: ActivationShape, spec: LayerSpec): LayerRow {
  if (spec.kind === 'fc') {
    // A fully connected layer flattens its input first: n = n_H n_W n_C.
    const n = input.reduce((a, b) => a * b, 1);
    return {
      spec,
      shape: [spec.units],
      parameters: (n + 1) * spec.units,
      multiplies: n * spec.units,
    };
  }
  const [h, w, c] = spatial(input, spec.name);
  const outH = sideSize(h, spec.f, spec.p, spec.s);
  const outW = sideSize(w, spec.f, spec.p, spec.s);
  switch (spec.kind) {
    case 'pool':
      return { spec, shape: [outH, outW, c], parameters: 0, multiplies: 0 };
    case 'conv':
      return {
        spec,
        shape: [outH, outW, spec.filters],
        parameters: (spec.f * spec.f * c + 1) * spec.filters,
        multiplies: outH * outW * spec.filters * spec.f * spec.f * c,
      };
    case 'separable': {
      // Depthwise f x f per channel, then pointwise 1 x 1 x n_C to n_C' filters (+ b).
      return {
        spec,
        shape: [outH, outW, spec.filters],
        parameters: spec.f * spec.f * c + (c + 1) * spec.filters,
        multiplies: outH * outW * c * spec.f * spec.f + outH * outW * spec.filters * c,
      };
    }
  }
}

/** Every layer's output shape and parameter count, from the input shape through the layers. */
export function layerTable(input: ActivationShape, layers: readonly LayerSpec[]): LayerTable {
  const rows: LayerRow[] = [];
  let shape = input;
  for (const spec of layers) {
    const row = layerRow(shape, spec);
    rows.push(row);
    shape = row.shape;
  }
  return {
    input,
    rows,
    parameters: rows.reduce((sum, r) => sum + r.parameters, 0),
    multiplies: rows.reduce((sum, r) => sum + r.multiplies, 0),
  };
}
