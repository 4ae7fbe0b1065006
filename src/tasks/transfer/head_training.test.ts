import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TransferHeadRecord } from '../../core/store/transfer_records';
import type { TrainingState } from './head_training.svelte';
import type { TrainingRun } from './run_training';
import { defaultTransferOptions } from './transfer_options';

// The run's sequencing, with feature extraction and training replaced by scripted fakes.
const fake = vi.hoisted(() => ({
  samples: null as (() => Promise<unknown>) | null,
  train: null as (() => Promise<unknown>) | null,
  signal: null as AbortSignal | null,
}));
vi.mock('./sample_features', () => ({
  trainingSamples: async (
    _samples: unknown,
    _ids: unknown,
    _features: unknown,
    _augmentation: unknown,
    signal: AbortSignal,
    onProgress: (done: number, total: number) => void,
  ) => {
    fake.signal = signal;
    onProgress(0, 3);
    return fake.samples!();
  },
}));
vi.mock('./run_training', () => ({
  runTraining: async (
    _samples: unknown,
    _k: number,
    _options: unknown,
    hooks: { onEpoch: (r: object) => void },
  ) => {
    hooks.onEpoch({ epoch: 0 });
    hooks.onEpoch({ epoch: 1 });
    return fake.train!();
  },
}));

const { HeadTraining } = await import('./head_training.svelte');

const run = {
  weights: { inputSize: 2, kernel: new Float32Array(4), bias: new Float32Array(2) },
} as unknown as TrainingRun;
const prepared = { prepared: [{}, {}, {}], extracted: 2 };

function job(training: InstanceType<typeof HeadTraining>, seen: TrainingState[]) {
  const kept: TransferHeadRecord[] = [];
  return {
    kept,
    job: {
      samples: [],
      classIds: ['cat', 'dog'],
      labels: ['Cat', 'Dog'],
      db: {} as never,
      backbone: {} as never,
      options: defaultTransferOptions,
      keep: async (head: TransferHeadRecord) => {
        seen.push(training.state);
        kept.push(head);
      },
    },
  };
}

describe('HeadTraining', () => {
  beforeEach(() => {
    fake.samples = async () => prepared;
    fake.train = async () => run;
  });

  it('extracts, trains, keeps the head, then shows done', async () => {
    const training = new HeadTraining();
    const seen: TrainingState[] = [];
    const { job: j, kept } = job(training, seen);
    const running = training.run(j);
    expect(training.state).toEqual({ kind: 'extracting', done: 0, total: 3 });
    expect(training.busy).toBe(true);
    await running;
    // The head was kept while "training" still showed: "done" only once it is saved.
    expect(seen.map((s) => s.kind)).toEqual(['training']);
    expect(kept[0]).toMatchObject({
      backbone: 'centernet',
      imageSize: 224,
      inputSize: 2,
      classIds: ['cat', 'dog'],
    });
    expect(training.state).toEqual({
      kind: 'done',
      run,
      labels: ['Cat', 'Dog'],
      extracted: 2,
      cached: 1,
    });
    expect(training.busy).toBe(false);
  });

  it('goes back to idle when stopped during extraction', async () => {
    const training = new HeadTraining();
    fake.samples = async () => {
      training.stop();
      return fake.signal!.aborted ? null : prepared;
    };
    await training.run(job(training, []).job);
    expect(training.state).toEqual({ kind: 'idle' });
  });

  it('shows a failure with its message, and can be reset', async () => {
    const training = new HeadTraining();
    fake.train = () => Promise.reject(new Error('out of memory'));
    await training.run(job(training, []).job);
    expect(training.state).toEqual({ kind: 'failed', message: 'out of memory' });
    training.reset();
    expect(training.state).toEqual({ kind: 'idle' });
  });
});
