export const builtDir: string;
export function startPreview(opts?: {
  outDir?: string;
}): Promise<{ origin: string; stop: () => Promise<void> }>;
