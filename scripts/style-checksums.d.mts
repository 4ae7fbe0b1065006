export interface StyleChecksums {
  styles: { id: string; files: { to: string; size: number; sha256: string }[] }[];
}

export const listPath: string;
export function styleChecksums(): StyleChecksums;
export function updateStyleChecksums(): void;
