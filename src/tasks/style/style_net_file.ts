import * as tf from '@tensorflow/tfjs-core';
import { styleNetWeightShapes } from './feed_forward_net';

/**
 * A trained style network as two files: `<id>.json` (this description plus a TF.js weight
 * manifest) and `<id>.bin` (float32 weights), the layout `tf.io.decodeWeights` reads.
 */
export interface StyleNetFile {
  format: 'convlens-style-net';
  version: 1;
  /** The style's id, as in public/styles/<id>.jpg. */
  style: string;
  /** Side in pixels of the square crops it was trained on. */
  trainedSize: number;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** Encodes the network's weights; returns the JSON description and the binary weights. */
export async function encodeStyleNet(
  weights: tf.NamedTensorMap,
  style: string,
  trainedSize: number,
): Promise<{ json: StyleNetFile; data: ArrayBuffer }> {
  const ordered = styleNetWeightShapes().map(({ name }) => ({ name, tensor: weights[name]! }));
  const { data, specs } = await tf.io.encodeWeights(ordered);
  return {
    json: {
      format: 'convlens-style-net',
      version: 1,
      style,
      trainedSize,
      weightsManifest: [{ paths: [`${style}.bin`], weights: specs }],
    },
    data,
  };
}

/** Decodes and checks a style network's files; the caller owns (disposes) the tensors. */
export function decodeStyleNet(json: unknown, data: ArrayBuffer): tf.NamedTensorMap {
  const file = json as Partial<StyleNetFile> | null;
  if (file?.format !== 'convlens-style-net' || file.version !== 1) {
    throw new Error(
      'This is not a ConvLens style network (format "convlens-style-net", version 1).',
    );
  }
  const specs = file.weightsManifest?.flatMap((g) => g.weights) ?? [];
  const expectedBytes = specs.reduce((n, s) => n + 4 * s.shape.reduce((a, b) => a * b, 1), 0);
  if (data.byteLength !== expectedBytes) {
    throw new Error(
      `The style network "${file.style}" has ${data.byteLength} bytes of weights; its manifest needs ${expectedBytes}.`,
    );
  }
  const bySpec = new Map(specs.map((s) => [s.name, s.shape]));
  for (const { name, shape } of styleNetWeightShapes()) {
    const got = bySpec.get(name);
    if (!got || got.join('x') !== shape.join('x')) {
      throw new Error(
        `The style network "${file.style}" has ${got ? `shape ${got.join('x')}` : 'no weight'} for ${name}; expected ${shape.join('x')}.`,
      );
    }
  }
  return tf.io.decodeWeights(data, specs);
}
