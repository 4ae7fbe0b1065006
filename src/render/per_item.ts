/**
 * A style value, the same for every item or worked out per item (as MediaPipe's drawing utils
 * take a value or a callback): a highlighted point's radius, a per-class colour.
 */
export type PerItem<I, T> = T | ((item: I) => T);

export function valueFor<I, T>(value: PerItem<I, T>, item: I): T {
  return typeof value === 'function' ? (value as (item: I) => T)(item) : value;
}
