// centernet's MobileNetV3 backbone on its real weights, WASM backend.
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CenternetBackbone } from '../../../src/core/models/centernet_backbone';
import { modelEntry } from '../../../src/core/models/catalogue';
import { fetchModelFiles } from '../../../src/core/models/fetch_model_files';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';

const se11 = 'tower_0/MobilenetV3/expanded_conv_11/squeeze_excite/mul';
const extern1 = 'tower_0/extern1/hard_swish/mul_1';

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
});

describe('CenternetBackbone (real weights, WASM)', () => {
  it.each([
    // input [n, H, W, 3], nodes -> their shapes: strides 16 (se11) and 32 (extern1)
    { input: [1, 224, 224, 3], nodes: [se11, extern1], shapes: ['1x14x14x528', '1x7x7x480'] },
    { input: [2, 256, 256, 3], nodes: [se11, extern1], shapes: ['2x16x16x528', '2x8x8x480'] },
    { input: [1, 224, 320, 3], nodes: [extern1, se11], shapes: ['1x7x10x480', '1x14x20x528'] },
    { input: [1, 224, 224, 3], nodes: [extern1], shapes: ['1x7x7x480'] },
  ])('runs $input up to $shapes', async ({ input, nodes, shapes }) => {
    const backbone = await CenternetBackbone.load(nodeModelOptions);
    const zeros = tf.zeros(input as [number, number, number, number]) as tf.Tensor4D;
    const outputs = backbone.activations(zeros, nodes);
    expect(outputs.map((o) => o.shape.join('x'))).toEqual(shapes);
    tf.dispose([zeros, ...outputs]);
    backbone.dispose();
  });

  it('keeps its graph from the files and hands out its weights without copying them', async () => {
    const before = tf.memory().numTensors;
    const loaded = await CenternetBackbone.fromFiles(
      await fetchModelFiles(modelEntry('centernet'), nodeModelOptions),
    );
    const weights = tf.memory().numTensors - before;
    expect(loaded.graph.filter((node) => node.op === 'Placeholder')).toHaveLength(1);
    expect(loaded.graph.some((node) => node.name === se11)).toBe(true);
    expect(Object.keys(loaded.weights())).toHaveLength(weights);
    expect(tf.memory().numTensors - before).toBe(weights);
    loaded.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('leaks no tensors over 5 runs in a tidy', async () => {
    const backbone = await CenternetBackbone.load(nodeModelOptions);
    const input = tf.randomUniform([1, 224, 224, 3], 0, 255) as tf.Tensor4D;
    const run = () => tf.tidy(() => tf.sum(backbone.activations(input, [extern1])[0]!));
    run().dispose();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) run().dispose();
    expect(tf.memory().numTensors).toBe(before);
    input.dispose();
    backbone.dispose();
  });
});
