/** A chart's plot area in SVG units (y grows downwards, as in SVG). */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * A series as an SVG polyline's `points`: value i at x = i / (count - 1) across the area, and
 * y from `lo` (bottom) to `hi` (top), clamped. A value that is not finite (a dev loss that was not
 * measured, the log of a zero cost) is left out but keeps its index, so later points stay above
 * their own epoch or iteration instead of drifting left.
 */
export function chartPoints(
  values: readonly number[],
  count: number,
  range: { lo: number; hi: number },
  area: PlotArea,
): string {
  const span = Math.max(count - 1, 1);
  const height = range.hi - range.lo || 1;
  return values
    .flatMap((v, i) => {
      if (!Number.isFinite(v)) return [];
      const t = Math.min(Math.max((v - range.lo) / height, 0), 1);
      const x = area.left + (i / span) * (area.right - area.left);
      const y = area.bottom - t * (area.bottom - area.top);
      return [`${x.toFixed(1)},${y.toFixed(1)}`];
    })
    .join(' ');
}
