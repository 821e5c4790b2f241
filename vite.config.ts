import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy } from './build/csp.ts'
import { prerender } from './build/prerender.ts'
import { sharedChunk } from './build/shared-chunk.ts'
import { staticEmbeds } from './build/static-embeds.ts'

const ROOT = fileURLToPath(new URL('.', import.meta.url))
const SRC = fileURLToPath(new URL('./src', import.meta.url))
const START = join(SRC, 'start.tsx')
// The modules the start shares with later chunks, in one chunk (build/shared-chunk.ts).
const shared = sharedChunk({ entry: START, app: SRC })

// `base: './'` makes every asset URL relative to index.html, so the same build works
// at the domain root and under any sub-path (GitHub Pages serves a project at /<repo>/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // The page prerendered into index.html, with its entry and stylesheet inline and its
    // Content-Security-Policy (build/prerender.ts).
    prerender(),
    shared.plugin, // reads the module graph for the shared chunk's rule
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
    // One stylesheet, inlined into index.html, in import order: the global ones first
    // (src/main.tsx), then each component's and section's (see the README, «Styles»).
    cssCodeSplit: false,
    rollupOptions: {
      // The app's start is an entry of its own, so the inline entry can import it and no
      // chunk imports the entry chunk (build/prerender.ts).
      input: { index: join(ROOT, 'index.html'), start: START },
      preserveEntrySignatures: 'exports-only',
      output: {
        // The small modules that the start shares with chunks loaded later would each be a
        // file of their own; together in one chunk they are fewer requests and compress
        // better. The rule names no module: see build/shared-chunk.ts.
        codeSplitting: { groups: [shared.group] },
      },
    },
  },
})
