import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphModelIOHandler, weightMapFromFiles, withInputShape } from './graph_model_io';

const dims = (...sizes: number[]) => ({ dim: sizes.map((size) => ({ size: String(size) })) });

/** A model.json shaped like human's: a fixed [1, 8, 8, 3] placeholder named in the signature. */
function toyModelJson(): tf.io.ModelJSON {
  return {
    format: 'graph-model',
    generatedBy: 'toy',
    convertedBy: 'hand',
    signature: {
      inputs: {
        'images:0': { name: 'images:0', dtype: 'DT_FLOAT', tensorShape: dims(1, 8, 8, 3) },
      },
    },
    modelTopology: {
      node: [
        { name: 'images', op: 'Placeholder', attr: { shape: { shape: dims(1, 8, 8, 3) } } },
        { name: 'other', op: 'Placeholder', attr: { shape: { shape: dims(5) } } },
      ],
    },
    weightsManifest: [
      { paths: ['toy.bin'], weights: [{ name: 'w', shape: [2], dtype: 'float32' }] },
      { paths: ['toy2.bin'], weights: [{ name: 'b', shape: [1], dtype: 'float32' }] },
    ],
  };
}

type Shapes = { images: number[]; other: number[]; signature: number[] };
/** Input shapes of a model JSON or of loaded artifacts. */
function shapesOf(json: { modelTopology?: unknown; signature?: unknown }): Shapes {
  type Node = { name: string; attr: { shape: { shape: ReturnType<typeof dims> } } };
  const nodes = (json.modelTopology as { node: Node[] }).node;
  const sizes = (shape: ReturnType<typeof dims>) => shape.dim.map((d) => Number(d.size));
  const byName = (name: string) => sizes(nodes.find((n) => n.name === name)!.attr.shape.shape);
  const signature = json.signature as {
    inputs: Record<string, { tensorShape: ReturnType<typeof dims> }>;
  };
  return {
    images: byName('images'),
    other: byName('other'),
    signature: sizes(signature.inputs['images:0']!.tensorShape),
  };
}

const bytes = (values: number[]) => new Float32Array(values).buffer;
const encode = (text: string) => new TextEncoder().encode(text).buffer;

function toyFiles(): Map<string, ArrayBuffer> {
  return new Map([
    ['toy/model.json', encode(JSON.stringify(toyModelJson()))],
    ['toy/toy.bin', bytes([1, 2])],
    ['toy/toy2.bin', bytes([3])],
  ]);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('withInputShape', () => {
  it.each([
    [{}, { images: [1, 8, 8, 3], other: [5], signature: [1, 8, 8, 3] }],
    [{ dynamicBatch: true }, { images: [-1, 8, 8, 3], other: [5], signature: [-1, 8, 8, 3] }],
    [
      { inputShape: [-1, -1, -1, 3] },
      { images: [-1, -1, -1, 3], other: [5], signature: [-1, -1, -1, 3] },
    ],
    [
      { dynamicBatch: true, inputShape: [1, -1, -1, 3] },
      { images: [1, -1, -1, 3], other: [5], signature: [1, -1, -1, 3] },
    ],
  ])('%j rewrites only the signature input', (options, want) => {
    const json = toyModelJson();
    expect(shapesOf(withInputShape(json, options))).toEqual(want);
    expect(shapesOf(json).images).toEqual([1, 8, 8, 3]);
  });

  it('rejects a shape of the wrong rank, naming both shapes', () => {
    expect(() => withInputShape(toyModelJson(), { inputShape: [-1, -1, 3] })).toThrow(
      'inputShape [-1, -1, 3] has rank 3, but input node "images" has shape [1, 8, 8, 3].',
    );
  });
});

describe('graphModelIOHandler', () => {
  it('gives artifacts with the weights joined in manifest order', async () => {
    const artifacts = await graphModelIOHandler(toyFiles(), { dynamicBatch: true }).load();
    expect(artifacts.format).toBe('graph-model');
    expect(artifacts.generatedBy).toBe('toy');
    expect(artifacts.convertedBy).toBe('hand');
    expect(artifacts.weightSpecs?.map((spec) => spec.name)).toEqual(['w', 'b']);
    const weightData = artifacts.weightData as ArrayBuffer;
    expect([...new Float32Array(weightData)]).toEqual([1, 2, 3]);
    expect(shapesOf(artifacts).images).toEqual([-1, 8, 8, 3]);
  });

  it('names a weights file the catalogue entry lacks', async () => {
    const files = toyFiles();
    files.delete('toy/toy2.bin');
    await expect(graphModelIOHandler(files).load()).rejects.toThrow(
      '"toy/model.json" names the weights file "toy/toy2.bin", which is not among the ' +
        "model's files; add it to the model's entry in models/catalogue.json.",
    );
  });
});

describe('weightMapFromFiles', () => {
  it('decodes a weight manifest into named tensors', () => {
    const manifest = toyModelJson().weightsManifest;
    const files = toyFiles();
    files.set('toy/model.json', encode(JSON.stringify(manifest)));
    const before = tf.memory().numTensors;
    const weights = weightMapFromFiles(files);
    expect(Object.keys(weights)).toEqual(['w', 'b']);
    expect([...(weights['w']?.dataSync() ?? [])]).toEqual([1, 2]);
    tf.dispose(weights);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('asks for exactly one JSON file', () => {
    expect(() => weightMapFromFiles(new Map([['a.bin', bytes([1])]]))).toThrow(
      'Expected exactly one .json file among the model files, got: a.bin.',
    );
  });
});
