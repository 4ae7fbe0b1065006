import type { OverlayView } from '../../ui/overlay_view';
import type { CornerBox } from '../../vision/boxes';
import { canvasRect, drawBox } from '../detection/draw_boxes';
import { scoreHeatMap } from './score_heat_map';
import type { WindowScan } from './window_scan_result';

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface WindowsDrawOptions {
  /** Which window size's heat map, and of which class. */
  grid: number;
  classIndex: number;
  /** Windows revealed so far by the replay of the naive scan (all when not replaying). */
  shown: number;
  labels: readonly string[];
  /** A window picked by tapping, drawn dashed. */
  highlight?: CornerBox | null;
}

/**
 * One scan on the overlay: the heat map (ŷ_c as the opacity of each window's stride cell, for the
 * windows shown so far), the window being looked at, then the boxes kept by NMS with their score.
 */
export function drawWindows(
  ctx: Ctx2D,
  scan: WindowScan,
  view: OverlayView,
  { grid, classIndex, shown, labels, highlight = null }: WindowsDrawOptions,
): void {
  const g = scan.grids[grid];
  if (!g) return;
  ctx.save();
  ctx.fillStyle = '#ff2d55';
  scoreHeatMap(scan, grid, classIndex).forEach((cell, i) => {
    if (g.first + i >= shown) return;
    const r = canvasRect(view, cell.box);
    ctx.globalAlpha = 0.6 * cell.score;
    ctx.fillRect(r.x, r.y, r.w, r.h);
  });
  ctx.restore();
  if (highlight) drawBox(ctx, view, highlight, { colour: '#64d2ff', lineWidth: 2, dashed: true });
  const done = shown >= scan.windows.length;
  if (!done && shown > 0) {
    drawBox(ctx, view, scan.windows[shown - 1]!.box, { colour: '#ffd60a', lineWidth: 3 });
    return;
  }
  for (const d of scan.detections) {
    drawBox(ctx, view, d.box, {
      colour: '#30d158',
      lineWidth: 3,
      text: `${labels[d.classIndex] ?? d.classIndex} ${d.score.toFixed(2)}`,
    });
  }
}
