import type { ConvLensDb } from '../../core/store/convlens_db';
import { eraseEverything } from '../../core/store/erase_everything';
import { StoreChannel, type StoreChange } from '../../core/store/store_channel';
import { StoreConnection } from '../../core/store/store_connection';
import type {
  TransferClassRecord,
  TransferHeadRecord,
  TransferProjectRecord,
  TransferSampleRecord,
} from '../../core/store/transfer_records';
import { isoNow } from './feature_cache';
import {
  HeadTraining,
  liveHeadOf,
  restoredRun,
  storedRun,
  type TrainingState,
} from './head_training.svelte';
import { exportProject, importProject, projectName } from './project_io';
import { sampleView, type SampleView } from './sample_view';
import {
  defaultProjectId,
  deleteClassSamples,
  deleteSamples,
  loadProject,
  putSamples,
  replaceProject,
  StorageFullError,
  updateProject,
} from './transfer_repository';
import { defaultTransferOptions, withDefaults, type TransferOptions } from './transfer_options';
import type { TransferFeatures } from './transfer_features';
import type { LiveHead } from './transfer_predictor';

/**
 * A problem to tell the user: a refused import or a failed write, with its message, or a write
 * refused because the device's storage is full (the view words that one in the reader's language).
 */
export type LabNotice = { kind: 'import' | 'storage'; message: string } | { kind: 'storage-full' };

function storageNotice(e: unknown): LabNotice {
  return e instanceof StorageFullError
    ? { kind: 'storage-full' }
    : { kind: 'storage', message: (e as Error).message };
}

export const maxClasses = 10;
export const minClasses = 2;

/**
 * The Transfer lab's project: classes, samples, options, trained head; persisted in IndexedDB.
 * Components read its getters and call its actions; the frame loop reads `liveHead`.
 * Other tabs may change the same project: each write changes the stored project inside its own
 * transaction (never a whole stale copy), is announced on the store's channel, and a change or
 * erase announced by another tab reloads the project.
 */
export class TransferLab {
  #classes = $state.raw<TransferClassRecord[]>([]);
  #samples = $state.raw<SampleView[]>([]);
  #head = $state.raw<TransferHeadRecord | null>(null);
  #notice = $state.raw<LabNotice | null>(null);
  #ready = $state(false);
  options = $state<TransferOptions>(structuredClone(defaultTransferOptions));

  #defaultNames: [string, string] = ['', ''];
  #stopListening: (() => void) | null = null;
  /** Counts this tab's writes as they start and end, so a reload can tell it raced one. */
  #writes = 0;
  #backbone: TransferFeatures | null = null;
  #liveHead: LiveHead | null = null;
  readonly #trainer = new HeadTraining();

  constructor(
    private readonly newId: () => string = () => crypto.randomUUID(),
    private readonly channel = new StoreChannel(),
    private readonly store = new StoreConnection(),
  ) {}

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

  /** Opens the saved project (or starts one with two empty classes) and listens to other tabs. */
  async open(defaultNames: [string, string]): Promise<void> {
    this.#defaultNames = defaultNames;
    this.#stopListening ??= this.channel.listen((change) => void this.#heard(change));
    await this.#load();
    this.#ready = true;
  }

  /** The backbone, once the model has loaded (the predictor task owns it). */
  attachBackbone(backbone: TransferFeatures): void {
    this.#backbone = backbone;
  }

  async addClass(name: string): Promise<void> {
    if (this.#classes.length >= maxClasses) return;
    const added = { id: this.newId(), name };
    await this.#update((p) =>
      p.classes.length >= maxClasses ? p : { ...p, classes: [...p.classes, added] },
    );
  }

  async renameClass(id: string, name: string): Promise<void> {
    await this.#update((p) => ({
      ...p,
      classes: p.classes.map((c) => (c.id === id ? { ...c, name } : c)),
    }));
  }

  /**
   * Renames the classes whose names `localised` maps to another (a default name of another
   * language, "Class 2" in a Chinese UI), so names the user never chose follow the UI language.
   */
  async localiseNames(localised: (name: string) => string | null): Promise<void> {
    for (const c of this.#classes) {
      const name = localised(c.name);
      if (name !== null && name !== c.name) await this.renameClass(c.id, name);
    }
  }

  /** Deletes the class (if more than two are stored) and every stored sample of it. */
  async deleteClass(id: string): Promise<void> {
    if (this.#classes.length <= minClasses) return;
    await this.#update((p) =>
      p.classes.length <= minClasses
        ? p
        : {
            ...p,
            classes: p.classes.filter((c) => c.id !== id),
            head: p.head?.classIds.includes(id) ? null : p.head,
          },
    );
    if (this.#classes.some((c) => c.id === id)) return;
    this.#dropSamples(this.samplesOf(id).map((s) => s.id));
    await this.#write(async (db) => {
      const gone = await deleteClassSamples(db, id);
      this.#dropSamples(gone);
    });
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
    await this.#write(async (db) => {
      await putSamples(db, [record]);
      if (!this.#samples.some((s) => s.id === record.id))
        this.#samples = [...this.#samples, sampleView(record)];
    });
  }

  async deleteSample(id: string): Promise<void> {
    this.#dropSamples([id]);
    await this.#write((db) => deleteSamples(db, [id]));
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
      db: await this.store.get(),
      backbone,
      options: $state.snapshot(this.options) as TransferOptions,
      keep: async (head, done) => {
        this.#setHead(head);
        const lastRun = storedRun(done, head.trainedAt);
        await this.#update((p) => ({ ...p, head, lastRun }));
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
    this.#writes++;
    try {
      const { project, samples } = await importProject(files, () => this.newId());
      await replaceProject(await this.store.get(), project, samples);
      this.channel.announce({ kind: 'transfer' });
      this.#classes = project.classes;
      this.options = withDefaults(project.options);
      this.#dropSamples(this.#samples.map((s) => s.id));
      this.#setSamples(samples);
      this.#setHead(project.head);
    } catch (e) {
      this.#notice = { kind: 'import', message: (e as Error).message };
      return false;
    } finally {
      this.#writes++;
    }
    this.#trainer.reset();
    this.#notice = null;
    return true;
  }

  /** Erases everything on the device (this lab's project, other labs' data, TF.js's database). */
  async eraseAll(defaultNames: [string, string]): Promise<void> {
    this.#forget();
    this.store.close();
    await eraseEverything();
    this.channel.announce({ kind: 'erased' });
    await this.open(defaultNames);
  }

  dispose(): void {
    this.stopTraining();
    this.#stopListening?.();
    this.#stopListening = null;
    this.channel.close();
    this.#dropSamples(this.#samples.map((s) => s.id));
    this.#liveHead?.head.dispose();
    this.#liveHead = null;
    this.store.close();
  }

  /** Another tab changed the project (reload it) or erased everything (start afresh). */
  async #heard(change: StoreChange): Promise<void> {
    if (change.kind === 'faces') return;
    if (change.kind === 'erased') this.#forget();
    try {
      await this.#load();
    } catch (e) {
      this.#notice = storageNotice(e);
    }
  }

  /**
   * Reads the stored project into the lab (creating the default one if none is stored), again
   * if one of this tab's own writes ran meanwhile, so a reload never drops a sample just added.
   */
  async #load(): Promise<void> {
    const db = await this.store.get();
    let saved, project, writes;
    do {
      writes = this.#writes;
      saved = await loadProject(db);
      project =
        saved?.project ??
        (await updateProject(
          db,
          (p) => p,
          () => this.#fresh(),
        ));
    } while (writes !== this.#writes);
    this.options = withDefaults(project.options);
    this.#apply(project);
    this.#syncSamples(saved?.samples ?? []);
  }

  /** Drops everything read from the store (before an erase, or after another tab's). */
  #forget(): void {
    this.stopTraining();
    this.#dropSamples(this.#samples.map((s) => s.id));
    this.#setHead(null);
    this.#trainer.reset();
    this.options = structuredClone(defaultTransferOptions);
  }

  #setSamples(records: TransferSampleRecord[]): void {
    this.#samples = records.map(sampleView);
  }

  /** The stored samples, keeping the views (and picture URLs) of those already shown. */
  #syncSamples(records: TransferSampleRecord[]): void {
    const stored = (id: string) => records.some((r) => r.id === id);
    this.#dropSamples(this.#samples.filter((s) => !stored(s.id)).map((s) => s.id));
    const shown = this.#samples;
    this.#samples = records.map((r) => shown.find((s) => s.id === r.id) ?? sampleView(r));
  }

  #apply(project: TransferProjectRecord): void {
    this.#classes = project.classes;
    const head = project.head;
    const same =
      head === this.#head ||
      (head !== null && this.#head !== null && head.trainedAt === this.#head.trainedAt);
    if (same) this.#refreshLabels();
    else this.#setHead(head);
    const run = restoredRun(project.lastRun, head);
    if (run) this.#trainer.restore(run);
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

  /**
   * Changes the project shown at once, then the project as stored (see updateProject), shows
   * that and tells the other tabs. A write that fails sets `notice` and keeps the change shown
   * (the lab works without storage).
   */
  async #update(change: (project: TransferProjectRecord) => TransferProjectRecord): Promise<void> {
    this.#apply(change(this.#shown()));
    await this.#write(async (db) => {
      const stored = await updateProject(
        db,
        (p) => ({ ...change(p), updatedAt: isoNow() }),
        () => this.#fresh(),
      );
      this.#apply(stored);
    });
  }

  /** Runs a write on the open connection, tells the other tabs, or puts its error in `notice`. */
  async #write(write: (db: ConvLensDb) => Promise<void>): Promise<void> {
    this.#writes++;
    try {
      await write(await this.store.get());
      this.channel.announce({ kind: 'transfer' });
    } catch (e) {
      this.#notice = storageNotice(e);
    } finally {
      this.#writes++;
    }
  }

  /** The project as this tab shows it. */
  #shown(): TransferProjectRecord {
    return {
      id: defaultProjectId,
      name: projectName,
      classes: this.#classes,
      options: $state.snapshot(this.options) as unknown as Record<string, unknown>,
      head: this.#head,
      updatedAt: isoNow(),
    };
  }

  /** A new project: two empty classes, the current options. */
  #fresh(): TransferProjectRecord {
    const classes = this.#defaultNames.map((name) => ({ id: this.newId(), name }));
    return { ...this.#shown(), classes, head: null };
  }

  /** Saves the options (after the user changes one). */
  async saveOptions(): Promise<void> {
    const options = $state.snapshot(this.options) as unknown as Record<string, unknown>;
    await this.#update((p) => ({ ...p, options }));
  }
}
