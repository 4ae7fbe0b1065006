import type { IDBPTransaction } from 'idb';
import type { ConvLensDb, ConvLensSchema } from '../../core/store/convlens_db';
import { isQuotaExceeded } from '../../core/store/quota_error';
import type {
  TransferFeatureRecord,
  TransferProjectRecord,
  TransferSampleRecord,
} from '../../core/store/transfer_records';

/** The one project the lab keeps (several projects can come later under other ids). */
export const defaultProjectId = 'default';

/** Raised when the device's storage is full; the transaction was rolled back. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/** The project and its samples, in capture order; null when none was saved. */
export async function loadProject(
  db: ConvLensDb,
  id = defaultProjectId,
): Promise<{ project: TransferProjectRecord; samples: TransferSampleRecord[] } | null> {
  const tx = db.transaction(['transferProjects', 'transferSamples']);
  const project = await tx.objectStore('transferProjects').get(id);
  const samples = await tx.objectStore('transferSamples').index('byProject').getAll(id);
  await tx.done;
  if (!project) return null;
  return { project, samples: samples.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)) };
}

/**
 * Changes the project as it is stored now, read and written in one transaction, so a tab with an
 * out-of-date copy never writes back a whole stale project over another tab's change (a class
 * another tab added stays). `change` gets `absent()` when none is stored (first open, or erased
 * in another tab). Returns what was stored.
 */
export async function updateProject(
  db: ConvLensDb,
  change: (project: TransferProjectRecord) => TransferProjectRecord,
  absent: () => TransferProjectRecord,
  id = defaultProjectId,
): Promise<TransferProjectRecord> {
  let updated: TransferProjectRecord | undefined;
  await guarded(async () => {
    const tx = db.transaction('transferProjects', 'readwrite');
    updated = change((await tx.store.get(id)) ?? absent());
    await Promise.all([tx.store.put(updated), tx.done]);
  });
  return updated!;
}

export async function putSamples(
  db: ConvLensDb,
  samples: readonly TransferSampleRecord[],
): Promise<void> {
  await guarded(async () => {
    const tx = db.transaction('transferSamples', 'readwrite');
    await Promise.all([...samples.map((s) => tx.store.put(s)), tx.done]);
  });
}

/** Deletes samples and their cached features. */
export async function deleteSamples(db: ConvLensDb, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(['transferSamples', 'transferFeatures'], 'readwrite');
  await Promise.all([deleteInside(tx, ids), tx.done]);
}

/**
 * Deletes every stored sample of a class and their cached features, those another tab captured
 * too (read inside the transaction). Returns the deleted samples' ids.
 */
export async function deleteClassSamples(
  db: ConvLensDb,
  classId: string,
  projectId = defaultProjectId,
): Promise<string[]> {
  const tx = db.transaction(['transferSamples', 'transferFeatures'], 'readwrite');
  const samples = await tx.objectStore('transferSamples').index('byProject').getAll(projectId);
  const ids = samples.filter((s) => s.classId === classId).map((s) => s.id);
  await Promise.all([deleteInside(tx, ids), tx.done]);
  return ids;
}

async function deleteInside(
  tx: IDBPTransaction<ConvLensSchema, ('transferSamples' | 'transferFeatures')[], 'readwrite'>,
  ids: readonly string[],
): Promise<void> {
  const features = tx.objectStore('transferFeatures');
  const keys = await Promise.all(ids.map((id) => features.index('bySample').getAllKeys(id)));
  await Promise.all([
    ...ids.map((id) => tx.objectStore('transferSamples').delete(id)),
    ...keys.flat().map((key) => features.delete(key)),
  ]);
}

/** A sample's cached features for an extraction setting, or undefined. */
export async function getFeatures(
  db: ConvLensDb,
  sampleId: string,
  setting: string,
): Promise<Float32Array[] | undefined> {
  return (await db.get('transferFeatures', featureKey(sampleId, setting)))?.vectors;
}

/**
 * Caches a sample's features, replacing those of its other settings (one record per sample, so
 * trying augmentation options does not pile up vectors). A cache that does not fit is not an
 * error worth stopping a training for: a full disk only means the backbone runs again after a
 * reload.
 */
export async function putFeatures(
  db: ConvLensDb,
  record: Omit<TransferFeatureRecord, 'key'>,
): Promise<boolean> {
  try {
    await guarded(async () => {
      const tx = db.transaction('transferFeatures', 'readwrite');
      const key = featureKey(record.sampleId, record.setting);
      const old = await tx.store.index('bySample').getAllKeys(record.sampleId);
      await Promise.all([
        ...old.filter((k) => k !== key).map((k) => tx.store.delete(k)),
        tx.store.put({ key, ...record }),
        tx.done,
      ]);
    });
    return true;
  } catch (e) {
    if (e instanceof StorageFullError) return false;
    throw e;
  }
}

function featureKey(sampleId: string, setting: string): string {
  return `${sampleId}|${setting}`;
}

/**
 * Replaces the project and all its samples in one transaction (import): if anything fails,
 * the project that was there is left as it was.
 */
export async function replaceProject(
  db: ConvLensDb,
  project: TransferProjectRecord,
  samples: readonly TransferSampleRecord[],
): Promise<void> {
  await guarded(async () => {
    const tx = db.transaction(
      ['transferProjects', 'transferSamples', 'transferFeatures'],
      'readwrite',
    );
    const sampleStore = tx.objectStore('transferSamples');
    const featureStore = tx.objectStore('transferFeatures');
    const old = await sampleStore.index('byProject').getAllKeys(project.id);
    const oldFeatures = await featureStore.index('byProject').getAllKeys(project.id);
    await Promise.all([
      ...old.map((key) => sampleStore.delete(key)),
      ...oldFeatures.map((key) => featureStore.delete(key)),
      ...samples.map((s) => sampleStore.put(s)),
      tx.objectStore('transferProjects').put(project),
      tx.done,
    ]);
  });
}

async function guarded(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (isQuotaExceeded(e)) {
      throw new StorageFullError(
        'The device storage is full, so this change was not saved; everything saved before is kept. ' +
          'Delete some samples or free space, then try again.',
      );
    }
    throw e;
  }
}
