import { CenternetBackbone } from '../../core/models/centernet_backbone';
import type { ConvLensDb } from '../../core/store/convlens_db';
import type { TransferHeadRecord } from '../../core/store/transfer_records';
import { FeatureCache, isoNow } from './feature_cache';
import { runTraining, type TrainingRun } from './run_training';
import { trainingSamples, type FeatureSample } from './sample_features';
import { SoftmaxHead } from './softmax_head';
import type { EpochRecord } from './train_head';
import { backboneInputSize, backboneNodes, type TransferFeatures } from './transfer_features';
import type { TransferOptions } from './transfer_options';
import type { LiveHead } from './transfer_predictor';

export type TrainingState =
  | { kind: 'idle' }
  | { kind: 'extracting'; done: number; total: number }
  | { kind: 'training'; history: EpochRecord[]; epochs: number }
  | {
      kind: 'done';
      run: TrainingRun;
      labels: string[];
      /** Samples whose features the backbone computed this time / read from the cache. */
      extracted: number;
      cached: number;
    }
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
  /** Keeps the trained head (saved before "done" shows, so a reload right after finds it). */
  keep: (head: TransferHeadRecord) => Promise<void>;
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
      await job.keep({
        backbone: CenternetBackbone.modelId,
        featureNodes: [...backboneNodes],
        imageSize: backboneInputSize,
        inputSize: run.weights.inputSize,
        classIds,
        kernel: run.weights.kernel,
        bias: run.weights.bias,
        trainedAt: isoNow(),
      });
      const cached = prepared.length - extracted;
      this.#state = { kind: 'done', run, labels: job.labels, extracted, cached };
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

  /** Back to idle (a new project): what was shown belongs to the old one. */
  reset(): void {
    this.#state = { kind: 'idle' };
  }

  /** Drops the cached features of deleted samples. */
  forget(sampleIds: readonly string[]): void {
    this.#features.forget(sampleIds);
  }
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
