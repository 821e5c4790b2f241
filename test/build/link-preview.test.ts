// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultEmbeds, headlineCard, readDatasets, siteUrlFrom } from '../../build/embeds'
import { lightColors, resolveColor } from '../../build/colors'
import {
  chartPreviewSvg,
  headlinePreviewSvg,
  previewTags,
  renderPng,
} from '../../build/link-preview'
import { parseDataset } from '@/data/schema'
import { DATA_DIR } from '../helpers/files'

const color = resolveColor(lightColors(readFileSync('src/styles/tokens.css', 'utf8')))
const data = readDatasets(DATA_DIR)

/** Width and height from a PNG's header (the IHDR chunk). */
function pngSize(png: Buffer): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

/** The words an SVG draws: each <text>, its lines (<tspan>) joined by spaces. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) => (m[1] ?? '').replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''))
    .join('\n')

describe('link preview tags', () => {
  it('give title, description, a 1200×630 image with its text alternative, and a large card', () => {
    const tags = previewTags({
      title: 'Tittel & «funn»',
      description: 'Beskrivelse',
      image: 'https://x.github.io/heltid-i-tall/forhandsvisning.png',
      imageAlt: 'Alt',
      url: 'https://x.github.io/heltid-i-tall/',
    })
    const unescape = (v: string) =>
      v
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    const content = (key: string) => {
      const value = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(
        tags,
      )?.[1]
      return value === undefined ? undefined : unescape(value)
    }
    expect(content('og:title')).toBe('Tittel & «funn»')
    expect(content('og:description')).toBe('Beskrivelse')
    expect(content('og:image')).toBe('https://x.github.io/heltid-i-tall/forhandsvisning.png')
    expect(content('og:image:width')).toBe('1200')
    expect(content('og:image:height')).toBe('630')
    expect(content('og:image:alt')).toBe('Alt')
    expect(content('og:url')).toBe('https://x.github.io/heltid-i-tall/')
    expect(content('twitter:card')).toBe('summary_large_image')
  })

  it('leave out og:url where the site’s address is not known', () => {
    const tags = previewTags({
      title: 't',
      description: 'd',
      image: 'i.png',
      imageAlt: 'a',
      url: null,
    })
    expect(tags).not.toContain('og:url')
  })

  it.each([
    [undefined, null],
    ['', null],
    ['https://x.github.io/heltid-i-tall', 'https://x.github.io/heltid-i-tall/'],
    ['https://example.org/', 'https://example.org/'],
  ])('SITE_URL %j gives %j', (value, url) => {
    expect(siteUrlFrom(value)).toBe(url)
  })
})

describe('link preview images', () => {
  it('are 1200×630 PNGs, drawn from the data: the finding, the figure, the bars, the source', () => {
    const card = headlineCard(data)
    const svg = headlinePreviewSvg(card, color)
    expect(pngSize(renderPng(svg))).toEqual([1200, 630])
    const words = texts(svg)
    expect(words).toContain(card.title.split(' ')[0])
    expect(words).toContain('54\u00a0105 årsverk')
    expect(words).toContain('Kilde: Opptrappingsplanen')
    expect(svg).not.toContain('var(--')
  })

  it.each(['arsverk', 'heltid', 'brukere'] as const)(
    'the %s chart’s image shows that chart',
    (section) => {
      const embed = defaultEmbeds(data)[section]
      const svg = chartPreviewSvg(embed, color)
      expect(pngSize(renderPng(svg))).toEqual([1200, 630])
      const words = texts(svg)
      for (const word of embed.title.split(' ').slice(0, 3)) expect(words).toContain(word)
      if (embed.chart?.kind === 'bars')
        for (const row of embed.chart.spec.rows) expect(words).toContain(row.label)
      expect(svg).not.toContain('var(--')
    },
  )

  it('change when a number in the data changes', () => {
    const before = defaultEmbeds(data).arsverk
    // A copy of the data with one more person employed as helsefagarbeider.
    const json = JSON.parse(readFileSync(`${DATA_DIR}arsverk-2021.json`, 'utf8')) as {
      groups: { id: string; sysselsatte: number }[]
      total: { sysselsatte: number }
    }
    json.groups.find((g) => g.id === 'helsefagarbeider')!.sysselsatte += 1000
    json.total.sysselsatte += 1000
    const after = defaultEmbeds({ ...data, arsverk: parseDataset('arsverk', json) }).arsverk
    const [svgBefore, svgAfter] = [before, after].map((e) => chartPreviewSvg(e, color))
    expect(texts(svgBefore!)).toContain('13\u00a0156')
    expect(texts(svgAfter!)).toContain('14\u00a0156')
    expect(renderPng(svgAfter!).equals(renderPng(svgBefore!))).toBe(false)

    const card = headlineCard({ ...data, arsverk: parseDataset('arsverk', json) })
    expect(texts(headlinePreviewSvg(card, color))).toContain('55\u00a0105 årsverk')
  })
})
