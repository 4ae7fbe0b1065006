export type SetupPlan =
  | { kind: 'ready' }
  | { kind: 'install'; missing: string[]; steps: string[][] }
  | { kind: 'stop'; message: string };

export interface SetupHost {
  which: (command: string) => string | null;
  uid: number | undefined;
  chromiumPath?: string;
  exec: (command: string, args: string[], env: Record<string, string>) => number;
  log: (line: string) => void;
}

export const testTools: { package: string; commands: string[] }[];
export function setupPlan(host: Pick<SetupHost, 'which' | 'uid' | 'chromiumPath'>): SetupPlan;
export function runSetup(host: SetupHost): number;
export function whichOnPath(command: string, path?: string): string | null;
