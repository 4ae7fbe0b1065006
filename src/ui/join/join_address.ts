/**
 * The address a phone scans to join: the classroom server's LAN address when the app is served
 * by `npm run classroom` (it answers `./classroom.json`), else the page's own address, always
 * with the current lab's `#/…` route so students land where the teacher is.
 */
export interface ClassroomInfo {
  /** `https://<lan-ip>:<port>/`, LAN addresses first. */
  urls: string[];
  port: number;
}

/** The classroom server's answer, or null when it is not one (a static host's 404 page, junk). */
export function parseClassroomInfo(json: unknown): ClassroomInfo | null {
  if (!json || typeof json !== 'object') return null;
  const { urls, port } = json as Record<string, unknown>;
  if (!Array.isArray(urls) || typeof port !== 'number') return null;
  const https = urls.filter((u): u is string => typeof u === 'string' && isHttpsUrl(u));
  return https.length > 0 ? { urls: https, port } : null;
}

function isHttpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whether a phone on the Wi-Fi can open `page` and use its camera (HTTPS, not this machine). */
export function reachableFromPhones(page: URL): boolean {
  const host = page.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host.startsWith('127.') || host === '::1';
  return page.protocol === 'https:' && !loopback;
}

/** The addresses to offer, best first; each ends with the lab's route. */
export function joinAddresses(page: URL, classroom: ClassroomInfo | null, lab: string): string[] {
  const own = page.origin + page.pathname;
  const bases = reachableFromPhones(page)
    ? [own, ...(classroom?.urls ?? []).filter((u) => u !== own)]
    : [...(classroom?.urls ?? []), own];
  return [...new Set(bases)].map((base) => `${base}#/${lab}`);
}
