import { CenternetBackbone } from '../../core/models/centernet_backbone';
import type { ConvLensDb } from '../../core/store/convlens_db';
import type { TransferHeadRecord, TransferProjectRecord } from '../../core/store/transfer_records';
import { FeatureCache, isoNow } from './feature_cache';
import { runTraining, type TrainingRun } from './run_training';
import { trainingSamples, type FeatureSample } from './sample_features';
import { SoftmaxHead } from './softmax_head';
import type { EpochRecord } from './train_head';
import { backboneInputSize, backboneNodes, type TransferFeatures } from './transfer_features';
import type { TransferOptions } from './transfer_options';
import type { LiveHead } from './transfer_predictor';

/** A finished run: what the panel shows of it. */
export interface TrainingDone {
  kind: 'done';
  run: TrainingRun;
  labels: string[];
  /** Samples whose features the backbone computed this time / read from the cache. */
  extracted: number;
  cached: number;
}

export type TrainingState =
  | { kind: 'idle' }
  | { kind: 'extracting'; done: number; total: number }
  | { kind: 'training'; history: EpochRecord[]; epochs: number }
  | TrainingDone
  | { kind: 'failed'; message: string };

/** One training run's inputs, as the project is when Train is pressed. */
interface TrainingJob {
  samples: readonly (FeatureSample & { classId: string })[];
  /** The classes that have samples, in the order of the head's outputs, and their names. */
  classIds: string[];
  labels: string[];
  db: ConvLensDb;
  backbone: TransferFeatures;
  options: TransferOptions;
  /**
   * Keeps the trained head and what is shown of its run (saved before "done" shows, so a reload
   * right after finds them).
   */
  keep: (head: TransferHeadRecord, done: TrainingDone) => Promise<void>;
}

/**
 * Training the Transfer lab's head: extract the features (cached in memory and IndexedDB), split,
 * train, evaluate on the dev set; its state is what the panel shows. One run at a time; stop()
 * aborts it between samples or epochs.
 */
export class HeadTraining {
  #state = $state.raw<TrainingState>({ kind: 'idle' });
  #abort: AbortController | null = null;
  readonly #features = new FeatureCache();

  get state(): TrainingState {
    return this.#state;
  }

  get busy(): boolean {
    return this.#state.kind === 'extracting' || this.#state.kind === 'training';
  }

  async run(job: TrainingJob): Promise<void> {
    const { options, classIds } = job;
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    try {
      const ready = await trainingSamples(
        job.samples,
        classIds,
        { cache: this.#features, db: job.db, backbone: job.backbone },
        options.augmentation,
        signal,
        (done, total) => (this.#state = { kind: 'extracting', done, total }),
      );
      if (!ready) {
        this.#state = { kind: 'idle' };
        return;
      }
      const { prepared, extracted } = ready;
      const history: EpochRecord[] = [];
      this.#state = { kind: 'training', history: [], epochs: options.epochs };
      const run = await runTraining(prepared, classIds.length, options, {
        signal,
        onEpoch: (r) => {
          history.push(r);
          this.#state = { kind: 'training', history: [...history], epochs: options.epochs };
        },
      });
      const cached = prepared.length - extracted;
      const done: TrainingDone = { kind: 'done', run, labels: job.labels, extracted, cached };
      await job.keep(
        {
          backbone: CenternetBackbone.modelId,
          featureNodes: [...backboneNodes],
          imageSize: backboneInputSize,
          inputSize: run.weights.inputSize,
          classIds,
          kernel: run.weights.kernel,
          bias: run.weights.bias,
          trainedAt: isoNow(),
        },
        done,
      );
      this.#state = done;
    } catch (e) {
      this.fail((e as Error).message);
    } finally {
      this.#abort = null;
    }
  }

  /** A run that cannot start (`need-samples`) or that broke. */
  fail(message: string): void {
    this.#state = { kind: 'failed', message };
  }

  stop(): void {
    this.#abort?.abort();
  }

  /** Shows a run kept from before (a reload), unless one is running or shown already. */
  restore(done: TrainingDone): void {
    if (this.#state.kind === 'idle') this.#state = done;
  }

  /** Back to idle (a new project): what was shown belongs to the old one. */
  reset(): void {
    this.#state = { kind: 'idle' };
  }

  /** Drops the cached features of deleted samples. */
  forget(sampleIds: readonly string[]): void {
    this.#features.forget(sampleIds);
  }
}

/** What is stored of a run: all but the weights, which the head record holds. */
export function storedRun(done: TrainingDone, trainedAt: string): TransferProjectRecord['lastRun'] {
  const { outcome, devIds, testIds, trainCount, evaluation, test } = done.run;
  const run = { outcome, devIds, testIds, trainCount, evaluation, test };
  return { trainedAt, shown: { ...done, run } };
}

/** The stored run of `head`, with the head's weights; null when it belongs to another head. */
export function restoredRun(
  lastRun: TransferProjectRecord['lastRun'],
  head: TransferHeadRecord | null,
): TrainingDone | null {
  if (!lastRun || !head || lastRun.trainedAt !== head.trainedAt) return null;
  const shown = lastRun.shown as unknown as TrainingDone;
  const { inputSize, kernel, bias } = head;
  const weights = { inputSize, classCount: head.classIds.length, kernel, bias };
  return { ...shown, run: { ...shown.run, weights } };
}

/** The head the frame loop predicts with, from its record and its classes' current names. */
export function liveHeadOf(head: TransferHeadRecord, labels: string[]): LiveHead {
  const { inputSize, kernel, bias } = head;
  return {
    head: new SoftmaxHead({ inputSize, classCount: head.classIds.length, kernel, bias }),
    labels,
    trainedAt: head.trainedAt,
  };
}
