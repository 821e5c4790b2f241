import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { contentSecurityPolicy } from './build/csp.ts'
import { prerender } from './build/prerender.ts'
import { staticEmbeds } from './build/static-embeds.ts'

const ROOT = fileURLToPath(new URL('.', import.meta.url))
const SRC = fileURLToPath(new URL('./src', import.meta.url))

// `base: './'` makes every asset URL relative to index.html, so the same build works
// at the domain root and under any sub-path (GitHub Pages serves a project at /<repo>/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // The page prerendered into index.html, with its entry and stylesheet inline and its
    // Content-Security-Policy (build/prerender.ts).
    prerender(),
    // Chart embeds as static HTML and SVG, and link previews (build/static-embeds.ts).
    staticEmbeds({ csp: contentSecurityPolicy, siteUrl: process.env.SITE_URL }),
    // Offline after the first visit: the service worker precaches the app and its data as
    // one versioned set, so it never serves a mix of old and new files. A new deploy waits
    // until the reader chooses to reload (sections/update-notice.tsx registers it, outside
    // embeds only).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json}'],
        // The static chart embeds are for other sites' articles: not precached for the
        // dashboard's readers, and never answered with the dashboard's page.
        globIgnores: ['innebygd/**', 'assets/embed-filtered-*.js'],
        navigateFallbackDenylist: [/\/innebygd\//],
        // Every view is the same page: a link with any query is served from the cache.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': SRC },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      // The app's start is an entry of its own, so the inline entry can import it and no
      // chunk imports the entry chunk (build/prerender.ts).
      input: { index: join(ROOT, 'index.html'), start: join(SRC, 'start.tsx') },
      preserveEntrySignatures: 'exports-only',
      output: {
        // The small modules that the start shares with chunks loaded later would each be a
        // file of their own (a dozen of under 1 KiB); together in one chunk they are fewer
        // requests and compress better (first-load JS about 2 KiB gzip less, npm run bench).
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /\/src\/(components\/(source-line|copy-button|choice-group|table-scroll|client-value|embed-height|chart-config|downloads|download|legend|loading-note|embed-context|published-sources|compare-bars|bar-list|chart-parts|chart-layout)|metrics\/(format|key-figures|sources|arsverk-table|workforce|selection|arguments|users-series|users|ks-trend|headline|short-chart|terms|full-time)|sections\/use-arguments|components\/reader-input|state\/(view-store|embed|view-state|workplace-store))\.tsx?$|node_modules\/react\/|vite\/preload-helper/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/smoke/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The key user paths in Chromium, Firefox and WebKit (test/smoke/paths.ts), one
        // engine after the other: the machine has two cores.
        extends: true,
        test: {
          name: 'smoke',
          environment: 'node',
          include: ['test/smoke/**/*.test.ts'],
          globalSetup: ['test/smoke/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
