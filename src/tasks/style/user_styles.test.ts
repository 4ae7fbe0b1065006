import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConvLensDb } from '../../core/store/convlens_db';
import type { UserStyleRecord } from '../../core/store/user_styles';
import { UserStyles } from './user_styles.svelte';

const publicStyles = new URL('../../../public/styles/', import.meta.url);
const json: unknown = JSON.parse(readFileSync(new URL('starry_night.json', publicStyles), 'utf8'));
const bin = new Uint8Array(readFileSync(new URL('starry_night.bin', publicStyles)));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const record = (weights: Uint8Array): UserStyleRecord => ({
  id: 'user-1764900000000',
  createdAt: 1764900000000,
  json,
  weights: weights.slice().buffer,
  styleImage: new Blob(),
  steps: 600,
  trainedSize: 128,
});

/** A userStyles store in memory, as IndexedDB keeps structured clones. */
function fakeDb() {
  const rows = new Map<string, UserStyleRecord>();
  const db = {
    getAll: async () => [...rows.values()],
    get: async (_store: string, id: string) => rows.get(id),
    put: async (_store: string, r: UserStyleRecord) => void rows.set(r.id, structuredClone(r)),
    delete: async (_store: string, id: string) => void rows.delete(id),
    close: () => undefined,
  } as unknown as ConvLensDb;
  return { rows, open: async () => db };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('UserStyles keeps a checksum of each saved network', () => {
  it('stores the sha256 of the weights with the record, and loads them back', async () => {
    const { rows, open } = fakeDb();
    const styles = new UserStyles(open);
    await styles.add(record(bin));
    expect(rows.get('user-1764900000000')?.weightsSha256).toBe(sha256(bin));
    const weights = await styles.weights('user-1764900000000');
    expect(weights['conv1/w']?.shape).toEqual([9, 9, 3, 8]);
    tf.dispose(Object.values(weights));
    styles.dispose();
  });

  it('refuses stored weights with a changed byte, naming the style and the fix', async () => {
    const { rows, open } = fakeDb();
    const styles = new UserStyles(open);
    await styles.add(record(bin));
    const changed = bin.slice();
    changed[4000] = changed[4000]! ^ 0x01;
    rows.get('user-1764900000000')!.weights = changed.buffer;
    const before = tf.memory().numTensors;
    await expect(styles.weights('user-1764900000000')).rejects.toThrow(
      `Your style network "user-1764900000000", saved in this browser, is corrupt ` +
        `(sha256 ${sha256(changed).slice(0, 12)}… expected ${sha256(bin).slice(0, 12)}…). ` +
        'Delete it and train it again.',
    );
    expect(tf.memory().numTensors).toBe(before);
    styles.dispose();
  });

  it('accepts an older record saved without a checksum', async () => {
    const { rows, open } = fakeDb();
    rows.set('user-1764900000000', record(bin));
    const styles = new UserStyles(open);
    const weights = await styles.weights('user-1764900000000');
    expect(weights['conv1/w']?.shape).toEqual([9, 9, 3, 8]);
    tf.dispose(Object.values(weights));
    styles.dispose();
  });
});
