import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2dReference, pool2dReference } from '../../vision/conv2d_reference';
import { convOutputSize } from '../../vision/conv_output_size';
import { kernels } from '../../vision/kernels';
import { layerParameterCount, layerWeights, type LayerFilter } from './conv_layer';
import { filterResponse } from './filter_response';

const stepEdge = Array.from({ length: 6 }, () => [10, 10, 10, 0, 0, 0]);
const ramp = Array.from({ length: 9 }, (_, r) =>
  Array.from({ length: 11 }, (_, c) => (r * 7 + c * c) % 13),
);

async function matrix(t: tf.Tensor): Promise<number[][]> {
  const m = tf.squeeze(t, [0, 3]);
  const values = (await m.array()) as number[][];
  m.dispose();
  return values;
}

async function run(
  input: number[][],
  kernel: number[][],
  p: number,
  s: number,
  pool = null as Parameters<typeof filterResponse>[4],
) {
  const [conv, pooled] = tf.tidy(() => {
    const x = tf.tensor4d(input.flat(), [1, input.length, input[0]!.length, 1]);
    const r = filterResponse(x, layerWeights([{ kernels: [kernel], b: 0 }]), p, s, pool);
    return r.pooled ? [r.conv, r.pooled] : [r.conv];
  }) as [tf.Tensor4D, tf.Tensor4D?];
  const toMatrix = async (t: tf.Tensor | null) => (t ? await matrix(t) : null);
  const out = {
    conv: await toMatrix(conv!),
    pooled: await toMatrix(pooled ?? null),
    shape: conv!.shape,
  };
  tf.dispose([conv!, pooled!]);
  return out;
}

describe('filterResponse (tf.conv2d with explicit padding) agrees with the hand reference', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it("gives the course's 4x4 with 30 in the middle two columns for the 6x6 step edge", async () => {
    const { conv } = await run(stepEdge, kernels.vertical, 0, 1);
    expect(conv).toEqual(Array.from({ length: 4 }, () => [0, 30, 30, 0]));
  });

  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [0, 2],
    [1, 2],
    [3, 3],
  ])('on a 9x11 input with p=%i s=%i', async (p, s) => {
    for (const kernel of [kernels.sobelX, kernels.sharpen]) {
      const { conv, shape } = await run(ramp, kernel, p, s);
      const want = conv2dReference(ramp, kernel, { p, s });
      expect(shape).toEqual([1, convOutputSize(9, 3, p, s), convOutputSize(11, 3, p, s), 1]);
      conv!.flat().forEach((v, i) => expect(v).toBeCloseTo(want.flat()[i]!, 4));
    }
  });

  it.each(['max', 'avg'] as const)('%s-pools the convolution like the reference', async (kind) => {
    const { conv, pooled } = await run(ramp, kernels.vertical, 1, 1, { kind, f: 2, s: 2 });
    const want = pool2dReference(conv!, kind, 2, 2);
    expect(pooled!.length).toBe(want.length);
    pooled!.flat().forEach((v, i) => expect(v).toBeCloseTo(want.flat()[i]!, 4));
  });

  it('sums an RGB filter over the three channels', async () => {
    const out = tf.tidy(() => {
      const channels = [stepEdge, stepEdge, stepEdge].map((c) => tf.tensor2d(c));
      const x = tf.expandDims(tf.stack(channels, 2), 0) as tf.Tensor4D;
      return filterResponse(
        x,
        layerWeights([{ kernels: [1, 2, 3].map(() => kernels.vertical), b: 0 }]),
        0,
        1,
        null,
      ).conv;
    });
    expect(await matrix(out)).toEqual(Array.from({ length: 4 }, () => [0, 90, 90, 0]));
    out.dispose();
  });
});

describe("one layer (the course's n_C' filters of f x f x n_C, + b, ReLU)", () => {
  beforeAll(() => tf.setBackend('cpu'));

  // Three different channels, so a kernel meeting the wrong channel shows.
  const red = stepEdge;
  const green = stepEdge.map((row) => row.map((v, c) => v * (c % 2)));
  const blue = stepEdge.map((row, r) => row.map((v) => (r < 3 ? v : 0)));
  const reference = (kernels: number[][][]) => {
    const maps = [red, green, blue].map((ch, c) =>
      conv2dReference(ch, kernels[c]!, { p: 1, s: 1 }),
    );
    return maps[0]!.map((row, r) => row.map((_, c) => maps.reduce((sum, m) => sum + m[r]![c]!, 0)));
  };

  async function layer(filters: LayerFilter[], relu: boolean) {
    const out = tf.tidy(() => {
      const x = tf.expandDims(
        tf.stack(
          [red, green, blue].map((c) => tf.tensor2d(c)),
          2,
        ),
        0,
      );
      const b = filters.map((f) => f.b);
      return filterResponse(x as tf.Tensor4D, layerWeights(filters), 1, 1, null, { b, relu }).conv;
    });
    const values = (await out.array()) as number[][][][];
    out.dispose();
    return values[0]!; // [out_H][out_W][n_C']
  }

  it('gives each channel its own kernel and each filter its own output channel, + b, ReLU', async () => {
    const first = [kernels.vertical, kernels.horizontal, kernels.sharpen];
    const second = [kernels.sobelY, kernels.boxBlur, kernels.scharrX];
    for (const relu of [false, true]) {
      const out = await layer(
        [
          { kernels: first, b: -4 },
          { kernels: second, b: 2.5 },
        ],
        relu,
      );
      const want = [reference(first), reference(second)];
      const bias = [-4, 2.5];
      expect(out.length).toBe(6); // p = 1, f = 3: same size
      out.forEach((row, r) =>
        row.forEach((channels, c) => {
          expect(channels.length).toBe(2);
          channels.forEach((v, k) => {
            const z = want[k]![r]![c]! + bias[k]!;
            expect(v).toBeCloseTo(relu ? Math.max(0, z) : z, 4);
          });
        }),
      );
    }
  });

  it('refuses filters whose kernels do not match the input channels', () => {
    expect(() =>
      layerWeights([
        { kernels: [kernels.vertical], b: 0 },
        { kernels: [], b: 0 },
      ]),
    ).toThrow('Filter 2 has 0 kernels; the input has 1.');
    expect(() => layerWeights([{ kernels: [[[1]], kernels.vertical], b: 0 }])).toThrow(
      'Filter 1, channel 2 is not 1x1.',
    );
  });

  it.each([
    // f, n_C, n_C', parameters: the course's 10 filters of 3 x 3 x 3 have 280
    [3, 3, 10, 280],
    [3, 1, 1, 10],
    [5, 3, 4, 304],
    [1, 192, 32, 6176],
  ])('f = %i, n_C = %i, n_C′ = %i: %i parameters', (f, nC, nCPrime, want) => {
    expect(layerParameterCount(f, nC, nCPrime)).toBe(want);
  });
});
