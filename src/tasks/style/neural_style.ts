import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { DifferentiableBackbone } from './differentiable_backbone';
import { contentCost, gramMatrix, layerStyleCost, totalVariation } from './style_costs';

export type StyleInit = 'noise' | 'content' | 'mix';

export interface StyleOptions {
  contentLayer: string;
  /** Layers feeding J_style = Σ_l λ[l] J_style[l], each with its weight λ[l]. */
  styleLayers: { node: string; weight: number }[];
  /** α and β of J(G) = α J_content + β J_style. */
  alpha: number;
  beta: number;
  /** γ, the weight of J_TV, a smoothness term added to J (not in the course's J). */
  tvWeight: number;
  /** Adam's learning rate, on 0-255 pixels. */
  learningRate: number;
  init: StyleInit;
  /**
   * Divide J_content and each J_style[l] by its value for all-zero activations of G before
   * weighting them, so α, β and λ[l] weigh costs of the same size at every layer and image size.
   * Changes what gradient descent lowers; the reported costs stay in the course's units.
   */
  normalise: boolean;
}

/** The course's α = 10, β = 40 (programming exercise), in the course's units. */
export const defaultStyleOptions: Omit<StyleOptions, 'contentLayer' | 'styleLayers'> = {
  alpha: 10,
  beta: 40,
  tvWeight: 0,
  learningRate: 4,
  init: 'content',
  normalise: false,
};

/** One point of a cost curve: J, J_content and J_style at an iteration. */
export interface CostPoint {
  iteration: number;
  content: number;
  style: number;
  total: number;
}

/** The costs of G at one iteration, in the course's units. */
export interface StyleCosts extends CostPoint {
  /** J_content(C, G) = 1 / (4 n_H n_W n_C) Σ (a[l](C) - a[l](G))². */
  content: number;
  /** J_style(S, G) = Σ_l λ[l] J_style[l](S, G). */
  style: number;
  /** J(G) = α J_content + β J_style, the course's J. */
  total: number;
  /** J_TV(G) = Σ (differences of neighbouring pixels)², G on 0-255. */
  tv: number;
  /** What gradient descent lowers: J + γ J_TV, or its normalised form (see StyleOptions). */
  objective: number;
}

type CostName = Exclude<keyof StyleCosts, 'iteration'>;
type CostTensors = Record<CostName, tf.Scalar>;

/**
 * Neural style transfer as the course teaches it: gradient descent on the pixels of G to lower
 * J(G) = α J_content(C, G) + β Σ_l λ[l] J_style[l](S, G), plus γ J_TV(G) when γ > 0.
 * Owns G, the targets and the optimiser.
 */
export class NeuralStyle {
  readonly #g: tf.Variable<tf.Rank.R4>;
  readonly #contentTarget: tf.Tensor4D;
  readonly #gramTargets: Map<string, tf.Tensor2D>;
  /** What each cost is divided by in the objective: 1, or its value for zero activations. */
  readonly #scales: { content: number; style: Map<string, number> };
  readonly #optimizer: tf.AdamOptimizer;
  #iteration = 0;

  constructor(
    private readonly backbone: DifferentiableBackbone,
    content: tf.Tensor4D,
    style: tf.Tensor4D,
    private readonly options: StyleOptions,
  ) {
    const { contentLayer, styleLayers, normalise } = options;
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
    this.#scales = {
      content: normalise
        ? scalarOf(() => contentCost(this.#contentTarget, tf.zerosLike(this.#contentTarget)))
        : 1,
      style: new Map(
        styleLayers.map((l) => [
          l.node,
          normalise
            ? scalarOf(() => {
                const shape = backbone.forward(content, [l.node]).get(l.node)!.shape;
                return layerStyleCost(this.#gramTargets.get(l.node)!, tf.zeros(shape));
              })
            : 1,
        ]),
      ),
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

  /** One Adam step on G's pixels, clipped to 0-255; the costs of G before the step. */
  step(): StyleCosts {
    const kept: Partial<CostTensors> = {};
    const objective = this.#optimizer.minimize(
      () => {
        const costs = this.#costs(this.#g);
        for (const [name, t] of Object.entries(costs)) kept[name as CostName] = tf.keep(t);
        return costs.objective;
      },
      true,
      [this.#g],
    )!;
    tf.tidy(() => this.#g.assign(tf.clipByValue(this.#g, 0, 255)));
    this.#iteration++;
    const costs = this.#read(kept as CostTensors);
    tf.dispose([objective, ...Object.values(kept)]);
    return costs;
  }

  /** The costs of the current G without a step. */
  evaluate(): StyleCosts {
    const costs = tf.tidy(() => this.#costs(this.#g));
    try {
      return this.#read(costs);
    } finally {
      tf.dispose(Object.values(costs));
    }
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

  #read(t: CostTensors): StyleCosts {
    const value = (s: tf.Scalar) => s.dataSync()[0]!;
    return {
      iteration: this.#iteration,
      content: value(t.content),
      style: value(t.style),
      total: value(t.total),
      tv: value(t.tv),
      objective: value(t.objective),
    };
  }

  /** The course's costs of G and the objective that Adam lowers. */
  #costs(g: tf.Tensor4D): CostTensors {
    const { contentLayer, styleLayers, alpha, beta, tvWeight } = this.options;
    const acts = this.backbone.forward(g, [contentLayer, ...styleLayers.map((l) => l.node)]);
    const content = contentCost(this.#contentTarget, acts.get(contentLayer)!);
    const layers = styleLayers.map((l) => ({
      weight: l.weight,
      scale: this.#scales.style.get(l.node)!,
      cost: layerStyleCost(this.#gramTargets.get(l.node)!, acts.get(l.node)!),
    }));
    // J_style = Σ_l λ[l] J_style[l]
    const style = weightedSum(layers.map((l) => ({ weight: l.weight, cost: l.cost })));
    const total = weightedSum([
      { weight: alpha, cost: content },
      { weight: beta, cost: style },
    ]);
    const tv = totalVariation(g);
    const objective = weightedSum([
      { weight: alpha / this.#scales.content, cost: content },
      ...layers.map((l) => ({ weight: (beta * l.weight) / l.scale, cost: l.cost })),
      { weight: tvWeight, cost: tv },
    ]);
    return { content, style, total, tv, objective };
  }
}

/** Σ weight · cost over the terms; 0 for none. */
function weightedSum(terms: { weight: number; cost: tf.Scalar }[]): tf.Scalar {
  return terms.reduce<tf.Scalar>((sum, t) => tf.add(sum, tf.mul(t.cost, t.weight)), tf.scalar(0));
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
