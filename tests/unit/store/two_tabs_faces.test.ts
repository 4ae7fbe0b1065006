import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseName, databaseVersion } from '../../../src/core/store/convlens_db';
import type { StoredIdentity } from '../../../src/core/store/stored_identity';
import { FacesLab } from '../../../src/tasks/faces/faces_lab.svelte';
import type { FacesResult } from '../../../src/tasks/faces/faces_result';
import { identitiesToFile } from '../../../src/tasks/faces/identity_file';
import { translate } from '../../../src/i18n/translate';
import { memoryStorage } from '../../helpers/memory_storage';

// Two "tabs" are two FacesLab instances on one (fake) IndexedDB, as two tabs of one origin are.

const i18n = { locale: 'en' as const, t: translate.bind(null, 'en') };
const tab = () => new FacesLab(i18n, memoryStorage());

const person = (id: string, name: string, createdAt: number, x = 0.1): StoredIdentity => ({
  id,
  name,
  model: 'face_recognition',
  encoding: Array<number>(128).fill(x),
  shots: [Array<number>(128).fill(x)],
  thumbnail: 'data:image/png;base64,iVBORw0KGgo=',
  createdAt,
});
const file = (...identities: StoredIdentity[]) => new Blob([identitiesToFile(identities)]);
const shot = (x: number): { result: FacesResult } => ({
  result: {
    frame: { width: 100, height: 100 },
    faces: [
      {
        box: { x: 0, y: 0, width: 50, height: 50 },
        keypoints: [],
        score: 1,
        crop: undefined as never,
        encoding: Array<number>(128).fill(x),
      },
    ],
  },
});
const names = (lab: FacesLab) => lab.identities.map((x) => x.name);
const alice = person('alice', 'Alice', 1);
const bob = person('bob', 'Bob', 2);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('Faces lab in two tabs', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('an import in a stale tab keeps the identity another tab saved', async () => {
    const [a, b] = [tab(), tab()];
    await a.loadIdentities();
    await b.loadIdentities();
    await a.importFile(file(alice)); // B does not hear of it
    await b.importFile(file(bob));
    const reloaded = tab();
    await reloaded.loadIdentities();
    expect(names(reloaded)).toEqual(['Alice', 'Bob']);
    expect(names(b)).toEqual(['Alice', 'Bob']);
  });

  it('"Add a shot" merges with the stored identity, not the stale one', async () => {
    const [a, b] = [tab(), tab()];
    await a.importFile(file(alice));
    await b.loadIdentities();
    await a.addShot('alice', shot(0.3));
    await b.addShot('alice', shot(0.5));
    const reloaded = tab();
    await reloaded.loadIdentities();
    const stored = reloaded.identities[0]!;
    expect(stored.shots.map((s) => s[0])).toEqual([0.1, 0.3, 0.5]);
    expect(stored.encoding[0]).toBeCloseTo(0.3, 6);
  });

  it('"Add a shot" in a stale tab does not bring back an identity erased in another', async () => {
    const [a, b] = [tab(), tab()];
    await a.importFile(file(alice));
    await b.loadIdentities();
    expect(names(b)).toEqual(['Alice']);
    await a.eraseAll();
    await b.addShot('alice', shot(0.5));
    expect(b.message).toEqual({ kind: 'error', text: translate('en', 'faces.identityGone') });
    expect(names(b)).toEqual([]);
    const reloaded = tab();
    await reloaded.loadIdentities();
    expect(names(reloaded)).toEqual([]);
  });

  it('a tab that watches the store lists another tab\u2019s import and drops its list on an erase', async () => {
    const [a, b] = [tab(), tab()];
    stops.push(a.watchStore(), b.watchStore());
    await b.loadIdentities();
    await a.importFile(file(alice, bob));
    await vi.waitFor(() => expect(names(b)).toEqual(['Alice', 'Bob']));
    b.verifyId = 'alice';
    await a.eraseAll();
    await vi.waitFor(() => expect(names(b)).toEqual([]));
    expect(b.verifyId).toBeNull();
  });
});

describe('Faces lab with a newer version of the app in another tab', () => {
  it('says so and to reload, not the database’s own VersionError', async () => {
    const lab = tab();
    await lab.loadIdentities();
    // The newer app version's tab: the same database, one schema version up.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(databaseName, databaseVersion + 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await lab.importFile(file(alice));
    expect(lab.message).toEqual({
      kind: 'error',
      text: translate('en', 'store.newerVersion'),
    });
    newer.close();
  });
});
