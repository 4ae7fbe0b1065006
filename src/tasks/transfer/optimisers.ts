import * as tf from '@tensorflow/tfjs-core';

/** The optimisers of course 2, week 2. */
export type OptimiserKind = 'sgd' | 'momentum' | 'rmsprop' | 'adam';

export const optimiserKinds: readonly OptimiserKind[] = ['sgd', 'momentum', 'rmsprop', 'adam'];

/**
 * A tf.train optimiser with the course's default hyper-parameters: momentum β = 0.9;
 * RMSprop β2 = 0.9 (TF's "decay"); Adam β1 = 0.9, β2 = 0.999, ε = 1e-8.
 */
export function createOptimiser(kind: OptimiserKind, learningRate: number): tf.Optimizer {
  switch (kind) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum':
      return tf.train.momentum(learningRate, 0.9);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate, 0.9, 0, 1e-8);
    case 'adam':
      return tf.train.adam(learningRate, 0.9, 0.999, 1e-8);
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
