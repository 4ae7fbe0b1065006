import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import jpeg from 'jpeg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DifferentiableBackbone } from '../../../src/tasks/style/differentiable_backbone';
import { styleNetForward, styleNetParameterCount } from '../../../src/tasks/style/feed_forward_net';
import { LiveStyleTask } from '../../../src/tasks/style/live_style_task';
import { liveStyles } from '../../../src/tasks/style/live_styles';
import { FrameReader } from '../../../src/core/pixels/frame_reader';
import { squareImage } from '../../../src/tasks/style/square_image';
import { contentCost, gramMatrix, layerStyleCost } from '../../../src/tasks/style/style_costs';
import { decodeStyleNet } from '../../../src/tasks/style/style_net_file';
import { defaultContentLayer, styleLayerChoices } from '../../../src/tasks/style/style_layers';
import { trainableConv } from '../../../src/tasks/style/trainable_conv';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { wasmStyleBackbone } from '../../helpers/style_backbone';
import { useWasmBackend } from '../../helpers/wasm_backend';

const root = new URL('../../../', import.meta.url);
function trainedWeights(id: string): tf.NamedTensorMap {
  const json: unknown = JSON.parse(readFileSync(new URL(`public/styles/${id}.json`, root), 'utf8'));
  const bin = readFileSync(new URL(`public/styles/${id}.bin`, root));
  return decodeStyleNet(json, bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
}

function square(name: string, size: number): tf.Tensor4D {
  const img = loadFixtureImage(name);
  return squareImage(
    new FrameReader(null),
    { image: img, width: img.width, height: img.height },
    size,
  );
}

/** J_style(S, x) and J_content(C, x), each relative to an all-zero picture's, as in training. */
function costs(backbone: DifferentiableBackbone, s: tf.Tensor4D, c: tf.Tensor4D, x: tf.Tensor4D) {
  return tf.tidy(() => {
    const layers = styleLayerChoices.map((l) => l.node);
    const all = [defaultContentLayer, ...layers];
    const [aS, aC, aX] = [s, c, x].map((t) => backbone.forward(t, all));
    const rel = (l: string) => {
      const g = gramMatrix(aS!.get(l)!);
      const cost = layerStyleCost(g, aX!.get(l)!).dataSync()[0]!;
      return cost / layerStyleCost(g, tf.zerosLike(aX!.get(l)!)).dataSync()[0]!;
    };
    const style = layers.reduce((sum, l) => sum + rel(l), 0) / layers.length;
    const target = aC!.get(defaultContentLayer)!;
    const content =
      contentCost(target, aX!.get(defaultContentLayer)!).dataSync()[0]! /
      contentCost(target, tf.zerosLike(target)).dataSync()[0]!;
    return { style, content };
  });
}

describe('the feed-forward style network', () => {
  beforeAll(useWasmBackend);

  it('has the issue’s size: about 70k weights', () => {
    expect(styleNetParameterCount()).toBeGreaterThan(60_000);
    expect(styleNetParameterCount()).toBeLessThan(75_000);
  });

  it('gives the same picture through tf.conv2d and the trainable convolution', () => {
    const w = trainedWeights('starry_night');
    const x = square('fruits.jpg', 64);
    const diff = tf.tidy(() =>
      tf.max(tf.abs(tf.sub(styleNetForward(w, x), styleNetForward(w, x, trainableConv)))),
    );
    expect(diff.dataSync()[0]).toBeLessThan(0.01);
    tf.dispose([x, diff, ...Object.values(w)]);
  });

  it.each([
    { json: { format: 'other' }, bytes: 0, message: 'This is not a ConvLens style network' },
    {
      json: { format: 'convlens-style-net', version: 1, style: 'x', weightsManifest: [] },
      bytes: 8,
      message: 'The style network "x" has 8 bytes of weights; its manifest needs 0.',
    },
    {
      json: {
        format: 'convlens-style-net',
        version: 1,
        style: 'x',
        weightsManifest: [
          { paths: ['x.bin'], weights: [{ name: 'conv1/w', shape: [2], dtype: 'float32' }] },
        ],
      },
      bytes: 8,
      message: 'The style network "x" has shape 2 for conv1/w; expected 9x9x3x8.',
    },
  ])('rejects a bad file: $message', ({ json, bytes, message }) => {
    expect(() => decodeStyleNet(json, new ArrayBuffer(bytes))).toThrow(message);
  });
});

describe('trained style networks on a real photo (WASM, 128 px)', () => {
  let backbone: DifferentiableBackbone;

  beforeAll(async () => {
    backbone = await wasmStyleBackbone();
  });
  afterAll(() => backbone?.dispose());

  it.each(liveStyles.map((s) => ({ id: s.id, image: s.image.replace('./styles/', '') })))(
    '$id: f_W(photo) is closer to the style than the photo, and keeps its content',
    ({ id, image }) => {
      const weights = trainedWeights(id);
      const photo = square('building.jpg', 128);
      const styleImage = readFileSync(new URL(`public/styles/${image}`, root));
      const s = styleTensor(styleImage);
      const out = tf.tidy(() => styleNetForward(weights, photo));
      const before = costs(backbone, s, photo, photo);
      const after = costs(backbone, s, photo, out);
      console.info(id, { before, after });
      expect(after.style).toBeLessThan(before.style * 0.6);
      expect(after.content).toBeLessThan(0.8);
      tf.dispose([photo, s, out, ...Object.values(weights)]);
    },
  );

  it('runs as a LabTask on RGBA frames with no tensor growth', async () => {
    const img = loadFixtureImage('messi5.jpg');
    const task = new LiveStyleTask('starry_night', trainedWeights('starry_night'), () => ({
      size: 128,
    }));
    const frame = { image: img, width: img.width, height: img.height };
    const first = await task.run(frame);
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await task.run(frame);
    expect(tf.memory().numTensors).toBe(tensors);
    const r = first.result;
    expect([r.width, r.height]).toEqual([128, 80]);
    expect(r.pixels.length).toBe(128 * 80 * 4);
    expect(r.frame).toEqual({ width: img.width, height: img.height });
    expect(r.meanChange).toBeGreaterThan(10);
    expect(first.timings.inference).toBeGreaterThan(0);
    task.dispose();
  });
});

function styleTensor(bytes: Buffer): tf.Tensor4D {
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const image = { data: img.data, width: img.width, height: img.height };
  return squareImage(new FrameReader(null), { image, width: img.width, height: img.height }, 128);
}
