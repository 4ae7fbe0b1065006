/**
 * The lower-case hex sha256 of `data`, or null where the browser has no crypto.subtle (it exists
 * only in secure contexts: https and localhost; over plain http on a LAN a size check has to do).
 */
export async function sha256Hex(data: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = await subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
