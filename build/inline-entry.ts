import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { noCss } from './no-css'

/**
 * The page's entry (src/main.tsx), bundled on its own into one small ES module that stands
 * inline in index.html (build/prerender.ts puts it there), so the first paint waits for no
 * script file. Its only import is the app's: `./start` becomes the built start chunk
 * (`startFile`, relative to index.html), loaded with `import()` after the first paint. Its
 * stylesheet imports are dropped: the stylesheet comes inline with the page.
 */
export async function buildInlineEntry(startFile: string): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const outDir = join(root, 'node_modules/.cache/heltid-i-tall-entry')
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    base: './',
    resolve: { alias: { '@': join(root, 'src') } },
    plugins: [
      noCss(),
      {
        name: 'heltid-i-tall:entry-imports',
        enforce: 'pre',
        resolveId: (id) => (id === './start' ? { id: `./${startFile}`, external: true } : null),
      },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: join(root, 'src/main.tsx'),
        output: { format: 'es', entryFileNames: 'entry.js' },
      },
    },
  })
  return checkInlineEntry(readFileSync(join(outDir, 'entry.js'), 'utf8'))
}

/**
 * The built entry, trimmed, if it can stand inline: nothing in it may end the <script>
 * element or open an HTML comment (which changes how the HTML parser reads a script), and it
 * may have no static import, which would be one more request before it runs; `import()` is
 * what it is for. Throws otherwise.
 */
export function checkInlineEntry(built: string): string {
  const code = built.trim()
  if (/<\/script|<!--/i.test(code)) throw new Error('entry: cannot stand inline in HTML')
  // `import x from`, `import{…}from`, `export … from`, and a bare `import"…"` as minified.
  if (/^\s*import\s|\bimport\s*["'{*]|\bfrom\s*["']/m.test(code)) {
    throw new Error('entry: has a static import')
  }
  return code
}
