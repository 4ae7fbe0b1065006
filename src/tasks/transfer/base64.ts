/** Bytes as base64 text (for embedding binary data in a JSON project file). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Base64 text back to bytes; throws a SyntaxError naming the problem on bad input. */
export function base64ToBytes(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new SyntaxError('it is not valid base64');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
