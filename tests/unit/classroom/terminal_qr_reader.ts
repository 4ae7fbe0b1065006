// Reads a QR code back from the text `npm run classroom` prints: ANSI colours and half-block
// characters, as a terminal would draw them, then jsQR on that picture.
import jsQR from 'jsqr';

type Ink = 'dark' | 'light' | null;

const foreground: Record<string, Ink> = { '30': 'dark', '37': 'light' };
const background: Record<string, Ink> = { '40': 'dark', '47': 'light' };
// An SGR colour code, or one character.
const token = new RegExp(String.raw`\x1b\[(\d+)m|(.)`, 'gu');

/**
 * The cells a terminal shows for `text`: two per character (upper and lower half), each dark,
 * light, or null where the terminal's own background shows through. Lines without a block
 * character are left out, so the QR can be read from a whole banner.
 */
export function terminalCells(text: string): Ink[][] {
  const rows: Ink[][] = [];
  let fg: Ink = null;
  let bg: Ink = null;
  for (const line of text.split('\n')) {
    const top: Ink[] = [];
    const bottom: Ink[] = [];
    let blocks = false;
    for (const [, code, glyph = ''] of line.matchAll(token)) {
      if (code !== undefined) {
        if (code === '0') fg = bg = null;
        else if (code in foreground) fg = foreground[code]!;
        else if (code in background) bg = background[code]!;
        continue;
      }
      // An upper half block shows the foreground above the background, and so on.
      const halves: Record<string, [Ink, Ink]> = { '▀': [fg, bg], '▄': [bg, fg], '█': [fg, fg] };
      const [upper, lower] = halves[glyph] ?? [bg, bg];
      top.push(upper);
      bottom.push(lower);
      blocks ||= /[▀▄█]/.test(glyph) || bg !== null;
    }
    if (blocks) rows.push(top, bottom);
  }
  return rows;
}

/**
 * Decodes the QR in `text` as a camera would see it on a terminal whose own background is
 * `terminalBackground`; null when jsQR finds none.
 */
export function decodeTerminalQr(
  text: string,
  terminalBackground: 'dark' | 'light',
): string | null {
  const cells = terminalCells(text);
  if (cells.length === 0) return null;
  const scale = 4;
  const pad = 8;
  const columns = Math.max(...cells.map((row) => row.length));
  const width = (columns + 2 * pad) * scale;
  const height = (cells.length + 2 * pad) * scale;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ink = cells[Math.floor(y / scale) - pad]?.[Math.floor(x / scale) - pad] ?? null;
      const value = (ink ?? terminalBackground) === 'dark' ? 0 : 255;
      rgba.fill(value, (y * width + x) * 4, (y * width + x) * 4 + 3);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
