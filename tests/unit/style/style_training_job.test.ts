import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { initialStyleNetWeights } from '../../../src/tasks/style/feed_forward_net';
import { decodeStyleNet } from '../../../src/tasks/style/style_net_file';
import { runStyleTrainingJob } from '../../../src/tasks/style/style_training_job';
import type {
  FromTrainingWorker,
  RgbaImage,
  StartTraining,
} from '../../../src/tasks/style/style_training_protocol';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

function rgba(name: string): RgbaImage {
  const { data, width, height } = loadFixtureImage(name);
  return { width, height, data: new Uint8ClampedArray(data) };
}

function request(steps: number): StartTraining {
  return {
    type: 'start',
    modelsUrl: nodeModelOptions.baseUrl,
    style: rgba('starry_night.jpg'),
    photos: [rgba('building.jpg'), rgba('chelsea.jpg')],
    steps,
    size: 64,
    previewEvery: 2,
    seed: 7,
  };
}

async function run(steps: number, stopAfter = Infinity): Promise<FromTrainingWorker[]> {
  const messages: FromTrainingWorker[] = [];
  await runStyleTrainingJob(request(steps), {
    post: (m) => messages.push(m),
    shouldStop: () => messages.filter((m) => m.type === 'progress').length >= stopAfter,
    fetch: nodeModelOptions.fetch,
  });
  return messages;
}

describe('the training worker’s job (same code path, in Node on WASM)', () => {
  beforeAll(useWasmBackend);

  it('runs 3 steps at 64 px, posts progress and previews, and lowers J, and returns changed weights without leaking tensors', async () => {
    // Warm the kernels once, so the count below sees only this run's tensors.
    await run(1);
    const before = tf.memory().numTensors;
    const messages = await run(3);
    expect(tf.memory().numTensors).toBe(before);

    expect(messages.find((m) => m.type === 'error')).toBeUndefined();
    const loading = messages.filter((m) => m.type === 'loading');
    expect(loading.at(-1)).toMatchObject({ type: 'loading' });
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.map((p) => p.step)).toEqual([1, 2, 3]);
    // Seeded crops and weights: J falls already (2.25 -> 1.81 here, the output leaving grey).
    expect(progress[2]!.total).toBeLessThan(0.9 * progress[0]!.total);
    for (const p of progress) {
      expect(p.steps).toBe(3);
      expect(p.total).toBeCloseTo(p.content + 5 * p.style + 10 * p.tv, 4);
      expect(p.secondsPerStep).toBeGreaterThan(0);
    }
    const previews = messages.filter((m) => m.type === 'preview');
    expect(previews.map((p) => p.step)).toEqual([2, 3]);
    expect(previews[0]!.image).toMatchObject({ width: 64, height: 64 });
    expect(previews[0]!.image.data.length).toBe(64 * 64 * 4);

    const done = messages.at(-1)!;
    if (done.type !== 'done') throw new Error(`last message ${done.type}`);
    expect(done).toMatchObject({ steps: 3, stopped: false });
    expect(done.json).toMatchObject({ format: 'convlens-style-net', trainedSize: 64 });
    expect(done.json.style).toMatch(/^user-\d+$/);
    const trained = decodeStyleNet(done.json, done.weights);
    const initial = initialStyleNetWeights(7);
    const change = tf.tidy(
      () => tf.max(tf.abs(tf.sub(trained['conv1/w']!, initial['conv1/w']!))).dataSync()[0]!,
    );
    tf.dispose([...Object.values(trained), ...Object.values(initial)]);
    expect(change).toBeGreaterThan(1e-4);
  }, 180_000);

  it('stops early on request and still returns the weights trained so far', async () => {
    const messages = await run(50, 2);
    const done = messages.at(-1)!;
    expect(done).toMatchObject({ type: 'done', steps: 2, stopped: true });
  }, 180_000);

  it('says the backbone failed when centernet’s files are missing', async () => {
    const messages: FromTrainingWorker[] = [];
    await runStyleTrainingJob(request(3), {
      post: (m) => messages.push(m),
      shouldStop: () => false,
      fetch: async () => new Response('Not found', { status: 404 }),
    });
    expect(messages.at(-1)).toMatchObject({ type: 'error', stage: 'backbone' });
    expect((messages.at(-1) as { message: string }).message).toMatch(/centernet|models\//);
  });
});
