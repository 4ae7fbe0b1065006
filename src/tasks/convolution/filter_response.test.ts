import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2dReference, pool2dReference } from '../../vision/conv2d_reference';
import { convOutputSize } from '../../vision/conv_output_size';
import { kernels } from '../../vision/kernels';
import { filterResponse, filterTensor } from './filter_response';

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
    const r = filterResponse(x, filterTensor(kernel, 1), p, s, pool);
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
      return filterResponse(x, filterTensor(kernels.vertical, 3), 0, 1, null).conv;
    });
    expect(await matrix(out)).toEqual(Array.from({ length: 4 }, () => [0, 90, 90, 0]));
    out.dispose();
  });
});
