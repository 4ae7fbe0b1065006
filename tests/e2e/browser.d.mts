import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const chromiumPath: string | undefined;
export function launchChromium(opts?: {
  camera?: string | null;
  deviceCount?: number;
  extraArgs?: string[];
}): Promise<Browser>;
export function launchPersistentChromium(
  userDataDir: string,
  opts?: { camera?: string | null; deviceCount?: number; extraArgs?: string[] },
  contextOptions?: BrowserContextOptions,
): Promise<BrowserContext>;
export function newCheckedContext(
  browser: Browser,
  origin: string,
  options?: BrowserContextOptions & { camera?: boolean },
): Promise<{ context: BrowserContext; foreign: string[] }>;
export function waitForResult<R = BodyResultLike>(
  page: Page,
  check: (r: R) => boolean,
  timeout?: number,
): Promise<R>;

export interface BodyResultLike {
  frame: { width: number; height: number };
  poses: { keypoints: { name: string; x: number; y: number; score: number }[]; score: number }[];
}
