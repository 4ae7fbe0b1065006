import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerWeights } from '../../../src/tasks/convolution/conv_layer';
import { filterResponse } from '../../../src/tasks/convolution/filter_response';
import type { FilterSettings } from '../../../src/tasks/convolution/filter_settings';
import { FrameReader } from '../../../src/core/pixels/frame_reader';
import { framePicture } from '../../../src/tasks/convolution/frame_picture';
import { LiveFilter } from '../../../src/tasks/convolution/live_filter';
import { channelGap } from '../../../src/tasks/convolution/signed_colours';
import { convOutputSize } from '../../../src/vision/conv_output_size';
import { kernels, type Kernel } from '../../../src/vision/kernels';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

// Hand-checked on building.jpg (868x600, see tests/fixtures/README.md): in rows 200-340 the bright
// sky and pale frame on the left meet the dark balconies at x 150-155 (light to dark), and the
// dark balconies meet the white wall panels at x 191-196 (dark to light).
const rows = [200, 340] as const;
const lightToDark = [149, 156] as const;
const darkToLight = [190, 197] as const;
const searchFrom = 140;
const searchTo = 215;

/** The response of `kernel` at full resolution with p = 1 (output column = input column). */
async function responseRows(kernel: Kernel): Promise<number[][]> {
  const img = loadFixtureImage('building.jpg');
  const { width, height } = img;
  const { tensor: rgb } = await new FrameReader(null).read(
    { image: img, width, height },
    { outputSize: { width, height } },
  );
  const out = tf.tidy(() => {
    const x = framePicture(rgb, 'grey');
    return tf.squeeze(
      filterResponse(x, layerWeights([{ kernels: [kernel], b: 0 }]), 1, 1, null).conv,
      [0, 3],
    );
  });
  const values = (await out.array()) as number[][];
  tf.dispose([out, rgb]);
  return values.slice(rows[0], rows[1]);
}

const argBy = (row: number[], better: (a: number, b: number) => boolean) => {
  let best = searchFrom;
  for (let x = searchFrom; x < searchTo; x++) if (better(row[x]!, row[best]!)) best = x;
  return best;
};

describe('the live filter on a real photo (WASM)', () => {
  beforeAll(useWasmBackend);

  it('responds most positively at the light-to-dark vertical edge and most negatively at the dark-to-light one', async () => {
    const response = await responseRows(kernels.vertical);
    let hitsPositive = 0;
    let hitsNegative = 0;
    for (const row of response) {
      const top = argBy(row, (a, b) => a > b);
      const bottom = argBy(row, (a, b) => a < b);
      if (top >= lightToDark[0] && top <= lightToDark[1]) hitsPositive++;
      if (bottom >= darkToLight[0] && bottom <= darkToLight[1]) hitsNegative++;
    }
    // A few rows cross a balcony rail; nearly all must find the edges.
    expect(hitsPositive / response.length).toBeGreaterThan(0.9);
    expect(hitsNegative / response.length).toBeGreaterThan(0.9);
  });

  it('the horizontal filter barely answers on those vertical edges', async () => {
    const meanAbsAt = (m: number[][], [a, b]: readonly [number, number]) =>
      m.reduce((s, row) => s + Math.max(...row.slice(a, b + 1).map(Math.abs)), 0) / m.length;
    const vertical = await responseRows(kernels.vertical);
    const horizontal = await responseRows(kernels.horizontal);
    expect(meanAbsAt(vertical, darkToLight)).toBeGreaterThan(1.5); // of at most 3 on 0-1 input
    expect(meanAbsAt(horizontal, darkToLight)).toBeLessThan(meanAbsAt(vertical, darkToLight) / 4);
  });

  // One filter, the kernel copied to every channel, b = 0, no ReLU, unless `over` says otherwise.
  const settings = (over: Partial<FilterSettings> = {}): FilterSettings => {
    const kernel = over.kernel ?? kernels.vertical;
    const nC = over.channels === 'rgb' ? 3 : 1;
    return {
      kernel,
      channels: 'grey',
      filters: [{ kernels: Array.from({ length: nC }, () => kernel), b: 0 }],
      relu: false,
      p: 0,
      s: 1,
      pool: null,
      longSide: 320,
      ...over,
    };
  };
  const rgbLayer = {
    channels: 'rgb' as const,
    filters: [
      { kernels: [kernels.vertical, kernels.horizontal, kernels.sharpen], b: 0.5 },
      { kernels: [kernels.sobelY, kernels.sobelY, kernels.sobelY], b: -1 },
      { kernels: [kernels.boxBlur, kernels.scharrX, kernels.vertical], b: 0 },
    ],
    relu: true,
  };

  it.each([
    [{ p: 0, s: 1 }],
    [{ p: 1, s: 1 }],
    [{ p: 2, s: 2 }],
    [{ p: 0, s: 3, channels: 'rgb' as const }],
    [
      {
        p: 2,
        s: 1,
        kernel: [
          [1, 0, 0, 0, -1],
          [1, 0, 0, 0, -1],
          [1, 0, 0, 0, -1],
          [1, 0, 0, 0, -1],
          [1, 0, 0, 0, -1],
        ],
      },
    ],
    [{ p: 1, s: 1, pool: { kind: 'max' as const, f: 2, s: 2 } }],
    [{ p: 0, s: 2, pool: { kind: 'avg' as const, f: 3, s: 1 } }],
    [{ p: 1, s: 2, ...rgbLayer }],
    [{ p: 1, s: 1, pool: { kind: 'max' as const, f: 2, s: 2 }, ...rgbLayer }],
  ])('reports tensor shapes that agree with floor((n + 2p - f) / s) + 1 for %j', async (over) => {
    const img = loadFixtureImage('building.jpg');
    const filter = new LiveFilter(() => settings(over));
    const { result, timings } = await filter.run({
      image: img,
      width: img.width,
      height: img.height,
    });
    const s = settings(over);
    const f = s.kernel.length;
    const nC = s.channels === 'rgb' ? 3 : 1;
    const nCPrime = s.filters.length;
    expect(result.shapes.input).toEqual([1, 221, 320, nC]);
    expect(result.layer).toEqual({
      filters: nCPrime,
      b: s.filters.map((filter) => filter.b),
      relu: s.relu,
      parameters: (f * f * nC + 1) * nCPrime,
    });
    const convH = convOutputSize(221, f, s.p, s.s);
    const convW = convOutputSize(320, f, s.p, s.s);
    expect(result.shapes.conv).toEqual([1, convH, convW, nCPrime]);
    expect(result.shapes.convFormula).toEqual([convH, convW]);
    if (s.pool) {
      const poolH = convOutputSize(convH, s.pool.f, 0, s.pool.s);
      const poolW = convOutputSize(convW, s.pool.f, 0, s.pool.s);
      expect(result.shapes.pool).toEqual([1, poolH, poolW, nCPrime]);
      expect(result.shapes.poolFormula).toEqual([poolH, poolW]);
    }
    const out = result.shapes.pool ?? result.shapes.conv;
    // The n_C' output channels side by side, channelGap pixels apart.
    const width = out[2]! * nCPrime + channelGap * (nCPrime - 1);
    expect(result.outputImage.width).toBe(width);
    expect(result.outputImage.height).toBe(out[1]);
    expect(result.outputImage.data).toHaveLength(out[1]! * width * 4);
    expect(result.inputImage.data).toHaveLength(221 * 320 * 4);
    expect(result.maxPositive).toBeGreaterThan(0.5);
    // ReLU leaves nothing below 0; without it, dark-to-light edges answer negatively.
    if (s.relu) expect(result.maxNegative).toBe(0);
    else expect(result.maxNegative).toBeLessThan(-0.5);
    expect(timings.inference).toBeGreaterThanOrEqual(0);
  });

  it('colours the output: orange where the response is positive, blue where negative', async () => {
    const img = loadFixtureImage('building.jpg');
    const filter = new LiveFilter(() => settings({ longSide: 868, p: 1 }));
    const { result } = await filter.run({ image: img, width: img.width, height: img.height });
    const { data, width } = result.outputImage;
    const px = (x: number, y: number) =>
      Array.from(data.slice((y * width + x) * 4, (y * width + x) * 4 + 4));
    // Strongest pixel of row 270 around each edge.
    const around = ([a, b]: readonly [number, number]) =>
      Array.from({ length: b - a + 1 }, (_, i) => px(a + i, 270)).sort(
        (u, v) => v[0]! + v[2]! - u[0]! - u[2]!,
      )[0]!;
    const orange = around(lightToDark);
    const blue = around(darkToLight);
    expect(orange[0]).toBeGreaterThan(orange[2]! + 60); // red over blue
    expect(blue[2]).toBeGreaterThan(blue[0]! + 60);
  });

  it('leaks no tensors over 20 runs', async () => {
    const img = loadFixtureImage('building.jpg');
    const filter = new LiveFilter(() =>
      settings({ p: 1, pool: { kind: 'max', f: 2, s: 2 }, ...rgbLayer }),
    );
    const frame = { image: img, width: img.width, height: img.height };
    await filter.run(frame);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) await filter.run(frame);
    expect(tf.memory().numTensors).toBe(before);
  });
});
