import { describe, expect, it } from 'vitest';
import type { OverlayView } from '../render/overlay_view';
import { LabRuntime, onFramePointer, type FramePoint, type LabContext } from './lab_runtime.svelte';

/** A stage shown at 320 x 240 CSS px, 100 px from the left and 50 from the top. */
function fakeStage() {
  const stage = new EventTarget() as EventTarget & { getBoundingClientRect(): DOMRect };
  stage.getBoundingClientRect = () => ({ left: 100, top: 50, width: 320, height: 240 }) as DOMRect;
  const press = (clientX: number, clientY: number) =>
    stage.dispatchEvent(Object.assign(new Event('pointerdown'), { clientX, clientY }));
  return { stage: stage as unknown as HTMLElement, press };
}

describe('onFramePointer', () => {
  it.each([
    { mirror: false, client: [100 + 160, 50 + 60], point: { x: 320, y: 120 } },
    { mirror: true, client: [100 + 160, 50 + 60], point: { x: 320, y: 120 } },
    { mirror: true, client: [100 + 32, 50], point: { x: 640 - 64, y: 0 } },
    { mirror: false, client: [100 + 320, 50 + 240], point: { x: 640, y: 480 } },
  ])('maps a press at $client to frame pixels $point (mirror $mirror)', (c) => {
    const { stage, press } = fakeStage();
    const points: [FramePoint, OverlayView][] = [];
    const view = { width: 640, height: 480, mirror: c.mirror };
    const stop = onFramePointer(
      { stage },
      (p, v) => points.push([p, v]),
      () => view,
    );
    press(c.client[0]!, c.client[1]!);
    stop();
    press(c.client[0]!, c.client[1]!);
    expect(points).toEqual([[c.point, view]]);
  });

  it('ignores presses while no frame is shown', () => {
    const { stage, press } = fakeStage();
    const points: FramePoint[] = [];
    onFramePointer(
      { stage },
      (p) => points.push(p),
      () => null,
    );
    press(200, 100);
    expect(points).toEqual([]);
  });
});

describe('LabRuntime.onFramePointer', () => {
  it("uses the current frame's size and the selfie mirror", () => {
    const { stage, press } = fakeStage();
    let frame: { width: number; height: number } | null = null;
    const source = { frame: () => frame, mirrored: true };
    const lab = { stage, source } as unknown as LabContext;
    const runtime = new LabRuntime(
      lab,
      () => Promise.reject(new Error('not loaded')),
      () => {},
    );
    const points: FramePoint[] = [];
    const stop = runtime.onFramePointer((p) => points.push(p));
    press(100, 50); // no frame yet
    frame = { width: 1280, height: 720 };
    press(100, 50);
    stop();
    expect(points).toEqual([{ x: 1280, y: 0 }]);
  });
});
