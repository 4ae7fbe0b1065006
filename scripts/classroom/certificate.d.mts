import type { X509Certificate } from 'node:crypto';

export const validityDays: number;
export const renewBeforeDays: number;
export function certificateAddresses(x509: X509Certificate): string[];
export function ensureCertificate(
  dir: string,
  addresses: string[],
  options?: { now?: Date; force?: boolean },
): Promise<{ key: string; cert: string; renewed: boolean; reason: string | null }>;
