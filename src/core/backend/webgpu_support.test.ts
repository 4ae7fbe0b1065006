import { describe, expect, it } from 'vitest';
import { noWebgpu, noWebgpuAdapter, webgpuAvailable, type GpuLike } from './webgpu_support';

const gpu = (requestAdapter: GpuLike['requestAdapter']) => ({ gpu: { requestAdapter } });

describe('webgpuAvailable', () => {
  it.each([
    {
      // Chromium 156 headless with --enable-unsafe-webgpu, as the e2e test sees it.
      what: 'SwiftShader, flagged as a fallback adapter',
      adapter: { info: { vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true } },
      want: { ok: true, adapter: 'google swiftshader', software: true },
    },
    {
      what: 'a software adapter named only by its architecture',
      adapter: { info: { vendor: 'mesa', architecture: 'llvmpipe' } },
      want: { ok: true, adapter: 'mesa llvmpipe', software: true },
    },
    {
      what: 'the older isFallbackAdapter on the adapter',
      adapter: { info: { vendor: 'google' }, isFallbackAdapter: true },
      want: { ok: true, adapter: 'google', software: true },
    },
    {
      what: 'a hardware adapter',
      adapter: { info: { vendor: 'nvidia', architecture: 'ampere', isFallbackAdapter: false } },
      want: { ok: true, adapter: 'nvidia ampere', software: false },
    },
    {
      what: 'a browser that has only requestAdapterInfo',
      adapter: {
        requestAdapterInfo: () => Promise.resolve({ vendor: 'apple', architecture: 'm2' }),
      },
      want: { ok: true, adapter: 'apple m2', software: false },
    },
    {
      what: 'an adapter that says nothing of itself',
      adapter: {},
      want: { ok: true, adapter: 'unnamed adapter', software: false },
    },
  ])('$what', async ({ adapter, want }) => {
    expect(await webgpuAvailable(gpu(() => Promise.resolve(adapter)))).toEqual(want);
  });

  it.each([
    { what: 'no navigator.gpu', nav: {}, reason: noWebgpu },
    { what: 'no adapter', nav: gpu(() => Promise.resolve(null)), reason: noWebgpuAdapter },
    {
      what: 'requestAdapter throwing',
      nav: gpu(() => Promise.reject(new Error('GPU process crashed'))),
      reason: 'GPU process crashed',
    },
  ])('says why not with $what', async ({ nav, reason }) => {
    expect(await webgpuAvailable(nav)).toEqual({ ok: false, reason });
  });

  it('asks for the adapter TF.js asks for (high-performance)', async () => {
    const asked: unknown[] = [];
    await webgpuAvailable(gpu((options) => (asked.push(options), Promise.resolve(null))));
    expect(asked).toEqual([{ powerPreference: 'high-performance' }]);
  });
});
