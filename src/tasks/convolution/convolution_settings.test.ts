import { describe, expect, it } from 'vitest';
import { kernels, resizeKernel } from '../../vision/kernels';
import { ConvolutionSettings } from './convolution_settings.svelte';

describe("ConvolutionSettings: the live filter as the course's one layer", () => {
  it('starts as one filter, the edited kernel on every channel, b = 0, no ReLU', () => {
    const settings = new ConvolutionSettings();
    expect(settings.snapshot()).toMatchObject({
      kernel: kernels.vertical,
      filters: [{ kernels: [kernels.vertical], b: 0 }],
      relu: false,
    });
    settings.channels = 'rgb';
    expect(settings.snapshot().filters).toEqual([
      { kernels: [kernels.vertical, kernels.vertical, kernels.vertical], b: 0 },
    ]);
  });

  it("gives each channel of each filter its own kernel, at the edited kernel's size", () => {
    const settings = new ConvolutionSettings();
    settings.channels = 'rgb';
    settings.filterCount = 3;
    settings.channelKernels[0]![1] = 'sobelY';
    settings.biases[2] = -0.5;
    settings.relu = true;
    const { filters, relu } = settings.snapshot();
    expect(relu).toBe(true);
    expect(filters.map((f) => f.b)).toEqual([0, 0, -0.5]);
    expect(filters[0]!.kernels).toEqual([kernels.vertical, kernels.sobelY, kernels.vertical]);
    expect(filters[1]!.kernels).toEqual([1, 2, 3].map(() => kernels.horizontal));
    expect(filters[2]!.kernels).toEqual([1, 2, 3].map(() => kernels.sharpen));
    settings.resize(5);
    const five = settings.snapshot().filters;
    expect(five[0]!.kernels[1]).toEqual(resizeKernel(kernels.sobelY, 5));
    expect(five.every((f) => f.kernels.every((k) => k.length === 5))).toBe(true);
    settings.channels = 'grey';
    expect(settings.snapshot().filters.map((f) => f.kernels.length)).toEqual([1, 1, 1]);
  });
});
