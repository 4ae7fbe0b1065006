import catalogueJson from '../../../models/catalogue.json';

/** Ids of the models in models/catalogue.json; a test keeps this list and the JSON in step. */
export const MODEL_IDS = [
  'movenet-lightning',
  'blazeface',
  'facemesh',
  'handtrack',
  'handlandmark-lite',
  'centernet',
  'faceres',
  'tiny_face_detector',
  'face_landmark_68',
  'face_recognition',
] as const;

export type ModelId = (typeof MODEL_IDS)[number];

/** One file copied from the npm package into public/models by scripts/copy-models.mjs. */
export interface ModelFile {
  /** Path inside the npm package. */
  from: string;
  /** Path under public/models/ (and under the app's `models/` URL). */
  to: string;
  /** Size in bytes. */
  size: number;
  /** Lower-case hex sha256 of the file. */
  sha256: string;
}

export interface ModelInput {
  /** Graph input node (graph models only). */
  node?: string;
  /** Shape the network expects, NHWC; -1 where the graph accepts any size. */
  shape: number[];
  dtype: 'float32' | 'int32';
  /** The values the network reads, [low, high], once the pixels are normalised. */
  range: [number, number];
}

export interface ModelEntry {
  id: ModelId;
  title: string;
  /** npm package that carries the weights. */
  package: string;
  /** Version of that package the sizes and hashes were taken from. */
  version: string;
  licence: string;
  /** "graph": a TF.js graph model (model.json + .bin); "weights": a face-api weight manifest. */
  format: 'graph' | 'weights';
  files: ModelFile[];
  input: ModelInput;
  /** How pixels become input values, e.g. "RGB / 255 (range 0..1), float32". */
  normalisation: string;
  /** Graph output nodes in the order `execute` returns them; for weights, the output layer. */
  outputs: string[];
  /** Cached by the service worker at install time; the others are cached on first use. */
  precache: boolean;
}

// JSON imports type string fields as `string`; the catalogue test checks the literal fields.
export const catalogue: readonly ModelEntry[] = catalogueJson.models as ModelEntry[];

export function isModelId(id: string): id is ModelId {
  return (MODEL_IDS as readonly string[]).includes(id);
}

export function modelEntry(id: string): ModelEntry {
  const entry = catalogue.find((model) => model.id === id);
  if (entry === undefined) {
    throw new Error(
      `Unknown model id "${id}". Known ids: ${MODEL_IDS.join(', ')} (see models/catalogue.json).`,
    );
  }
  return entry;
}
