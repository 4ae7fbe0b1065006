import type { ConvLensDb } from '../../core/store/convlens_db';
import { eraseEverything } from '../../core/store/erase_everything';
import { StoreChannel, type StoreChange } from '../../core/store/store_channel';
import { StoreConnection } from '../../core/store/store_connection';
import type {
  TransferProjectRecord,
  TransferSampleRecord,
} from '../../core/store/transfer_records';
import { isoNow } from './feature_cache';
import type { ProjectRefusal } from './project_refusal';
import { loadProject, StorageFullError, updateProject } from './transfer_repository';

/**
 * A problem to tell the user: a refused import (its reason as a code) or a failed write, with its
 * message, or a write refused because the device's storage is full (the view words that one in
 * the reader's language).
 */
export type LabNotice =
  | { kind: 'storage'; message: string }
  /** `refusal`: a malformed project, worded by the view; else `message` says what failed. */
  | { kind: 'import'; message: string; refusal: ProjectRefusal | null }
  | { kind: 'storage-full' };

export function storageNotice(e: unknown): LabNotice {
  return e instanceof StorageFullError
    ? { kind: 'storage-full' }
    : { kind: 'storage', message: (e as Error).message };
}

/**
 * The Transfer lab's side of the store and of the other tabs: the database connection, the
 * store's BroadcastChannel (each write is announced; `listen` hears the other tabs'), and a count
 * of this tab's writes as they start and end, so a read can tell it raced one of them.
 */
export class ProjectSync {
  #writes = 0;
  #stopListening: (() => void) | null = null;

  constructor(
    private readonly channel = new StoreChannel(),
    private readonly store = new StoreConnection(),
  ) {}

  db(): Promise<ConvLensDb> {
    return this.store.get();
  }

  /**
   * Calls `heard` with the other tabs' Transfer changes and erasures (once, however often called);
   * `failed` gets the notice of a reload that failed.
   */
  listen(heard: (change: StoreChange) => Promise<void>, failed: (n: LabNotice) => void): void {
    this.#stopListening ??= this.channel.listen((change) => {
      if (change.kind !== 'faces') heard(change).catch((e: unknown) => failed(storageNotice(e)));
    });
  }

  /**
   * Reads the stored project and samples (storing `fresh()` if there is none), again if one of
   * this tab's own writes ran meanwhile, so a reload never drops a sample just added.
   */
  load(
    fresh: () => TransferProjectRecord,
  ): Promise<{ project: TransferProjectRecord; samples: TransferSampleRecord[] }> {
    return this.stableRead(async (db) => {
      const saved = await loadProject(db);
      const project = saved?.project ?? (await updateProject(db, (p) => p, fresh));
      return { project, samples: saved?.samples ?? [] };
    });
  }

  /** Changes the stored project in one transaction (updateProject) and stamps the time. */
  static update(
    db: ConvLensDb,
    change: (project: TransferProjectRecord) => TransferProjectRecord,
    fresh: () => TransferProjectRecord,
  ): Promise<TransferProjectRecord> {
    return updateProject(db, (p) => ({ ...change(p), updatedAt: isoNow() }), fresh);
  }

  /** Runs `read` again until none of this tab's writes started or ended while it ran. */
  async stableRead<T>(read: (db: ConvLensDb) => Promise<T>): Promise<T> {
    const db = await this.store.get();
    let writes, result;
    do {
      writes = this.#writes;
      result = await read(db);
    } while (writes !== this.#writes);
    return result;
  }

  /** Runs a write on the open connection and tells the other tabs; a failure is thrown. */
  async write(write: (db: ConvLensDb) => Promise<void>): Promise<void> {
    this.#writes++;
    try {
      await write(await this.store.get());
      this.channel.announce({ kind: 'transfer' });
    } finally {
      this.#writes++;
    }
  }

  /** As `write`, but a failure becomes the notice to show (null when it succeeded). */
  async tryWrite(write: (db: ConvLensDb) => Promise<void>): Promise<LabNotice | null> {
    try {
      await this.write(write);
      return null;
    } catch (e) {
      return storageNotice(e);
    }
  }

  /** Closes the connection, erases every database of the app and tells the other tabs. */
  async eraseAll(): Promise<void> {
    this.store.close();
    await eraseEverything();
    this.channel.announce({ kind: 'erased' });
  }

  dispose(): void {
    this.#stopListening?.();
    this.#stopListening = null;
    this.channel.close();
    this.store.close();
  }
}
