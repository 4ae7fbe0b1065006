import { isSoftwareRenderer } from './backend_choice';

/**
 * Whether this browser can run TF.js's WebGPU backend, asked of `navigator.gpu` without starting
 * it (no device is made, and TF.js's WebGPU code is not loaded).
 */

/** The part of a WebGPU adapter's description we read (`GPUAdapterInfo`). */
interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  /** Chromium 13x+: true for a software adapter (SwiftShader). */
  isFallbackAdapter?: boolean;
}

interface AdapterLike {
  /** Chromium 127+, Firefox, Safari. */
  info?: AdapterInfoLike;
  /** Before `info`: the same description, asked for. */
  requestAdapterInfo?: () => Promise<AdapterInfoLike>;
  /** The older place of the software flag (before `info.isFallbackAdapter`). */
  isFallbackAdapter?: boolean;
}

/** `navigator.gpu`, as far as we use it; injected so tests can fake a browser. */
export interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' }): Promise<AdapterLike | null>;
}

export type WebgpuAvailability =
  /** `adapter`: vendor, architecture, device ("google swiftshader"); `software`: a CPU emulation. */
  { ok: true; adapter: string; software: boolean } | { ok: false; reason: string };

export const noWebgpu = 'this browser has no WebGPU';
export const noWebgpuAdapter = 'this browser has no WebGPU adapter';

/**
 * Asks for the adapter TF.js would get (high-performance, as its factory asks): its name and
 * whether it is software, or why there is none. Never throws.
 */
export async function webgpuAvailable(
  nav: { gpu?: GpuLike } = navigator as unknown as { gpu?: GpuLike },
): Promise<WebgpuAvailability> {
  if (!nav.gpu) return { ok: false, reason: noWebgpu };
  try {
    const adapter = await nav.gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return { ok: false, reason: noWebgpuAdapter };
    const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
    const name = [info.vendor, info.architecture, info.device, info.description]
      .filter((part) => part)
      .join(' ');
    return {
      ok: true,
      adapter: name || 'unnamed adapter',
      software:
        info.isFallbackAdapter === true ||
        adapter.isFallbackAdapter === true ||
        isSoftwareRenderer(name),
    };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
