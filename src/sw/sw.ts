// The service worker (vite-plugin-pwa, injectManifest): precache the app and the models, serve
// them offline, keep models fetched later, and take an update only when the user accepts it.
// Everything it serves carries the isolation headers (isolate_response.ts).
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import { isolateResponse } from './isolate_response';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

const isolate: WorkboxPlugin = {
  handlerWillRespond: ({ response }) => Promise.resolve(isolateResponse(response)),
};

// PwaState (ui/pwa.svelte.ts) posts this when the user accepts the update.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

addPlugins([isolate]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// Models not precached are kept once a lab has loaded them.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/models/'),
  new CacheFirst({ cacheName: 'convlens-models', plugins: [isolate] }),
);
