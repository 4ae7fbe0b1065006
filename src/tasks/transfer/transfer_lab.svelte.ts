import { openConvLensDb, type ConvLensDb } from '../../core/store/convlens_db';
import { eraseEverything } from '../../core/store/erase_everything';
import type {
  TransferClassRecord,
  TransferHeadRecord,
  TransferSampleRecord,
} from '../../core/store/transfer_records';
import { isoNow } from './feature_cache';
import { HeadTraining, liveHeadOf, type TrainingState } from './head_training.svelte';
import { exportProject, importProject, projectName } from './project_io';
import { sampleView, type SampleView } from './sample_view';
import {
  defaultProjectId,
  deleteSamples,
  loadProject,
  putSamples,
  replaceProject,
  saveProject,
} from './transfer_repository';
import { defaultTransferOptions, withDefaults, type TransferOptions } from './transfer_options';
import type { TransferFeatures } from './transfer_features';
import type { LiveHead } from './transfer_predictor';

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
  #notice = $state.raw<LabNotice | null>(null);
  #ready = $state(false);
  options = $state<TransferOptions>(structuredClone(defaultTransferOptions));

  #db: ConvLensDb | null = null;
  #backbone: TransferFeatures | null = null;
  #liveHead: LiveHead | null = null;
  readonly #trainer = new HeadTraining();

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
    return this.#trainer.state;
  }
  get trainingBusy(): boolean {
    return this.#trainer.busy;
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

  /** The head was trained without a class that has samples now: train again to include it. */
  get headStale(): boolean {
    const head = this.#head;
    return (
      head !== null &&
      this.#classes.some((c) => !head.classIds.includes(c.id) && this.samplesOf(c.id).length > 0)
    );
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
  attachBackbone(backbone: TransferFeatures): void {
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
    this.#samples = [...this.#samples, sampleView(record)];
  }

  async deleteSample(id: string): Promise<void> {
    this.#dropSamples([id]);
    await deleteSamples(this.#need(), [id]);
  }

  /** Extracts the features (cached), splits, trains the head, evaluates it on the dev set. */
  async train(): Promise<void> {
    const backbone = this.#backbone;
    const used = this.#classes.filter((c) => this.samplesOf(c.id).length > 0);
    if (!backbone || used.length < minClasses) return this.#trainer.fail('need-samples');
    await this.#trainer.run({
      samples: this.#samples,
      classIds: used.map((c) => c.id),
      labels: used.map((c) => c.name),
      db: this.#need(),
      backbone,
      options: $state.snapshot(this.options) as TransferOptions,
      keep: async (head) => {
        this.#setHead(head);
        await this.#save();
      },
    });
  }

  stopTraining(): void {
    this.#trainer.stop();
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
    this.#trainer.reset();
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
    this.#trainer.reset();
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
    this.#samples = records.map(sampleView);
  }

  #dropSamples(ids: string[]): void {
    for (const s of this.#samples) if (ids.includes(s.id)) URL.revokeObjectURL(s.url);
    this.#trainer.forget(ids);
    this.#samples = this.#samples.filter((s) => !ids.includes(s.id));
  }

  #setHead(head: TransferHeadRecord | null): void {
    this.#head = head;
    const old = this.#liveHead;
    this.#liveHead = head ? liveHeadOf(head, this.#labelsOf(head)) : null;
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
