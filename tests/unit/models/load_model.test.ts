// Loads real catalogue models through the browser loader, served from public/models on disk.
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, type ModelId } from '../../../src/core/models/catalogue';
import type { FetchLike } from '../../../src/core/models/fetch_model_files';
import {
  loadGraphModelFromCatalogue,
  loadWeightMapFromCatalogue,
} from '../../../src/core/models/load_model';
import { ModelFileError } from '../../../src/core/models/model_errors';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';

beforeAll(async () => {
  expect(await tf.setBackend('wasm')).toBe(true);
});

describe('loadGraphModelFromCatalogue on WASM', () => {
  it('loads movenet-lightning: [1, 192, 192, 3] int32 in, [1, 1, 17, 3] out, no leaks', async () => {
    const before = tf.memory().numTensors;
    const progress: number[] = [];
    const model = await loadGraphModelFromCatalogue('movenet-lightning', {
      ...nodeModelOptions,
      onProgress: (loaded, total) => progress.push(loaded / total),
    });
    expect(progress.at(-1)).toBe(1);
    const weights = tf.memory().numTensors - before;

    const input = tf.zeros([1, 192, 192, 3], 'int32');
    const output = model.execute(input) as tf.Tensor;
    expect(output.shape).toEqual([1, 1, 17, 3]);
    tf.dispose([input, output]);
    // The warm-up and the run above left nothing behind but the weights.
    expect(tf.memory().numTensors - before).toBe(weights);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  const graphModels = catalogue.filter((entry) => entry.format === 'graph');
  it.each(graphModels.map((entry) => [entry.id, entry] as const))(
    '%s has the catalogue input and outputs and warms up',
    async (id, entry) => {
      const model = await loadGraphModelFromCatalogue(id, nodeModelOptions);
      expect(model.inputs.map((input) => input.name)).toEqual([entry.input.node]);
      expect(model.outputs.map((output) => output.name)).toEqual(entry.outputs);
      model.dispose();
    },
  );

  it('runs the centernet backbone on a batch at 256 px once its input is free', async () => {
    const model = await loadGraphModelFromCatalogue('centernet', {
      ...nodeModelOptions,
      inputShape: [-1, -1, -1, 3],
      warmUp: false,
    });
    expect(model.inputs[0]?.shape).toEqual([-1, -1, -1, 3]);
    const images = tf.zeros([2, 256, 256, 3]);
    const features = model.execute(images, 'tower_0/MobilenetV3/expanded_conv_5/add') as tf.Tensor;
    expect(features.shape.slice(0, 3)).toEqual([2, 32, 32]);
    tf.dispose([images, features]);
    model.dispose();
  });

  it('refuses a weight manifest', async () => {
    await expect(
      loadGraphModelFromCatalogue('tiny_face_detector' as ModelId, nodeModelOptions),
    ).rejects.toThrow(
      'Model "tiny_face_detector" is a weight manifest; load it with loadWeightMapFromCatalogue.',
    );
  });

  it('reports a corrupt weights file by name', async () => {
    const flipLastByte: FetchLike = async (url) => {
      const response = await nodeModelOptions.fetch(url);
      if (!url.endsWith('.bin')) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
      return new Response(bytes);
    };
    const error: unknown = await loadGraphModelFromCatalogue('movenet-lightning', {
      ...nodeModelOptions,
      fetch: flipLastByte,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelFileError);
    expect((error as ModelFileError).message).toMatch(
      /^Model file "models\/human\/movenet-lightning\.bin" is corrupt \(sha256 [0-9a-f]{12}… expected bf97bc10d9c8…\)\./,
    );
  });

  it('reports a file missing from public/models by name', async () => {
    const error: unknown = await loadGraphModelFromCatalogue('blazeface', {
      ...nodeModelOptions,
      baseUrl: `${nodeModelOptions.baseUrl}nowhere/`,
    }).catch((e: unknown) => e);
    expect((error as ModelFileError).message).toContain(
      'Model file "models/human/blazeface.json" is missing (HTTP 404).',
    );
  });
});

describe('loadWeightMapFromCatalogue', () => {
  it('decodes tiny_face_detector into its named layers and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const weights = await loadWeightMapFromCatalogue('tiny_face_detector', nodeModelOptions);
    expect(Object.keys(weights)).toHaveLength(19);
    expect(weights['conv0/filters']?.shape).toEqual([3, 3, 3, 16]);
    expect(weights['conv1/depthwise_filter']?.shape).toEqual([3, 3, 16, 1]);
    expect(weights['conv5/pointwise_filter']?.shape).toEqual([1, 1, 256, 512]);
    expect(weights['conv8/filters']?.shape).toEqual([1, 1, 512, 25]);
    expect(weights['conv8/bias']?.shape).toEqual([25]);
    tf.dispose(weights);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([
    ['face_landmark_68', 'fc/weights', [256, 136]],
    ['face_recognition', 'fc', [256, 128]],
  ] as const)('decodes %s (%s is %j)', async (id, name, shape) => {
    const weights = await loadWeightMapFromCatalogue(id, nodeModelOptions);
    expect(weights[name]?.shape).toEqual(shape);
    tf.dispose(weights);
  });

  it('refuses a graph model', async () => {
    await expect(loadWeightMapFromCatalogue('blazeface', nodeModelOptions)).rejects.toThrow(
      'Model "blazeface" is a graph model; load it with loadGraphModelFromCatalogue.',
    );
  });
});
