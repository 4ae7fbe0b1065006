import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CenternetBackbone } from '../../../src/core/models/centernet_backbone';
import { nodeModelOptions, publicModelsDir } from '../../../src/core/models/node_model_files';
import {
  backboneFieldLayers,
  defaultUnitBlocks,
  oneByOneLayer,
} from '../../../src/tasks/networks/backbone_nodes';
import { BackboneParts } from '../../../src/tasks/networks/backbone_parts';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

const frameOf = (name: string) => {
  const image = loadFixtureImage(name);
  return { image, width: image.width, height: image.height };
};

describe("centernet's field layers", () => {
  it("are the graph's spatial convolutions, block by block, with their kernels and strides", () => {
    const model = JSON.parse(
      readFileSync(join(publicModelsDir, 'human', 'centernet.json'), 'utf8'),
    ) as {
      modelTopology: {
        node: {
          name: string;
          op: string;
          input?: string[];
          attr?: { strides?: { list?: { i?: string[] } } };
        }[];
      };
      weightsManifest: { weights: { name: string; shape: number[] }[] }[];
    };
    const shapes = new Map(
      model.weightsManifest.flatMap((g) => g.weights.map((w) => [w.name, w.shape])),
    );
    // The first Conv, then each block's depthwise convolution (1x1s change no field).
    const fromGraph = model.modelTopology.node
      .filter(
        (n) =>
          n.op === 'FusedDepthwiseConv2dNative' ||
          (n.op === '_FusedConv2D' && n.name.startsWith('tower_0/MobilenetV3/Conv/')),
      )
      .filter((n) => n.name.startsWith('tower_0/MobilenetV3/'))
      .map((n) => ({
        block: n.name.split('/')[2]!,
        kernel: shapes.get(n.input![1]!)![0]!,
        stride: Number(n.attr!.strides!.list!.i![1]),
      }));
    expect(fromGraph.slice(0, backboneFieldLayers.length)).toEqual(backboneFieldLayers);
  });
});

describe('the Networks lab inside MobileNetV3 on real photos (WASM)', () => {
  let parts: BackboneParts;

  beforeAll(async () => {
    await useWasmBackend();
    parts = new BackboneParts(await CenternetBackbone.load(nodeModelOptions));
  });
  afterAll(() => parts?.dispose());

  it("computes the real 1x1 layer's output at a pixel as Σ x_i w_ik + b_k", async () => {
    const before = tf.memory().numTensors;
    const { result } = await parts.oneByOne(frameOf('building.jpg'), {
      cell: { row: 3, col: 9 },
      k: null,
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.layer).toBe(oneByOneLayer.label);
    expect(result.inputShape).toEqual([14, 14, 192]);
    expect(result.outputShape).toEqual([14, 14, 64]);
    expect(result.cell).toEqual({ row: 3, col: 9 });
    // Our dot product is the network's own output (summation order aside).
    expect(result.dot.z).toBeCloseTo(result.zGraph, 3);
    expect(Math.abs(result.zGraph)).toBeGreaterThan(0.1);
    const chosen = await parts.oneByOne(frameOf('building.jpg'), {
      cell: { row: 3, col: 9 },
      k: 5,
    });
    expect(chosen.result.dot.k).toBe(5);
    expect(chosen.result.dot.z).toBeCloseTo(chosen.result.zGraph, 3);
  });

  it('keeps the nine patches that excite a unit most, the same nine on a re-run of the same frames', async () => {
    const frames = ['building.jpg', 'chelsea.jpg', 'coffee.jpg', 'fruits.jpg'].map(frameOf);
    const run = async () => {
      parts.clearPatches();
      let last = null;
      for (const f of frames)
        last = (await parts.units(f, { blocks: defaultUnitBlocks, units: { shallow: 3, deep: 7 } }))
          .result;
      return last!.map((l) => ({
        ...l,
        patches: l.patches.map(({ value, box, frame }) => ({ value, box, frame })),
      }));
    };
    const before = tf.memory().numTensors;
    const first = await run();
    expect(tf.memory().numTensors).toBe(before);
    const [shallow, deep] = first;
    expect(shallow!.field).toEqual({ size: 19, jump: 4 });
    expect(deep!.field).toEqual({ size: 99, jump: 8 });
    for (const layer of first) {
      expect(layer.patches).toHaveLength(9);
      const values = layer.patches.map((p) => p.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    // Patches come from more than one photo: the session, not the last frame.
    expect(new Set(deep!.patches.map((p) => p.frame)).size).toBeGreaterThan(1);
    expect(await run()).toEqual(first);

    // Another layer: a deeper block sees more of the picture; its nine start afresh.
    const deeper = (
      await parts.units(frames[0]!, {
        blocks: { shallow: 'expanded_conv', deep: 'expanded_conv_9' },
        units: { shallow: 3, deep: 7 },
      })
    ).result;
    expect(deeper.map((l) => [l.block, l.field.size, l.field.jump])).toEqual([
      ['expanded_conv', 7, 2],
      ['expanded_conv_9', 211, 16],
    ]);
    expect(deeper[1]!.patches.every((p) => p.frame === 4)).toBe(true);
  });
});
