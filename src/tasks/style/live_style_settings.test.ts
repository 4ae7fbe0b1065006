import { describe, expect, it } from 'vitest';
import { LiveStyleSettings } from './live_style_settings.svelte';

const slow = { processed: 30, totalMs: 200 }; // 5 fps
const fast = { processed: 30, totalMs: 53 }; // 19 fps

describe('LiveStyleSettings: the live size', () => {
  it('starts at 256 px (on WASM and the CPU too) and keeps it while it holds 8 fps', () => {
    const s = new LiveStyleSettings();
    expect(s.taskOptions()).toEqual({ size: 256 });
    s.observe(fast);
    expect(s.size).toBe(256);
    expect(s.dropped).toBeNull();
  });

  it('drops to 128 px when 256 px runs under 8 fps, and says at what rate', () => {
    const s = new LiveStyleSettings();
    s.observe(slow);
    expect(s.taskOptions()).toEqual({ size: 128 });
    expect(s.dropped?.fps).toBeCloseTo(5);
  });

  it('keeps the size the user picks, even when slow', () => {
    const s = new LiveStyleSettings();
    s.choose(256);
    s.observe(slow);
    expect(s.size).toBe(256);
    expect(s.dropped).toBeNull();
  });

  it('a pick after a drop clears the note and is kept', () => {
    const s = new LiveStyleSettings();
    s.observe(slow);
    s.choose(256);
    expect([s.size, s.dropped]).toEqual([256, null]);
    s.observe(slow);
    expect(s.size).toBe(256);
  });
});
