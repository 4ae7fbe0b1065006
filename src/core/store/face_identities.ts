import type { StoredIdentity } from './stored_identity';
import type { ConvLensDb } from './convlens_db';

/**
 * The Faces lab's identities in IndexedDB. Every write is per record: another tab may have
 * saved identities this tab has not listed, so nothing here writes back a whole list.
 */
export class FaceIdentityStore {
  constructor(private readonly db: ConvLensDb) {}

  async list(): Promise<StoredIdentity[]> {
    const all = await this.db.getAll('faceIdentities');
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  async put(identity: StoredIdentity): Promise<void> {
    await this.db.put('faceIdentities', identity);
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('faceIdentities', id);
  }

  /** Adds (or replaces by id) each identity, in one transaction: all or nothing. */
  async putAll(identities: readonly StoredIdentity[]): Promise<void> {
    const tx = this.db.transaction('faceIdentities', 'readwrite');
    await Promise.all([...identities.map((identity) => tx.store.put(identity)), tx.done]);
  }

  /**
   * Changes the stored identity as read inside the write's own transaction. An identity that is
   * no longer there (deleted or erased in another tab) is not written back: undefined.
   */
  async update(
    id: string,
    change: (stored: StoredIdentity) => StoredIdentity,
  ): Promise<StoredIdentity | undefined> {
    const tx = this.db.transaction('faceIdentities', 'readwrite');
    const stored = await tx.store.get(id);
    const updated = stored && change(stored);
    if (updated) await tx.store.put(updated);
    await tx.done;
    return updated;
  }
}
