import * as tf from '@tensorflow/tfjs-core';

export interface GraphModelIOOptions {
  /** Set the input placeholder's batch dimension to -1, so the graph takes batches. */
  dynamicBatch?: boolean;
  /**
   * Replace the input placeholder's shape; -1 marks a free dimension, e.g. [-1, -1, -1, 3] lets
   * centernet's backbone run at any size. Wins over `dynamicBatch`.
   */
  inputShape?: number[];
}

interface TensorShape {
  dim?: { size: string | number }[];
}

/** One node of a TF GraphDef as model.json stores it (`modelTopology.node`), the parts we read. */
export interface GraphNode {
  name: string;
  op: string;
  /** Input node names; `name:1` is an output index, `^name` a control input. */
  input?: string[];
  /** Attributes; strings (`s`) are base64. */
  attr?: Record<
    string,
    { list?: { i?: string[]; s?: string[] }; s?: string; b?: boolean; shape?: TensorShape }
  >;
}

// The parts of a model.json signature that the input rewrite touches.
interface SignatureTensor {
  name: string;
  tensorShape?: TensorShape;
}
interface Signature {
  inputs?: Record<string, SignatureTensor>;
}

/**
 * An IOHandler over a graph model's fetched files (keyed by path): model.json plus the weight
 * files its manifest names, relative to it. For `tf.loadGraphModel(handler)`.
 */
export function graphModelIOHandler(
  files: ReadonlyMap<string, ArrayBuffer>,
  options: GraphModelIOOptions = {},
): { load: tf.io.LoadHandler } {
  return {
    load: async () => {
      const [jsonPath, parsed] = readJson<tf.io.ModelJSON>(files);
      const modelJson = withInputShape(parsed, options);
      const weightSpecs = modelJson.weightsManifest.flatMap((group) => group.weights);
      const weightData = tf.io.CompositeArrayBuffer.join(
        weightBuffers(modelJson.weightsManifest, files, jsonPath),
      );
      return tf.io.getModelArtifactsForJSONSync(modelJson, weightSpecs, weightData);
    },
  };
}

/**
 * A copy of `modelJson` whose input placeholders have the shape the options ask for; the
 * signature is updated to match. Without options, `modelJson` itself.
 */
export function withInputShape(
  modelJson: tf.io.ModelJSON,
  { dynamicBatch = false, inputShape }: GraphModelIOOptions,
): tf.io.ModelJSON {
  if (!dynamicBatch && inputShape === undefined) return modelJson;
  const copy = structuredClone(modelJson);
  const signature = (copy.userDefinedMetadata?.['signature'] ?? copy.signature) as
    Signature | undefined;
  const inputs = Object.values(signature?.inputs ?? {});
  const nodes = (copy.modelTopology as { node: GraphNode[] }).node;
  const inputNames = new Set(inputs.map((input) => input.name.replace(/:\d+$/, '')));
  const placeholders = nodes.filter(
    (node) => node.op === 'Placeholder' && (inputNames.size === 0 || inputNames.has(node.name)),
  );
  const reshape = (shape: TensorShape | undefined, where: string): void => {
    const dims = shape?.dim?.map((dim) => Number(dim.size)) ?? [];
    if (inputShape !== undefined && inputShape.length !== dims.length) {
      throw new RangeError(
        `inputShape [${inputShape.join(', ')}] has rank ${inputShape.length}, but ${where} ` +
          `has shape [${dims.join(', ')}].`,
      );
    }
    const next = inputShape ?? [-1, ...dims.slice(1)];
    if (shape !== undefined) shape.dim = next.map((size) => ({ size: String(size) }));
  };
  for (const node of placeholders) reshape(node.attr?.shape?.shape, `input node "${node.name}"`);
  for (const input of inputs) reshape(input.tensorShape, `signature input "${input.name}"`);
  return copy;
}

/** Decodes a face-api weight manifest and its weight data into named tensors the caller owns. */
export function weightMapFromManifest(
  manifest: tf.io.WeightsManifestConfig,
  weightData: tf.io.WeightData,
): tf.NamedTensorMap {
  return tf.io.decodeWeights(
    weightData,
    manifest.flatMap((group) => group.weights),
  );
}

/** Named tensors from a weight-manifest model's fetched files (the manifest JSON and its .bin). */
export function weightMapFromFiles(files: ReadonlyMap<string, ArrayBuffer>): tf.NamedTensorMap {
  const [jsonPath, manifest] = readJson<tf.io.WeightsManifestConfig>(files);
  return weightMapFromManifest(manifest, weightBuffers(manifest, files, jsonPath));
}

function readJson<T>(files: ReadonlyMap<string, ArrayBuffer>): [string, T] {
  const jsonPaths = [...files.keys()].filter((path) => path.endsWith('.json'));
  const [jsonPath] = jsonPaths;
  if (jsonPath === undefined || jsonPaths.length > 1) {
    throw new Error(
      `Expected exactly one .json file among the model files, got: ${[...files.keys()].join(', ')}.`,
    );
  }
  const text = new TextDecoder().decode(files.get(jsonPath));
  return [jsonPath, JSON.parse(text) as T];
}

/** The weight files in manifest order; their paths are relative to the JSON file's folder. */
function weightBuffers(
  manifest: tf.io.WeightsManifestConfig,
  files: ReadonlyMap<string, ArrayBuffer>,
  jsonPath: string,
): ArrayBuffer[] {
  const folder = jsonPath.slice(0, jsonPath.lastIndexOf('/') + 1);
  return manifest.flatMap((group) =>
    group.paths.map((path) => {
      const data = files.get(folder + path);
      if (data === undefined) {
        throw new Error(
          `"${jsonPath}" names the weights file "${folder + path}", which is not among the ` +
            `model's files; add it to the model's entry in models/catalogue.json.`,
        );
      }
      return data;
    }),
  );
}
