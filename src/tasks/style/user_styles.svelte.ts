import type * as tf from '@tensorflow/tfjs-core';
import { ModelFileError, shortHash } from '../../core/models/model_errors';
import { sha256Hex } from '../../core/models/sha256_hex';
import { openConvLensDb, type ConvLensDb } from '../../core/store/convlens_db';
import { UserStyleStore, type UserStyleRecord } from '../../core/store/user_styles';
import { decodeStyleNet } from './style_net_file';

/** One of the user's own styles as the selector shows it. */
export interface UserStyleEntry {
  id: string;
  createdAt: number;
  steps: number;
  trainedSize: number;
  /** Object URL of S's thumbnail (revoked on refresh and dispose). */
  imageUrl: string;
}

/** Ids of user-trained styles; the bundled ones never start so. */
export const isUserStyle = (id: string): boolean => id.startsWith('user-');

/**
 * The style networks the user trained (IndexedDB store `userStyles`), listed for the live
 * selector. Each operation opens the database and closes it again (another tab may erase it).
 */
export class UserStyles {
  #list = $state.raw<UserStyleEntry[]>([]);
  #loadError = $state<string | null>(null);
  /** Left: a save that lands later (training stopped on leaving) makes no new object URLs. */
  #disposed = false;

  constructor(private readonly open: () => Promise<ConvLensDb> = openConvLensDb) {}

  get list(): UserStyleEntry[] {
    return this.#list;
  }
  /** Why the list could not be read (no IndexedDB, private mode), or null. */
  get loadError(): string | null {
    return this.#loadError;
  }

  async refresh(): Promise<void> {
    if (this.#disposed) return;
    try {
      const records = await this.#use((s) => s.list());
      if (this.#disposed) return;
      this.#revoke();
      this.#list = records.map((r) => ({
        id: r.id,
        createdAt: r.createdAt,
        steps: r.steps,
        trainedSize: r.trainedSize,
        imageUrl: URL.createObjectURL(r.styleImage),
      }));
      this.#loadError = null;
    } catch (e) {
      this.#loadError = e instanceof Error ? e.message : String(e);
    }
  }

  /**
   * Saves a trained network with the sha256 of its weights, checked when it is loaded; throws the
   * store's error (e.g. QuotaExceededError) to the caller.
   */
  async add(record: UserStyleRecord): Promise<void> {
    const weightsSha256 = (await sha256Hex(record.weights)) ?? undefined;
    await this.#use((s) => s.put({ ...record, weightsSha256 }));
    await this.refresh();
  }

  async remove(id: string): Promise<void> {
    await this.#use((s) => s.delete(id));
    await this.refresh();
  }

  /**
   * The network's weights, checked against the sha256 saved with them (a record saved before the
   * checksum was kept has none and is accepted) and decoded; the caller owns the tensors.
   */
  async weights(id: string): Promise<tf.NamedTensorMap> {
    const record = await this.#use((s) => s.get(id));
    if (!record) throw new Error(`The style "${id}" is no longer saved on this device.`);
    const expected = record.weightsSha256;
    const hash = expected === undefined ? null : await sha256Hex(record.weights);
    if (expected !== undefined && hash !== null && hash !== expected) {
      throw new ModelFileError(
        id,
        'corrupt',
        `sha256 ${shortHash(hash)} expected ${shortHash(expected)}`,
        { home: 'userStyles' },
      );
    }
    return decodeStyleNet(record.json, record.weights);
  }

  dispose(): void {
    this.#disposed = true;
    this.#revoke();
  }

  #revoke(): void {
    for (const e of this.#list) URL.revokeObjectURL(e.imageUrl);
  }

  async #use<T>(fn: (store: UserStyleStore) => Promise<T>): Promise<T> {
    const db = await this.open();
    try {
      return await fn(new UserStyleStore(db));
    } finally {
      db.close();
    }
  }
}
