import { describe, expect, it } from 'vitest';
import { drawWindows } from './draw_windows';
import type { WindowScan } from './window_scan_result';

/** A 2D context that records the rectangles filled and stroked, with the opacity of each fill. */
function recordingContext() {
  const calls: { op: string; x: number; y: number; w: number; h: number; alpha: number }[] = [];
  const ctx = {
    canvas: { width: 100, height: 40, clientWidth: 100 },
    globalAlpha: 1,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textBaseline: '',
    save() {},
    restore() {},
    setLineDash() {},
    measureText: () => ({ width: 10 }),
    fillText() {},
    fillRect(x: number, y: number, w: number, h: number) {
      calls.push({ op: 'fill', x, y, w, h, alpha: ctx.globalAlpha });
    },
    strokeRect(x: number, y: number, w: number, h: number) {
      calls.push({ op: 'stroke', x, y, w, h, alpha: ctx.globalAlpha });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
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

describe('drawWindows', () => {
  it('paints the heat cells of the windows shown so far and outlines the current window', () => {
    const { ctx, calls } = recordingContext();
    drawWindows(ctx, scan, view, { grid: 0, classIndex: 0, shown: 2, labels: ['cat', 'bg'] });
    const fills = calls.filter((c) => c.op === 'fill');
    expect(fills.map((c) => [c.x, c.w, c.alpha])).toEqual([
      [5, 10, 0.3], // window 0: centre 10, ŷ 0.5 -> opacity 0.6 x 0.5
      [15, 10, 0.6],
    ]);
    expect(calls.filter((c) => c.op === 'stroke').map((c) => [c.x, c.w])).toEqual([[10, 20]]);
  });

  it('draws the boxes kept by NMS once every window is shown', () => {
    const { ctx, calls } = recordingContext();
    drawWindows(ctx, scan, view, { grid: 0, classIndex: 1, shown: 3, labels: ['cat', 'bg'] });
    expect(calls.filter((c) => c.op === 'fill' && c.w === 10).map((c) => c.alpha)).toEqual([
      0.3, 0, 0.6,
    ]);
    expect(calls.filter((c) => c.op === 'stroke').map((c) => [c.x, c.w])).toEqual([[10, 20]]);
  });

  it('mirrors the heat cells in a selfie view', () => {
    const { ctx, calls } = recordingContext();
    drawWindows(
      ctx,
      scan,
      { ...view, mirror: true },
      {
        grid: 0,
        classIndex: 0,
        shown: 1,
        labels: [],
      },
    );
    expect(calls[0]).toMatchObject({ op: 'fill', x: 85, w: 10 });
  });
});
