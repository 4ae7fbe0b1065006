import 'fake-indexeddb/auto';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openConvLensDb } from '../../../src/core/store/convlens_db';
import type { TrainingRun } from '../../../src/tasks/transfer/run_training';
import type { EpochRecord } from '../../../src/tasks/transfer/train_head';
import { defaultProjectId, updateProject } from '../../../src/tasks/transfer/transfer_repository';

// The learning curves and metrics of the last run, kept with the project in (fake) IndexedDB.
// Feature extraction and training are scripted: what is tested is what the lab keeps.
vi.mock('../../../src/tasks/transfer/sample_features', () => ({
  trainingSamples: async () => ({ prepared: [{}, {}, {}, {}], extracted: 4 }),
}));
const epoch = (e: number): EpochRecord => ({
  epoch: e,
  learningRate: 0.001,
  trainLoss: 1 / (e + 1),
  trainAccuracy: 0.5 + e / 10,
  devLoss: e === 0 ? NaN : 1 / e,
  devAccuracy: 0.5,
});
const run: TrainingRun = {
  weights: { inputSize: 2, classCount: 2, kernel: new Float32Array(4), bias: new Float32Array(2) },
  outcome: {
    history: [epoch(0), epoch(1), epoch(2)],
    bestEpoch: 2,
    stoppedEarly: true,
    stoppedByUser: false,
    milliseconds: 42,
  },
  devIds: [],
  testIds: [],
  trainCount: 4,
  evaluation: {
    matrix: [
      [1, 0],
      [0, 1],
    ],
    metrics: {} as TrainingRun['evaluation']['metrics'],
    misclassified: [],
    biasVariance: null,
  },
  test: null,
};
vi.mock('../../../src/tasks/transfer/run_training', () => ({ runTraining: async () => run }));

const { TransferLab } = await import('../../../src/tasks/transfer/transfer_lab.svelte');

beforeEach(async () => {
  await tf.setBackend('cpu');
  globalThis.indexedDB = new IDBFactory();
});

describe('Transfer lab: the last run survives a reload', () => {
  const open: InstanceType<typeof TransferLab>[] = [];
  const tab = async () => {
    const lab = new TransferLab();
    open.push(lab);
    await lab.open(['Cat', 'Dog']);
    return lab;
  };
  afterEach(() => open.splice(0).forEach((lab) => lab.dispose()));

  async function trained() {
    const lab = await tab();
    lab.attachBackbone({} as never);
    for (const c of lab.classes) await lab.addSample(c.id, new Blob(['jpeg']));
    await lab.train();
    expect(lab.training.kind).toBe('done');
    return lab;
  }

  it('a reloaded tab shows the curves, the best epoch and the dev metrics of the run', async () => {
    const lab = await trained();
    const reloaded = await tab();
    const state = reloaded.training;
    if (state.kind !== 'done') throw new Error(`not done: ${state.kind}`);
    expect(state.run.outcome).toEqual(run.outcome);
    expect(state.run.evaluation).toEqual(run.evaluation);
    expect(state.run.trainCount).toBe(4);
    expect(state.labels).toEqual(['Cat', 'Dog']);
    expect(state.extracted).toBe(4);
    // The weights are the saved head's, not a second copy.
    expect(state.run.weights.kernel).toEqual(reloaded.head!.kernel);
    expect(reloaded.head!.trainedAt).toBe(lab.head!.trainedAt);
  });

  it('a run for another head (deleted, retrained elsewhere) is not shown', async () => {
    await trained();
    const db = await openConvLensDb();
    await updateProject(
      db,
      (p) => ({ ...p, head: p.head && { ...p.head, trainedAt: '2000-01-01T00:00:00.000Z' } }),
      () => {
        throw new Error(`no project ${defaultProjectId}`);
      },
    );
    db.close();
    expect((await tab()).training.kind).toBe('idle');
  });

  it('a project saved before runs were kept opens with nothing trained shown', async () => {
    const lab = await tab();
    expect(lab.training.kind).toBe('idle');
  });
});
