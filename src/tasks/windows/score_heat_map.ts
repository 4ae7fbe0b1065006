import type { CornerBox } from '../../vision/boxes';
import type { WindowScan } from './window_scan_result';

/** One heat-map cell: the stride x stride square at a window's centre, and its ŷ for a class. */
export interface HeatCell {
  box: CornerBox;
  score: number;
}

/**
 * The score heat map of one window size for one class: each window paints the stride-sized
 * square around its centre with its ŷ_c, so neighbouring windows tile the picture without overlap.
 * Frame pixels, x right, y down.
 */
export function scoreHeatMap(scan: WindowScan, grid: number, classIndex: number): HeatCell[] {
  const g = scan.grids[grid];
  if (!g) throw new RangeError(`There is no window size number ${grid} in this scan.`);
  const cells: HeatCell[] = [];
  for (let i = g.first; i < g.first + g.rows * g.cols; i++) {
    const { box } = scan.windows[i]!;
    const cx = (box.x1 + box.x2) / 2;
    const cy = (box.y1 + box.y2) / 2;
    cells.push({
      box: {
        x1: cx - g.strideX / 2,
        y1: cy - g.strideY / 2,
        x2: cx + g.strideX / 2,
        y2: cy + g.strideY / 2,
      },
      score: scan.probabilities[i]![classIndex] ?? 0,
    });
  }
  return cells;
}
