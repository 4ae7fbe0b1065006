import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { FacesLab } from '../../../src/tasks/faces/faces_lab.svelte';
import type { FacesResult } from '../../../src/tasks/faces/faces_result';
import { translate } from '../../../src/i18n/translate';
import { memoryStorage } from '../../helpers/memory_storage';

// The Faces lab's form state on a (fake) IndexedDB: the name field and the verification choice.

const i18n = { locale: 'en' as const, t: translate.bind(null, 'en') };
const lab = () => new FacesLab(i18n, memoryStorage(), undefined, () => 'data:image/jpeg;base64,');

/** An encoded frame with one face whose f(x) is 128 times x. */
const frame = (x: number, faces = 1) => ({
  result: {
    frame: { width: 100, height: 100 },
    faces: Array.from({ length: faces }, () => ({
      box: { x: 0, y: 0, width: 50, height: 50 },
      keypoints: [],
      score: 1,
      crop: undefined as never,
      encoding: Array<number>(128).fill(x),
    })),
  } satisfies FacesResult,
  aligned: Array.from({ length: faces }, () => ({
    data: new Uint8ClampedArray(4),
    width: 1,
    height: 1,
  })),
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('FacesLab: the name field', () => {
  it('clears after enrolling, so the next person starts from an empty field', async () => {
    const faces = lab();
    faces.name = '  Ana ';
    await faces.enrol(frame(0.1));
    expect(faces.identities.map((x) => x.name)).toEqual(['Ana']);
    expect(faces.name).toBe('');
    expect(faces.message?.text).toBe('Ana is enrolled.');
  });

  it.each([
    {
      what: 'no face',
      encoded: frame(0.1, 0),
      message: 'No face in the picture: face the camera and try again.',
    },
  ])('keeps the name when nothing was enrolled ($what)', async ({ encoded, message }) => {
    const faces = lab();
    faces.name = 'Ana';
    await faces.enrol(encoded);
    expect(faces.name).toBe('Ana');
    expect(faces.message).toEqual({ kind: 'error', text: message });
  });
});

describe('FacesLab: who verification asks about', () => {
  it('is nobody before anyone is enrolled, then the first enrolled person', async () => {
    const faces = lab();
    await faces.loadIdentities();
    expect(faces.verifyId).toBeNull();
    faces.name = 'Ana';
    await faces.enrol(frame(0.1));
    expect(faces.verifyId).toBe(faces.identities[0]!.id);
  });

  it('keeps a person picked, and falls back to an enrolled one when they are deleted', async () => {
    const faces = lab();
    faces.name = 'Ana';
    await faces.enrol(frame(0.1));
    faces.name = 'Ben';
    await faces.enrol(frame(0.9));
    const [ana, ben] = [...faces.identities].sort((p, q) => p.name.localeCompare(q.name));
    faces.verifyId = ben!.id;
    expect(faces.verifyId).toBe(ben!.id);
    await faces.remove(ben!.id);
    expect(faces.verifyId).toBe(ana!.id);
  });

  it('verification mode compares each face with that default person', async () => {
    const faces = lab();
    faces.name = 'Ana';
    await faces.enrol(frame(0.1));
    faces.mode = 'verify';
    const [m] = faces.matches(frame(0.1).result);
    expect(m!.match).toMatchObject({ identity: { name: 'Ana' }, distance: 0, accepted: true });
  });
});
