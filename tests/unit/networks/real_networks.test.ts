import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicModelsDir } from '../../../src/core/models/node_model_files';
import { layerTable } from '../../../src/tasks/networks/layer_table';
import {
  face68Network,
  tinyYoloNetwork,
  type WeightShapes,
} from '../../../src/tasks/networks/real_networks';

/** The shapes in a face-api weights manifest, and the number of weights it holds. */
function manifest(file: string): { shapes: WeightShapes; weights: number } {
  const groups = JSON.parse(readFileSync(join(publicModelsDir, 'face-api', file), 'utf8')) as {
    weights: { name: string; shape: number[] }[];
  }[];
  const shapes: Record<string, number[]> = {};
  let weights = 0;
  for (const w of groups.flatMap((g) => g.weights)) {
    shapes[w.name] = w.shape;
    weights += w.shape.reduce((a, b) => a * b, 1);
  }
  return { shapes, weights };
}

describe('layer tables of the networks the app runs, read from their weight files', () => {
  it('gives Tiny YOLOv2 13x13x25 at 416 and counts every weight in its file', () => {
    const { shapes, weights } = manifest('tiny_face_detector_model-weights_manifest.json');
    const net = tinyYoloNetwork(shapes, 416);
    const table = layerTable(net.input, net.layers);
    expect(table.rows.at(-1)?.shape).toEqual([13, 13, 25]); // S x S x A(5 + C), A = 5, C = 1
    expect(table.rows[0]?.shape).toEqual([414, 414, 16]);
    expect(table.parameters).toBe(weights);
    const at224 = layerTable([224, 224, 3], net.layers);
    expect(at224.rows.at(-1)?.shape).toEqual([7, 7, 25]);
  });

  it('gives the 68-point network 136 outputs from 7x7x256 and counts every weight', () => {
    const { shapes, weights } = manifest('face_landmark_68_model-weights_manifest.json');
    const net = face68Network(shapes);
    const table = layerTable(net.input, net.layers);
    const shapesOut = table.rows.map((r) => r.shape);
    expect(shapesOut[0]).toEqual([56, 56, 32]);
    expect(shapesOut[15]).toEqual([7, 7, 256]);
    expect(shapesOut.at(-2)).toEqual([1, 1, 256]);
    expect(shapesOut.at(-1)).toEqual([136]);
    expect(table.parameters).toBe(weights);
  });
});
