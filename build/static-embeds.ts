import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type { Csp } from './embeds'
import { noCss } from './no-css'

/**
 * The build step for the static chart embeds and the link previews (build/embeds.ts).
 * After the client build is written (and prerendered), it loads embeds.ts through Vite's
 * module runner, with the app's `@/` alias, so the build and the browser share one
 * renderer in src/static-chart, and writes the pages and images into dist/. Runs before
 * the service worker is generated, so the precache lists the embed pages.
 */
export function staticEmbeds(options: { csp: Csp; siteUrl?: string | undefined }): Plugin {
  const root = fileURLToPath(new URL('..', import.meta.url))
  let outDir = ''
  return {
    name: 'heltid-i-tall:static-embeds',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(_options, bundle) {
        const css = Object.values(bundle).find(
          (a) => a.type === 'asset' && a.fileName.endsWith('.css'),
        )
        if (!css) throw new Error('static embeds: no stylesheet in the bundle')
        const { module } = await runnerImport<typeof import('./embeds')>(
          join(root, 'build/embeds.ts'),
          {
            configFile: false,
            root,
            logLevel: 'warn',
            resolve: { alias: { '@': join(root, 'src') } },
            plugins: [noCss()],
          },
        )
        await module.writeEmbeds({
          outDir,
          cssFile: css.fileName,
          csp: options.csp,
          siteUrl: module.siteUrlFrom(options.siteUrl),
        })
      },
    },
  }
}
