// @vitest-environment node
import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { embedPage } from '../../build/embed-page'
import {
  chartPreviewText,
  defaultEmbeds,
  headlineCard,
  headlinePreviewText,
  readDatasets,
} from '../../build/embeds'
import { lightColors, resolveColor } from '../../build/colors'
import { chartPreviewSvg, headlinePreviewSvg, previewTags } from '../../build/link-preview'
import { arsverkEmbed, fullTimeEmbed, usersEmbed, type ChartEmbed } from '@/static-chart/charts'
import { DEFAULT_VIEW } from '@/state/view-state'
import { parseView } from '@/state/view-url'
import { contentSecurityPolicy } from '../../build/csp'
import { DATA_DIR } from '../helpers/files'
import { readerTexts, singularLabels, textProblems } from '../helpers/reader-texts'

/**
 * The style sheet (src/metrics/terms.md) held on the static chart embeds: each page as
 * the build writes it (build/embed-page.ts), chart alone and with its table, in the default
 * view and in the views a link can choose (drawn in the browser by the same renderer), and
 * the words of the link previews: their tags and the text drawn into their images.
 */

const data = readDatasets(DATA_DIR)
const SINGULAR = singularLabels(data)
const color = resolveColor(lightColors(readFileSync('src/styles/tokens.css', 'utf8')))

/** Each chart in the default view (as built) and in views a link chooses. */
const VIEWS = [
  '',
  '?visning=andel',
  '?niva=1',
  '?visning=andel&niva=1',
  '?grupper=sykepleier',
  '?grupper=sykepleier,helsefagarbeider,vernepleier&visning=andel',
  '?grupper=',
  '?heltidsortering=group',
  '?brukervisning=frekvens',
  '?aldersgrupper=80-89,90%2B&fra=2015&til=2019',
  '?fra=2013&til=2013',
  '?aldersgrupper=',
]

function embedsAt(search: string): ChartEmbed[] {
  if (!search) return Object.values(defaultEmbeds(data))
  const view = { ...parseView(search), embed: true }
  return [
    arsverkEmbed(data.arsverk, view),
    fullTimeEmbed(data.fullTime2023, view),
    usersEmbed(data.users, view),
  ]
}

// Node, as the build runs (build/embeds.ts reads its files from disk); jsdom reads the pages.
const parse = (text: string, contentType: string) =>
  new JSDOM(text, { contentType }).window.document

/** The link-preview tags' words. */
const meta = (doc: Document) =>
  [...doc.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map(
    (m) => m.getAttribute('content') ?? '',
  )

/** The words an SVG draws: each <text> (its lines joined), and each <title>. */
function svgTexts(svg: string): string[] {
  return [...parse(svg, 'image/svg+xml').querySelectorAll('text, title')].map((t) =>
    [...t.childNodes].map((n) => n.textContent).join(' '),
  )
}

describe('every text of a static chart embed follows the style sheet', () => {
  it.each(VIEWS)('the pages, chart alone and with its table, at «%s»', (search) => {
    const problems = embedsAt(search).flatMap((embed) =>
      (['diagram', 'diagram-tabell'] as const).flatMap((part) => {
        const html = embedPage({
          embed,
          part,
          root: '../../',
          css: '',
          script: '',
          head: previewTags({ ...chartPreviewText(embed), image: 'x.png', url: null }),
          csp: contentSecurityPolicy,
        })
        const doc = parse(html, 'text/html')
        const texts = [...readerTexts(doc.body), doc.title, ...meta(doc)]
        expect(texts.length, `${embed.section} ${part}`).toBeGreaterThan(10)
        return textProblems(texts, `${embed.section} ${part} ${search || 'default'}`, SINGULAR)
      }),
    )
    expect(problems).toEqual([])
  })

  it('no word main has retired comes back (the short embed legend, «i dag», counts in digits)', () => {
    const all = VIEWS.flatMap(embedsAt)
      .map((embed) =>
        embedPage({
          embed,
          part: 'diagram-tabell',
          root: '../../',
          css: '',
          script: '',
          head: '',
          csp: contentSecurityPolicy,
        }),
      )
      .join('\n')
    expect(all).not.toMatch(/>I dag<|>Mangler til heltid<|Årsverk i dag|\bav 1?\d grupper/)
  })

  it('the link previews: their tags and what their images say', () => {
    const previews = Object.values(defaultEmbeds(data)).flatMap((embed) => {
      const { title, description, imageAlt } = chartPreviewText(embed)
      return textProblems(
        [title, description, imageAlt, ...svgTexts(chartPreviewSvg(embed, color))],
        `preview ${embed.section}`,
        SINGULAR,
      )
    })
    const card = headlineCard(data)
    const index = /<title>([^<]*)<\/title>/.exec(readFileSync('index.html', 'utf8'))?.[1] ?? ''
    const { title, description, imageAlt } = headlinePreviewText(card, index)
    const headline = textProblems(
      [title, description, imageAlt, ...svgTexts(headlinePreviewSvg(card, color))],
      'preview of the dashboard',
      SINGULAR,
    )
    expect([...previews, ...headline]).toEqual([])
    // The default view's embed words are those the previews are drawn from.
    expect(svgTexts(chartPreviewSvg(defaultEmbeds(data).arsverk, color))).toContain(
      'Årsverk som mangler til heltid',
    )
    expect(DEFAULT_VIEW.measure).toBe('antall')
  })
})
