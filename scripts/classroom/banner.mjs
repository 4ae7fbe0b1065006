// What `npm run classroom` prints once the server is up.
import { terminalQr } from './terminal_qr.mjs';

export const firstVisitHint =
  'First time on each phone: the browser warns that the connection is not private (a self-signed ' +
  'certificate); tap Advanced → Proceed (Chrome) or Show Details → visit this website (Safari). ' +
  'The same certificate is used all term.';

/**
 * @param {{ urls: string[], port: number }} classroom what /classroom.json answers
 * @returns {Promise<string>}
 */
export async function classroomBanner({ urls, port }) {
  const first = urls[0];
  const onLan = first !== undefined && new URL(first).hostname !== '127.0.0.1';
  const lines = ['ConvLens classroom server (HTTPS):'];
  if (onLan) {
    for (const url of urls) lines.push(`  Phones on this network: ${url}`);
  } else {
    lines.push(
      '  No network address found: join this laptop to the classroom Wi-Fi, then restart.',
    );
  }
  lines.push(`  This laptop:            https://localhost:${port}/`);
  if (onLan && first) lines.push('', `Scan to open ${first}`, await terminalQr(first));
  lines.push('', firstVisitHint, 'Ctrl+C stops the server.');
  return lines.join('\n');
}
