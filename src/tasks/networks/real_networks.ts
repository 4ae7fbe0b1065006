import type { ActivationShape, LayerSpec } from './layer_table';

/** A weight file's shapes by name, as its manifest lists them. */
export type WeightShapes = Readonly<Record<string, readonly number[]>>;

/** A network the app runs, as a layer list read from its own weights. */
export interface RealNetwork {
  id: 'tinyYolo' | 'face68';
  input: ActivationShape;
  layers: LayerSpec[];
}

function outChannels(shapes: WeightShapes, name: string): number {
  const shape = shapes[name];
  if (!shape) throw new Error(`The weights lack "${name}".`);
  return shape[shape.length - 1]!;
}

const separable = (shapes: WeightShapes, name: string, s = 1): LayerSpec => ({
  kind: 'separable',
  name,
  f: shapes[`${name}/depthwise_filter`]?.[0] ?? 3,
  s,
  p: 'same',
  filters: outChannels(shapes, `${name}/pointwise_filter`),
});

/**
 * The Tiny YOLOv2 face detector (src/tasks/detection/tiny_yolo_v2.ts) at an n x n input:
 * conv0 3x3 valid, five depthwise-separable 3x3 'same', max pools 2x2 (stride 2, the last 1),
 * conv8 1x1 to A (5 + C) channels.
 */
export function tinyYoloNetwork(shapes: WeightShapes, inputSize: number): RealNetwork {
  const pool = (name: string, s: number): LayerSpec => ({
    kind: 'pool',
    name,
    f: 2,
    s,
    p: 'same',
    type: 'max',
  });
  const conv0 = shapes['conv0/filters'] ?? [3];
  return {
    id: 'tinyYolo',
    input: [inputSize, inputSize, 3],
    layers: [
      {
        kind: 'conv',
        name: 'conv0',
        f: conv0[0]!,
        s: 1,
        p: 0,
        filters: outChannels(shapes, 'conv0/filters'),
      },
      pool('pool0', 2),
      ...[1, 2, 3, 4, 5].flatMap((i) => [
        separable(shapes, `conv${i}`),
        pool(`pool${i}`, i < 5 ? 2 : 1),
      ]),
      {
        kind: 'conv',
        name: 'conv8',
        f: 1,
        s: 1,
        p: 0,
        filters: outChannels(shapes, 'conv8/filters'),
      },
    ],
  };
}

/**
 * face-api's 68-point network (src/tasks/landmarks/face68_net.ts) at 112 x 112: four dense
 * blocks (a stride-2 convolution, then three separable 3x3 whose outputs are summed, so the
 * channel count stays), a 7x7 average pool, and a fully connected layer to 68 (x, y).
 */
export function face68Network(shapes: WeightShapes): RealNetwork {
  const layers: LayerSpec[] = [];
  for (const block of ['dense0', 'dense1', 'dense2', 'dense3']) {
    if (block === 'dense0') {
      const f = shapes['dense0/conv0/filters']?.[0] ?? 3;
      layers.push({
        kind: 'conv',
        name: 'dense0/conv0',
        f,
        s: 2,
        p: 'same',
        filters: outChannels(shapes, 'dense0/conv0/filters'),
      });
    } else {
      layers.push(separable(shapes, `${block}/conv0`, 2));
    }
    for (const c of [1, 2, 3]) layers.push(separable(shapes, `${block}/conv${c}`));
  }
  layers.push({ kind: 'pool', name: 'avg_pool', f: 7, s: 2, p: 0, type: 'avg' });
  layers.push({ kind: 'fc', name: 'fc', units: outChannels(shapes, 'fc/weights') });
  return { id: 'face68', input: [112, 112, 3], layers };
}
