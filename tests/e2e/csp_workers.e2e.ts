// The CSP stays strict with threaded WASM (issue 17, "CSP unchanged"): the backend's threads start
// from files the build emits (scripts/build/threaded_wasm_factory.mjs), not from blob: URLs, so
// worker-src and script-src allow no blob:, and a blob: worker is refused.
import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { benchHooks } from './page_probes';

const origin = inject('origin');
const camera = makeY4m('messi5.jpg', { width: 640, height: 480 });

describe('CSP without blob: workers', () => {
  const session = useCheckedPage(origin, camera);

  it('allows no blob: in worker-src or script-src, refuses a blob: worker, and WASM still runs on 2 threads from our files', async () => {
    const { page } = session;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/?backend=wasm&threads=2&bench#/landmarks`);
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);

    const csp =
      (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    expect(directive('worker-src')).toBe("worker-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");

    // Resolves 'started' if the worker runs (the old policy allowed it), else how it was refused.
    const blobWorker = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (e) => resolve(`refused: ${e.effectiveDirective}`),
            { once: true },
          );
          try {
            const url = URL.createObjectURL(
              new Blob(['postMessage(1)'], { type: 'text/javascript' }),
            );
            new Worker(url).onmessage = () => resolve('started');
          } catch (e) {
            resolve(`refused: ${(e as Error).name}`);
          }
        }),
    );
    expect(blobWorker).toMatch(/^refused: (worker-src|SecurityError)/);

    await page.getByTestId('mode').selectOption('body');
    await page.getByTestId('start-camera').click();
    await waitForResult(page, (r: { poses: { score: number }[] }) => r.poses[0]!.score > 0.3);
    expect(await page.getByTestId('backend').textContent()).toBe('wasm');
    await benchHooks(page);
    expect(await page.evaluate(() => window.convlensBench!.wasmThreads())).toBe(2);
    expect(
      requested.filter((p) => /tfjs-backend-wasm-threaded-simd\.(worker|module)\.js$/.test(p)),
    ).not.toEqual([]);
  });
});
