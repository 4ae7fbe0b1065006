import { describe, expect, it } from 'vitest';
import { keyBelongsToTarget, presenterCommand, type KeyInput } from './presenter_keys';

describe('presenterCommand', () => {
  it.each<[string, KeyInput, ReturnType<typeof presenterCommand>]>([
    ['P', { code: 'KeyP', key: 'p' }, { kind: 'present' }],
    ['P with a Chinese IME', { code: 'KeyP', key: 'Process' }, { kind: 'present' }],
    ['Shift+P', { code: 'KeyP', key: 'P', shiftKey: true }, { kind: 'present' }],
    ['1', { code: 'Digit1', key: '1' }, { kind: 'lab', index: 0 }],
    ['6 on the keypad', { code: 'Numpad6', key: '6' }, { kind: 'lab', index: 5 }],
    ['Space', { code: 'Space', key: ' ' }, { kind: 'freeze' }],
    ['→', { code: 'ArrowRight', key: 'ArrowRight' }, { kind: 'step', delta: 1 }],
    ['←', { code: 'ArrowLeft', key: 'ArrowLeft' }, { kind: 'step', delta: -1 }],
    ['F', { code: 'KeyF', key: 'f' }, { kind: 'fullscreen' }],
    ['?', { code: 'Slash', key: '?', shiftKey: true }, { kind: 'help' }],
    ['full-width ？', { code: 'Slash', key: '？', shiftKey: true }, { kind: 'help' }],
    ['? on a layout without Slash', { code: 'Minus', key: '?' }, { kind: 'help' }],
    ['Esc', { code: 'Escape', key: 'Escape' }, { kind: 'close' }],
    ['Ctrl+F is the browser find', { code: 'KeyF', key: 'f', ctrlKey: true }, null],
    ['Cmd+1', { code: 'Digit1', key: '1', metaKey: true }, null],
    ['a key mid-composition', { code: 'KeyP', key: 'p', isComposing: true }, null],
    ['/ alone', { code: 'Slash', key: '/' }, null],
    ['0', { code: 'Digit0', key: '0' }, null],
    ['Q', { code: 'KeyQ', key: 'q' }, null],
  ])('%s', (_, input, want) => {
    expect(presenterCommand(input)).toEqual(want);
  });
});

/** A minimal element: `closest` answers from the selector list it matches. */
function el(matches: string[], type = ''): EventTarget {
  const self = {
    type,
    closest: (sel: string) => (sel.split(', ').some((s) => matches.includes(s)) ? self : null),
  };
  return self as unknown as EventTarget;
}

describe('keyBelongsToTarget', () => {
  it.each<[string, EventTarget | null, string, boolean]>([
    ['nothing focused', null, 'KeyP', false],
    ['a text field takes letters', el(['input'], 'text'), 'KeyP', true],
    ['a slider takes arrows', el(['input'], 'range'), 'ArrowRight', true],
    ['a select takes digits', el(['select']), 'Digit1', true],
    ['a checkbox takes Space', el(['input'], 'checkbox'), 'Space', true],
    ['a checkbox leaves P', el(['input'], 'checkbox'), 'KeyP', false],
    ['a button takes Space', el(['button']), 'Space', true],
    ['a button leaves arrows', el(['button']), 'ArrowRight', false],
    ['the page leaves Space', el([]), 'Space', false],
  ])('%s', (_, target, code, want) => {
    expect(keyBelongsToTarget(target, code)).toBe(want);
  });
});
