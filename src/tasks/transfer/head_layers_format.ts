import * as tf from '@tensorflow/tfjs-core';
import { SoftmaxHead, type HeadWeights } from './softmax_head';

/** The TF.js layers-format model.json of a head (tf.loadLayersModel reads it with its weights). */
export interface HeadModelJson {
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  modelTopology: unknown;
  weightsManifest: {
    paths: string[];
    weights: { name: string; shape: number[]; dtype: 'float32' }[];
  }[];
}

/** File names of the head beside its metadata. */
export const headModelFile = 'model.json';
export const headWeightsFile = 'head.weights.bin';

/**
 * The head's tf.layers model (Dropout, Dense(k, softmax)) saved in TF.js's layers format through
 * `model.save(tf.io.withSaveHandler(...))`: model.json (topology + weights manifest) and the
 * weight data (W then b, float32). `tf.loadLayersModel` reads them back.
 */
export async function headToLayersModel(
  weights: HeadWeights,
): Promise<{ modelJson: HeadModelJson; weightData: ArrayBuffer }> {
  const head = new SoftmaxHead(weights);
  try {
    let saved: tf.io.ModelArtifacts | null = null;
    await head.model.save(
      tf.io.withSaveHandler((artifacts) => {
        saved = artifacts;
        return Promise.resolve({
          modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts),
        });
      }),
    );
    const artifacts = saved! as tf.io.ModelArtifacts;
    const weightData = tf.io.CompositeArrayBuffer.join(artifacts.weightData!);
    return {
      modelJson: {
        format: 'layers-model',
        generatedBy: `ConvLens transfer lab (${artifacts.generatedBy ?? 'TensorFlow.js'})`,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [
          {
            paths: [headWeightsFile],
            weights: artifacts.weightSpecs!.map((w) => ({
              name: w.name,
              shape: w.shape,
              dtype: 'float32' as const,
            })),
          },
        ],
      },
      weightData,
    };
  } finally {
    head.dispose();
  }
}

/**
 * Reads a head back from its layers-format model.json and weight data: the weights named
 * `.../kernel` [d, k] and `.../bias` [k] of its dense layer, float32 in the manifest's order.
 * Throws with what is wrong.
 */
export function headFromLayersModel(modelJson: unknown, weightData: ArrayBuffer): HeadWeights {
  const json = modelJson as Partial<HeadModelJson> | null;
  const specs = json?.weightsManifest?.flatMap((group) => group?.weights ?? []);
  if (json?.format !== 'layers-model' || !json.modelTopology || !specs) {
    throw new Error('The head is not a TF.js layers model (format "layers-model" with weights).');
  }
  const offsets = new Map<string, { shape: number[]; offset: number }>();
  let offset = 0;
  for (const spec of specs) {
    if (spec.dtype !== 'float32' || !Array.isArray(spec.shape))
      throw new Error(`The head's weight "${spec.name}" is not a float32 array with a shape.`);
    offsets.set(spec.name, { shape: spec.shape, offset });
    offset += spec.shape.reduce((a, b) => a * b, 1) * 4;
  }
  const find = (suffix: string) => [...offsets].find(([name]) => name.endsWith(suffix))?.[1];
  const kernel = find('/kernel');
  const bias = find('/bias');
  if (!kernel || !bias) throw new Error('The head has no dense layer (a kernel and a bias).');
  const [d, k] = kernel.shape;
  if (
    kernel.shape.length !== 2 ||
    bias.shape.length !== 1 ||
    bias.shape[0] !== k ||
    !(d! > 0 && k! > 0)
  ) {
    throw new Error(
      `The head's weights have shapes [${kernel.shape}] and [${bias.shape}]; expected [d, k] and [k].`,
    );
  }
  if (weightData.byteLength !== offset) {
    throw new Error(
      `The head's weight data has ${weightData.byteLength} bytes; its manifest needs ${offset}.`,
    );
  }
  return {
    inputSize: d!,
    classCount: k!,
    kernel: new Float32Array(weightData.slice(kernel.offset, kernel.offset + d! * k! * 4)),
    bias: new Float32Array(weightData.slice(bias.offset, bias.offset + k! * 4)),
  };
}
