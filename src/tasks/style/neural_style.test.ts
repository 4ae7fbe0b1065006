import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DifferentiableBackbone } from './differentiable_backbone';
import { defaultStyleOptions, NeuralStyle, type StyleOptions } from './neural_style';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// A two-layer stand-in for the network: layer "a" is a copy of the image, layer "2a" twice it.
const backbone = {
  forward: (x: tf.Tensor4D, nodes: readonly string[]) =>
    new Map(nodes.map((n) => [n, tf.mul(x, n === 'a' ? 1 : 2) as tf.Tensor4D])),
} as unknown as DifferentiableBackbone;

// n_H = 1, n_W = 2, n_C = 2. C's positions are [1, 2] and [3, 4]; S's are [1, 2] and [3, 5].
const C = [1, 2, 3, 4];
const S = [1, 2, 3, 5];
const image = (values: number[]) => tf.tensor4d(values, [1, 1, 2, 2]);

/** The course's settings: α = 10, β = 40, λ[l] = 0.2 (two of its five layers), G = C. */
function course(options: Partial<StyleOptions> = {}): NeuralStyle {
  const [c, s] = [image(C), image(S)];
  const nst = new NeuralStyle(backbone, c, s, {
    ...defaultStyleOptions,
    init: 'content',
    contentLayer: 'a',
    styleLayers: [
      { node: 'a', weight: 0.2 },
      { node: '2a', weight: 0.2 },
    ],
    ...options,
  });
  tf.dispose([c, s]);
  return nst;
}

// Gram at "a": C [[10, 14], [14, 20]], S [[10, 17], [17, 29]]; differences 3, 3, 9 -> 99.
// J_style[a] = 99 / (2 n_H n_W n_C)² = 99 / 64; at "2a" every Gram is 4 times: 16 * 99 / 64.
// J_style = 0.2 * 99 / 64 + 0.2 * 16 * 99 / 64 = 5.259375; J_content = 0 as G = C.
const jStyle = 0.2 * (99 / 64) + 0.2 * ((16 * 99) / 64);

describe('NeuralStyle reports the course’s costs', () => {
  it('J = α J_content + β J_style with α = 10, β = 40, in the course’s units', () => {
    const nst = course();
    const costs = nst.evaluate();
    expect(costs.content).toBe(0);
    expect(costs.style).toBeCloseTo(jStyle, 5);
    expect(costs.total).toBeCloseTo(10 * 0 + 40 * jStyle, 4);
    // J_TV: horizontal neighbours only (n_H = 1): (3 - 1)² + (4 - 2)² = 8; γ = 0 adds nothing.
    expect(costs.tv).toBe(8);
    expect(costs.objective).toBeCloseTo(costs.total, 4);
    nst.dispose();
  });

  it('after a step, the costs are the course’s formulas on the new G', async () => {
    const nst = course({ learningRate: 0.5 });
    nst.step();
    const g = nst.image();
    const gv = Array.from(await g.data());
    g.dispose();
    const costs = nst.evaluate();
    const content = C.reduce((sum, c, i) => sum + (c - gv[i]!) ** 2, 0) / (4 * 1 * 2 * 2);
    const style = [1, 2].reduce((sum, scale) => {
      const diff = gram(S.map((v) => v * scale)).map(
        (v, i) => v - gram(gv.map((x) => x * scale))[i]!,
      );
      return sum + (0.2 * diff.reduce((d, v) => d + v * v, 0)) / (2 * 1 * 2 * 2) ** 2;
    }, 0);
    expect(content).toBeGreaterThan(0);
    expect(costs.content).toBeCloseTo(content, 4);
    expect(costs.style).toBeCloseTo(style, 3);
    expect(costs.total).toBeCloseTo(10 * content + 40 * style, 2);
    nst.dispose();
  });

  it('γ J_TV is added to what is lowered, not to J', () => {
    const nst = course({ tvWeight: 0.5 });
    const costs = nst.evaluate();
    expect(costs.total).toBeCloseTo(40 * jStyle, 4);
    expect(costs.objective).toBeCloseTo(40 * jStyle + 0.5 * 8, 4);
    nst.dispose();
  });

  it('normalisation divides each cost by its value for zero activations, J stays in course units', () => {
    const nst = course({ normalise: true });
    const costs = nst.evaluate();
    expect(costs.total).toBeCloseTo(40 * jStyle, 4);
    // Zero activations: J_style[a] = ΣG(S)² / 64 = (100 + 2 * 289 + 841) / 64 = 1519 / 64, and 16
    // times that at "2a"; so each layer gives 99 / 1519: 40 * (0.2 + 0.2) * 99 / 1519.
    expect(costs.objective).toBeCloseTo((40 * 0.4 * 99) / 1519, 5);
    nst.dispose();
  });

  it('leaves no tensors behind', () => {
    const before = tf.memory().numTensors;
    const nst = course({ normalise: true, tvWeight: 1 });
    nst.step();
    nst.evaluate();
    nst.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

/** Gram matrix of a [1, 1, 2, 2] activation given as 4 numbers, row by row. */
function gram(a: number[]): number[] {
  const [p, q, r, s] = a as [number, number, number, number]; // positions [p, q] and [r, s]
  return [p * p + r * r, p * q + r * s, q * p + s * r, q * q + s * s];
}
