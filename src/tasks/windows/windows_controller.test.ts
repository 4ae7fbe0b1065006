import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import { slidingWindows } from '../../vision/sliding_windows';
import type { WindowScan } from './window_scan_result';
import { WindowsController } from './windows_controller.svelte';
import type { WindowsResult } from './windows_result';

// Two sizes on a 100 x 60 frame: 50 px windows (3 x 1, stride 20) then 20 px (5 x 3).
const { windows, grids } = slidingWindows({ width: 100, height: 60 }, [50, 20], 20);
const scanGrids = grids.map((g, i) => ({
  size: g.size,
  strideX: 20,
  strideY: 20,
  rows: g.rows,
  cols: g.cols,
  first: i === 0 ? 0 : 3,
}));
// ŷ = [object, background]: the second window is the object, surely in the naive scan.
const scan = (mode: WindowScan['mode'], objectness: number): WindowScan => ({
  mode,
  grids: scanGrids,
  windows,
  probabilities: windows.map((_, i) => (i === 1 ? [objectness, 1 - objectness] : [0.1, 0.9])),
  candidates: [],
  detections: [],
  backboneRuns: mode === 'naive' ? windows.length : 2,
  milliseconds: mode === 'naive' ? 90 : 10,
});
const result: WindowsResult = {
  frame: { width: 100, height: 60 },
  labels: ['cup', 'background'],
  naive: scan('naive', 0.9),
  convolutional: scan('convolutional', 0.7),
  speedUp: 9,
};

function controller(r: WindowsResult | null = result, lab = {} as LabContext) {
  const c = new WindowsController(lab);
  c.windows.settings.backgroundClass = 1;
  Object.defineProperty(c, 'result', { get: () => r });
  return c;
}

describe('WindowsController', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    { threshold: 0.6, counts: 'naive: 1, convolutional: 1' },
    { threshold: 0.8, counts: 'naive: 1, convolutional: 0' },
    { threshold: 0.95, counts: 'naive: 0, convolutional: 0' },
  ])('re-picks the boxes at threshold $threshold without scanning: $counts', (c) => {
    const windows = controller();
    windows.windows.settings.scoreThreshold = c.threshold;
    expect(windows.summary).toBe(c.counts);
    expect(windows.published?.scans.map((s) => s.detections.length).join()).toBe(
      windows.rows.map((r) => r.detections.length).join(),
    );
  });

  it.each([
    { size: 0, tap: { x: 44, y: 30 }, window: { scale: 0, row: 0, col: 1 } },
    { size: 1, tap: { x: 95, y: 55 }, window: { scale: 1, row: 2, col: 4 } },
  ])('a tap at $tap picks the nearest window of size $size in both scans', (c) => {
    const windows = controller();
    expect(windows.published?.picked).toBeNull();
    windows.heatSize = c.size;
    windows.tap(c.tap);
    expect(windows.published?.picked?.naive).toMatchObject(c.window);
    expect(windows.published?.picked?.convolutional).toMatchObject(c.window);
  });

  it('publishes both scans, and nothing before the first', () => {
    expect(controller(null).published).toBeNull();
    expect(controller(null).summary).toBe('');
    expect(controller().published?.scans.map(({ detections: _, ...s }) => s)).toEqual([
      { mode: 'naive', windows: 18, backboneRuns: 18, milliseconds: 90, grids: scanGrids },
      { mode: 'convolutional', windows: 18, backboneRuns: 2, milliseconds: 10, grids: scanGrids },
    ]);
  });

  it.each([
    { sizes: [224], stride: 32, aligned: true },
    { sizes: [224], stride: 16, aligned: false },
    { sizes: [112], stride: 16, aligned: true },
  ])('a stride of $stride px at $sizes px lines up with the network: $aligned', (c) => {
    const grid = { ...scanGrids[0]!, size: c.sizes[0]!, strideX: c.stride };
    const naive = { ...result.naive, grids: [grid] };
    expect(controller({ ...result, naive }).strides).toEqual({
      stride: c.stride,
      step: c.sizes[0]! / 7,
      aligned: c.aligned,
    });
  });

  it('asks for a picture when there is none to scan, and reports a failed freeze', async () => {
    // A page whose canvases cannot draw: freezing a camera frame fails.
    vi.stubGlobal('document', { createElement: () => ({ getContext: () => null }) });
    const onError = vi.fn();
    const still = { kind: 'image', frame: () => null };
    const lab = { source: still, i18n: { t: (k: string) => k }, onError } as unknown as LabContext;
    const windows = controller(result, lab);
    windows.live = true;
    await windows.scan();
    expect(windows.message).toBe('windows.needPicture');
    expect(windows.live).toBe(false);

    const camera = { kind: 'camera', mirrored: false, frame: () => ({ width: 4, height: 4 }) };
    const broken = { ...lab, source: camera } as unknown as LabContext;
    await controller(result, broken).scan();
    expect(onError).toHaveBeenCalledWith(new Error('This browser cannot draw on a canvas.'));
  });
});
