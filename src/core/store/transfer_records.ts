/** What the Transfer lab keeps in IndexedDB. Plain, structured-cloneable data. */

/** A class the user records samples of. */
export interface TransferClassRecord {
  id: string;
  name: string;
}

/** The trained softmax head ŷ = softmax(x W + b) on the backbone's pooled features. */
export interface TransferHeadRecord {
  /** Catalogue id of the frozen backbone that makes the features, e.g. "centernet". */
  backbone: string;
  /** The backbone's inner nodes whose pooled outputs are concatenated. */
  featureNodes: string[];
  /** Side of the square the backbone sees, in pixels. */
  imageSize: number;
  /** d, the feature length. */
  inputSize: number;
  /** Class ids in the order of the head's outputs (k = classIds.length). */
  classIds: string[];
  /** W [d, k] row-major. */
  kernel: Float32Array;
  /** b [k]. */
  bias: Float32Array;
  /** ISO time of training. */
  trainedAt: string;
}

export interface TransferProjectRecord {
  id: string;
  name: string;
  classes: TransferClassRecord[];
  /** The training options last used (the lab's own shape; stored as given). */
  options: Record<string, unknown>;
  head: TransferHeadRecord | null;
  /**
   * The last training run as the lab shows it (curves, dev metrics, test report; the lab's own
   * shape, stored as given), for the head trained at `trainedAt`. Absent in older projects.
   */
  lastRun?: { trainedAt: string; shown: Record<string, unknown> } | null;
  /** ISO time of the last change. */
  updatedAt: string;
}

export interface TransferSampleRecord {
  id: string;
  projectId: string;
  classId: string;
  /** The captured picture, the centred square as a JPEG. */
  image: Blob;
  /** ISO time of capture. */
  capturedAt: string;
}

/**
 * The frozen backbone's pooled features of one sample, cached so a reload does not run the
 * backbone again. One record per sample and extraction setting (backbone, nodes, views).
 */
export interface TransferFeatureRecord {
  /** `${sampleId}|${setting}`. */
  key: string;
  sampleId: string;
  projectId: string;
  /** What made the vectors: backbone id, feature nodes, input size and augmentation options. */
  setting: string;
  /** One vector x (d floats) per view: [0] the picture itself, then its augmented copies. */
  vectors: Float32Array[];
}
