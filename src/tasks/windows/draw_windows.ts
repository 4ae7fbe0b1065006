import type { Context2D } from '../../render/context_2d';
import { drawBox } from '../../render/draw_box';
import { drawHeatMap } from '../../render/draw_heat_map';
import { labelTops } from '../../render/label_tops';
import type { OverlayView } from '../../render/overlay_view';
import type { CornerBox } from '../../vision/boxes';
import { scoreHeatMap } from './score_heat_map';
import type { WindowScan } from './window_scan_result';

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
  ctx: Context2D,
  scan: WindowScan,
  view: OverlayView,
  { grid, classIndex, shown, labels, highlight = null }: WindowsDrawOptions,
): void {
  const g = scan.grids[grid];
  if (!g) return;
  const cells = scoreHeatMap(scan, grid, classIndex).filter((_, i) => g.first + i < shown);
  drawHeatMap(ctx, view, cells, { colour: '#ff2d55', opacity: 0.6 });
  if (highlight) drawBox(ctx, view, highlight, { colour: '#64d2ff', lineWidth: 2, dash: [6, 4] });
  const done = shown >= scan.windows.length;
  if (!done && shown > 0) {
    drawBox(ctx, view, scan.windows[shown - 1]!.box, { colour: '#ffd60a', lineWidth: 3 });
    return;
  }
  // Best first (NMS order), so the best box's label keeps its spot.
  const kept = scan.detections.map((d) => ({
    box: d.box,
    text: `${labels[d.classIndex] ?? d.classIndex} ${d.score.toFixed(2)}`,
  }));
  const tops = labelTops(ctx, view, kept);
  kept.forEach((d, i) => {
    drawBox(ctx, view, d.box, { colour: '#30d158', lineWidth: 3, text: d.text, textTop: tops[i] });
  });
}
