import type { NetworkInterfaceInfo } from 'node:os';

/** Headers every response carries, whatever its status (vite preview's too): nosniff, no referrer, no framing, cross-origin isolation. */
export const responseHeaders: Record<string, string>;

export interface ClassroomServer {
  /** What /classroom.json answers: LAN addresses first; https://127.0.0.1 only when none. */
  urls: string[];
  port: number;
  certificate: { cert: string; renewed: boolean; reason: string | null };
  close(): Promise<void>;
}

export function startClassroomServer(options: {
  root: string;
  certDir: string;
  port?: number;
  host?: string;
  newCert?: boolean;
  interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>;
  now?: Date;
}): Promise<ClassroomServer>;
