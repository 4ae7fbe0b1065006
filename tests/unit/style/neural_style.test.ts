import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DifferentiableBackbone } from '../../../src/tasks/style/differentiable_backbone';
import { defaultStyleOptions, NeuralStyle } from '../../../src/tasks/style/neural_style';
import { defaultContentLayer, styleLayerChoices } from '../../../src/tasks/style/style_layers';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { wasmStyleBackbone } from '../../helpers/style_backbone';

function photo(name: string, size: number): tf.Tensor4D {
  const img = loadFixtureImage(name);
  return tf.tidy(
    () =>
      tf.expandDims(
        tf.image.resizeBilinear(tf.browser.fromPixels(img, 3), [size, size]),
        0,
      ) as tf.Tensor4D,
  );
}

describe('NeuralStyle on real photos (WASM, 128 px)', () => {
  let backbone: DifferentiableBackbone;

  beforeAll(async () => {
    backbone = await wasmStyleBackbone();
  });
  afterAll(() => backbone?.dispose());

  // The course's α = 10, β = 40, λ[l] = 0.2 in its units; and the same with each cost normalised.
  it.each([false, true])(
    '30 iterations lower J clearly and bring G’s style cost down, with no tensor growth (normalise: %s)',
    async (normalise) => {
      const content = photo('messi5.jpg', 128);
      const style = photo('starry_night.jpg', 128);
      const before = tf.memory().numTensors;
      const nst = new NeuralStyle(backbone, content, style, {
        ...defaultStyleOptions,
        normalise,
        contentLayer: defaultContentLayer,
        styleLayers: styleLayerChoices.map((l) => ({ node: l.node, weight: 0.2 })),
      });
      const start = nst.evaluate();
      const first = nst.step();
      const tensors = tf.memory().numTensors;
      let last = first;
      const t0 = performance.now();
      for (let i = 1; i < 30; i++) last = nst.step();
      const perIteration = (performance.now() - t0) / 29;
      console.info('style 128px', {
        normalise,
        start,
        last,
        msPerIteration: perIteration.toFixed(0),
      });
      expect(tf.memory().numTensors).toBe(tensors);
      expect(last.total).toBeLessThan(start.total * 0.5);
      expect(last.style).toBeLessThan(start.style * 0.5);
      nst.dispose();
      expect(tf.memory().numTensors, 'tensors left by a disposed optimisation').toBe(before);
      tf.dispose([content, style]);
    },
  );
});
