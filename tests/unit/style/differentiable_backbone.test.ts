import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelEntry } from '../../../src/core/models/catalogue';
import { CenternetBackbone } from '../../../src/core/models/centernet_backbone';
import { fetchModelFiles } from '../../../src/core/models/fetch_model_files';
import { loadGraphModelFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import type { DifferentiableBackbone } from '../../../src/tasks/style/differentiable_backbone';
import { backboneFromFiles } from '../../../src/tasks/style/load_backbone';
import { useWasmBackend } from '../../helpers/wasm_backend';

const P = 'tower_0/MobilenetV3/';
const layers = [
  `${P}Conv/hard_swish/mul_1`,
  `${P}expanded_conv_3/expand/Relu`,
  `${P}expanded_conv_6/expand/hard_swish/mul_1`,
  `${P}expanded_conv_10/expand/hard_swish/mul_1`,
];

async function cosine(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  const [fa, fb] = [tf.reshape(a, [-1]), tf.reshape(b, [-1])];
  const dot = (await tf.sum(tf.mul(fa, fb)).data())[0]!;
  const na = (await tf.norm(fa).data())[0]!;
  const nb = (await tf.norm(fb).data())[0]!;
  return dot / (na * nb);
}

describe('DifferentiableBackbone (centernet MobileNetV3, real weights)', () => {
  let backbone: DifferentiableBackbone;

  beforeAll(async () => {
    await tf.setBackend('cpu');
    const files = await fetchModelFiles(modelEntry('centernet'), nodeModelOptions);
    backbone = await backboneFromFiles(files);
  });
  afterAll(() => backbone?.dispose());

  it('matches the graph model’s activations and its input gradient (CPU autodiff)', async () => {
    await tf.setBackend('cpu');
    const model = await loadGraphModelFromCatalogue('centernet', {
      ...nodeModelOptions,
      inputShape: [-1, -1, -1, 3],
      warmUp: false,
    });
    const x = tf.randomUniform([1, 64, 64, 3], 0, 255) as tf.Tensor4D;
    const probes = layers.map((l) => tf.randomNormal(backbone.forward(x, [l]).get(l)!.shape));
    const loss = (run: (t: tf.Tensor4D) => tf.Tensor[]) => (t: tf.Tensor) =>
      tf.addN(run(t as tf.Tensor4D).map((a, i) => tf.sum(tf.mul(a, probes[i]!)))) as tf.Scalar;
    const ours = (t: tf.Tensor4D) => layers.map((l) => backbone.forward(t, layers).get(l)!);
    const theirs = (t: tf.Tensor4D) => model.execute(t, layers) as tf.Tensor[];

    for (const [i, l] of layers.entries()) {
      expect(await cosine(ours(x)[i]!, theirs(x)[i]!), l).toBeGreaterThan(0.99999);
    }
    const gOurs = tf.grad(loss(ours))(x);
    const gTheirs = tf.grad(loss(theirs))(x);
    expect(await cosine(gOurs, gTheirs)).toBeGreaterThan(0.9999);
    model.dispose();
  });

  it('walks the graph’s own weights (no copy) and releases them with dispose()', async () => {
    const files = await fetchModelFiles(modelEntry('centernet'), nodeModelOptions);
    const before = tf.memory().numTensors;
    const graph = await CenternetBackbone.fromFiles(files);
    const weights = tf.memory().numTensors - before;
    graph.dispose();
    const walker = await backboneFromFiles(files);
    expect(tf.memory().numTensors - before).toBe(weights);
    walker.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives input gradients on WASM, where GraphModel.execute cannot', async () => {
    await useWasmBackend();
    const x = tf.randomUniform([1, 96, 96, 3], 0, 255) as tf.Tensor4D;
    const gradient = tf.grad((t: tf.Tensor) =>
      tf.sum(tf.square(backbone.forward(t as tf.Tensor4D, [layers[2]!]).get(layers[2]!)!)),
    );
    const first = gradient(x);
    expect(first.shape).toEqual([1, 96, 96, 3]);
    expect((await tf.max(tf.abs(first)).data())[0]).toBeGreaterThan(0);
    first.dispose();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) gradient(x).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
