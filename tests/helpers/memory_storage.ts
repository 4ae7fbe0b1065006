/** An in-memory stand-in for `localStorage` (the part the app uses): each call is a fresh, empty store. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string): string | null => items.get(k) ?? null,
    setItem: (k: string, v: string): void => void items.set(k, v),
  };
}
