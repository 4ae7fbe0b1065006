import type { HeadWeights } from './softmax_head';

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

/** File name of the head's weights beside its model.json. */
export const headWeightsFile = 'head.weights.bin';

/**
 * The head as a Keras Sequential with one Dense(k, softmax) layer on d inputs, in TF.js's layers
 * format: model.json (topology + weights manifest) and the weight data (W then b, float32).
 */
export function headToLayersModel(head: HeadWeights): {
  modelJson: HeadModelJson;
  weightData: ArrayBuffer;
} {
  const { inputSize: d, classCount: k } = head;
  const modelJson: HeadModelJson = {
    format: 'layers-model',
    generatedBy: 'ConvLens transfer lab',
    convertedBy: null,
    modelTopology: {
      class_name: 'Sequential',
      config: {
        name: 'transfer_head',
        layers: [
          {
            class_name: 'Dense',
            config: {
              name: 'dense',
              trainable: true,
              batch_input_shape: [null, d],
              dtype: 'float32',
              units: k,
              activation: 'softmax',
              use_bias: true,
            },
          },
        ],
      },
      keras_version: 'tfjs-layers 4.22.0',
      backend: 'tensor_flow.js',
    },
    weightsManifest: [
      {
        paths: [headWeightsFile],
        weights: [
          { name: 'dense/kernel', shape: [d, k], dtype: 'float32' },
          { name: 'dense/bias', shape: [k], dtype: 'float32' },
        ],
      },
    ],
  };
  const data = new Float32Array(d * k + k);
  data.set(head.kernel, 0);
  data.set(head.bias, d * k);
  return { modelJson, weightData: data.buffer };
}

/** Reads a head back from its layers-format model.json and weight data; throws on a mismatch. */
export function headFromLayersModel(modelJson: unknown, weightData: ArrayBuffer): HeadWeights {
  const json = modelJson as Partial<HeadModelJson> | null;
  const weights = json?.weightsManifest?.[0]?.weights;
  const kernel = weights?.find((w) => w.name === 'dense/kernel');
  const bias = weights?.find((w) => w.name === 'dense/bias');
  if (json?.format !== 'layers-model' || !kernel || !bias) {
    throw new Error('The head is not a TF.js layers model with a dense/kernel and dense/bias.');
  }
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
  const expected = (d! * k! + k!) * 4;
  if (weightData.byteLength !== expected) {
    throw new Error(
      `The head's weight data has ${weightData.byteLength} bytes; [${d}, ${k}] + [${k}] floats need ${expected}.`,
    );
  }
  const values = new Float32Array(weightData.slice(0));
  return {
    inputSize: d!,
    classCount: k!,
    kernel: values.slice(0, d! * k!),
    bias: values.slice(d! * k!),
  };
}
