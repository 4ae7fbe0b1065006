import { openConvLensDb, type ConvLensDb } from '../../core/store/convlens_db';
import { eraseEverything } from '../../core/store/erase_everything';
import type {
  TransferClassRecord,
  TransferHeadRecord,
  TransferSampleRecord,
} from '../../core/store/transfer_records';
import { FeatureCache, isoNow } from './feature_cache';
import { backboneInputSize, backboneNodes, BackboneFeatures } from './backbone_features';
import { exportProject, importProject, projectName } from './project_io';
import { trainingSamples } from './sample_features';
import { runTraining, type TrainingRun } from './run_training';
import { SoftmaxHead } from './softmax_head';
import type { EpochRecord } from './train_head';
import {
  defaultProjectId,
  deleteSamples,
  loadProject,
  putSamples,
  replaceProject,
  saveProject,
} from './transfer_repository';
import { defaultTransferOptions, withDefaults, type TransferOptions } from './transfer_options';
import type { LiveHead } from './transfer_predictor';

/** A sample as the panel shows it. */
export interface SampleView {
  id: string;
  classId: string;
  /** Object URL of the picture (revoked when the sample goes). */
  url: string;
  blob: Blob;
  capturedAt: string;
}

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

/** A problem to tell the user: a refused import, or a write that did not fit in storage. */
export interface LabNotice {
  kind: 'import' | 'storage';
  message: string;
}

export const maxClasses = 10;
export const minClasses = 2;

/**
 * The Transfer lab's project: classes, samples, options, trained head; persisted in IndexedDB.
 * Components read its getters and call its actions; the frame loop reads `liveHead`.
 */
export class TransferLab {
  #classes = $state.raw<TransferClassRecord[]>([]);
  #samples = $state.raw<SampleView[]>([]);
  #head = $state.raw<TransferHeadRecord | null>(null);
  #training = $state.raw<TrainingState>({ kind: 'idle' });
  #notice = $state.raw<LabNotice | null>(null);
  #ready = $state(false);
  options = $state<TransferOptions>(structuredClone(defaultTransferOptions));

  #db: ConvLensDb | null = null;
  #backbone: BackboneFeatures | null = null;
  #liveHead: LiveHead | null = null;
  #abort: AbortController | null = null;
  #features = new FeatureCache();

  constructor(private readonly newId: () => string = () => crypto.randomUUID()) {}

  get classes(): TransferClassRecord[] {
    return this.#classes;
  }
  get samples(): SampleView[] {
    return this.#samples;
  }
  get head(): TransferHeadRecord | null {
    return this.#head;
  }
  get training(): TrainingState {
    return this.#training;
  }
  /** A message for the user (a refused import, full storage); null when all is well. */
  get notice(): LabNotice | null {
    return this.#notice;
  }
  get ready(): boolean {
    return this.#ready;
  }
  get liveHead(): LiveHead | null {
    return this.#liveHead;
  }

  samplesOf(classId: string): SampleView[] {
    return this.#samples.filter((s) => s.classId === classId);
  }

  dismissNotice(): void {
    this.#notice = null;
  }

  /** Opens the saved project (or starts one with two empty classes). */
  async open(defaultNames: [string, string]): Promise<void> {
    this.#db = await openConvLensDb();
    const saved = await loadProject(this.#db);
    if (saved) {
      this.#classes = saved.project.classes;
      this.options = withDefaults(saved.project.options);
      this.#setSamples(saved.samples);
      this.#setHead(saved.project.head);
    } else {
      this.#classes = defaultNames.map((name) => ({ id: this.newId(), name }));
      await this.#save();
    }
    this.#ready = true;
  }

  /** The backbone, once the model has loaded (the predictor task owns it). */
  attachBackbone(backbone: BackboneFeatures): void {
    this.#backbone = backbone;
  }

  async addClass(name: string): Promise<void> {
    if (this.#classes.length >= maxClasses) return;
    this.#classes = [...this.#classes, { id: this.newId(), name }];
    await this.#save();
  }

  async renameClass(id: string, name: string): Promise<void> {
    this.#classes = this.#classes.map((c) => (c.id === id ? { ...c, name } : c));
    this.#refreshLabels();
    await this.#save();
  }

  async deleteClass(id: string): Promise<void> {
    if (this.#classes.length <= minClasses) return;
    const gone = this.samplesOf(id);
    this.#classes = this.#classes.filter((c) => c.id !== id);
    this.#dropSamples(gone.map((s) => s.id));
    if (this.#head?.classIds.includes(id)) this.#setHead(null);
    await deleteSamples(
      this.#need(),
      gone.map((s) => s.id),
    );
    await this.#save();
  }

  /** Stores one picture (the centred square as JPEG) as a sample of the class. */
  async addSample(classId: string, jpeg: Blob): Promise<void> {
    const record: TransferSampleRecord = {
      id: this.newId(),
      projectId: defaultProjectId,
      classId,
      image: jpeg,
      capturedAt: isoNow(),
    };
    try {
      await putSamples(this.#need(), [record]);
    } catch (e) {
      this.#notice = { kind: 'storage', message: (e as Error).message };
      return;
    }
    this.#samples = [...this.#samples, toView(record)];
  }

  async deleteSample(id: string): Promise<void> {
    this.#dropSamples([id]);
    await deleteSamples(this.#need(), [id]);
  }

  /** Extracts the features (cached), splits, trains the head, evaluates it on the dev set. */
  async train(): Promise<void> {
    const backbone = this.#backbone;
    const used = this.#classes.filter((c) => this.samplesOf(c.id).length > 0);
    if (!backbone || used.length < minClasses) {
      this.#training = { kind: 'failed', message: 'need-samples' };
      return;
    }
    const options = $state.snapshot(this.options) as TransferOptions;
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    try {
      const ready = await trainingSamples(
        this.#samples,
        used.map((c) => c.id),
        { cache: this.#features, db: this.#need(), backbone },
        options.augmentation,
        signal,
        (done, total) => (this.#training = { kind: 'extracting', done, total }),
      );
      if (!ready) {
        this.#training = { kind: 'idle' };
        return;
      }
      const { prepared, extracted } = ready;
      const history: EpochRecord[] = [];
      this.#training = { kind: 'training', history: [], epochs: options.epochs };
      const run = await runTraining(prepared, used.length, options, {
        signal,
        onEpoch: (r) => {
          history.push(r);
          this.#training = { kind: 'training', history: [...history], epochs: options.epochs };
        },
      });
      this.#setHead({
        backbone: BackboneFeatures.modelId,
        featureNodes: [...backboneNodes],
        imageSize: backboneInputSize,
        inputSize: run.weights.inputSize,
        classIds: used.map((c) => c.id),
        kernel: run.weights.kernel,
        bias: run.weights.bias,
        trainedAt: isoNow(),
      });
      // Saved before "done" is shown, so a reload right after finds the head.
      await this.#save();
      this.#training = {
        kind: 'done',
        run,
        labels: used.map((c) => c.name),
        extracted,
        cached: prepared.length - extracted,
      };
    } catch (e) {
      this.#training = { kind: 'failed', message: (e as Error).message };
    } finally {
      this.#abort = null;
    }
  }

  stopTraining(): void {
    this.#abort?.abort();
  }

  get trainingBusy(): boolean {
    return this.#training.kind === 'extracting' || this.#training.kind === 'training';
  }

  /** The project as one .zip (project_io.ts). */
  exportFile(): Promise<Blob> {
    return exportProject({
      classes: this.#classes,
      options: $state.snapshot(this.options) as unknown as Record<string, unknown>,
      head: this.#head,
      samples: this.#samples,
    });
  }

  /**
   * Replaces the project with the picked files' (the exported .zip, or the files inside it);
   * malformed files change nothing and set `notice`.
   */
  async importFiles(files: readonly File[]): Promise<boolean> {
    try {
      const { project, samples } = await importProject(files, () => this.newId());
      await replaceProject(this.#need(), project, samples);
      this.#classes = project.classes;
      this.options = withDefaults(project.options);
      this.#dropSamples(this.#samples.map((s) => s.id));
      this.#setSamples(samples);
      this.#setHead(project.head);
    } catch (e) {
      this.#notice = { kind: 'import', message: (e as Error).message };
      return false;
    }
    this.#training = { kind: 'idle' };
    this.#notice = null;
    return true;
  }

  /** Erases everything on the device (this lab's project, other labs' data, TF.js's database). */
  async eraseAll(defaultNames: [string, string]): Promise<void> {
    this.stopTraining();
    this.#db?.close();
    this.#db = null;
    await eraseEverything();
    this.#dropSamples(this.#samples.map((s) => s.id));
    this.#setHead(null);
    this.#training = { kind: 'idle' };
    this.options = structuredClone(defaultTransferOptions);
    await this.open(defaultNames);
  }

  dispose(): void {
    this.stopTraining();
    this.#dropSamples(this.#samples.map((s) => s.id));
    this.#liveHead?.head.dispose();
    this.#liveHead = null;
    this.#db?.close();
    this.#db = null;
  }

  #setSamples(records: TransferSampleRecord[]): void {
    this.#samples = records.map(toView);
  }

  #dropSamples(ids: string[]): void {
    for (const s of this.#samples) if (ids.includes(s.id)) URL.revokeObjectURL(s.url);
    this.#features.forget(ids);
    this.#samples = this.#samples.filter((s) => !ids.includes(s.id));
  }

  #setHead(head: TransferHeadRecord | null): void {
    this.#head = head;
    const old = this.#liveHead;
    this.#liveHead = head
      ? {
          head: new SoftmaxHead({
            inputSize: head.inputSize,
            classCount: head.classIds.length,
            kernel: head.kernel,
            bias: head.bias,
          }),
          labels: this.#labelsOf(head),
          trainedAt: head.trainedAt,
        }
      : null;
    old?.head.dispose();
  }

  #refreshLabels(): void {
    if (this.#liveHead && this.#head)
      this.#liveHead = { ...this.#liveHead, labels: this.#labelsOf(this.#head) };
  }

  #labelsOf(head: TransferHeadRecord): string[] {
    return head.classIds.map((id) => this.#classes.find((c) => c.id === id)?.name ?? '?');
  }

  async #save(): Promise<void> {
    try {
      await saveProject(this.#need(), {
        id: defaultProjectId,
        name: projectName,
        classes: this.#classes,
        options: $state.snapshot(this.options) as unknown as Record<string, unknown>,
        head: this.#head,
        updatedAt: isoNow(),
      });
    } catch (e) {
      this.#notice = { kind: 'storage', message: (e as Error).message };
    }
  }

  /** Saves the options (after the user changes one). */
  saveOptions(): Promise<void> {
    return this.#save();
  }

  #need(): ConvLensDb {
    if (!this.#db) throw new Error('The project store is not open yet.');
    return this.#db;
  }
}

function toView(r: TransferSampleRecord): SampleView {
  return {
    id: r.id,
    classId: r.classId,
    url: URL.createObjectURL(r.image),
    blob: r.image,
    capturedAt: r.capturedAt,
  };
}
