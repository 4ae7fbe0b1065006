/** A piece of course notation: plain text, or a subscript or superscript holding more pieces. */
export type MathPiece = string | { sub: MathPiece[] } | { sup: MathPiece[] };

/**
 * Splits text written in the course's plain notation into pieces to render with <sub> and
 * <sup>: `x_{…}` and `x^{…}` (nested: `e^{t_w}`), and `x_w` (a run of letters and digits after
 * `_`, as in p_w, c_x, J_content). Any other text is left as it is.
 */
export function mathPieces(text: string): MathPiece[] {
  const pieces: MathPiece[] = [];
  let plain = '';
  let i = 0;
  const flush = () => {
    if (plain) pieces.push(plain);
    plain = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    const script = c === '_' ? 'sub' : c === '^' ? 'sup' : null;
    if (script && i > 0 && text[i + 1] === '{') {
      const end = closingBrace(text, i + 1);
      if (end > 0) {
        flush();
        const inner = mathPieces(text.slice(i + 2, end));
        pieces.push(script === 'sub' ? { sub: inner } : { sup: inner });
        i = end + 1;
        continue;
      }
    }
    if (c === '_' && i > 0) {
      const run = /^[A-Za-z0-9]+/.exec(text.slice(i + 1));
      if (run) {
        flush();
        pieces.push({ sub: [run[0]] });
        i += 1 + run[0].length;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return pieces;
}

/** The index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
