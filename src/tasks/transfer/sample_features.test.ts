import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openConvLensDb, type ConvLensDb } from '../../core/store/convlens_db';
import { FeatureCache } from './feature_cache';
import { samplesPerRun, trainingSamples } from './sample_features';
import type { TransferFeatures, ViewsOf } from './transfer_features';
import { defaultTransferOptions } from './transfer_options';

// Training's extraction, with a fake backbone that records its runs: the samples whose features
// are not cached go through it `samplesPerRun` at a time, in order, and are cached in memory and
// IndexedDB; cached ones never reach it.
const augmentation = defaultTransferOptions.augmentation; // 3 views a sample

/** A backbone whose features of a picture's view v are [picture's width, v]. */
function fakeBackbone() {
  const runs: number[] = [];
  const backbone = {
    extractMany: async (pictures: readonly ViewsOf[]) => {
      runs.push(pictures.length);
      return pictures.map((p) => p.views.map((_, v) => Float32Array.of(p.width, v)));
    },
  } as unknown as TransferFeatures;
  return { backbone, runs };
}

// Sample i's "JPEG" decodes to a picture 100 + i pixels wide, so its features name it.
const samples = Array.from({ length: 10 }, (_, i) => ({
  id: `s${i}`,
  classId: i % 2 === 0 ? 'a' : 'b',
  blob: new Blob([String(100 + i)]),
}));

describe('trainingSamples', () => {
  let db: ConvLensDb;
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    db = await openConvLensDb();
    vi.stubGlobal('createImageBitmap', async (blob: Blob) => {
      const width = Number(await blob.text());
      return { width, height: 80, close: () => {} };
    });
  });
  afterEach(() => {
    db.close();
    vi.unstubAllGlobals();
  });

  it('runs the backbone on the uncached samples, a few at a time, and caches them', async () => {
    const cache = new FeatureCache();
    const { backbone, runs } = fakeBackbone();
    const progress: number[] = [];
    const got = await trainingSamples(
      samples,
      ['b', 'a'],
      { cache, db, backbone },
      augmentation,
      new AbortController().signal,
      (done, total) => progress.push(done, total),
    );
    expect(samplesPerRun).toBe(2);
    expect(runs).toEqual([2, 2, 2, 2, 2]);
    expect(progress).toEqual([0, 10, 2, 10, 4, 10, 6, 10, 8, 10]);
    expect(got!.extracted).toBe(10);
    expect(got!.prepared.map((s) => [s.id, s.label, s.features.map((f) => [...f])])).toEqual(
      samples.map((s, i) => [s.id, s.classId === 'b' ? 0 : 1, [0, 1, 2].map((v) => [100 + i, v])]),
    );

    // Again: all from memory. After a reload (a new cache): all from IndexedDB.
    for (const again of [cache, new FeatureCache()]) {
      const next = fakeBackbone();
      const cached = await trainingSamples(
        samples,
        ['b', 'a'],
        { cache: again, db, backbone: next.backbone },
        augmentation,
        new AbortController().signal,
        () => {},
      );
      expect(next.runs).toEqual([]);
      expect(cached!.extracted).toBe(0);
      expect(cached!.prepared.map((s) => s.features)).toEqual(got!.prepared.map((s) => s.features));
    }
  });

  it('computes only the samples it lacks, keeping the order', async () => {
    const cache = new FeatureCache();
    const first = fakeBackbone();
    const some = [samples[1]!, samples[4]!, samples[6]!];
    await trainingSamples(
      some,
      ['a', 'b'],
      { cache, db, backbone: first.backbone },
      augmentation,
      new AbortController().signal,
      () => {},
    );
    const { backbone, runs } = fakeBackbone();
    const got = await trainingSamples(
      samples,
      ['a', 'b'],
      { cache, db, backbone },
      augmentation,
      new AbortController().signal,
      () => {},
    );
    // Runs of 2 samples hold 1, 0, 1, 1 and 0 cached ones.
    expect(runs).toEqual([1, 2, 1, 1, 2]);
    expect(got!.extracted).toBe(7);
    expect(got!.prepared.map((s) => s.features[0]![0])).toEqual(samples.map((_, i) => 100 + i));
  });

  it('stops between runs when aborted', async () => {
    const abort = new AbortController();
    const { backbone, runs } = fakeBackbone();
    const extractMany = backbone.extractMany.bind(backbone);
    // Stop pressed while the first run computes.
    backbone.extractMany = (pictures) => {
      abort.abort();
      return extractMany(pictures);
    };
    const got = await trainingSamples(
      samples,
      ['a', 'b'],
      { cache: new FeatureCache(), db, backbone },
      augmentation,
      abort.signal,
      () => {},
    );
    expect(got).toBeNull();
    expect(runs).toEqual([samplesPerRun]);
  });
});
