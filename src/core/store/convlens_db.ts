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
 * This tab's schema is older than the database: a newer version of the app, open in another tab,
 * upgraded it. This tab cannot read or write it until it reloads.
 */
export class NewerVersionError extends Error {
  readonly key = 'store.newerVersion';
  constructor() {
    super(
      'A newer version of ConvLens is open in another tab, so this tab can no longer save. ' +
        'Reload this tab to use the new version.',
    );
    this.name = 'NewerVersionError';
  }
}

/** This tab's upgrade waits on another tab that still holds an older version open. */
export class UpgradeBlockedError extends Error {
  readonly key = 'store.upgradeBlocked';
  constructor() {
    super(
      'An older version of ConvLens is open in another tab and holds the saved data. ' +
        'Close or reload that tab, then try again.',
    );
    this.name = 'UpgradeBlockedError';
  }
}

export interface OpenOptions {
  /** Told at once when another tab's open connection holds up this tab's upgrade. */
  onBlocked?: () => void;
  /** How long an upgrade waits on such a tab before it gives up with UpgradeBlockedError. */
  blockedTimeoutMs?: number;
}

/**
 * Opens (creating or upgrading) the app's database; close it when done. `onClose` is told when
 * the connection closes by itself: another tab upgrades it (with a NewerVersionError: this tab
 * must reload) or erases it (versionchange, no error), or the browser drops it (its `close`
 * event). A database already newer than this tab's schema rejects with NewerVersionError; an
 * upgrade that another tab holds up for `blockedTimeoutMs` rejects with UpgradeBlockedError.
 */
export async function openConvLensDb(
  name = databaseName,
  onClose?: (reason?: NewerVersionError) => void,
  { onBlocked, blockedTimeoutMs = 3000 }: OpenOptions = {},
): Promise<ConvLensDb> {
  if (typeof indexedDB === 'undefined') {
    throw new Error('This browser has no IndexedDB (private mode?), so nothing can be saved.');
  }
  let giveUp: ((e: Error) => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB<ConvLensSchema>(name, databaseVersion, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < databaseVersion; v++) migrations[v]!(upgrading, tx);
    },
    // Another tab's open connection holds up this upgrade: say so, and wait only a while.
    blocked: () => {
      onBlocked?.();
      timer ??= setTimeout(() => giveUp?.(new UpgradeBlockedError()), blockedTimeoutMs);
    },
    // Another tab wants a newer schema (or to erase everything): let it go ahead.
    blocking: (_current, blockedVersion) => {
      void opening.then((db) => db.close());
      onClose?.(
        blockedVersion !== null && blockedVersion > databaseVersion
          ? new NewerVersionError()
          : undefined,
      );
    },
    terminated: () => onClose?.(),
  });
  const heldUp = new Promise<never>((_resolve, reject) => (giveUp = reject));
  try {
    return await Promise.race([opening, heldUp]);
  } catch (e) {
    if (e instanceof UpgradeBlockedError) {
      // The upgrade may still go through once the other tab lets go: don't leave it open.
      opening.then((db) => db.close()).catch(() => {});
      throw e;
    }
    if (e instanceof DOMException && e.name === 'VersionError') throw new NewerVersionError();
    throw e;
  } finally {
    clearTimeout(timer);
    giveUp = null;
  }
}
