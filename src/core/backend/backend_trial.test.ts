import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { bareTimes, RunTooSlowError } from '../models/bare_timer';
import type { BackendName } from './backend_choice';
import type { BackendTrial } from './backend_pick';
import { measureBackends, trialRunLimitMs } from './backend_trial';

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
          { warmups: 1 },
        ),
    );
    expect(tf.memory().numTensors).toBe(before);
    kernel.dispose();
    expect(trials).toEqual([
      { backend: 'cpu', ms: [expect.any(Number), expect.any(Number), expect.any(Number)] },
    ]);
  });

  it('gives a later candidate ten times the best median so far, at least 5 s, then gives up', async () => {
    const limits: number[] = [];
    const trials = await measureBackends(
      () => Promise.resolve(null),
      ['wasm', 'webgl', 'cpu'],
      (backend, limitMs) => {
        limits.push(limitMs);
        if (backend === 'wasm') return Promise.resolve([900, 1000, 1100]);
        // The software-rendered WebGL case: a first run of 42 s.
        return Promise.reject(new RunTooSlowError(42_000, limitMs));
      },
    );
    expect(limits).toEqual([Infinity, 10_000, 10_000]);
    expect(trials[1]).toEqual({
      backend: 'webgl',
      error: 'a run took 42000 ms, over the 10000 ms limit',
    });
  });

  it.each<[BackendTrial[], number]>([
    [[], Infinity],
    [[{ backend: 'wasm', error: 'no' }], Infinity],
    [[{ backend: 'wasm', ms: [95, 100, 105] }], 5000],
    [
      [
        { backend: 'wasm', ms: [900] },
        { backend: 'webgl', ms: [700] },
      ],
      7000,
    ],
  ])('the run limit after %j is %d ms', (trials, limit) => {
    expect(trialRunLimitMs(trials)).toBe(limit);
  });

  it('stops timing at the first run over the limit, leaving no tensors', async () => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    let runs = 0;
    const slow = (x: tf.Tensor) => {
      runs++;
      const end = performance.now() + 30;
      while (performance.now() < end); // a run that takes 30 ms of work
      return tf.add(x, 1);
    };
    await expect(bareTimes(slow, [1, 4], 3, { warmups: 1, maxRunMs: 20 })).rejects.toThrow(
      RunTooSlowError,
    );
    expect(runs).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('starts paced runs an interval apart and times only the run, not the idle time', async () => {
    await tf.setBackend('cpu');
    const starts: number[] = [];
    const times = await bareTimes(
      (x) => {
        starts.push(performance.now());
        return tf.add(x, 1);
      },
      [1, 4],
      3,
      { warmups: 1, intervalMs: 40 },
    );
    expect(times).toHaveLength(3);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // A timer that fires early is waited out: never less than the interval.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(39.5);
    for (const ms of times) expect(ms).toBeLessThan(39);
  });
});
