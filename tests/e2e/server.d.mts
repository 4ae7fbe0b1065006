export function startPreview(): Promise<{ origin: string; stop: () => Promise<void> }>;
