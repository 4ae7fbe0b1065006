import { describe, expect, it } from 'vitest';
import { attachPresenterKeys, type PresenterActions } from './presenter_keyboard';

/** A window stand-in that dispatches keydown events to its listeners. */
function fakeWindow() {
  const listeners = new Set<(e: KeyboardEvent) => void>();
  return {
    addEventListener: (_: string, l: (e: KeyboardEvent) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (e: KeyboardEvent) => void) => listeners.delete(l),
    press(init: Partial<KeyboardEvent>): boolean {
      let prevented = false;
      const e = {
        key: '',
        code: '',
        target: null,
        defaultPrevented: false,
        repeat: false,
        preventDefault: () => (prevented = true),
        ...init,
      } as unknown as KeyboardEvent;
      listeners.forEach((l) => l(e));
      return prevented;
    },
    get count() {
      return listeners.size;
    },
  };
}

function recorder(answers: Partial<Record<keyof PresenterActions, boolean>> = {}) {
  const log: string[] = [];
  const act =
    (name: keyof PresenterActions) => (c: { kind: string; index?: number; delta?: number }) => {
      log.push([name, c.index, c.delta].filter((v) => v !== undefined).join(' '));
      return answers[name] ?? true;
    };
  const actions = {
    present: act('present'),
    lab: act('lab'),
    freeze: act('freeze'),
    step: act('step'),
    fullscreen: act('fullscreen'),
    help: act('help'),
    close: act('close'),
  } as PresenterActions;
  return { log, actions };
}

describe('attachPresenterKeys', () => {
  it('runs each key once and keeps the default only when the action did nothing', () => {
    const win = fakeWindow();
    const { log, actions } = recorder({ step: false });
    const detach = attachPresenterKeys(win as unknown as Window, actions);
    expect(win.press({ code: 'Digit3', key: '3' })).toBe(true);
    expect(win.press({ code: 'ArrowRight', key: 'ArrowRight' })).toBe(false);
    expect(win.press({ code: 'Space', key: ' ', repeat: true })).toBe(false);
    expect(win.press({ code: 'KeyQ', key: 'q' })).toBe(false);
    expect(log).toEqual(['lab 2', 'step 1']);
    detach();
    expect(win.count).toBe(0);
  });
});
