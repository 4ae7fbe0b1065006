import { describe, expect, it } from 'vitest';
import { movePatch } from './patch_keys';

const frame = { width: 20, height: 10 };

describe('movePatch', () => {
  it.each([
    ['ArrowRight', false, { left: 6, top: 3 }],
    ['ArrowLeft', false, { left: 4, top: 3 }],
    ['ArrowUp', false, { left: 5, top: 2 }],
    ['ArrowDown', true, { left: 5, top: 4 }], // a whole 6 px patch, stopped at the bottom edge
    ['ArrowRight', true, { left: 11, top: 3 }],
  ])('%s (shift %s) moves the patch to %o', (key, shift, to) => {
    expect(movePatch({ left: 5, top: 3 }, key, shift, 6, frame)).toEqual(to);
  });

  it('keeps the patch inside the frame and ignores other keys', () => {
    expect(movePatch({ left: 0, top: 0 }, 'ArrowLeft', true, 6, frame)).toEqual({
      left: 0,
      top: 0,
    });
    expect(movePatch({ left: 14, top: 4 }, 'ArrowRight', false, 6, frame)).toEqual({
      left: 14,
      top: 4,
    });
    expect(movePatch({ left: 1, top: 1 }, 'Enter', false, 6, frame)).toBeNull();
  });
});
