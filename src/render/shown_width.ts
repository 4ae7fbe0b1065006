/**
 * The CSS width an element is shown at, kept up to date by a ResizeObserver, so a frame's drawing
 * reads it without forcing a layout (`clientWidth` lays out a page its last update left dirty:
 * ~0.04 ms of every landmarks frame here). The first read of an element is its `clientWidth`;
 * where there is no ResizeObserver every read is. An element stays observed for the page's life:
 * meant for the app's one overlay canvas.
 */
export function shownWidthOf(el: Element): number {
  if (typeof ResizeObserver === 'undefined') return el.clientWidth;
  let width = widths.get(el);
  if (width === undefined) {
    width = el.clientWidth;
    widths.set(el, width);
    observer ??= new ResizeObserver((entries) => {
      for (const e of entries) widths.set(e.target, e.contentRect.width);
    });
    observer.observe(el);
  }
  return width;
}

const widths = new WeakMap<Element, number>();
let observer: ResizeObserver | null = null;
