/**
 * Returns a function that passes a value to `emit` at most once per `intervalMs`; the latest
 * value inside an interval is delivered when the interval ends, so the last one is never lost.
 * `leading`: a value pushed after a quiet interval is emitted at once (true) or from a timer
 * (false: `emit` never runs inside `push`, e.g. to keep work out of a frame).
 */
export function throttleLatest<T>(
  emit: (value: T) => void,
  intervalMs: number,
  { leading = true }: { leading?: boolean } = {},
  clock: {
    now: () => number;
    setTimeout: (fn: () => void, ms: number) => unknown;
    clearTimeout: (id: unknown) => void;
  } = {
    now: () => performance.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): { push: (value: T) => void; cancel: () => void } {
  let last = -Infinity;
  let pending: { value: T } | null = null;
  let timer: unknown = null;
  const flush = () => {
    timer = null;
    if (!pending) return;
    last = clock.now();
    const { value } = pending;
    pending = null;
    emit(value);
  };
  return {
    push(value) {
      pending = { value };
      if (timer !== null) return;
      const wait = last + intervalMs - clock.now();
      if (wait <= 0 && leading) flush();
      else timer = clock.setTimeout(flush, Math.max(0, wait));
    },
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
