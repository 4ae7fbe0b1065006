import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { StoreChannel, type StoreChange } from '../../core/store/store_channel';
import { StoreConnection } from '../../core/store/store_connection';
import { ProjectSync } from './project_sync';
import { StorageFullError } from './transfer_repository';

/** A channel whose messages this test reads and sends as "another tab". */
function fakeChannel() {
  const posted: StoreChange[] = [];
  const listeners: ((e: Event) => void)[] = [];
  const channel = new StoreChannel(() => ({
    postMessage: (m: StoreChange) => posted.push(m),
    addEventListener: (_: string, l: (e: Event) => void) => listeners.push(l),
    removeEventListener: () => {},
    close: () => {},
  }));
  const hear = (data: StoreChange) =>
    listeners.forEach((l) => l(new MessageEvent('message', { data })));
  return { channel, posted, hear };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('ProjectSync', () => {
  it('reads again when one of its own writes ran during the read', async () => {
    const sync = new ProjectSync(new StoreChannel(null), new StoreConnection());
    let reads = 0;
    const result = await sync.stableRead(async () => {
      reads++;
      if (reads === 1) await sync.write(async () => {});
      return reads;
    });
    expect(result).toBe(2);
    sync.dispose();
  });

  it('announces a write; a failed one is a notice, a full disk its own kind', async () => {
    const { channel, posted } = fakeChannel();
    const sync = new ProjectSync(channel, new StoreConnection());
    expect(await sync.tryWrite(async () => {})).toBeNull();
    expect(posted).toEqual([{ kind: 'transfer' }]);
    const failed = await sync.tryWrite(() => Promise.reject(new Error('disk on fire')));
    expect(failed).toEqual({ kind: 'storage', message: 'disk on fire' });
    const full = await sync.tryWrite(() => Promise.reject(new StorageFullError('x')));
    expect(full).toEqual({ kind: 'storage-full' });
    expect(posted).toHaveLength(1);
    sync.dispose();
  });

  it("hears other tabs' Transfer changes and erasures, not the Faces lab's", async () => {
    const { channel, hear } = fakeChannel();
    const sync = new ProjectSync(channel, new StoreConnection());
    const heard: string[] = [];
    const notices: unknown[] = [];
    sync.listen(
      async (c) => {
        heard.push(c.kind);
        if (c.kind === 'erased') throw new StorageFullError('x');
      },
      (n) => notices.push(n),
    );
    hear({ kind: 'faces' });
    hear({ kind: 'transfer' });
    hear({ kind: 'erased' });
    await Promise.resolve();
    expect(heard).toEqual(['transfer', 'erased']);
    await expect.poll(() => notices).toEqual([{ kind: 'storage-full' }]);
    sync.dispose();
  });
});
