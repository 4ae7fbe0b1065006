import { describe, expect, it } from 'vitest';
import { presentFromQuery, withPresentFlag } from './present_flag';
import { Presenter } from './presenter.svelte';

describe('presentFromQuery', () => {
  it.each([
    ['?present', true],
    ['?backend=wasm&present', true],
    ['?present=1', true],
    ['?present=0', false],
    ['?present=false', false],
    ['', false],
    ['?presenter', false],
  ])('%s -> %s', (search, want) => {
    expect(presentFromQuery(search)).toBe(want);
  });
});

describe('Presenter', () => {
  it('steps the latest registered stepper, and nothing once it is gone', () => {
    const p = new Presenter(false);
    const log: string[] = [];
    expect(p.step(1)).toBe(false);
    const offA = p.registerStepper({ forward: () => log.push('A+'), back: () => log.push('A-') });
    const offB = p.registerStepper({ forward: () => log.push('B+') });
    expect(p.step(1)).toBe(true);
    // B cannot go back: the key is not taken.
    expect(p.step(-1)).toBe(false);
    offB();
    expect(p.step(-1)).toBe(true);
    offA();
    expect(p.canStep).toBe(false);
    expect(p.step(1)).toBe(false);
    expect(log).toEqual(['B+', 'A-']);
  });

  it('Esc closes the help first, then the join panel, then nothing', () => {
    const p = new Presenter(true);
    p.toggleJoin();
    p.toggleHelp();
    expect(p.close()).toBe(true);
    expect([p.helpOpen, p.joinOpen]).toEqual([false, true]);
    expect(p.close()).toBe(true);
    expect(p.joinOpen).toBe(false);
    expect(p.close()).toBe(false);
  });

  it('folds the controls again when presenter mode is toggled', () => {
    const p = new Presenter(true);
    p.toggleControls();
    expect(p.controlsOpen).toBe(true);
    p.toggle();
    p.toggle();
    expect([p.on, p.controlsOpen]).toEqual([true, false]);
  });
});

describe('withPresentFlag', () => {
  it.each([
    ['https://h/app/#/faces', true, 'https://h/app/?present#/faces'],
    ['https://h/app/?backend=wasm#/faces', true, 'https://h/app/?backend=wasm&present#/faces'],
    ['https://h/app/?present#/faces', true, 'https://h/app/?present#/faces'],
    ['https://h/app/?present&backend=wasm#/style', false, 'https://h/app/?backend=wasm#/style'],
    ['https://h/app/?present=1#/style', false, 'https://h/app/#/style'],
  ])('%s, on %s -> %s', (href, on, want) => {
    expect(withPresentFlag(href, on)).toBe(want);
  });
});
