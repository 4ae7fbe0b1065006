import type { WindowScan } from './window_scan_result';

/**
 * The window of one size whose centre is nearest a frame point (the heat-map cell under a tap),
 * as its index in `scan.windows`; -1 when the scan has no window of that size.
 */
export function nearestWindow(scan: WindowScan, grid: number, x: number, y: number): number {
  const g = scan.grids[grid];
  if (!g) return -1;
  let best = -1;
  let bestDistance = Infinity;
  for (let i = g.first; i < g.first + g.rows * g.cols; i++) {
    const { box } = scan.windows[i]!;
    const d = Math.hypot((box.x1 + box.x2) / 2 - x, (box.y1 + box.y2) / 2 - y);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}
