import * as tf from '@tensorflow/tfjs-core';

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

/**
 * The new output layer of transfer learning: one dense layer with softmax,
 * ŷ = softmax(x W + b), on the frozen backbone's pooled features x [m, d].
 * W and b are trainable tf variables. Because it is applied after global average pooling it equals
 * a 1x1 convolution with kernel W reshaped to [1, 1, d, k] (the Detection lab's sliding windows).
 * Owns its variables; call dispose().
 */
export class SoftmaxHead {
  readonly kernel: tf.Variable<tf.Rank.R2>; // W [d, k]
  readonly bias: tf.Variable<tf.Rank.R1>; // b [k]

  constructor(weights: HeadWeights) {
    const { inputSize: d, classCount: k } = weights;
    if (weights.kernel.length !== d * k || weights.bias.length !== k) {
      throw new RangeError(
        `A head of ${d} features and ${k} classes needs ${d * k} kernel and ${k} bias values, ` +
          `got ${weights.kernel.length} and ${weights.bias.length}.`,
      );
    }
    // tidy disposes the initial values; variables survive it.
    this.kernel = tf.tidy(() => tf.variable(tf.tensor2d(weights.kernel, [d, k]), true));
    this.bias = tf.tidy(() => tf.variable(tf.tensor1d(weights.bias), true));
  }

  /** A new head, W from Glorot (Xavier) uniform with a seed, b = 0. */
  static initial(inputSize: number, classCount: number, seed = 1): SoftmaxHead {
    const kernel = tf.tidy(() => {
      const limit = Math.sqrt(6 / (inputSize + classCount));
      return tf.randomUniform([inputSize, classCount], -limit, limit, 'float32', seed).dataSync();
    }) as Float32Array;
    return new SoftmaxHead({ inputSize, classCount, kernel, bias: new Float32Array(classCount) });
  }

  get inputSize(): number {
    return this.kernel.shape[0];
  }

  get classCount(): number {
    return this.kernel.shape[1];
  }

  /** z = dropout(x) W + b, [m, k]. Dropout (inverted) applies only when training. */
  logits(features: tf.Tensor2D, dropoutRate = 0): tf.Tensor2D {
    return tf.tidy(() => {
      const x = dropoutRate > 0 ? tf.dropout(features, dropoutRate) : features;
      return tf.add(tf.matMul(x, this.kernel), this.bias);
    });
  }

  /** ŷ = softmax(x W + b), [m, k]. */
  probabilities(features: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => tf.softmax(this.logits(features)));
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
    tf.tidy(() => {
      this.kernel.assign(tf.tensor2d(weights.kernel, [this.inputSize, this.classCount]));
      this.bias.assign(tf.tensor1d(weights.bias));
    });
  }

  dispose(): void {
    this.kernel.dispose();
    this.bias.dispose();
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
