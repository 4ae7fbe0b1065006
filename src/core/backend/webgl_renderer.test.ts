import { describe, expect, it } from 'vitest';
import { webglRendererName } from './webgl_renderer';

/** A canvas whose WebGL context reports `renderer`, recording whether it was released. */
function canvas(renderer: string | null, debugInfo = true) {
  const released: boolean[] = [];
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (name: string) =>
      name === 'WEBGL_debug_renderer_info'
        ? debugInfo
          ? { UNMASKED_RENDERER_WEBGL: 0x9246 }
          : null
        : { loseContext: () => released.push(true) },
    getParameter: (p: number) => (p === 0x9246 ? renderer : 'WebKit WebGL'),
  };
  const element = {
    getContext: (id: string) => (renderer !== null && id === 'webgl2' ? gl : null),
  } as unknown as HTMLCanvasElement;
  return { make: () => element, released };
}

describe('webglRendererName', () => {
  it('reads the unmasked renderer and releases the context', () => {
    const c = canvas('ANGLE (Apple, ANGLE Metal Renderer: Apple M2)');
    expect(webglRendererName(c.make)).toBe('ANGLE (Apple, ANGLE Metal Renderer: Apple M2)');
    expect(c.released).toEqual([true]);
  });

  it('falls back to the masked name where the browser hides the GPU', () => {
    expect(webglRendererName(canvas('x', false).make)).toBe('WebKit WebGL');
  });

  it('is null without WebGL', () => {
    expect(webglRendererName(canvas(null).make)).toBeNull();
  });
});
