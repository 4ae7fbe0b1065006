export function startPreview(opts?: {
  outDir?: string;
}): Promise<{ origin: string; stop: () => Promise<void> }>;
