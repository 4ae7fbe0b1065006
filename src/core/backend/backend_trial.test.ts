import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { bareTimes } from '../models/bare_timer';
import type { BackendName } from './backend_choice';
import { measureBackends } from './backend_trial';

describe('measureBackends', () => {
  it('times each backend that starts and keeps the reason of each that does not', async () => {
    const started: BackendName[] = [];
    const start = (name: BackendName) => {
      if (name === 'webgl') return Promise.resolve('WebGL is not supported on this device');
      started.push(name);
      return Promise.resolve(null);
    };
    const trials = await measureBackends(start, ['webgl', 'wasm', 'cpu'], (b) =>
      b === 'cpu' ? Promise.reject(new Error('out of memory')) : Promise.resolve([9, 8, 7]),
    );
    expect(started).toEqual(['wasm', 'cpu']);
    expect(trials).toEqual([
      { backend: 'webgl', error: 'WebGL is not supported on this device' },
      { backend: 'wasm', ms: [9, 8, 7] },
      { backend: 'cpu', error: 'out of memory' },
    ]);
  });

  it('leaves no tensors behind when timing a real network', async () => {
    await tf.setBackend('cpu');
    const kernel = tf.randomNormal([3, 3, 3, 4]);
    const before = tf.memory().numTensors;
    const trials = await measureBackends(
      (name) => tf.setBackend(name).then((ok) => (ok ? null : 'no')),
      ['cpu'],
      () =>
        bareTimes(
          (x) => tf.conv2d(x as tf.Tensor4D, kernel as tf.Tensor4D, 1, 'same'),
          [1, 32, 32, 3],
          3,
          'float32',
          1,
        ),
    );
    expect(tf.memory().numTensors).toBe(before);
    kernel.dispose();
    expect(trials).toEqual([
      { backend: 'cpu', ms: [expect.any(Number), expect.any(Number), expect.any(Number)] },
    ]);
  });
});
