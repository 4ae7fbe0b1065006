import { describe, expect, it } from 'vitest';
import {
  identitiesFromFile,
  identitiesToFile,
  IdentityFileError,
  type StoredIdentity,
} from './identity_file';

const enc = Array.from({ length: 128 }, (_, i) => i / 128);
const ana: StoredIdentity = {
  id: 'id-1',
  name: 'Ana',
  model: 'face_recognition',
  encoding: enc,
  shots: [enc],
  thumbnail: 'data:image/png;base64,iVBORw0KGgo=',
  createdAt: 1,
};

describe('identity files', () => {
  it('round-trips', () => {
    expect(identitiesFromFile(identitiesToFile([ana]))).toEqual([ana]);
  });

  it('reads a faceres identity with 1024 numbers, and an old file without a model', () => {
    const wide = Array.from({ length: 1024 }, () => 0.01);
    const res = { ...ana, model: 'faceres', encoding: wide, shots: [wide] };
    expect(identitiesFromFile(identitiesToFile([res as StoredIdentity]))[0]!.model).toBe('faceres');
    const old: Partial<StoredIdentity> = { ...ana };
    delete old.model;
    const text = JSON.stringify({ format: 'convlens-faces', version: 1, identities: [old] });
    expect(identitiesFromFile(text)[0]!.model).toBe('face_recognition');
  });

  const file = (identities: unknown, extra: object = {}) =>
    JSON.stringify({ format: 'convlens-faces', version: 1, identities, ...extra });

  it.each([
    ['not JSON', '{nope', 'The file is not JSON'],
    [
      'another format',
      JSON.stringify({ format: 'x', version: 1, identities: [] }),
      'not a ConvLens faces export',
    ],
    ['another version', file([], { version: 9 }), 'Unsupported faces export version 9.'],
    ['identities not a list', file({}), 'a list of at most'],
    ['no name', file([{ ...ana, name: ' ' }]), 'Identity 1 has no valid name'],
    [
      'short encoding',
      file([{ ...ana, encoding: [1, 2] }]),
      '"Ana") has no valid 128-number encoding',
    ],
    [
      'NaN in encoding',
      file([{ ...ana, encoding: [...enc.slice(1), 'x'] }]),
      'no valid 128-number',
    ],
    ['an unknown encoder', file([{ ...ana, model: 'other' }]), 'names an unknown encoder'],
    [
      'a faceres identity with 128 numbers',
      file([{ ...ana, model: 'faceres' }]),
      'no valid 1024-number',
    ],
    ['no shots', file([{ ...ana, shots: [] }]), 'has invalid shots'],
    [
      'script as thumbnail',
      file([{ ...ana, thumbnail: 'javascript:alert(1)' }]),
      'invalid thumbnail',
    ],
    [
      'remote thumbnail',
      file([{ ...ana, thumbnail: 'https://evil.example/x.png' }]),
      'invalid thumbnail',
    ],
  ])('rejects %s', (_name, text, message) => {
    expect(() => identitiesFromFile(text)).toThrow(IdentityFileError);
    expect(() => identitiesFromFile(text)).toThrow(message);
  });

  const refusal = (text: string) => {
    try {
      identitiesFromFile(text);
    } catch (e) {
      if (e instanceof IdentityFileError) return { code: e.code, params: e.params };
      throw e;
    }
    throw new Error('the file was read');
  };

  it.each([
    ['not JSON', '{nope', 'notJson', {}],
    ['another format', JSON.stringify({ format: 'x', version: 1 }), 'notExport', {}],
    ['another version', file([], { version: 9 }), 'version', { version: '9', supported: 1 }],
    ['identities not a list', file({}), 'notList', { count: 1000 }],
    ['1001 identities', file(Array.from({ length: 1001 }, () => ana)), 'notList', { count: 1000 }],
    ['an identity that is not an object', file([ana, 7]), 'notObject', { index: 2 }],
    ['no id', file([{ ...ana, id: '' }]), 'noId', { index: 1 }],
    ['no name', file([{ ...ana, name: ' ' }]), 'noName', { index: 1, max: 100 }],
    [
      'an unknown encoder',
      file([{ ...ana, model: 'other' }]),
      'unknownEncoder',
      { index: 1, name: 'Ana' },
    ],
    [
      'NaN in the encoding',
      file([ana, { ...ana, encoding: [...enc.slice(1), null] }]),
      'encoding',
      { index: 2, name: 'Ana', size: 128 },
    ],
    [
      'a faceres identity with 128 numbers',
      file([{ ...ana, model: 'faceres' }]),
      'encoding',
      { index: 1, name: 'Ana', size: 1024 },
    ],
    [
      'a huge shots array',
      file([{ ...ana, shots: Array.from({ length: 51 }, () => enc) }]),
      'shots',
      { index: 1, name: 'Ana', max: 50, size: 128 },
    ],
    [
      'a script thumbnail',
      file([{ ...ana, name: '<b>x</b>', thumbnail: 'javascript:alert(1)' }]),
      'thumbnail',
      { index: 1, name: '<b>x</b>' },
    ],
  ])('refuses %s with code %s and its parameters', (_name, text, code, params) => {
    expect(refusal(text)).toEqual({ code, params });
  });
});
