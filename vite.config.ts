import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import catalogue from './models/catalogue.json' with { type: 'json' };
import { responseHeaders } from './scripts/classroom/https_server.mjs';
import { threadedWasmFactory, threadedWasmFiles } from './scripts/build/threaded_wasm_factory.mjs';

/** The Content-Security-Policy of the built app (DESIGN.md, "Security and privacy"). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: mediastream:",
  // No blob: the threaded WASM backend's threads start from files the build emits
  // (scripts/build/threaded_wasm_factory.mjs, threadedWasmFiles).
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Only in the build: Vite's dev server injects inline scripts for hot reload.
function cspMeta(): Plugin {
  return {
    name: 'convlens-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Models flagged `precache` (every model a lab uses, so each lab works offline after the first
// visit) go into the service worker's precache, keyed by their sha256.
const precachedModels = catalogue.models
  .filter((m) => m.precache)
  .flatMap((m) => m.files.map((f) => ({ url: `models/${f.to}`, revision: f.sha256 })));

// TF.js (core, backends, converter) and the two libraries it brings, in one chunk of their own,
// so the shell's budget (tests/e2e/shell_budget.e2e.ts) counts our code, not TF.js. Layers and
// the gradients stay out: only the labs that train load them; WebGPU too, loaded only where it
// is asked for (tf_backend_engine.ts).
const tfjsModule = (id: string): boolean =>
  /node_modules[\\/](@tensorflow[\\/]tfjs-(core|converter|backend-(?!webgpu)[a-z]+)|long|seedrandom)[\\/]/.test(
    id,
  ) && !/[\\/](gradients[\\/]|register_all_gradients)/.test(id);

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    // dist/.vite/manifest.json: which chunks the page loads first (the shell budget reads it).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'tfjs', test: tfjsModule },
            {
              name: 'tfjs-webgpu',
              test: /node_modules[\\/]@tensorflow[\\/]tfjs-backend-webgpu[\\/]/,
            },
          ],
        },
      },
    },
  },
  // `npm start` serves the build with the classroom server's headers (no framing by other sites).
  preview: { headers: responseHeaders },
  // Module workers (the Style lab's trainer) as ES chunks: they import TF.js like the page.
  worker: { format: 'es' },
  plugins: [
    svelte(),
    cspMeta(),
    threadedWasmFactory(),
    threadedWasmFiles(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // Our own worker (src/sw/sw.ts): it adds the isolation headers to what it serves.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      includeAssets: ['icons/*.png'],
      manifest: {
        name: 'ConvLens: a live lab for convolutional networks',
        short_name: 'ConvLens',
        description: 'See convolutional networks work on your own camera, offline.',
        // The app's identity for the browser, kept if start_url ever changes.
        id: './',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#111827',
        theme_color: '#111827',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          // Art inside the safe zone (node scripts/maskable-icon.mjs makes it).
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // The install dialog's pictures (node scripts/screenshots.mjs makes them from the build).
        screenshots: [
          {
            src: 'screenshots/wide.webp',
            sizes: '1280x800',
            type: 'image/webp',
            form_factor: 'wide',
            label: 'The Detection lab naming the fruit in a photo (COCO, CenterNet)',
          },
          {
            src: 'screenshots/narrow.webp',
            sizes: '390x844',
            type: 'image/webp',
            form_factor: 'narrow',
            label: 'The Detection lab on a phone',
          },
        ],
        // A long press on the installed app's icon opens a lab directly.
        shortcuts: [
          ['landmarks', 'Landmarks', 'Landmark detection: face, body and hand points'],
          ['detection', 'Detection', 'Object detection: YOLO, sliding windows, COCO'],
          ['faces', 'Faces', 'Face verification and recognition'],
          ['style', 'Style', 'Neural style transfer'],
          ['transfer', 'Transfer', 'Transfer learning on your own classes'],
          ['convolution', 'Convolution', 'Filters, padding, stride, pooling'],
          ['networks', 'Networks', 'ResNets, 1x1 convolutions, Inception, MobileNet'],
        ].map(([lab, name, description]) => ({
          name: name!,
          description,
          url: `./#/${lab}`,
          icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
        })),
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,wasm,png,jpg,svg,webmanifest}', 'styles/**/*.{json,bin}'],
        // The bench's hooks load only with `?bench` (the bench and the tests, online): users'
        // devices do not install them.
        globIgnores: ['models/**', '**/bench_hooks-*.js'],
        additionalManifestEntries: precachedModels,
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      },
    }),
  ],
});
