import { describe, expect, it, vi } from 'vitest';
import { deferred, flushPromises } from '../loop/test_fakes';
import { Loadable, type ProgressCallback } from './loadable.svelte';

class Model {
  disposed = false;
  dispose(): void {
    this.disposed = true;
  }
}

function setup() {
  const loadable = new Loadable<Model>((m) => m.dispose());
  const pending = deferred<Model>();
  let progress: ProgressCallback = () => {};
  const create = vi.fn((onProgress: ProgressCallback) => {
    progress = onProgress;
    return pending.promise;
  });
  return { loadable, pending, create, progress: (l: number, t: number) => progress(l, t) };
}

describe('Loadable', () => {
  it('goes idle, loading with progress, ready', async () => {
    const { loadable, pending, create, progress } = setup();
    expect(loadable.phase).toEqual({ kind: 'idle' });
    const loaded = loadable.load(create);
    expect(loadable.phase).toEqual({ kind: 'loading', loaded: 0, total: 0 });
    progress(3, 10);
    expect(loadable.phase).toEqual({ kind: 'loading', loaded: 3, total: 10 });
    const model = new Model();
    pending.resolve(model);
    expect(await loaded).toBe(model);
    expect(loadable.phase).toEqual({ kind: 'ready' });
    expect(loadable.value).toBe(model);
  });

  it.each([
    ['an Error', new Error('models/x.bin: checksum mismatch'), 'models/x.bin: checksum mismatch'],
    ['a string', 'offline', 'offline'],
  ])(
    'fails with the message of %s, and tries again on the next load',
    async (_, error, message) => {
      const { loadable, pending, create } = setup();
      const loaded = loadable.load(create);
      pending.reject(error);
      expect(await loaded).toBeNull();
      expect(loadable.phase).toEqual({ kind: 'failed', message, error });
      const model = new Model();
      expect(await loadable.load(async () => model)).toBe(model);
      expect(loadable.phase).toEqual({ kind: 'ready' });
    },
  );

  it('loads once: a second load while loading or ready returns the first', async () => {
    const { loadable, pending, create } = setup();
    const first = loadable.load(create);
    const second = loadable.load(create);
    pending.resolve(new Model());
    expect(await second).toBe(await first);
    await loadable.load(create);
    expect(create).toHaveBeenCalledOnce();
  });

  it('releases a value that lands after dispose, and stays empty', async () => {
    const { loadable, pending, create, progress } = setup();
    const loaded = loadable.load(create);
    loadable.dispose();
    progress(5, 10);
    const late = new Model();
    pending.resolve(late);
    expect(await loaded).toBeNull();
    expect(late.disposed).toBe(true);
    expect(loadable.value).toBeNull();
    expect(loadable.phase).toEqual({ kind: 'loading', loaded: 0, total: 0 });
    expect(await loadable.load(async () => new Model())).toBeNull();
  });

  it('dispose releases the value once', async () => {
    const release = vi.fn((m: Model) => m.dispose());
    const loadable = new Loadable<Model>(release);
    const model = (await loadable.load(async () => new Model()))!;
    loadable.dispose();
    loadable.dispose();
    expect(release).toHaveBeenCalledExactlyOnceWith(model);
    expect(model.disposed).toBe(true);
    expect(loadable.value).toBeNull();
  });

  describe('whenReady', () => {
    it('waits for a load that has not begun yet', async () => {
      const { loadable, pending, create } = setup();
      const ready = loadable.whenReady();
      await flushPromises();
      void loadable.load(create);
      const model = new Model();
      pending.resolve(model);
      expect(await ready).toBe(model);
      expect(await loadable.whenReady()).toBe(model);
    });

    it("rejects with the loader's message", async () => {
      const { loadable, pending, create } = setup();
      void loadable.load(create);
      const ready = loadable.whenReady();
      pending.reject(new Error('no such file'));
      await expect(ready).rejects.toThrow('no such file');
      await expect(loadable.whenReady()).rejects.toThrow('no such file');
    });

    it('rejects when disposed first', async () => {
      const { loadable } = setup();
      const ready = loadable.whenReady();
      loadable.dispose();
      await expect(ready).rejects.toThrow('Closed before it had loaded.');
    });
  });
});
