export interface NumberRange {
  min: number;
  max: number;
  /** Whole numbers only (epochs, stride, padding). */
  integer?: boolean;
}

/**
 * What a typed number becomes: rounded when whole numbers are asked for, clamped into
 * [min, max]; empty or not a number keeps `previous`, so a slip never leaves a setting NaN.
 */
export function fieldValue(raw: string, range: NumberRange, previous: number): number {
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n)) return previous;
  const v = range.integer ? Math.round(n) : n;
  return Math.min(range.max, Math.max(range.min, v));
}
