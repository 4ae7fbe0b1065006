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
 * A sample's features: from memory, else from IndexedDB (saved with the samples, so a reload
 * does not run the backbone again), else computed by the backbone and cached in both.
 */
export async function sampleFeatures(
  cache: FeatureCache,
  db: ConvLensDb,
  backbone: TransferFeatures,
  s: FeatureSample,
  augmentation: TransferOptions['augmentation'],
): Promise<{ features: Float32Array[]; computed: boolean }> {
  const setting = JSON.stringify({
    backbone: CenternetBackbone.modelId,
    nodes: backboneNodes,
    size: backboneInputSize,
    augmentation,
  });
  const inMemory = cache.get(s.id, setting);
  if (inMemory) return { features: inMemory, computed: false };
  const stored = await getFeatures(db, s.id, setting);
  if (stored) {
    cache.set(s.id, setting, stored);
    return { features: stored, computed: false };
  }
  const bitmap = await createImageBitmap(s.blob);
  try {
    // Seeded by the sample's id, so its augmented copies are the same every time.
    const views = augmentViews(bitmap.width, bitmap.height, augmentation, stringHash(s.id));
    const features = await backbone.extract(bitmap, bitmap.width, bitmap.height, views);
    cache.set(s.id, setting, features);
    await putFeatures(db, {
      sampleId: s.id,
      projectId: defaultProjectId,
      setting,
      vectors: features,
    });
    return { features, computed: true };
  } finally {
    bitmap.close();
  }
}

/**
 * Every sample of the classes in `classIds` with its features (sampleFeatures) and its label
 * (the class's index); `onProgress(done, total)` before each. Null when `signal` aborts.
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
  for (const [i, s] of used.entries()) {
    if (signal.aborted) return null;
    onProgress(i, used.length);
    const { cache, db, backbone } = features;
    const got = await sampleFeatures(cache, db, backbone, s, augmentation);
    if (got.computed) extracted++;
    prepared.push({ id: s.id, label: classIds.indexOf(s.classId), features: got.features });
  }
  return signal.aborted ? null : { prepared, extracted };
}
