/**
 * The presenter's keyboard, by physical key (`KeyboardEvent.code`), so the same keys work with an
 * English layout, a Chinese IME (whose keydown reads `key: 'Process'`) or full-width punctuation
 * (`？`). Keys are ignored while the user types in a field or holds a modifier (Ctrl+F is the
 * browser's find, not full screen).
 */
export type PresenterCommand =
  | { kind: 'present' }
  | { kind: 'lab'; index: number }
  | { kind: 'freeze' }
  | { kind: 'step'; delta: 1 | -1 }
  | { kind: 'fullscreen' }
  | { kind: 'help' }
  | { kind: 'close' };

export interface KeyInput {
  code: string;
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
}

const byCode: Record<string, PresenterCommand> = {
  KeyP: { kind: 'present' },
  Space: { kind: 'freeze' },
  ArrowRight: { kind: 'step', delta: 1 },
  ArrowLeft: { kind: 'step', delta: -1 },
  KeyF: { kind: 'fullscreen' },
  Escape: { kind: 'close' },
};

export function presenterCommand(e: KeyInput): PresenterCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  if (e.key === '?' || e.key === '？' || (e.code === 'Slash' && e.shiftKey))
    return { kind: 'help' };
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  if (digit) return { kind: 'lab', index: Number(digit[1]) - 1 };
  return byCode[e.code] ?? null;
}

/** Where a key belongs to the focused control (typing a name, moving a slider, pressing a button). */
export function keyBelongsToTarget(target: EventTarget | null, code: string): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
    // A checkbox or button keeps only Space (it toggles them); other keys stay the presenter's.
    const input = el.closest('input');
    const toggles = input && ['checkbox', 'radio', 'button'].includes(input.type);
    return toggles ? code === 'Space' : true;
  }
  // Space and Enter press a focused button or link.
  return code === 'Space' && el.closest('button, a[href], summary') !== null;
}

/** The keys as the UI lists them (`?` overlay and the strip), in order. */
export const presenterKeys = [
  { keys: 'P', action: 'present' },
  { keys: '1–6', action: 'lab' },
  { keys: 'Space', action: 'freeze' },
  { keys: '← →', action: 'step' },
  { keys: 'F', action: 'fullscreen' },
  { keys: '?', action: 'help' },
  { keys: 'Esc', action: 'close' },
] as const;
