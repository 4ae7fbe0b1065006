import { describe, expect, it } from 'vitest';
import { alexNet, leNet5, vgg16 } from './classic_networks';
import { layerRow, layerTable } from './layer_table';

describe('layerTable', () => {
  it("gives LeNet-5's shapes and about 60 k parameters, as the course draws it", () => {
    const table = layerTable(leNet5.input, leNet5.layers);
    expect(table.rows.map((r) => r.shape)).toEqual([
      [28, 28, 6],
      [14, 14, 6],
      [10, 10, 16],
      [5, 5, 16],
      [120],
      [84],
      [10],
    ]);
    // 156 + 2416 + 48120 + 10164 + 850, by hand.
    expect(table.rows.map((r) => r.parameters)).toEqual([156, 0, 2416, 0, 48120, 10164, 850]);
    expect(table.parameters).toBe(61706);
  });

  it("gives AlexNet's 55x55x96 ... 6x6x256 = 9216 and about 60 M parameters", () => {
    const table = layerTable(alexNet.input, alexNet.layers);
    expect(table.rows.map((r) => r.shape)).toEqual([
      [55, 55, 96],
      [27, 27, 96],
      [27, 27, 256],
      [13, 13, 256],
      [13, 13, 384],
      [13, 13, 384],
      [13, 13, 256],
      [6, 6, 256],
      [4096],
      [4096],
      [1000],
    ]);
    expect(table.rows[0]?.parameters).toBe((11 * 11 * 3 + 1) * 96);
    expect(table.rows[8]?.parameters).toBe((9216 + 1) * 4096);
    expect(table.parameters).toBe(62_378_344);
  });

  it("gives VGG-16's 7x7x512 and 138 M parameters (138,357,544)", () => {
    const table = layerTable(vgg16.input, vgg16.layers);
    expect(table.rows.filter((r) => r.spec.kind === 'conv')).toHaveLength(13);
    expect(table.rows.filter((r) => r.spec.kind === 'fc')).toHaveLength(3);
    expect(table.rows[table.rows.length - 4]?.shape).toEqual([7, 7, 512]);
    expect(table.parameters).toBe(138_357_544);
  });

  it("counts a separable layer's depthwise and pointwise weights", () => {
    // 3x3 depthwise on 16 channels (144) + 1x1 16 -> 32 with b (544).
    const row = layerRow([104, 104, 16], {
      kind: 'separable',
      name: 'conv1',
      f: 3,
      s: 1,
      p: 'same',
      filters: 32,
    });
    expect(row.shape).toEqual([104, 104, 32]);
    expect(row.parameters).toBe(144 + 544);
    expect(row.multiplies).toBe(104 * 104 * (9 * 16 + 32 * 16));
  });

  it('says when a convolution follows a fully connected layer', () => {
    expect(() =>
      layerTable([4], [{ kind: 'conv', name: 'late', f: 3, s: 1, p: 0, filters: 2 }]),
    ).toThrow('"late" needs an n_H x n_W x n_C input, got a vector of 4.');
  });
});
