import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { humanModels } from './human-models';

const root = fileURLToPath(new URL('.', import.meta.url));
const THEME_COLOR = '#0b4f8a';

export default defineConfig({
  root,
  plugins: [
    react(),
    humanModels(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      // Icons and favicon are already matched by globPatterns below; listing them again would duplicate them.
      includeManifestIcons: false,
      manifest: {
        name: 'Kinerja',
        short_name: 'Kinerja',
        description: 'Aplikasi kinerja pegawai ASN: jurnal kegiatan harian, data diri, atasan, bawahan, dan impor data kepegawaian.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        categories: ['business', 'productivity'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell (HTML, JS chunks, CSS, icons) is precached; API answers never are.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The face engine (Human with TensorFlow.js) and its models are for the selfie screen only: not
        // precached for everyone, but kept once that screen has fetched them, for offline check-ins.
        globIgnores: ['**/human.esm-*.js', 'models/**'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/models/human/') || /\/assets\/human\.esm-[^/]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'kinerja-face-models', expiration: { maxEntries: 20 } },
          },
        ],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: true,
    // dist/.vite/manifest.json: scripts/check-budget.mjs walks it for the journal route's JavaScript.
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // @kinerja/core is pure domain code ("no I/O"): importing one label must not pull in the rest
        // (e.g. holiday tables built with top-level calls the bundler cannot prove free of effects).
        moduleSideEffects: [{ test: /[\\/]packages[\\/]core[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
