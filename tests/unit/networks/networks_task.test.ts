import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { NetworksTask } from '../../../src/tasks/networks/networks_task';
import {
  defaultNetworksSettings,
  type NetworksSettings,
} from '../../../src/tasks/networks/networks_result';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

const frameOf = (name: string) => {
  const image = loadFixtureImage(name);
  return { image, width: image.width, height: image.height };
};

describe('the Networks lab on real photos (WASM)', () => {
  beforeAll(useWasmBackend);

  it("runs the course's Inception module on the frame: 28x28x192 in, 28x28x256 out", async () => {
    const settings: NetworksSettings = { ...defaultNetworksSettings(), part: 'inception' };
    const task = new NetworksTask(() => settings);
    const before = tf.memory().numTensors;
    const building = (await task.run(frameOf('building.jpg'))).result;
    const again = (await task.run(frameOf('building.jpg'))).result;
    const cat = (await task.run(frameOf('chelsea.jpg'))).result;
    expect(tf.memory().numTensors).toBe(before);
    task.dispose();

    expect(building.volume).toEqual([28, 28, 192]);
    expect(building.separable).toBeNull();
    const inception = building.inception!;
    expect(inception.outputShape).toEqual([28, 28, 256]);
    expect(inception.branches).toEqual([64, 128, 32, 32]);
    expect(inception.cost.output).toEqual({ h: 28, w: 28, c: 256 });
    expect([inception.grid.width, inception.grid.height]).toEqual([4 * 28, 4 * 28]);
    // Fixed filters: the same frame gives the same maps; another photo, other maps.
    expect(again.inception!.grid.data).toEqual(inception.grid.data);
    expect(cat.inception!.grid.data).not.toEqual(inception.grid.data);
  });

  it('times a normal and a depthwise-separable convolution of the same shape, each frame', async () => {
    const settings: NetworksSettings = { ...defaultNetworksSettings(), part: 'separable' };
    const task = new NetworksTask(() => settings);
    let result = (await task.run(frameOf('building.jpg'))).result;
    result = (await task.run(frameOf('building.jpg'))).result;
    const before = tf.memory().numTensors;
    result = (await task.run(frameOf('chelsea.jpg'))).result;
    expect(tf.memory().numTensors).toBe(before);
    const separable = result.separable!;
    expect(result.inception).toBeNull();
    expect(separable.measured.samples).toBe(3);
    expect(separable.measured.normalMs).toBeGreaterThan(0);
    expect(separable.measured.separableMs).toBeGreaterThan(0);
    // 28 28 64 x 3 3 192 against 28 28 x 3 3 192 + 28 28 x 64 192.
    expect(separable.cost.normal).toBe(86_704_128);
    expect(separable.cost.separable).toBe(1_354_752 + 9_633_792);

    // A new shape starts a new measurement.
    settings.filters = 16;
    result = (await task.run(frameOf('building.jpg'))).result;
    expect(result.separable!.measured.samples).toBe(1);
    expect(result.separable!.nCPrime).toBe(16);
    task.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
  });
});
