import { CHART_SECTIONS, type EmbedPart, type SectionId, type ViewState } from './view-state'
import { serializeView } from './view-url'

/**
 * Links and embed code for a view. Pure: give it the page's address without query or
 * fragment (e.g. "https://x.github.io/heltid-i-tall/") and a view.
 */

/** The link under an embed to the same view in the full dashboard. */
export const OPEN_FULL_LABEL = 'Se alle tall i Heltid i tall'

/** The full dashboard at the same view, opened at the section's anchor. */
export function fullViewUrl(pageUrl: string, view: ViewState): string {
  const search = serializeView({
    ...view,
    embed: false,
    section: null,
    slide: null,
    embedPart: 'seksjon',
  })
  return `${pageUrl}${search}${view.section ? `#${view.section}` : ''}`
}

type ChartSection = (typeof CHART_SECTIONS)[number]
const isChartSection = (id: SectionId | null): id is ChartSection =>
  CHART_SECTIONS.some((s) => s === id)

/**
 * Where a chart embedded alone lives: a static page made at build time for each chart
 * and part (build/static-embeds.ts), relative to the site's root: `innebygd/arsverk/`,
 * with its table `innebygd/arsverk/med-tabell/`. Null for a part the app shows itself.
 */
export function staticEmbedPath(section: SectionId | null, part: EmbedPart): string | null {
  if (!isChartSection(section) || part === 'seksjon') return null
  return `innebygd/${section}/${part === 'diagram-tabell' ? 'med-tabell/' : ''}`
}

/**
 * The embedded view: the same filters, with embed=1 and the chosen section. A chart
 * embedded alone is its static page, with the filters in its query.
 */
export function embedUrl(pageUrl: string, view: ViewState, section: SectionId | null): string {
  const path = staticEmbedPath(section, view.embedPart)
  if (path) {
    const query = serializeView({
      ...view,
      embed: false,
      section: null,
      slide: null,
      embedPart: 'seksjon',
    })
    return `${pageUrl}${path}${query}`
  }
  return `${pageUrl}${serializeView({ ...view, embed: true, section, slide: null })}`
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The iframe's height before its content reports one, when none was measured. */
export const DEFAULT_EMBED_HEIGHT = 600

/**
 * A start height for the snippet before the preview has measured one: what the part is on
 * a phone (the chart alone is held to about 500 px; its table is folded under it).
 */
export function embedStartHeight(part: EmbedPart): number {
  if (part === 'diagram') return 520
  if (part === 'diagram-tabell') return 580
  return DEFAULT_EMBED_HEIGHT
}

/**
 * The snippet an editor pastes into an article: an iframe that fills the column's width
 * and has no border, and the host script that sizes it to its content. `height` is the
 * content's height where it was measured (the preview): the closer it is, the less the
 * article moves when the iframe takes its real height.
 */
export function embedSnippet(
  pageUrl: string,
  view: ViewState,
  section: SectionId | null,
  title: string,
  height: number = DEFAULT_EMBED_HEIGHT,
): string {
  const src = escapeAttribute(embedUrl(pageUrl, view, section))
  const h = Number.isFinite(height) && height > 0 ? Math.ceil(height) : DEFAULT_EMBED_HEIGHT
  return [
    `<iframe src="${src}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="${h}"`,
    `  style="border:0;width:100%;display:block" allow="clipboard-write; fullscreen; web-share"`,
    `  data-heltid-i-tall></iframe>`,
    `<script src="${escapeAttribute(pageUrl)}embed.js" async></script>`,
  ].join('\n')
}

/** The page's address without query or fragment, e.g. "https://x.github.io/heltid-i-tall/". */
export function pageUrlOf(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`
}
