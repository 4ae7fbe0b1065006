import { describe, expect, it } from 'vitest';
import { databaseVersion, migrations, type ConvLensDb } from './convlens_db';
import { UserStyleStore, type UserStyleRecord } from './user_styles';

/** Records what the migrations create, as an upgrading IDBDatabase would. */
function fakeUpgradingDb() {
  const stores = new Map<string, { keyPath: unknown; indexes: string[] }>();
  const db = {
    createObjectStore: (name: string, options: { keyPath: unknown }) => {
      if (stores.has(name)) throw new Error(`store ${name} exists`);
      const store = { keyPath: options.keyPath, indexes: [] as string[] };
      stores.set(name, store);
      return { createIndex: (index: string) => store.indexes.push(index) };
    },
  };
  return { db: db as unknown as ConvLensDb, stores };
}

function upgrade(from: number) {
  const fake = fakeUpgradingDb();
  for (let v = from; v < databaseVersion; v++) {
    migrations[v]!(fake.db, undefined as never);
  }
  return fake.stores;
}

describe('the userStyles migration (version 4)', () => {
  it('is the latest version', () => {
    expect(databaseVersion).toBeGreaterThanOrEqual(4);
  });

  it.each([
    {
      from: 0,
      stores: [
        'transferProjects',
        'transferSamples',
        'faceIdentities',
        'transferFeatures',
        'userStyles',
      ],
    },
    { from: 3, stores: ['userStyles'] },
  ])('upgrading from version $from creates $stores', ({ from, stores }) => {
    const created = upgrade(from);
    expect([...created.keys()].slice(0, stores.length)).toEqual(stores);
    expect(created.get('userStyles')).toEqual({ keyPath: 'id', indexes: [] });
  });
});

const record = (id: string, createdAt: number): UserStyleRecord => ({
  id,
  createdAt,
  json: { format: 'convlens-style-net' },
  weights: new ArrayBuffer(8),
  styleImage: new Blob(),
  steps: 20,
  trainedSize: 64,
});

describe('UserStyleStore', () => {
  it('lists oldest first and passes puts and deletes to the userStyles store', async () => {
    const rows = new Map<string, UserStyleRecord>();
    const calls: string[] = [];
    const db = {
      getAll: async (store: string) => (calls.push(`getAll ${store}`), [...rows.values()]),
      get: async (store: string, id: string) => (calls.push(`get ${store}`), rows.get(id)),
      put: async (store: string, r: UserStyleRecord) => (
        calls.push(`put ${store}`),
        rows.set(r.id, r)
      ),
      delete: async (store: string, id: string) => (calls.push(`delete ${store}`), rows.delete(id)),
    } as unknown as ConvLensDb;
    const store = new UserStyleStore(db);
    await store.put(record('user-2', 2));
    await store.put(record('user-1', 1));
    expect((await store.list()).map((r) => r.id)).toEqual(['user-1', 'user-2']);
    expect((await store.get('user-2'))?.steps).toBe(20);
    await store.delete('user-1');
    expect((await store.list()).map((r) => r.id)).toEqual(['user-2']);
    expect(new Set(calls.map((c) => c.split(' ')[1]))).toEqual(new Set(['userStyles']));
  });
});
