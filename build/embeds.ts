import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { DATA_FILES } from '@/data/files'
import { DATASETS, parseDataset, type Datasets } from '@/data/schema'
import { buildArguments } from '@/metrics/arguments'
import { resolveYears } from '@/metrics/users-series'
import {
  arsverkEmbed,
  fullTimeEmbed,
  usersEmbed,
  type ChartEmbed,
  type ChartSection,
} from '@/static-chart/charts'
import { staticEmbedPath } from '@/state/embed'
import { DEFAULT_VIEW, type ViewState } from '@/state/view-state'
import { lightColors, resolveColor } from './colors'
import { embedPage } from './embed-page'
import { chartPreviewSvg, headlinePreviewSvg, previewTags, renderPng } from './link-preview'
import { noCss } from './no-css'

/**
 * The static chart embeds and the link previews, made when the site is built (see the
 * README, «Embedding, sharing and downloads»). For each chart that can be embedded alone:
 *
 *   innebygd/<section>/            the chart alone (del=diagram)
 *   innebygd/<section>/med-tabell/ the chart and its table (del=diagram-tabell)
 *   innebygd/<section>/forhandsvisning.png   its link preview
 *
 * and forhandsvisning.png with preview tags for the dashboard itself (index.html).
 * Everything is drawn from the data files in dist/data in the default view.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SRC = join(ROOT, 'src')

/** Where the static embeds live, relative to the site's root. */
export const EMBED_DIR = 'innebygd'
export const PREVIEW_FILE = 'forhandsvisning.png'

/** The static embed's path for a chart and part, relative to the site's root. */
export function embedPath(section: ChartSection, part: 'diagram' | 'diagram-tabell'): string {
  const path = staticEmbedPath(section, part)
  if (!path) throw new Error(`static embeds: no static page for ${section} ${part}`)
  return path
}

/** Every chart embed in the default view, from parsed datasets. */
export function defaultEmbeds(data: Pick<Datasets, 'arsverk' | 'fullTime2023' | 'users'>) {
  const view: ViewState = { ...DEFAULT_VIEW, embed: true }
  return {
    arsverk: arsverkEmbed(data.arsverk, view),
    heltid: fullTimeEmbed(data.fullTime2023, view),
    brukere: usersEmbed(data.users, view),
  } satisfies Record<ChartSection, ChartEmbed>
}

/** The data files in a folder, each parsed and validated as the page does. */
export function readDatasets(dataDir: string): Datasets {
  const present = new Set(readdirSync(dataDir))
  return Object.fromEntries(
    Object.entries(DATA_FILES).map(([name, file]) => {
      if (!present.has(file)) throw new Error(`static embeds: ${file} is missing in ${dataDir}`)
      const json = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as unknown
      return [name, parseDataset(name as keyof typeof DATASETS, json)]
    }),
  ) as Datasets
}

/** The dashboard's headline card, in the default view: the finding the previews lead with. */
export function headlineCard(data: Datasets) {
  const { from, to } = resolveYears(null, null, data.users.years)
  const [card] = buildArguments(data, { groups: data.arsverk.groups.map((g) => g.id), from, to })
  if (!card) throw new Error('static embeds: no headline card')
  return card
}

/** A chart page's preview words: its finding, its summary and source, the image's alternative. */
export function chartPreviewText(embed: ChartEmbed) {
  return {
    title: embed.title,
    description: `${embed.summary} Kilde: ${embed.sources.map((s) => s.label).join('; ')}.`,
    imageAlt: `${embed.title}. ${embed.subtitle}`,
  }
}

/** The dashboard's preview words: the page's title, and the headline card. */
export function headlinePreviewText(card: ReturnType<typeof headlineCard>, title: string) {
  return {
    title,
    description: `${card.title}: ${card.text}`,
    imageAlt: `${card.title}. ${card.highlight}.`,
  }
}

/** The site's address from SITE_URL ("https://x.github.io/heltid-i-tall/"), or null. */
export function siteUrlFrom(value: string | undefined): string | null {
  if (!value) return null
  const url = new URL(value)
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/**
 * Builds the embeds' one module, to stand inline in each page: the height and colour-scheme
 * protocol and, for a link with filters only, a dynamic import of the drawing code
 * (filtered.ts, with the metrics and the data schema), built first as a file of its own.
 */
async function buildClient(outDir: string): Promise<string> {
  const bundle = async (input: string, define: Record<string, string>, write: boolean) => {
    const result = await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      mode: 'production',
      base: './',
      define,
      resolve: { alias: { '@': SRC } },
      plugins: [noCss()],
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'es2022',
        modulePreload: false,
        write,
        rollupOptions: {
          input: join(SRC, input),
          // The drawing module is imported for its export.
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            entryFileNames: 'assets/embed-[name]-[hash].js',
            chunkFileNames: 'assets/embed-[name]-[hash].js',
          },
        },
      },
    })
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      'output' in r ? r.output : [],
    )
    const chunks = outputs.flatMap((o) => (o.type === 'chunk' ? [o] : []))
    const entry = chunks.find((o) => o.isEntry)
    if (!entry || chunks.length !== 1) {
      throw new Error(`static embeds: ${input} did not build into one file`)
    }
    return entry
  }
  const filtered = await bundle('static-chart/filtered.ts', {}, true)
  const client = await bundle(
    'static-chart/embed-client.ts',
    { __EMBED_FILTERED__: JSON.stringify(filtered.fileName) },
    false,
  )
  if (/^\s*import\s|\bfrom\s*["']/m.test(client.code)) {
    throw new Error('static embeds: the inline module has a static import')
  }
  return client.code
}

export type Csp = (styleHashes: readonly string[], scriptHashes: readonly string[]) => string

export interface EmbedsInput {
  /** The built site (dist/), with its data files. */
  outDir: string
  /** The app's one stylesheet, relative to outDir ("assets/style-x.css"). */
  cssFile: string
  csp: Csp
  /** The site's address, where known (SITE_URL). */
  siteUrl: string | null
}

/** Writes the static embeds, their previews, and the dashboard's preview and tags. */
export async function writeEmbeds({ outDir, cssFile, csp, siteUrl: site }: EmbedsInput) {
  const absolute = (path: string) => (site ? new URL(path, site).href : null)
  const css = readFileSync(join(outDir, cssFile), 'utf8')
  const color = resolveColor(lightColors(readFileSync(join(SRC, 'styles/tokens.css'), 'utf8')))
  const data = readDatasets(join(outDir, 'data'))
  const script = await buildClient(outDir)
  const write = (path: string, content: string | Buffer) => {
    const file = join(outDir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
  }

  for (const [section, embed] of Object.entries(defaultEmbeds(data)) as [
    ChartSection,
    ChartEmbed,
  ][]) {
    const image = `${EMBED_DIR}/${section}/${PREVIEW_FILE}`
    write(image, renderPng(chartPreviewSvg(embed, color)))
    for (const part of ['diagram', 'diagram-tabell'] as const) {
      const path = embedPath(section, part)
      const root = '../'.repeat(path.split('/').filter(Boolean).length)
      const head = previewTags({
        ...chartPreviewText(embed),
        image: absolute(image) ?? `${root}${image}`,
        url: absolute(path),
      })
      write(`${path}index.html`, embedPage({ embed, part, root, css, script, head, csp }))
    }
  }

  // The dashboard's own preview.
  const card = headlineCard(data)
  write(PREVIEW_FILE, renderPng(headlinePreviewSvg(card, color)))
  const indexFile = join(outDir, 'index.html')
  const index = readFileSync(indexFile, 'utf8')
  const title = (/<title>([^<]*)<\/title>/.exec(index)?.[1] ?? 'Heltid i tall')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
  const tags = previewTags({
    ...headlinePreviewText(card, title),
    image: absolute(PREVIEW_FILE) ?? PREVIEW_FILE,
    url: site,
  })
  if (!index.includes('</head>')) throw new Error('static embeds: index.html has no </head>')
  writeFileSync(
    indexFile,
    index.replace('</head>', () => `${tags}\n</head>`),
  )
}
