// No imports: the service worker (src/sw.ts) bundles this file as well as the servers.

/**
 * The two headers that make the page cross-origin isolated (`crossOriginIsolated`), which gives it
 * SharedArrayBuffer and with it the threaded WASM backend. The app loads nothing from other
 * origins, so require-corp blocks nothing. The classroom server and `npm start` send them; the
 * service worker adds them to what it serves, for static hosts that cannot send headers.
 */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
