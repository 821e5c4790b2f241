import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'
import { contentSecurityPolicy, sha256, styleAttributeHashes } from './csp.ts'
import { buildInlineEntry } from './inline-entry.ts'

/**
 * Prerendering: after the client build is written, renders the page in its default view
 * (src/prerender.tsx, built for Node on the side) with the data files in dist/data, and
 * writes the HTML into dist/index.html, so the figures and tables show before any script
 * runs (src/start.tsx hydrates them). It also inlines the stylesheet (one request fewer
 * before the first paint), puts the page's entry inline in place of its script tag
 * (build/inline-entry.ts), and writes the Content-Security-Policy with the hashes of the
 * inline styles and the entry (build/csp.ts). Runs before the service worker is generated,
 * so the precache lists the final index.html.
 *
 * The build's inputs are index.html (the page's entry, src/main.tsx) and src/start.tsx (the
 * app's start, an entry of its own so the inline entry can import it). The page's entry
 * chunk is not used by the page and is deleted; no chunk may import it.
 */
export function prerender(): Plugin {
  const root = fileURLToPath(new URL('..', import.meta.url))
  let outDir = ''
  return {
    name: 'heltid-i-tall:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
      const start = chunks.find(
        (c) => c.isEntry && c.facadeModuleId === join(root, 'src/start.tsx'),
      )
      const page = chunks.find((c) => c.isEntry && c.facadeModuleId === join(root, 'index.html'))
      if (!start || !page) {
        const entries = chunks
          .filter((c) => c.isEntry)
          .map((c) => `${c.fileName} ${c.facadeModuleId}`)
        throw new Error(`prerender: no start or main entry in the bundle: ${entries.join(', ')}`)
      }
      // Every chunk the page's entry shares with the app is a chunk of its own, which the
      // start chunk imports; the entry's own chunk is left unused.
      if (
        chunks.some(
          (c) => c.imports.includes(page.fileName) || c.dynamicImports.includes(page.fileName),
        )
      ) {
        throw new Error('prerender: a chunk imports the entry chunk')
      }
      const entry = await buildInlineEntry(start.fileName)
      const body = await renderDefaultView(root, join(outDir, 'data'))
      const indexFile = join(outDir, 'index.html')
      const html = prerenderedPage(readFileSync(indexFile, 'utf8'), {
        body,
        entry,
        stylesheet: (file) => readFileSync(join(outDir, file), 'utf8'),
      })
      writeFileSync(indexFile, html)
      rmSync(join(outDir, page.fileName))
    },
  }
}

/** The HTML of the page in its default view, with the data files in `dataDir`. */
async function renderDefaultView(root: string, dataDir: string): Promise<string> {
  const serverDir = join(root, 'node_modules/.cache/heltid-i-tall-prerender')
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    resolve: { alias: { '@': join(root, 'src') } },
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
  )) as typeof import('../src/prerender')
  const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json'))
  const files = Object.fromEntries(
    dataFiles.map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as unknown]),
  )
  return renderPage(files)
}

export interface PageParts {
  /** The prerendered HTML of the page's content, for the empty `<div id="root">`. */
  body: string
  /** The page's entry, built to stand inline (build/inline-entry.ts). */
  entry: string
  /** The text of a stylesheet index.html links, by its path relative to index.html. */
  stylesheet: (file: string) => string
}

/**
 * Vite's index.html made into the prerendered page: the stylesheet inline, the content in
 * #root, the entry's script tag and module preloads replaced by the entry itself, inline at
 * the end of <body> (the page reads and paints without its script, which only brings it to
 * life; the entry fetches the data and the app after that paint), and a
 * Content-Security-Policy first in <head> that allows the inline stylesheet, the content's
 * style attributes and the entry by their hashes. Throws if the HTML is not the one expected
 * (no empty #root, no entry script tag) or if any inline script but the entry would be written.
 */
export function prerenderedPage(html: string, parts: PageParts): string {
  const hashes: string[] = []
  const styled = html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
    (_, file: string) => {
      const css = parts.stylesheet(file)
      hashes.push(sha256(css))
      return `<style>${css}</style>`
    },
  )
  for (const hash of styleAttributeHashes(parts.body)) if (!hashes.includes(hash)) hashes.push(hash)
  const policy = contentSecurityPolicy(hashes, [sha256(parts.entry)])
  const csp = `<meta http-equiv="Content-Security-Policy" content="${policy}">`
  if (!styled.includes('<div id="root"></div>')) throw new Error('prerender: no empty #root')
  const tags = /<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g
  if ((styled.match(tags) ?? []).length < 1) throw new Error('prerender: no entry script tag')
  const page = styled
    .replace(tags, '')
    .replace('<head>', () => `<head>${csp}`)
    .replace('<div id="root"></div>', () => `<div id="root">${parts.body}</div>`)
    .replace('</body>', () => `<script type="module">${parts.entry}</script></body>`)
  const inline = [...page.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  if (inline.length !== 1 || inline[0]?.[1] !== parts.entry) {
    throw new Error('prerender: an inline script other than the entry would be written')
  }
  return page
}
