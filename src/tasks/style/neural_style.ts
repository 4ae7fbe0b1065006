import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { DifferentiableBackbone } from './differentiable_backbone';
import { contentCost, gramMatrix, layerStyleCost, totalVariation } from './style_costs';

export type StyleInit = 'noise' | 'content' | 'mix';

export interface StyleOptions {
  contentLayer: string;
  /** Layers feeding J_style, each with its weight λ[l]. */
  styleLayers: { node: string; weight: number }[];
  /** α and β of J(G) = α J_content + β J_style. */
  alpha: number;
  beta: number;
  /** Weight of the total-variation term that smooths G. */
  tvWeight: number;
  /** Adam's learning rate, on 0-255 pixels. */
  learningRate: number;
  init: StyleInit;
}

export const defaultStyleOptions: Omit<StyleOptions, 'contentLayer' | 'styleLayers'> = {
  alpha: 1,
  beta: 300,
  tvWeight: 10,
  learningRate: 4,
  init: 'mix',
};

/** The costs after one step. Each is relative to its target (see NeuralStyle). */
export interface StyleCosts {
  iteration: number;
  content: number;
  style: number;
  tv: number;
  total: number;
}

/**
 * Neural style transfer as the course teaches it: gradient descent on the pixels of G to lower
 * J(G) = α J_content(C, G) + β Σ_l λ[l] J_style[l](S, G) + γ TV(G).
 * Each cost is divided by the same cost of an all-zero G (the target's own energy), so the
 * weights mean the same at every layer and size. Owns G, the targets and the optimiser.
 */
export class NeuralStyle {
  readonly #g: tf.Variable<tf.Rank.R4>;
  readonly #contentTarget: tf.Tensor4D;
  readonly #gramTargets: Map<string, tf.Tensor2D>;
  readonly #norms: { content: number; style: Map<string, number>; tv: number };
  readonly #optimizer: tf.AdamOptimizer;
  #iteration = 0;

  constructor(
    private readonly backbone: DifferentiableBackbone,
    content: tf.Tensor4D,
    style: tf.Tensor4D,
    private readonly options: StyleOptions,
  ) {
    const { contentLayer, styleLayers } = options;
    this.#contentTarget = tf.tidy(() =>
      backbone.forward(content, [contentLayer]).get(contentLayer)!,
    );
    const styleActs = tf.tidy(() => {
      const acts = backbone.forward(
        style,
        styleLayers.map((l) => l.node),
      );
      return styleLayers.map((l) => gramMatrix(acts.get(l.node)!));
    });
    this.#gramTargets = new Map(styleLayers.map((l, i) => [l.node, styleActs[i]!]));
    const [, h, w] = content.shape;
    this.#norms = {
      content: scalarOf(() => contentCost(this.#contentTarget, tf.zerosLike(this.#contentTarget))),
      style: new Map(
        styleLayers.map((l) => [
          l.node,
          scalarOf(() => {
            const shape = backbone.forward(content, [l.node]).get(l.node)!.shape;
            return layerStyleCost(this.#gramTargets.get(l.node)!, tf.zeros(shape));
          }),
        ]),
      ),
      // A G whose neighbouring pixels all differ by 255 in every channel.
      tv: 2 * h * w * 3 * 255 * 255,
    };
    // tf.variable keeps its own reference to the data: the initial tensor is ours to dispose.
    const start = initialImage(content, options.init);
    this.#g = tf.variable(start);
    start.dispose();
    this.#optimizer = tf.train.adam(options.learningRate);
  }

  get iteration(): number {
    return this.#iteration;
  }

  /** One Adam step on G's pixels, clipped to 0-255. */
  step(): StyleCosts {
    let parts: [tf.Scalar, tf.Scalar, tf.Scalar] | null = null;
    const total = this.#optimizer.minimize(
      () => {
        const [j, c, s, t] = this.#costs(this.#g);
        parts = [tf.keep(c), tf.keep(s), tf.keep(t)];
        return j;
      },
      true,
      [this.#g],
    )!;
    tf.tidy(() => this.#g.assign(tf.clipByValue(this.#g, 0, 255)));
    this.#iteration++;
    const [c, s, t] = parts!;
    const costs: StyleCosts = {
      iteration: this.#iteration,
      content: c.dataSync()[0]!,
      style: s.dataSync()[0]!,
      tv: t.dataSync()[0]!,
      total: total.dataSync()[0]!,
    };
    tf.dispose([total, c, s, t]);
    return costs;
  }

  /** The costs of the current G without a step. */
  evaluate(): StyleCosts {
    return tf.tidy(() => {
      const [j, c, s, t] = this.#costs(this.#g);
      return {
        iteration: this.#iteration,
        content: c.dataSync()[0]!,
        style: s.dataSync()[0]!,
        tv: t.dataSync()[0]!,
        total: j.dataSync()[0]!,
      };
    });
  }

  /** A copy of G, [1, H, W, 3] 0-255; the caller disposes it. */
  image(): tf.Tensor4D {
    return tf.clone(this.#g);
  }

  /** The Gram matrices of S and of the current G at a style layer; the caller disposes them. */
  grams(node: string): { style: tf.Tensor2D; generated: tf.Tensor2D } {
    const style = this.#gramTargets.get(node);
    if (!style) throw new Error(`"${node}" is not one of the style layers.`);
    return {
      style: tf.clone(style),
      generated: tf.tidy(() => gramMatrix(this.backbone.forward(this.#g, [node]).get(node)!)),
    };
  }

  dispose(): void {
    tf.dispose([this.#g, this.#contentTarget, ...this.#gramTargets.values()]);
    this.#optimizer.dispose();
  }

  #costs(g: tf.Tensor4D): [tf.Scalar, tf.Scalar, tf.Scalar, tf.Scalar] {
    const { contentLayer, styleLayers, alpha, beta, tvWeight } = this.options;
    const acts = this.backbone.forward(g, [contentLayer, ...styleLayers.map((l) => l.node)]);
    const content = tf.div(
      contentCost(this.#contentTarget, acts.get(contentLayer)!),
      this.#norms.content,
    );
    const weightSum = styleLayers.reduce((s, l) => s + l.weight, 0) || 1;
    const style = tf.addN(
      styleLayers.map((l) =>
        tf.mul(
          tf.div(
            layerStyleCost(this.#gramTargets.get(l.node)!, acts.get(l.node)!),
            this.#norms.style.get(l.node)!,
          ),
          l.weight / weightSum,
        ),
      ),
    ) as tf.Scalar;
    const tv = tf.div(totalVariation(g), this.#norms.tv) as tf.Scalar;
    const total = tf.addN([
      tf.mul(content, alpha),
      tf.mul(style, beta),
      tf.mul(tv, tvWeight),
    ]) as tf.Scalar;
    return [total, content as tf.Scalar, style, tv];
  }
}

function initialImage(content: tf.Tensor4D, init: StyleInit): tf.Tensor4D {
  return tf.tidy(() => {
    if (init === 'content') return tf.clone(content);
    const noise = tf.randomUniform(content.shape, 0, 255);
    return (
      init === 'noise' ? noise : tf.add(tf.mul(content, 0.5), tf.mul(noise, 0.5))
    ) as tf.Tensor4D;
  });
}

/** The value of a scalar computed in its own tidy scope. */
function scalarOf(fn: () => tf.Scalar): number {
  const t = tf.tidy(fn);
  const v = t.dataSync()[0]!;
  t.dispose();
  return v;
}
