import type { ConvLensDb } from '../../core/store/convlens_db';
import { augmentViews } from './augment_views';
import { backboneInputSize, backboneNodes, BackboneFeatures } from './backbone_features';
import type { FeatureCache } from './feature_cache';
import { defaultProjectId, getFeatures, putFeatures } from './transfer_repository';
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
  backbone: BackboneFeatures,
  s: FeatureSample,
  augmentation: TransferOptions['augmentation'],
): Promise<{ features: Float32Array[]; computed: boolean }> {
  const setting = JSON.stringify({
    backbone: BackboneFeatures.modelId,
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
    const views = augmentViews(bitmap.width, bitmap.height, augmentation, hash(s.id));
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

/** A stable 32-bit seed from a sample id, so its augmented copies are the same every time. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
