// `npm start` serves the build with `vite preview`: its responses carry the classroom server's
// headers, frame-ancestors among them, which the page's meta CSP cannot set.
import { describe, expect, it } from 'vitest';
import config from '../../../vite.config';

describe('vite preview headers', () => {
  it("forbids framing: frame-ancestors 'none' and X-Frame-Options DENY", () => {
    const headers = config.preview?.headers ?? {};
    expect(headers['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('isolates the page: COOP same-origin and COEP require-corp (threaded WASM)', () => {
    const headers = config.preview?.headers ?? {};
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Cross-Origin-Embedder-Policy']).toBe('require-corp');
  });
});
