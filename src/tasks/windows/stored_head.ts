import { CenternetBackbone } from '../../core/models/centernet_backbone';
import { openConvLensDb } from '../../core/store/convlens_db';
import { backboneNodes, featureSize } from '../transfer/transfer_features';
import { SoftmaxHead } from '../transfer/softmax_head';
import { loadProject } from '../transfer/transfer_repository';

/** The Transfer lab's trained head, as this lab uses it. Owns the head's variables. */
export interface StoredHead {
  head: SoftmaxHead;
  labels: string[];
  trainedAt: string;
}

/**
 * The head trained in the Transfer lab, from IndexedDB; null when none was trained yet or it was
 * trained on other features (another backbone or nodes) than the ones this lab computes.
 */
export async function loadStoredHead(): Promise<StoredHead | null> {
  const db = await openConvLensDb();
  try {
    const saved = await loadProject(db);
    const record = saved?.project.head;
    if (!saved || !record) return null;
    const sameFeatures =
      record.backbone === CenternetBackbone.modelId &&
      record.inputSize === featureSize &&
      record.featureNodes.join() === backboneNodes.join();
    if (!sameFeatures) return null;
    const labels = record.classIds.map(
      (id) => saved.project.classes.find((c) => c.id === id)?.name ?? id,
    );
    const head = new SoftmaxHead({
      inputSize: record.inputSize,
      classCount: record.classIds.length,
      kernel: record.kernel,
      bias: record.bias,
    });
    return { head, labels, trainedAt: record.trainedAt };
  } finally {
    db.close();
  }
}
