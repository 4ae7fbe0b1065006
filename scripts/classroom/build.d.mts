export const buildInputs: string[];
export function buildReason(repoRoot: string, distDir: string): string | null;
export function buildApp(repoRoot: string, distDir: string): Promise<void>;
