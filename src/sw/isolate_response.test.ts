import { describe, expect, it } from 'vitest';
import { isolationHeaders } from '../../scripts/classroom/isolation_headers.mjs';
import { isolateResponse } from './isolate_response';

describe('isolateResponse', () => {
  it('adds COOP and COEP to a response that lacks them, keeping its status, headers and body', async () => {
    const plain = new Response('<!doctype html>', {
      status: 200,
      statusText: 'OK',
      headers: { 'Content-Type': 'text/html' },
    });
    const out = isolateResponse(plain);
    expect(out.status).toBe(200);
    expect(out.statusText).toBe('OK');
    expect(out.headers.get('Content-Type')).toBe('text/html');
    expect(out.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(out.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(await out.text()).toBe('<!doctype html>');
  });

  it('sends the same pair as the servers', () => {
    const out = isolateResponse(new Response('x'));
    for (const [name, value] of Object.entries(isolationHeaders)) {
      expect(out.headers.get(name), name).toBe(value);
    }
  });

  it('leaves a response that already has them as it is', () => {
    const served = new Response('x', { headers: isolationHeaders });
    expect(isolateResponse(served)).toBe(served);
  });

  it('leaves an error response (status 0, headers not readable) as it is', () => {
    const failed = Response.error();
    expect(isolateResponse(failed)).toBe(failed);
  });
});
