import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CenternetBackbone } from '../../../src/core/models/centernet_backbone';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { backboneLayers } from '../../../src/tasks/convolution/backbone_layers';
import { FeatureMapBackbone } from '../../../src/tasks/convolution/feature_map_backbone';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

describe('feature maps of the MobileNetV3 backbone inside centernet (WASM, real weights)', () => {
  let features: FeatureMapBackbone;

  beforeAll(async () => {
    await useWasmBackend();
    features = new FeatureMapBackbone(await CenternetBackbone.load(nodeModelOptions));
  }, 60_000);
  afterAll(() => features?.dispose());

  const img = loadFixtureImage('building.jpg');
  const frame = { image: img, width: img.width, height: img.height };

  it.each([
    // layer index, size, expected [n_H, n_W, n_C] of the layer at that size
    [0, 224, [112, 112, 16]],
    [3, 224, [112, 112, 64]],
    [4, 224, [56, 56, 64]],
    [11, 224, [7, 7, 120]],
    [0, 256, [128, 128, 16]],
  ] as const)('layer %i at %i px has shape %j', async (index, size, hwc) => {
    const layer = backboneLayers[index]!;
    const { result } = await features.run(frame, { layer, size, channels: 16, cols: 4 });
    expect(result.inputShape).toEqual([1, size, size, 3]);
    expect(result.shape).toEqual([1, ...hwc]);
    expect(result.shown).toBe(16);
    expect(result.grid).toMatchObject({ width: hwc[1] * 4, height: hwc[0] * 4 });
    // Each channel is stretched to its own range, so the grid holds dark and bright pixels.
    const grey = result.grid.data.filter((_, i) => i % 4 === 0);
    expect(grey.reduce((a, b) => Math.max(a, b), 0)).toBeGreaterThan(200);
    expect(grey.reduce((a, b) => Math.min(a, b), 255)).toBeLessThan(30);
  });

  it('leaks no tensors over 20 runs', async () => {
    const settings = { layer: backboneLayers[5]!, size: 224, channels: 16, cols: 4 };
    await features.run(frame, settings);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) await features.run(frame, settings);
    expect(tf.memory().numTensors).toBe(before);
  });
});
