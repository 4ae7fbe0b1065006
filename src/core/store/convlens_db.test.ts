import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  databaseName,
  databaseVersion,
  NewerVersionError,
  openConvLensDb,
  UpgradeBlockedError,
} from './convlens_db';
import { StoreConnection } from './store_connection';
import { storeMessageKey } from './store_messages';
import { translate } from '../../i18n/translate';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Opens the database at `version` as another tab would, resolving how the open ended. */
function rawOpen(name: string, version: number): Promise<{ db: IDBDatabase; blocked: boolean }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = indexedDB.open(name, version);
    request.onblocked = () => (blocked = true);
    request.onsuccess = () => resolve({ db: request.result, blocked });
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('a newer app version opened in another tab', () => {
  it('is not blocked by this tab: its connection closes and says a newer version is open', async () => {
    const connection = new StoreConnection();
    await connection.get();
    const newer = await rawOpen(databaseName, databaseVersion + 1);
    expect(newer.blocked).toBe(false);
    const error = await connection.get().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NewerVersionError);
    expect((error as NewerVersionError).key).toBe('store.newerVersion');
    expect((error as Error).message).toMatch(/newer version of ConvLens is open in another tab/);
    newer.db.close();
  });

  it('tells the old tab as soon as its connection closes for the newer version', async () => {
    const onClose = vi.fn();
    await openConvLensDb(databaseName, onClose);
    const newer = await rawOpen(databaseName, databaseVersion + 1);
    expect(onClose).toHaveBeenCalledWith(expect.any(NewerVersionError));
    newer.db.close();
  });

  it('an erase (a delete, no new version) closes the connection without that message', async () => {
    const onClose = vi.fn();
    await openConvLensDb(databaseName, onClose);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(databaseName);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    expect(onClose).toHaveBeenCalledWith(undefined);
  });
});

describe('an upgrade held up by an old tab that never lets go', () => {
  it('is not blocked for long: it says why and stops waiting', async () => {
    const name = 'convlens-blocked';
    const old = await rawOpen(name, 1); // an old version of the app, with no versionchange handler
    old.db.onversionchange = null;
    const onBlocked = vi.fn();
    const error = await openConvLensDb(name, undefined, { onBlocked, blockedTimeoutMs: 20 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(onBlocked).toHaveBeenCalledOnce();
    expect(error).toBeInstanceOf(UpgradeBlockedError);
    expect((error as UpgradeBlockedError).key).toBe('store.upgradeBlocked');
    expect((error as Error).message).toMatch(/older version of ConvLens is open in another tab/);
    // Once the old tab goes, the next open upgrades.
    old.db.close();
    const db = await openConvLensDb(name);
    expect(db.version).toBe(databaseVersion);
    db.close();
  });
});

describe('storeMessageKey', () => {
  it('names the key of the store errors, also from the message a lab keeps, and no other', () => {
    expect(storeMessageKey(new NewerVersionError())).toBe('store.newerVersion');
    expect(storeMessageKey(new UpgradeBlockedError().message)).toBe('store.upgradeBlocked');
    expect(storeMessageKey(new Error('The database connection is closing'))).toBeNull();
  });
  it('whose keys exist in both languages', () => {
    for (const key of ['store.newerVersion', 'store.upgradeBlocked'] as const) {
      expect(translate('en', key)).toBe(
        key === 'store.newerVersion'
          ? new NewerVersionError().message
          : new UpgradeBlockedError().message,
      );
      expect(translate('zh-CN', key)).toMatch(/标签页/);
    }
  });
});
