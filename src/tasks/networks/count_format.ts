/** 62378344 -> "62,378,344": exact counts (parameters), grouped by thousands. */
export function grouped(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 120422400 -> "120.4 M", 2408448 -> "2.4 M", 672 -> "672": costs as the course says them. */
export function approximate(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)} k`;
  return grouped(n);
}
