import * as tf from '@tensorflow/tfjs-core';
import { layers, regularizers, sequential, type LayersModel } from '@tensorflow/tfjs-layers';

/** A head's parameters as plain data: W [d, k] row-major and b [k]. */
export interface HeadWeights {
  /** Feature size d (the backbone's pooled feature length). */
  inputSize: number;
  /** Number of classes k. */
  classCount: number;
  /** W, d * k values, row-major: W[i * k + j] weighs feature i for class j. */
  kernel: Float32Array;
  /** b, k values. */
  bias: Float32Array;
}

/** How the head is regularised while it trains (inference ignores both). */
export interface HeadRegularisation {
  /** Fraction of features dropped (inverted dropout), 0..1. */
  dropout: number;
  /**
   * The dense layer's L2 coefficient c in J = cross-entropy + c ||W||²_F. The course's
   * λ/(2m) ||W||² of a mini-batch's cost J^{t} is c = λ / (2m), m the mini-batch size.
   */
  l2: number;
}

/**
 * The new output layer of transfer learning, a tf.layers Sequential: Dropout then
 * Dense(k, softmax) with an L2 kernel regulariser, ŷ = softmax(dropout(x) W + b), on the frozen
 * backbone's pooled features x [m, d]. Because it is applied after global average pooling it
 * equals a 1x1 convolution with kernel W reshaped to [1, 1, d, k] (the Detection lab's sliding
 * windows). Owns its model (and so its variables); call dispose().
 */
export class SoftmaxHead {
  /** The layers model: input [null, d], output ŷ [null, k]. Compile it to train it. */
  readonly model: LayersModel;
  readonly #dense;

  constructor(weights: HeadWeights, regularisation: HeadRegularisation = { dropout: 0, l2: 0 }) {
    const { inputSize: d, classCount: k } = weights;
    if (weights.kernel.length !== d * k || weights.bias.length !== k) {
      throw new RangeError(
        `A head of ${d} features and ${k} classes needs ${d * k} kernel and ${k} bias values, ` +
          `got ${weights.kernel.length} and ${weights.bias.length}.`,
      );
    }
    this.#dense = layers.dense({
      units: k,
      activation: 'softmax',
      name: 'softmax',
      kernelInitializer: 'zeros',
      kernelRegularizer:
        regularisation.l2 > 0 ? regularizers.l2({ l2: regularisation.l2 }) : undefined,
    });
    this.model = sequential({
      name: 'transfer_head',
      layers: [
        layers.dropout({ rate: regularisation.dropout, inputShape: [d], name: 'dropout' }),
        this.#dense,
      ],
    });
    this.assign(weights);
  }

  /** A new head, W from Glorot (Xavier) uniform with a seed, b = 0. */
  static initial(
    inputSize: number,
    classCount: number,
    seed = 1,
    regularisation?: HeadRegularisation,
  ): SoftmaxHead {
    const kernel = tf.tidy(() => {
      const limit = Math.sqrt(6 / (inputSize + classCount));
      return tf.randomUniform([inputSize, classCount], -limit, limit, 'float32', seed).dataSync();
    }) as Float32Array;
    return new SoftmaxHead(
      { inputSize, classCount, kernel, bias: new Float32Array(classCount) },
      regularisation,
    );
  }

  /** W [d, k], the dense layer's own variable (not a copy: do not dispose it). */
  get kernel(): tf.Tensor2D {
    return this.#dense.getWeights()[0] as tf.Tensor2D;
  }

  /** b [k], the dense layer's own variable (not a copy: do not dispose it). */
  get bias(): tf.Tensor1D {
    return this.#dense.getWeights()[1] as tf.Tensor1D;
  }

  get inputSize(): number {
    return this.kernel.shape[0];
  }

  get classCount(): number {
    return this.kernel.shape[1];
  }

  /** z = x W + b, [m, k] (the softmax's input; no dropout). */
  logits(features: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => tf.add(tf.matMul(features, this.kernel), this.bias));
  }

  /** ŷ = softmax(x W + b), [m, k]: the model's prediction (dropout off). */
  probabilities(features: tf.Tensor2D): tf.Tensor2D {
    return this.model.predict(features) as tf.Tensor2D;
  }

  /** A copy of W and b as plain arrays. */
  weights(): HeadWeights {
    return {
      inputSize: this.inputSize,
      classCount: this.classCount,
      kernel: this.kernel.dataSync().slice() as Float32Array,
      bias: this.bias.dataSync().slice() as Float32Array,
    };
  }

  /** Sets W and b (e.g. back to the best epoch's, for early stopping). */
  assign(weights: HeadWeights): void {
    const { inputSize: d, classCount: k } = weights;
    const values = [tf.tensor2d(weights.kernel, [d, k]), tf.tensor1d(weights.bias)];
    try {
      this.#dense.setWeights(values);
    } finally {
      tf.dispose(values);
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}

/**
 * The cost J = (1/m) Σ L(ŷ, y) + (λ / 2m) ||W||²_F: softmax cross-entropy plus L2 regularisation
 * (weight decay) of the kernel, not the bias. `labels` [m] holds class indices.
 */
export function headCost(
  logits: tf.Tensor2D,
  labels: tf.Tensor1D,
  kernel: tf.Tensor2D,
  lambda: number,
): tf.Scalar {
  return tf.tidy(() => {
    const m = logits.shape[0];
    const y = tf.oneHot(tf.cast(labels, 'int32'), logits.shape[1]);
    const crossEntropy = tf.mean(tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(logits)), 1)));
    if (lambda === 0) return crossEntropy as tf.Scalar;
    return tf.add(crossEntropy, tf.mul(lambda / (2 * m), tf.sum(tf.square(kernel)))) as tf.Scalar;
  });
}
