import type { StoredIdentity } from './stored_identity';
import type { ConvLensDb } from './convlens_db';

/** The Faces lab's identities in IndexedDB. */
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

  /** Replaces every identity in one transaction: all or nothing. */
  async replaceAll(identities: readonly StoredIdentity[]): Promise<void> {
    const tx = this.db.transaction('faceIdentities', 'readwrite');
    await tx.store.clear();
    for (const identity of identities) await tx.store.put(identity);
    await tx.done;
  }
}
