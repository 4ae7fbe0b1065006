/**
 * TF.js backends ConvLens uses, fastest first on a machine with a real GPU. WebGPU is tried only
 * where the browser has an adapter (BackendManager); its code loads only then.
 */
export const backendOrder = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof backendOrder)[number];
export type BackendPreference = BackendName | 'auto';

export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (backendOrder as readonly string[]).includes(value);
}

/** `?backend=wasm` in the page's query string overrides the saved setting. */
export function backendFromQuery(search: string): BackendName | null {
  const value = new URLSearchParams(search).get('backend');
  return isBackendName(value) ? value : null;
}

/** The order to try: the preferred backend first, then the rest in the default order. */
export function backendCandidates(preference: BackendPreference): BackendName[] {
  if (preference === 'auto') return [...backendOrder];
  return [preference, ...backendOrder.filter((b) => b !== preference)];
}

/**
 * After `lost` stops working (a lost WebGL context or WebGPU device): the backends below it, never
 * itself again.
 */
export function backendsAfterLoss(lost: BackendName): BackendName[] {
  return backendOrder.slice(backendOrder.indexOf(lost) + 1);
}

/** Software WebGL (SwiftShader, llvmpipe) is 10-40x slower than WASM: skip it when choosing automatically. */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
}
