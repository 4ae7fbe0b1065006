import { afterEach, describe, expect, it, vi } from 'vitest';

/** A ResizeObserver stand-in the test can fire, as the browser does after a layout. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  readonly targets: Element[] = [];
  constructor(
    readonly callback: (entries: { target: Element; contentRect: { width: number } }[]) => void,
  ) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element): void {
    this.targets.push(el);
  }
  resize(target: Element, width: number): void {
    this.callback([{ target, contentRect: { width } }]);
  }
}

/** An element whose clientWidth reads are counted (each is a layout in a browser). */
function element(width: number) {
  const el = { reads: 0 } as unknown as Element & { reads: number };
  Object.defineProperty(el, 'clientWidth', {
    get() {
      el.reads++;
      return width;
    },
  });
  return el;
}

describe('shownWidthOf', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads the layout once, then the width the ResizeObserver last saw', async () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { shownWidthOf } = await import('./shown_width');
    const canvas = element(640);
    expect(shownWidthOf(canvas)).toBe(640);
    expect(shownWidthOf(canvas)).toBe(640);
    expect(canvas.reads).toBe(1);
    expect(FakeResizeObserver.last?.targets).toEqual([canvas]);
    FakeResizeObserver.last!.resize(canvas, 320);
    expect(shownWidthOf(canvas)).toBe(320);
    expect(canvas.reads).toBe(1);
  });

  it('reads the layout every time where there is no ResizeObserver', async () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { shownWidthOf } = await import('./shown_width');
    const canvas = element(480);
    expect([shownWidthOf(canvas), shownWidthOf(canvas)]).toEqual([480, 480]);
    expect(canvas.reads).toBe(2);
  });
});
