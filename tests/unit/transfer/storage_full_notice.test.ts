import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransferLab } from '../../../src/tasks/transfer/transfer_lab.svelte';

// A full disk while recording: the lab's notice is a kind the view words in the reader's language
// (it was the repository's English sentence, shown as is in Chinese too).
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('Transfer lab: a full disk', () => {
  let lab: TransferLab;
  afterEach(() => {
    lab.dispose();
    vi.restoreAllMocks();
  });

  it('sets a storage-full notice, not a sentence, and keeps what was stored', async () => {
    lab = new TransferLab();
    await lab.open(['Cat', 'Dog']);
    const [cat] = lab.classes;
    await lab.addSample(cat!.id, new Blob(['jpeg 1']));
    expect(lab.notice).toBeNull();

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await lab.addSample(cat!.id, new Blob(['jpeg 2']));
    expect(lab.notice).toEqual({ kind: 'storage-full' });
    vi.restoreAllMocks();

    const reloaded = new TransferLab();
    await reloaded.open(['Cat', 'Dog']);
    expect(reloaded.samplesOf(cat!.id)).toHaveLength(1);
    reloaded.dispose();
  });

  it('any other failed write keeps its own message', async () => {
    lab = new TransferLab();
    await lab.open(['Cat', 'Dog']);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Disk I/O failed.', 'UnknownError');
    });
    await lab.addSample(lab.classes[0]!.id, new Blob(['jpeg']));
    expect(lab.notice).toEqual({ kind: 'storage', message: 'Disk I/O failed.' });
  });
});
