import type { ConvLensDb } from './convlens_db';

/**
 * A style network trained in the browser (Style lab, live mode): the files of
 * src/tasks/style/style_net_file.ts (the JSON description and the float32 weights) plus the
 * style picture S it learnt, so a reload finds it again. Plain, structured-cloneable data.
 */
export interface UserStyleRecord {
  /** `user-<time in ms>`; also the network's `style` id in its JSON. */
  id: string;
  /** When training ended, ms since 1970 (the "My style (date)" title is made from it). */
  createdAt: number;
  /** The StyleNetFile JSON (format "convlens-style-net", version 1). */
  json: unknown;
  /** Its float32 weights, as the .bin file would hold them. */
  weights: ArrayBuffer;
  /**
   * Lower-case hex sha256 of `weights` when saved, checked on every load. Absent in records saved
   * before it was kept (accepted as they are) and where the page had no crypto.subtle.
   */
  weightsSha256?: string;
  /** S as a small JPEG, shown beside the selector. */
  styleImage: Blob;
  /** Training steps run (fewer than asked for when the user stopped early). */
  steps: number;
  /** Side of the square training crops, pixels. */
  trainedSize: number;
}

/** The user's own style networks in IndexedDB. */
export class UserStyleStore {
  constructor(private readonly db: ConvLensDb) {}

  async list(): Promise<UserStyleRecord[]> {
    const all = await this.db.getAll('userStyles');
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  async get(id: string): Promise<UserStyleRecord | undefined> {
    return this.db.get('userStyles', id);
  }

  async put(record: UserStyleRecord): Promise<void> {
    await this.db.put('userStyles', record);
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('userStyles', id);
  }
}
