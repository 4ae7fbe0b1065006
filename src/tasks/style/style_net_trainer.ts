import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { DifferentiableBackbone } from './differentiable_backbone';
import { initialStyleNetWeights, styleNetForward } from './feed_forward_net';
import { trainableConv } from './trainable_conv';
import { contentCost, gramMatrix, layerStyleCost, totalVariation } from './style_costs';

export interface StyleNetTrainingOptions {
  contentLayer: string;
  styleLayers: readonly string[];
  /** α, β, γ of J = α J_content + β J_style + γ TV, each cost relative to its target's energy. */
  alpha: number;
  beta: number;
  tvWeight: number;
  /** Adam's learning rate on the network's weights. */
  learningRate: number;
  /** Seed of the initial weights. */
  seed: number;
}

export interface StyleNetStepCosts {
  step: number;
  content: number;
  style: number;
  tv: number;
  total: number;
}

/**
 * Trains the feed-forward network f_W with the perceptual loss of Johnson et al. 2016 (§3.2):
 * for each photo y_c, ŷ = f_W(y_c) and J = α J_content(y_c, ŷ) + β J_style(S, ŷ) + γ TV(ŷ),
 * the same costs as the optimisation mode, through the frozen differentiable backbone.
 * The network's convolutions get their weight gradients from forward convolutions (WASM has no
 * Conv2DBackpropFilter).
 * Owns the weights (tf.variables) and the optimiser; dispose() releases them.
 */
export class StyleNetTrainer {
  readonly #weights: Record<string, tf.Variable>;
  readonly #gramTargets: Map<string, tf.Tensor2D>;
  readonly #styleNorms: Map<string, number>;
  readonly #optimizer: tf.AdamOptimizer;
  #step = 0;

  /**
   * style: [1, H_S, W_S, 3] 0-255, any size (a larger S gives finer strokes); size: the side of
   * the training crops. Gram matrices sum over positions, so S's are scaled by the area ratio.
   */
  constructor(
    private readonly backbone: DifferentiableBackbone,
    style: tf.Tensor4D,
    size: number,
    private readonly options: StyleNetTrainingOptions,
  ) {
    const init = initialStyleNetWeights(options.seed);
    this.#weights = Object.fromEntries(
      Object.entries(init).map(([name, t]) => [name, tf.variable(t, true, `stylenet/${name}`)]),
    );
    tf.dispose(Object.values(init));
    const areaRatio = (style.shape[1] * style.shape[2]) / (size * size);
    const grams = tf.tidy(() => {
      const acts = backbone.forward(style, options.styleLayers);
      return options.styleLayers.map(
        (l) => tf.div(gramMatrix(acts.get(l)!), areaRatio) as tf.Tensor2D,
      );
    });
    this.#gramTargets = new Map(options.styleLayers.map((l, i) => [l, grams[i]!]));
    this.#styleNorms = new Map(
      options.styleLayers.map((l) => {
        const norm = tf.tidy(() => {
          const shape = backbone.forward(tf.zeros([1, size, size, 3]), [l]).get(l)!.shape;
          return layerStyleCost(this.#gramTargets.get(l)!, tf.zeros(shape));
        });
        const v = norm.dataSync()[0]!;
        norm.dispose();
        return [l, v];
      }),
    );
    this.#optimizer = tf.train.adam(options.learningRate);
  }

  /** One Adam step on the weights for one photo [1, size, size, 3] 0-255 (not disposed). */
  step(photo: tf.Tensor4D): StyleNetStepCosts {
    const { contentLayer, styleLayers, alpha, beta, tvWeight } = this.options;
    const [, h, w] = photo.shape;
    const target = tf.tidy(() => this.backbone.forward(photo, [contentLayer]).get(contentLayer)!);
    const contentNorm = tf.tidy(() => contentCost(target, tf.zerosLike(target)));
    let parts: tf.Scalar[] = [];
    const total = this.#optimizer.minimize(
      () => {
        const out = styleNetForward(this.#weights, photo, trainableConv);
        const acts = this.backbone.forward(out, [contentLayer, ...styleLayers]);
        const content = tf.div(contentCost(target, acts.get(contentLayer)!), contentNorm);
        const style = tf.div(
          tf.addN(
            styleLayers.map((l) =>
              tf.div(
                layerStyleCost(this.#gramTargets.get(l)!, acts.get(l)!),
                this.#styleNorms.get(l)!,
              ),
            ),
          ),
          styleLayers.length,
        );
        const tv = tf.div(totalVariation(out), 2 * h * w * 3 * 255 * 255);
        parts = [
          tf.keep(content as tf.Scalar),
          tf.keep(style as tf.Scalar),
          tf.keep(tv as tf.Scalar),
        ];
        return tf.addN([
          tf.mul(content, alpha),
          tf.mul(style, beta),
          tf.mul(tv, tvWeight),
        ]) as tf.Scalar;
      },
      true,
      Object.values(this.#weights),
    )!;
    this.#step++;
    const [c, s, t] = parts.map((p) => p.dataSync()[0]!);
    const costs = { step: this.#step, content: c!, style: s!, tv: t!, total: total.dataSync()[0]! };
    tf.dispose([total, target, contentNorm, ...parts]);
    return costs;
  }

  /** The current weights by name (owned by the trainer). */
  get weights(): tf.NamedTensorMap {
    return this.#weights;
  }

  dispose(): void {
    tf.dispose([...Object.values(this.#weights), ...this.#gramTargets.values()]);
    this.#optimizer.dispose();
  }
}
