import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workbox } from 'workbox-window';
import { PwaState } from './pwa.svelte';

/** A Workbox whose registration the browser refuses (private windows, policies, some WebViews). */
const refusingWorkbox = (error: Error) =>
  ({
    addEventListener: () => undefined,
    register: () => Promise.reject(error),
  }) as unknown as Workbox;

describe('PwaState.register', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('unhandledRejection', record);
  });

  it.each([
    new TypeError("Cannot read properties of undefined (reading 'waiting')"),
    new DOMException('The operation is insecure.', 'SecurityError'),
  ])('leaves no unhandled rejection when registration is refused: $message', async (error) => {
    const pwa = new PwaState();
    const registered = pwa.register({} as ServiceWorkerContainer, './sw.js', () =>
      refusingWorkbox(error),
    );
    expect(await registered).toBe(false);
    // Node reports an unhandled rejection after the microtasks of the turn that made it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
    expect(pwa.offlineReady).toBe(false);
    expect(pwa.updateReady).toBe(false);
  });

  it('does nothing where there are no service workers', async () => {
    expect(await new PwaState().register(undefined, './sw.js')).toBe(false);
  });
});
