import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '../../core/loop/test_fakes';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import { ConvolutionController } from './convolution_controller.svelte';
import type { ConvolutionResult } from './convolution_task';

const image = (width: number, height: number) => ({
  width,
  height,
  data: new Uint8ClampedArray(width * height * 4),
});
const filterResult: ConvolutionResult = {
  kind: 'filter',
  frame: { width: 640, height: 480 },
  f: 3,
  p: 0,
  s: 1,
  layer: { filters: 1, b: [0], relu: false, parameters: 10 },
  shapes: {
    input: [1, 240, 320, 1],
    conv: [1, 238, 318, 1],
    convFormula: [238, 318],
    pool: [1, 119, 159, 1],
    poolFormula: [119, 159],
  },
  maxPositive: 1.5,
  maxNegative: -0.25,
  inputImage: image(320, 240),
  outputImage: image(318, 238),
};
const featureResult: ConvolutionResult = {
  kind: 'features',
  frame: { width: 640, height: 480 },
  node: 'tower_0/MobilenetV3/expanded_conv_1/depthwise',
  block: 'depthwise',
  inputShape: [1, 224, 224, 3],
  shape: [1, 56, 56, 64],
  shown: 16,
  grid: image(232, 232),
};

const i18n = { t: (key: string, values?: object) => `${key} ${JSON.stringify(values ?? {})}` };

function controller(result: ConvolutionResult | null, lab: Partial<LabContext> = {}) {
  const conv = new ConvolutionController({ i18n, ...lab } as unknown as LabContext);
  Object.defineProperty(conv, 'result', { get: () => result });
  return conv;
}

describe('ConvolutionController', () => {
  it('publishes a filter result without its pixels', () => {
    const conv = controller(filterResult);
    expect(conv.published).toEqual({
      kind: 'filter',
      frame: filterResult.frame,
      f: 3,
      p: 0,
      s: 1,
      layer: filterResult.layer,
      shapes: filterResult.shapes,
      maxPositive: 1.5,
      maxNegative: -0.25,
    });
    expect(conv.filterResult).toBe(filterResult);
    expect(conv.featureResult).toBeNull();
    expect(conv.summary()).toBe(
      'convolution.summary {"height":119,"width":159,"max":"1.50","min":"-0.25"}',
    );
  });

  it('publishes feature maps with the grid as its size', () => {
    const conv = controller(featureResult);
    expect(conv.published).toEqual({
      ...featureResult,
      grid: undefined,
      gridSize: [232, 232],
    });
    expect(conv.summary()).toBe(
      'convolution.features.summary {"layer":"tower_0/MobilenetV3/expanded_conv_1/depthwise","shape":"[1, 56, 56, 64]"}',
    );
    expect(controller(null).summary()).toBe('convolution.summaryNone {}');
    expect(controller(null).published).toBeNull();
  });

  it("loads the backbone through the lab's loader once, when the feature maps first open", async () => {
    const model = { dispose: vi.fn() };
    const loadGraphModel = vi.fn(async () => model);
    const conv = controller(null, { loadGraphModel } as unknown as Partial<LabContext>);
    conv.chooseMode('steps');
    expect(conv.backbonePhase.kind).toBe('idle');
    conv.chooseMode('features');
    conv.chooseMode('filter');
    conv.chooseMode('features');
    await flushPromises();
    expect(conv.mode).toBe('features');
    expect(conv.backbonePhase.kind).toBe('ready');
    expect(loadGraphModel).toHaveBeenCalledOnce();
    expect(loadGraphModel).toHaveBeenCalledWith('centernet', expect.any(Function), {
      inputShape: [-1, -1, -1, 3],
      warmUp: false,
    });
  });
});
