import * as tf from '@tensorflow/tfjs-core';

/** The optimisers of course 2, week 2. */
export type OptimiserKind = 'sgd' | 'momentum' | 'rmsprop' | 'adam';

export const optimiserKinds: readonly OptimiserKind[] = ['sgd', 'momentum', 'rmsprop', 'adam'];

type Gradients = Parameters<tf.Optimizer['applyGradients']>[0];

/**
 * Each optimiser in the course's form, with its default hyper-parameters:
 * - sgd: W := W − α dW;
 * - momentum: v = βv + (1 − β)dW, W := W − αv, β = 0.9 (CourseMomentum);
 * - rmsprop: S = β2 S + (1 − β2)dW², W := W − α dW / (√S + ε), β2 = 0.9, ε = 1e-8 (CourseRmsprop);
 * - adam: v = β1 v + (1 − β1)dW, S = β2 S + (1 − β2)dW², bias-corrected v̂ = v / (1 − β1^t),
 *   Ŝ = S / (1 − β2^t), W := W − α v̂ / (√Ŝ + ε), β1 = 0.9, β2 = 0.999, ε = 1e-8: tf.train.adam is
 *   exactly this.
 */
export function createOptimiser(kind: OptimiserKind, learningRate: number): tf.Optimizer {
  switch (kind) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum':
      return new CourseMomentum(learningRate, 0.9);
    case 'rmsprop':
      return new CourseRmsprop(learningRate, 0.9, 1e-8);
    case 'adam':
      return tf.train.adam(learningRate, 0.9, 0.999, 1e-8);
  }
}

/**
 * The course's momentum. TF.js's MomentumOptimizer keeps v = βv + dW (so its steps are about
 * 1 / (1 − β) = 10 times the course's at the same α); fed (1 − β)dW it keeps the course's
 * v = βv + (1 − β)dW and steps W := W − αv.
 */
class CourseMomentum extends tf.MomentumOptimizer {
  constructor(
    learningRate: number,
    readonly beta: number,
  ) {
    super(learningRate, beta);
  }

  override applyGradients(gradients: Gradients): void {
    const oneMinusBeta = 1 - this.beta;
    const scaled = Array.isArray(gradients)
      ? gradients.map(({ name, tensor }) => ({ name, tensor: tf.mul(tensor, oneMinusBeta) }))
      : Object.fromEntries(
          Object.entries(gradients).map(([name, g]) => [name, tf.mul(g, oneMinusBeta)]),
        );
    try {
      super.applyGradients(scaled);
    } finally {
      tf.dispose(Array.isArray(scaled) ? scaled.map((g) => g.tensor) : scaled);
    }
  }
}

/**
 * The course's RMSprop. TF.js's RMSPropOptimizer divides by √(S + ε), which for small gradients
 * (S near 1e-12) steps 100 times less than the course's dW / (√S + ε).
 */
class CourseRmsprop extends tf.Optimizer {
  /** S per variable name, the exponentially weighted average of dW². */
  readonly #squares = new Map<string, tf.Variable>();

  constructor(
    /** α; `setLearningRate` changes it between epochs. */
    public learningRate: number,
    readonly beta2: number,
    readonly epsilon: number,
  ) {
    super();
  }

  override applyGradients(gradients: Gradients): void {
    const named = Array.isArray(gradients)
      ? gradients
      : Object.entries(gradients).map(([name, tensor]) => ({ name, tensor }));
    for (const { name, tensor: dW } of named) {
      const w = tf.engine().registeredVariables[name]!;
      let s = this.#squares.get(name);
      if (!s) {
        s = tf.tidy(() => tf.zerosLike(w).variable(false));
        this.#squares.set(name, s);
      }
      const S = s;
      tf.tidy(() => {
        const next = tf.add(tf.mul(S, this.beta2), tf.mul(tf.square(dW), 1 - this.beta2));
        S.assign(next);
        w.assign(
          tf.sub(w, tf.div(tf.mul(dW, this.learningRate), tf.add(tf.sqrt(next), this.epsilon))),
        );
      });
    }
    this.incrementIterations();
  }

  override dispose(): void {
    tf.dispose([...this.#squares.values()]);
    this.#squares.clear();
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, beta2: this.beta2, epsilon: this.epsilon };
  }
}

/**
 * Changes an optimiser's α in place, keeping its moving averages (for learning-rate decay).
 * SGD and momentum keep -α in a tensor (setLearningRate); RMSprop and Adam read `learningRate`.
 */
export function setLearningRate(optimiser: tf.Optimizer, learningRate: number): void {
  const sgd = optimiser as Partial<Pick<tf.SGDOptimizer, 'setLearningRate'>>;
  if (typeof sgd.setLearningRate === 'function') {
    sgd.setLearningRate(learningRate);
  } else {
    (optimiser as unknown as { learningRate: number }).learningRate = learningRate;
  }
}

/**
 * Disposes an optimiser and its state. TF.js 4.22's MomentumOptimizer.dispose() forgets the
 * -α scalar it inherits from SGDOptimizer, so that one is disposed here.
 */
export function disposeOptimiser(optimiser: tf.Optimizer): void {
  optimiser.dispose();
  const c = (optimiser as unknown as { c?: tf.Tensor }).c;
  if (optimiser instanceof tf.MomentumOptimizer && c && !c.isDisposed) c.dispose();
}
