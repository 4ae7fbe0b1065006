export const cacheDir: string;
export function makeY4m(
  fixture: string,
  opts?: { width?: number; height?: number; fps?: number; seconds?: number },
): string;
export function makeWebm(
  fixture: string,
  opts?: { width?: number; height?: number; seconds?: number },
): string;
