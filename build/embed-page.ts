import type { ChartEmbed } from '@/static-chart/charts'
import { embedBody } from '@/static-chart/html'
import { escapeXml } from '@/static-chart/markup'
import { CHART_VIEW_KEYS, PARAMS } from '@/state/view-state'
import { sha256 } from './csp'
import { purgeCss, usedIn } from './purge-css'

/**
 * A static chart embed as a whole HTML document: the chart, its words and its table
 * written at build time, so it reads and paints with no script; one inline stylesheet
 * (the page's own, plus a few rules of the static chart); a Content-Security-Policy with
 * the hash of every inline style and script; link-preview tags; and one small module,
 * loaded after the paint (height to the host, the host's colour scheme, filtered links).
 */

/**
 * Runs in <head> before the first paint: a link that chooses something (a filter, a sort)
 * hides the plain chart until the module has drawn the chosen one (or, should the module
 * never run, for at most 3 s; see STATIC_CSS).
 */
export function pendingScript(section: ChartEmbed['section']): string {
  const names = JSON.stringify(CHART_VIEW_KEYS[section].map((k) => PARAMS[k]))
  return `(function(){var q=new URLSearchParams(location.search);if(${names}.some(function(k){return q.has(k)}))document.documentElement.classList.add("sc-pending")})()`
}

/** The static chart's own rules, beside the page's stylesheet. */
export const STATIC_CSS = [
  '.sc-chart{container-type:inline-size}',
  '.sc-svg{display:block}',
  'html.sc-pending main{visibility:hidden;animation:sc-show 0s 3s forwards}',
  '@keyframes sc-show{to{visibility:visible}}',
].join('\n')

export interface EmbedPageInput {
  embed: ChartEmbed
  part: 'diagram' | 'diagram-tabell'
  /** The site's root relative to this page ("../../"). */
  root: string
  /** The page's stylesheet (the app's CSS); the embed keeps the rules it can use. */
  css: string
  /** The embed's module (embed-client.ts, built), to stand inline at the end of the page. */
  script: string
  /** <meta> tags for link previews. */
  head: string
  csp: (styleHashes: readonly string[], scriptHashes: readonly string[]) => string
}

/** Classes a chart drawn in the browser may add (filtered.ts): kept in the stylesheet. */
const DRAWN_LATER = '<p class="empty-state data-problem"></p>'

export function embedPage(input: EmbedPageInput): string {
  const { embed, part, root } = input
  const body = embedBody(embed, { withTable: part === 'diagram-tabell', fullPage: root })
  const main = `<div class="page page--embedded"><main id="innhold">${body.html}</main></div>`
  const used = usedIn(`<html class="embedded"><body>${main}${DRAWN_LATER}</body></html>`)
  const style = `${purgeCss(input.css, used)}\n${STATIC_CSS}\n${body.css}`
  const pending = pendingScript(embed.section)
  const script = input.script.trim()
  if (/<\/(style|script)|<!--/i.test(style + pending + script))
    throw new Error('embed page: inline text ends its element')
  const csp = input.csp([sha256(style)], [sha256(pending), sha256(script)])
  return [
    '<!doctype html>',
    `<html lang="nb" class="embedded" data-section="${embed.section}" data-part="${part}" data-root="${escapeXml(root)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(`${embed.title} – Heltid i tall`)}</title>`,
    `<meta name="description" content="${escapeXml(embed.summary)}">`,
    '<link rel="icon" href="data:,">',
    input.head,
    `<style>${style}</style>`,
    `<script>${pending}</script>`,
    '</head>',
    `<body>${main}`,
    // After the chart: the height to the host, the host's colour scheme, filtered links.
    `<script type="module">${script}</script>`,
    '</body></html>',
    '',
  ].join('\n')
}
