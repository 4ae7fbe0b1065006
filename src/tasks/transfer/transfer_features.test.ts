import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CenternetBackbone } from '../../core/models/centernet_backbone';
import { nodeModelOptions } from '../../core/models/node_model_files';
import { loadFixtureImage } from '../../../tests/helpers/fixture_image';
import { useWasmBackend } from '../../../tests/helpers/wasm_backend';
import { augmentViews } from './augment_views';
import { defaultTransferOptions } from './transfer_options';
import { featureSize, TransferFeatures } from './transfer_features';

// Several pictures in one backbone run (training's extraction) give each view the features it
// has when extracted alone. Real weights, WASM backend.
describe('TransferFeatures.extractMany', () => {
  let backbone: TransferFeatures;
  beforeAll(async () => {
    await useWasmBackend();
    backbone = new TransferFeatures(await CenternetBackbone.load(nodeModelOptions));
  });
  afterAll(() => backbone.dispose());

  const apple = loadFixtureImage('transfer/fruit_apple.jpg');
  const building = loadFixtureImage('building.jpg');
  const pictures = [
    // The lab's views: the centred square and two augmented copies.
    {
      image: apple,
      width: apple.width,
      height: apple.height,
      views: augmentViews(apple.width, apple.height, defaultTransferOptions.augmentation, 7),
    },
    {
      image: building,
      width: building.width,
      height: building.height,
      views: augmentViews(building.width, building.height, { ...noAugmentation }, 3),
    },
  ];

  it('gives each picture its views’ features, the same as extracting it alone', async () => {
    const together = await backbone.extractMany(pictures);
    expect(together.map((views) => views.map((f) => f.length))).toEqual([
      [featureSize, featureSize, featureSize],
      [featureSize],
    ]);
    for (const [i, p] of pictures.entries()) {
      const alone = await backbone.extract(p.image, p.width, p.height, p.views);
      for (const [v, features] of alone.entries()) {
        const most = Math.max(...features.map((x, j) => Math.abs(x - together[i]![v]![j]!)));
        expect(most, `picture ${i}, view ${v}`).toBeLessThan(1e-4);
      }
    }
    // The views differ (a crop is not the square), so a mix-up of rows would show.
    const gap = Math.max(...together[0]![0]!.map((x, j) => Math.abs(x - together[0]![1]![j]!)));
    expect(gap).toBeGreaterThan(1e-3);
  });

  it('leaks no tensors', async () => {
    await backbone.extractMany(pictures);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await backbone.extractMany(pictures);
    expect(tf.memory().numTensors).toBe(before);
  });
});

const noAugmentation = { flip: false, crop: false, brightness: false, copies: 0 };
