import { CenternetBackbone } from '../../core/models/centernet_backbone';
import type { ConvLensDb } from '../../core/store/convlens_db';
import { augmentViews } from './augment_views';
import { backboneInputSize, backboneNodes, type TransferFeatures } from './transfer_features';
import type { FeatureCache } from './feature_cache';
import { stringHash } from './string_hash';
import { defaultProjectId, getFeatures, putFeatures } from './transfer_repository';
import type { TrainingSample } from './run_training';
import type { TransferOptions } from './transfer_options';

/** A captured sample as the features step needs it: its id and its JPEG. */
export interface FeatureSample {
  id: string;
  blob: Blob;
}

/**
 * Samples whose features one backbone run computes together (3 views each by default). A run is
 * one task on the page's thread: 2 samples (6 views, ~20-25 ms a view on WASM here) keep it near
 * 150 ms, so Stop and the progress bar answer; 4 saved a little more time but held the page
 * ~300 ms a run.
 */
export const samplesPerRun = 2;

/**
 * The features of a few samples: each from memory, else from IndexedDB (saved with the samples,
 * so a reload does not run the backbone again); the rest computed by the backbone in one run
 * (TransferFeatures.extractMany) and cached in both. `computed` says which were computed.
 */
export async function samplesFeatures(
  cache: FeatureCache,
  db: ConvLensDb,
  backbone: TransferFeatures,
  samples: readonly FeatureSample[],
  augmentation: TransferOptions['augmentation'],
): Promise<{ features: Float32Array[]; computed: boolean }[]> {
  const setting = JSON.stringify({
    backbone: CenternetBackbone.modelId,
    nodes: backboneNodes,
    size: backboneInputSize,
    augmentation,
  });
  const found: (Float32Array[] | undefined)[] = [];
  for (const s of samples) {
    const known = cache.get(s.id, setting) ?? (await getFeatures(db, s.id, setting));
    if (known) cache.set(s.id, setting, known);
    found.push(known);
  }
  const missing = samples.filter((_, i) => !found[i]);
  if (missing.length === 0)
    return found.map((features) => ({ features: features!, computed: false }));
  const bitmaps = await Promise.all(missing.map((s) => createImageBitmap(s.blob)));
  let computed: Float32Array[][];
  try {
    computed = await backbone.extractMany(
      bitmaps.map((bitmap, i) => ({
        image: bitmap,
        width: bitmap.width,
        height: bitmap.height,
        // Seeded by the sample's id, so its augmented copies are the same every time.
        views: augmentViews(bitmap.width, bitmap.height, augmentation, stringHash(missing[i]!.id)),
      })),
    );
  } finally {
    for (const bitmap of bitmaps) bitmap.close();
  }
  for (const [i, s] of missing.entries()) {
    const features = computed[i]!;
    cache.set(s.id, setting, features);
    await putFeatures(db, {
      sampleId: s.id,
      projectId: defaultProjectId,
      setting,
      vectors: features,
    });
  }
  return found.map((features) =>
    features ? { features, computed: false } : { features: computed.shift()!, computed: true },
  );
}

/**
 * Every sample of the classes in `classIds` with its features (samplesFeatures, `samplesPerRun`
 * at a time) and its label (the class's index); `onProgress(done, total)` before each run. Null
 * when `signal` aborts.
 */
export async function trainingSamples(
  samples: readonly (FeatureSample & { classId: string })[],
  classIds: readonly string[],
  features: { cache: FeatureCache; db: ConvLensDb; backbone: TransferFeatures },
  augmentation: TransferOptions['augmentation'],
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<{ prepared: TrainingSample[]; extracted: number } | null> {
  const used = samples.filter((s) => classIds.includes(s.classId));
  const prepared: TrainingSample[] = [];
  let extracted = 0;
  for (let start = 0; start < used.length; start += samplesPerRun) {
    if (signal.aborted) return null;
    onProgress(start, used.length);
    const chunk = used.slice(start, start + samplesPerRun);
    const { cache, db, backbone } = features;
    const got = await samplesFeatures(cache, db, backbone, chunk, augmentation);
    for (const [i, s] of chunk.entries()) {
      if (got[i]!.computed) extracted++;
      prepared.push({ id: s.id, label: classIds.indexOf(s.classId), features: got[i]!.features });
    }
  }
  return signal.aborted ? null : { prepared, extracted };
}
