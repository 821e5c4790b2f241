import { describe, expect, it } from 'vitest'
import { embedSnippet, embedUrl, fullViewUrl, pageUrlOf, staticEmbedPath } from '@/state/embed'
import { DEFAULT_VIEW } from '@/state/view-state'
import { parseView } from '@/state/view-url'

const page = 'https://fagforbundet.github.io/heltid-i-tall/'
const filtered = {
  ...DEFAULT_VIEW,
  groups: ['helsefagarbeider', 'sykepleier'],
  measure: 'andel' as const,
}

describe('embed links', () => {
  it('the embed URL carries the filters, embed=1 and the section', () => {
    const url = embedUrl(page, filtered, 'arsverk')
    expect(url).toBe(
      `${page}?grupper=helsefagarbeider,sykepleier&visning=andel&embed=1&seksjon=arsverk`,
    )
    // Reading the link back gives the same view, embedded.
    expect(parseView(new URL(url).search)).toEqual({ ...filtered, embed: true, section: 'arsverk' })
  })

  it('the full view drops embed, section and presentation, and opens at the section', () => {
    const embedded = { ...filtered, embed: true, section: 'brukere' as const, slide: 2 }
    expect(fullViewUrl(page, embedded)).toBe(
      `${page}?grupper=helsefagarbeider,sykepleier&visning=andel#brukere`,
    )
  })

  it('the whole page can be embedded too', () => {
    expect(embedUrl(page, DEFAULT_VIEW, null)).toBe(`${page}?embed=1`)
  })

  it('builds a snippet with title, lazy loading, full width, no border, permissions and the script', () => {
    const snippet = embedSnippet(
      page,
      filtered,
      'arsverk',
      'Årsverk per utdanningsgruppe – Heltid i tall',
    )
    expect(snippet).toContain(
      `src="${page}?grupper=helsefagarbeider,sykepleier&amp;visning=andel&amp;embed=1&amp;seksjon=arsverk"`,
    )
    expect(snippet).toContain('title="Årsverk per utdanningsgruppe – Heltid i tall"')
    expect(snippet).toContain('loading="lazy"')
    expect(snippet).toContain('width="100%"')
    expect(snippet).toContain('border:0')
    expect(snippet).toContain('allow="clipboard-write; fullscreen; web-share"')
    expect(snippet).toContain(`<script src="${page}embed.js" async></script>`)
    expect(snippet).toContain('height="600"')
  })

  it('starts the iframe at the measured height, rounded up; a bad height gives the default', () => {
    expect(embedSnippet(page, DEFAULT_VIEW, 'arsverk', 'T', 1234.2)).toContain('height="1235"')
    expect(embedSnippet(page, DEFAULT_VIEW, 'arsverk', 'T', Number.NaN)).toContain('height="600"')
    expect(embedSnippet(page, DEFAULT_VIEW, 'arsverk', 'T', -5)).toContain('height="600"')
  })

  it('escapes a title so it cannot break out of the attribute', () => {
    expect(embedSnippet(page, DEFAULT_VIEW, null, '"><script>')).toContain(
      'title="&quot;&gt;&lt;script&gt;"',
    )
  })

  it('the page URL leaves out query and fragment', () => {
    expect(pageUrlOf({ origin: 'http://127.0.0.1:5173', pathname: '/heltid-i-tall/' })).toBe(
      'http://127.0.0.1:5173/heltid-i-tall/',
    )
  })
})

describe('a chart embedded alone', () => {
  it('is the chart’s static page, with the filters in its query and no embed parameters', () => {
    const chart = { ...filtered, embedPart: 'diagram' as const }
    expect(embedUrl(page, chart, 'arsverk')).toBe(
      `${page}innebygd/arsverk/?grupper=helsefagarbeider,sykepleier&visning=andel`,
    )
    expect(embedUrl(page, { ...DEFAULT_VIEW, embedPart: 'diagram-tabell' }, 'brukere')).toBe(
      `${page}innebygd/brukere/med-tabell/`,
    )
  })

  it.each([
    ['arsverk', 'diagram', 'innebygd/arsverk/'],
    ['heltid', 'diagram-tabell', 'innebygd/heltid/med-tabell/'],
    ['brukere', 'diagram', 'innebygd/brukere/'],
    ['arsverk', 'seksjon', null],
    ['nokkeltall', 'diagram', null],
    [null, 'diagram', null],
  ] as const)('%s, %s → %s', (section, part, path) => {
    expect(staticEmbedPath(section, part)).toBe(path)
  })
})
