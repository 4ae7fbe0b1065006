/**
 * The GPU behind this browser's WebGL, read from a throwaway context (released at once), so the
 * device can be named before any backend starts; null without WebGL.
 */
export function webglRendererName(
  makeCanvas: () => HTMLCanvasElement = () => document.createElement('canvas'),
): string | null {
  const canvas = makeCanvas();
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}
