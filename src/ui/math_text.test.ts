import { describe, expect, it } from 'vitest';
import { mathPieces } from './math_text';

describe('mathPieces', () => {
  it.each([
    {
      text: 'b_w = p_w e^{t_w} / S',
      pieces: [
        'b',
        { sub: ['w'] },
        ' = p',
        { sub: ['w'] },
        ' e',
        { sup: ['t', { sub: ['w'] }] },
        ' / S',
      ],
    },
    { text: 'σ(t_o)', pieces: ['σ(t', { sub: ['o'] }, ')'] },
    { text: 'J_content(C, G)', pieces: ['J', { sub: ['content'] }, '(C, G)'] },
    { text: 'f_{c,min} (Hz)', pieces: ['f', { sub: ['c,min'] }, ' (Hz)'] },
    {
      text: '(c_y, c_x) = (4, 5)',
      pieces: ['(c', { sub: ['y'] }, ', c', { sub: ['x'] }, ') = (4, 5)'],
    },
    // Nothing to raise or lower: left as it is.
    { text: 'IoU ≥ 0.5', pieces: ['IoU ≥ 0.5'] },
    { text: 'an _ alone, x^ and y^{ open', pieces: ['an _ alone, x^ and y^{ open'] },
    { text: '', pieces: [] },
  ])('$text', ({ text, pieces }) => {
    expect(mathPieces(text)).toEqual(pieces);
  });
});
