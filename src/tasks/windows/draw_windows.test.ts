import { describe, expect, it } from 'vitest';
import { recordingContext, type RecordingContext } from '../../render/recording_context';
import { drawWindows, type WindowsDrawOptions } from './draw_windows';
import type { WindowScan } from './window_scan_result';

/** The rectangles filled and stroked, with the opacity of each fill. */
function rects(r: RecordingContext) {
  return r.calls
    .filter((c) => c.op === 'fillRect' || c.op === 'strokeRect')
    .map((c) => {
      const [x, y, w, h] = c.args as number[];
      return {
        op: c.op === 'fillRect' ? 'fill' : 'stroke',
        x,
        y,
        w,
        h,
        alpha: c.state.globalAlpha,
      };
    });
}

const scan: WindowScan = {
  mode: 'naive',
  grids: [{ size: 20, strideX: 10, strideY: 10, rows: 1, cols: 3, first: 0 }],
  windows: [0, 10, 20].map((x, col) => ({
    box: { x1: x, y1: 0, x2: x + 20, y2: 20 },
    scale: 0,
    row: 0,
    col,
  })),
  probabilities: [
    [0.5, 0.5],
    [1, 0],
    [0, 1],
  ],
  candidates: [],
  detections: [{ box: { x1: 10, y1: 0, x2: 30, y2: 20 }, score: 1, classIndex: 0 }],
  backboneRuns: 3,
  milliseconds: 1,
};
const view = { width: 100, height: 40, mirror: false };

const draw = (options: Partial<WindowsDrawOptions>, mirror = false) => {
  const r = recordingContext({ width: 100, height: 40, clientWidth: 100 });
  drawWindows(
    r.ctx,
    scan,
    { ...view, mirror },
    { grid: 0, classIndex: 0, shown: 3, labels: ['cat', 'bg'], ...options },
  );
  return r;
};

describe('drawWindows', () => {
  it('paints the heat cells of the windows shown so far and outlines the current window', () => {
    const calls = rects(draw({ shown: 2 }));
    const fills = calls.filter((c) => c.op === 'fill');
    expect(fills.map((c) => [c.x, c.w, c.alpha])).toEqual([
      [5, 10, 0.3], // window 0: centre 10, ŷ 0.5 -> opacity 0.6 x 0.5
      [15, 10, 0.6],
    ]);
    expect(calls.filter((c) => c.op === 'stroke').map((c) => [c.x, c.w])).toEqual([[10, 20]]);
  });

  it('draws the boxes kept by NMS once every window is shown', () => {
    const calls = rects(draw({ classIndex: 1 }));
    expect(calls.filter((c) => c.op === 'fill' && c.w === 10).map((c) => c.alpha)).toEqual([
      0.3, 0, 0.6,
    ]);
    expect(calls.filter((c) => c.op === 'stroke').map((c) => [c.x, c.w])).toEqual([[10, 20]]);
  });

  it('labels each kept box with its class and score', () => {
    const texts = draw({}).of('fillText');
    expect(texts.map((c) => c.args[0])).toEqual(['cat 1.00']);
  });

  it('mirrors the heat cells in a selfie view', () => {
    expect(rects(draw({ shown: 1, labels: [] }, true))[0]).toMatchObject({
      op: 'fill',
      x: 85,
      w: 10,
    });
  });
});
