import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { staticEmbeds } from './build/static-embeds.ts'

/**
 * The built site's Content-Security-Policy: scripts, data and frames only from the site
 * itself, no plugins, and no inline script but the page's own small entry, allowed by its
 * SHA-256 hash (a hash-based strict policy; no 'unsafe-inline'). Styles come from the site too, plus the inline
 * stylesheet and the style attributes of the prerendered page, each allowed by its hash
 * (see `prerender` below). The dev server needs inline script for hot reload, so the policy
 * is added to the build only. Images may be data: and blob: URLs: the favicon and the PNG
 * export use them.
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  const styles = styleHashes.length > 0 ? ` 'unsafe-hashes' ${styleHashes.join(' ')}` : ''
  const scripts = scriptHashes.map((h) => ` ${h}`).join('')
  return [
    "default-src 'self'",
    `script-src 'self'${scripts}`,
    `style-src 'self'${styles}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

const ROOT = fileURLToPath(new URL('.', import.meta.url))
const SRC = fileURLToPath(new URL('./src', import.meta.url))

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * Prerendering: after the client build is written, renders the page in its default view
 * (src/prerender.tsx, built for Node on the side) with the data files in dist/data, and
 * writes the HTML into dist/index.html, so the figures and tables show before any script
 * runs (src/start.tsx hydrates them). It also inlines the stylesheet (one request fewer
 * before the first paint), lowers the script's priority, and writes the Content-Security-Policy
 * with the hashes of the inline styles. Runs before the service worker is generated, so
 * the precache lists the final index.html.
 */
/**
 * The page's entry (src/main.tsx), bundled on its own into one small ES module with no
 * import but the app's: `./start` becomes the built start chunk, so the entry can stand
 * inline in index.html and run without a request of its own.
 */
async function buildEntry(startFile: string): Promise<string> {
  const outDir = join(ROOT, 'node_modules/.cache/heltid-i-tall-entry')
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    mode: 'production',
    base: './',
    resolve: { alias: { '@': SRC } },
    plugins: [
      {
        name: 'heltid-i-tall:entry-imports',
        enforce: 'pre',
        resolveId(id) {
          if (id === './start') return { id: `./${startFile}`, external: true }
          // The stylesheet comes with the page (inlined by the prerender below).
          if (id.endsWith('.css')) return '\0no-css'
          return null
        },
        load: (id) => (id === '\0no-css' ? '' : null),
      },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: join(SRC, 'main.tsx'),
        output: { format: 'es', entryFileNames: 'entry.js' },
      },
    },
  })
  const code = readFileSync(join(outDir, 'entry.js'), 'utf8').trim()
  if (/<\/script|<!--/i.test(code)) throw new Error('entry: cannot stand inline in HTML')
  if (/^\s*import\s|\bfrom\s*["']/m.test(code)) throw new Error('entry: has a static import')
  return code
}

function prerender(): Plugin {
  let outDir = ''
  return {
    name: 'heltid-i-tall:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
      const start = chunks.find((c) => c.isEntry && c.facadeModuleId === join(SRC, 'start.tsx'))
      const page = chunks.find((c) => c.isEntry && c.facadeModuleId === join(ROOT, 'index.html'))
      if (!start || !page) {
        const entries = chunks
          .filter((c) => c.isEntry)
          .map((c) => `${c.fileName} ${c.facadeModuleId}`)
        throw new Error(`prerender: no start or main entry in the bundle: ${entries.join(', ')}`)
      }
      const entry = await buildEntry(start.fileName)
      const serverDir = join(ROOT, 'node_modules/.cache/heltid-i-tall-prerender')
      await build({
        configFile: false,
        root: ROOT,
        logLevel: 'warn',
        mode: 'production',
        resolve: { alias: { '@': SRC } },
        plugins: [
          react(),
          {
            // The service worker is registered in the browser only.
            name: 'heltid-i-tall:no-service-worker',
            resolveId: (id) => (id === 'virtual:pwa-register' ? '\0pwa-register' : null),
            load: (id) =>
              id === '\0pwa-register' ? 'export const registerSW = () => async () => {}' : null,
          },
        ],
        build: {
          ssr: 'src/prerender.tsx',
          outDir: serverDir,
          emptyOutDir: true,
          copyPublicDir: false,
          rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
        },
      })
      const { renderPage } = (await import(
        `${pathToFileURL(join(serverDir, 'prerender.mjs')).href}?t=${Date.now()}`
      )) as typeof import('./src/prerender')
      const dataDir = join(outDir, 'data')
      const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json'))
      const files = Object.fromEntries(
        dataFiles.map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as unknown]),
      )
      const body = await renderPage(files)

      const indexFile = join(outDir, 'index.html')
      let html = readFileSync(indexFile, 'utf8')
      const hashes: string[] = []
      html = html.replace(
        /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
        (_, file: string) => {
          const css = readFileSync(join(outDir, file), 'utf8')
          hashes.push(sha256(css))
          return `<style>${css}</style>`
        },
      )
      for (const [, value] of body.matchAll(/ style="([^"]*)"/g)) {
        const hash = sha256(unescapeHtml(value ?? ''))
        if (!hashes.includes(hash)) hashes.push(hash)
      }
      const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, [sha256(entry)])}">`
      if (!html.includes('<div id="root"></div>')) throw new Error('prerender: no empty #root')
      // The page reads and paints without its script, which only brings it to life. The
      // entry stands inline (allowed by its hash), so the first paint waits for no script
      // file; it fetches the data and the app after that paint.
      const tags = /<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g
      if ((html.match(tags) ?? []).length < 1) throw new Error('prerender: no entry script tag')
      html = html
        .replace(tags, '')
        .replace('<head>', `<head>${csp}`)
        .replace('<div id="root"></div>', () => `<div id="root">${body}</div>`)
        .replace('</body>', () => `<script type="module">${entry}</script></body>`)
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      if (inline.length !== 1 || inline[0]?.[1] !== entry) {
        throw new Error('prerender: an inline script other than the entry would be written')
      }
      writeFileSync(indexFile, html)
      // The entry's own file is not used by the page; every chunk it shares with the app
      // is a chunk of its own, which the start chunk imports.
      if (
        chunks.some(
          (c) => c.imports.includes(page.fileName) || c.dynamicImports.includes(page.fileName),
        )
      ) {
        throw new Error('prerender: a chunk imports the entry chunk')
      }
      rmSync(join(outDir, page.fileName))
    },
  }
}

// `base: './'` makes every asset URL relative to index.html, so the same build works
// at the domain root and under any sub-path (GitHub Pages serves a project at /<repo>/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
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
      // chunk imports the entry chunk (see prerender above).
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
              test: /\/src\/(components\/(?:[a-z]+\/)?(source-line|copy-button|choice-group|table-scroll|client-value|embed-height|chart-config|downloads|download|legend|loading-note|embed-context|published-sources|compare-bars|bar-list|chart-parts|chart-layout)|metrics\/(format|key-figures|sources|arsverk-table|workforce|selection|arguments|users-series|users|ks-trend|headline|short-chart|terms|full-time)|sections\/(?:nokkeltall\/)?use-arguments|components\/(?:page\/)?reader-input|state\/(view-store|embed|view-state|workplace-store))\.tsx?$|node_modules\/react\/|vite\/preload-helper/,
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
