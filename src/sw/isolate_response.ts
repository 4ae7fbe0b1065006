import { isolationHeaders } from '../../scripts/classroom/isolation_headers.mjs';

/**
 * The response with COOP same-origin and COEP require-corp added, so a page the service worker
 * serves is cross-origin isolated even where the host sends no such headers (a static host). A
 * response that has them already, or an opaque or error one (status 0), is returned as it is.
 */
export function isolateResponse(response: Response): Response {
  if (response.status === 0) return response;
  const missing = Object.entries(isolationHeaders).filter(
    ([name, value]) => response.headers.get(name) !== value,
  );
  if (missing.length === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of missing) headers.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
