import { StoreChannel } from '../../core/store/store_channel';
import { StoreConnection } from '../../core/store/store_connection';
import type {
  TransferClassRecord,
  TransferHeadRecord,
  TransferProjectRecord,
} from '../../core/store/transfer_records';
import { HeadTraining, restoredRun, storedRun, type TrainingState } from './head_training.svelte';
import { LabHead } from './lab_head.svelte';
import { LabSamples, sampleRecord } from './lab_samples.svelte';
import {
  maxClasses,
  minClasses,
  projectRecord,
  withClass,
  withClassRenamed,
  withoutClass,
} from './project_changes';
import { exportProject, importProject } from './project_io';
import { projectRefusal } from './project_refusal';
import { ProjectSync, type LabNotice } from './project_sync';
import type { SampleView } from './sample_view';
import {
  deleteClassSamples,
  deleteSamples,
  putSamples,
  replaceProject,
} from './transfer_repository';
import { defaultTransferOptions, withDefaults, type TransferOptions } from './transfer_options';
import type { TransferFeatures } from './transfer_features';
import type { LiveHead } from './transfer_predictor';

export { maxClasses, minClasses } from './project_changes';

/**
 * The Transfer lab's project: classes, samples, options, trained head; persisted in IndexedDB.
 * Components read its getters and call its actions; the frame loop reads `liveHead`.
 * Other tabs may change the same project: each write changes the stored project inside its own
 * transaction (never a whole stale copy), is announced on the store's channel, and a change or
 * erase announced by another tab reloads the project (ProjectSync). The samples shown, with their
 * pictures' URLs, are a LabSamples.
 */
export class TransferLab {
  #classes = $state.raw<TransferClassRecord[]>([]);
  #notice = $state.raw<LabNotice | null>(null);
  #ready = $state(false);
  options = $state<TransferOptions>(structuredClone(defaultTransferOptions));
  #defaultNames: [string, string] = ['', ''];
  readonly #sync: ProjectSync;
  #backbone: TransferFeatures | null = null;
  readonly #head = new LabHead((head) =>
    head.classIds.map((id) => this.#classes.find((c) => c.id === id)?.name ?? '?'),
  );
  readonly #trainer = new HeadTraining();
  readonly #samples = new LabSamples((ids) => this.#trainer.forget(ids));

  constructor(
    private readonly newId: () => string = () => crypto.randomUUID(),
    channel = new StoreChannel(),
    store = new StoreConnection(),
  ) {
    this.#sync = new ProjectSync(channel, store);
  }

  get classes(): TransferClassRecord[] {
    return this.#classes;
  }
  get samples(): SampleView[] {
    return this.#samples.all;
  }
  get head(): TransferHeadRecord | null {
    return this.#head.record;
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
    return this.#head.live;
  }

  samplesOf(classId: string): SampleView[] {
    return this.#samples.of(classId);
  }

  /** The head was trained without a class that has samples now: train again to include it. */
  get headStale(): boolean {
    const used = this.#classes.filter((c) => this.samplesOf(c.id).length > 0);
    return this.#head.lacksAny(used.map((c) => c.id));
  }

  dismissNotice(): void {
    this.#notice = null;
  }

  /** Opens the saved project (or starts one with two empty classes) and listens to other tabs. */
  async open(defaultNames: [string, string]): Promise<void> {
    this.#defaultNames = defaultNames;
    // Another tab changed the project (reload it) or erased everything (start afresh).
    this.#sync.listen(
      async (change) => {
        if (change.kind === 'erased') this.#forget();
        await this.#load();
      },
      (notice) => (this.#notice = notice),
    );
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
    await this.#update((p) => withClass(p, added));
  }

  async renameClass(id: string, name: string): Promise<void> {
    await this.#update((p) => withClassRenamed(p, id, name));
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
    await this.#update((p) => withoutClass(p, id));
    if (this.#classes.some((c) => c.id === id)) return;
    this.#samples.drop(this.samplesOf(id).map((s) => s.id));
    await this.#write(async (db) => this.#samples.drop(await deleteClassSamples(db, id)));
  }

  /** Stores one picture (the centred square as JPEG) as a sample of the class. */
  async addSample(classId: string, jpeg: Blob): Promise<void> {
    const record = sampleRecord(this.newId(), classId, jpeg);
    await this.#write(async (db) => {
      await putSamples(db, [record]);
      this.#samples.add(record);
    });
  }

  async deleteSample(id: string): Promise<void> {
    this.#samples.drop([id]);
    await this.#write((db) => deleteSamples(db, [id]));
  }

  /** Extracts the features (cached), splits, trains the head, evaluates it on the dev set. */
  async train(): Promise<void> {
    const backbone = this.#backbone;
    const used = this.#classes.filter((c) => this.samplesOf(c.id).length > 0);
    if (!backbone || used.length < minClasses) return this.#trainer.fail('need-samples');
    await this.#trainer.run({
      samples: this.#samples.all,
      classIds: used.map((c) => c.id),
      labels: used.map((c) => c.name),
      db: await this.#sync.db(),
      backbone,
      options: $state.snapshot(this.options) as TransferOptions,
      keep: async (head, done) => {
        this.#head.set(head);
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
      head: this.#head.record,
      samples: this.#samples.all,
    });
  }

  /**
   * Replaces the project with the picked files' (the exported .zip, or the files inside it);
   * malformed files change nothing and set `notice`.
   */
  async importFiles(files: readonly File[]): Promise<boolean> {
    try {
      await this.#sync.write(async (db) => {
        const { project, samples } = await importProject(files, () => this.newId());
        await replaceProject(db, project, samples);
        this.#classes = project.classes;
        this.options = withDefaults(project.options);
        this.#samples.replace(samples);
        this.#head.set(project.head);
      });
    } catch (e) {
      this.#notice = { kind: 'import', message: (e as Error).message, refusal: projectRefusal(e) };
      return false;
    }
    this.#trainer.reset();
    this.#notice = null;
    return true;
  }

  /** Erases everything on the device (this lab's project, other labs' data, TF.js's database). */
  async eraseAll(defaultNames: [string, string]): Promise<void> {
    this.#forget();
    await this.#sync.eraseAll();
    await this.open(defaultNames);
  }

  dispose(): void {
    this.stopTraining();
    this.#sync.dispose();
    this.#samples.clear();
    this.#head.dispose();
  }

  /** Shows the stored project (creating the default one if none is stored): ProjectSync.load. */
  async #load(): Promise<void> {
    const { project, samples } = await this.#sync.load(() => this.#fresh());
    this.options = withDefaults(project.options);
    this.#apply(project);
    this.#samples.sync(samples);
  }

  /** Drops everything read from the store (before an erase, or after another tab's). */
  #forget(): void {
    this.stopTraining();
    this.#samples.clear();
    this.#head.set(null);
    this.#trainer.reset();
    this.options = structuredClone(defaultTransferOptions);
  }

  #apply(project: TransferProjectRecord): void {
    this.#classes = project.classes;
    this.#head.show(project.head);
    const run = restoredRun(project.lastRun, project.head);
    if (run) this.#trainer.restore(run);
  }

  /**
   * Changes the project shown at once, then the project as stored (see updateProject), shows
   * that and tells the other tabs. A write that fails sets `notice` and keeps the change shown
   * (the lab works without storage).
   */
  async #update(change: (project: TransferProjectRecord) => TransferProjectRecord): Promise<void> {
    this.#apply(change(this.#shown()));
    await this.#write(async (db) =>
      this.#apply(await ProjectSync.update(db, change, () => this.#fresh())),
    );
  }

  /** Runs a write (ProjectSync), or puts its error in `notice`. */
  async #write(write: Parameters<ProjectSync['write']>[0]): Promise<void> {
    const notice = await this.#sync.tryWrite(write);
    if (notice) this.#notice = notice;
  }

  /** The project as this tab shows it. */
  #shown(): TransferProjectRecord {
    const options = $state.snapshot(this.options) as unknown as Record<string, unknown>;
    return projectRecord(this.#classes, options, this.#head.record);
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
