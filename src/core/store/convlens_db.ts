import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { StoredIdentity } from './stored_identity';
import type { UserStyleRecord } from './user_styles';
import type {
  TransferFeatureRecord,
  TransferProjectRecord,
  TransferSampleRecord,
} from './transfer_records';

/** Name of the app's own IndexedDB database (TF.js keeps a separate one, `tensorflowjs`). */
export const databaseName = 'convlens';

/**
 * Every object store of the app, by name. A lab that needs a new store adds it here and adds a
 * migration below (e.g. the Faces lab: `faceIdentities` in version 2).
 */
export interface ConvLensSchema extends DBSchema {
  /** One Transfer-lab project: classes, training options, trained head. */
  transferProjects: { key: string; value: TransferProjectRecord };
  /** One enrolled person of the Faces lab: name, encodings, thumbnail (never leaves the device). */
  faceIdentities: { key: string; value: StoredIdentity };
  /** One captured sample (image and cached features) of a Transfer-lab class. */
  transferSamples: {
    key: string;
    value: TransferSampleRecord;
    indexes: { byProject: string };
  };
  /** The cached backbone features of a Transfer-lab sample (per extraction setting). */
  transferFeatures: {
    key: string;
    value: TransferFeatureRecord;
    indexes: { bySample: string; byProject: string };
  };
  /** A live-mode style network the user trained in the Style lab (weights and style picture). */
  userStyles: { key: string; value: UserStyleRecord };
}

export type ConvLensDb = IDBPDatabase<ConvLensSchema>;
type UpgradeTransaction = IDBPTransaction<
  ConvLensSchema,
  StoreNames<ConvLensSchema>[],
  'versionchange'
>;

/**
 * The schema's history: migrations[i] upgrades version i to version i + 1. Append, never edit
 * one that has shipped: a browser that already has version n runs only migrations n and later.
 */
export const migrations: readonly ((db: ConvLensDb, tx: UpgradeTransaction) => void)[] = [
  // Version 1: the Transfer lab.
  (db) => {
    db.createObjectStore('transferProjects', { keyPath: 'id' });
    const samples = db.createObjectStore('transferSamples', { keyPath: 'id' });
    samples.createIndex('byProject', 'projectId');
  },
  // Version 2: the Faces lab.
  (db) => {
    db.createObjectStore('faceIdentities', { keyPath: 'id' });
  },
  // Version 3: the Transfer lab's backbone features, cached beside the samples.
  (db) => {
    const features = db.createObjectStore('transferFeatures', { keyPath: 'key' });
    features.createIndex('bySample', 'sampleId');
    features.createIndex('byProject', 'projectId');
  },
  // Version 4: the Style lab's own trained style networks.
  (db) => {
    db.createObjectStore('userStyles', { keyPath: 'id' });
  },
];

/** The current schema version. */
export const databaseVersion = migrations.length;

/**
 * Opens (creating or upgrading) the app's database; close it when done. `onClose` is told when
 * the connection closes by itself: another tab upgrades or erases the database (versionchange),
 * or the browser drops it (its `close` event).
 */
export async function openConvLensDb(
  name = databaseName,
  onClose?: () => void,
): Promise<ConvLensDb> {
  if (typeof indexedDB === 'undefined') {
    throw new Error('This browser has no IndexedDB (private mode?), so nothing can be saved.');
  }
  const db: ConvLensDb = await openDB<ConvLensSchema>(name, databaseVersion, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < databaseVersion; v++) migrations[v]!(upgrading, tx);
    },
    // Another tab wants a newer schema (or to erase everything): let it go ahead.
    blocking: () => {
      db.close();
      onClose?.();
    },
    terminated: () => onClose?.(),
  });
  return db;
}
