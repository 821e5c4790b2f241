import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { loadAll } from '../helpers/files'
import { singularLabels, textProblems } from '../helpers/reader-texts'
import { axeViolations, launch, serveHostPage, watch } from './browser'

/**
 * The static chart embeds (innebygd/<section>/): drawn at build time, they must look like
 * the page's own chart (Recharts) and work without the app.
 */

const baseUrl = inject('baseUrl')
const SECTIONS = ['arsverk', 'heltid', 'brukere'] as const
let browser: Browser
let article: Awaited<ReturnType<typeof serveHostPage>>

beforeAll(async () => {
  browser = await launch()
  article = await serveHostPage()
})
afterAll(async () => {
  await browser?.close()
  await article?.close()
})

interface Drawn {
  title: string
  subtitle: string
  /** The bars' names: on the category axis (a wide plot) or above the bars (a narrow one). */
  categories: string[]
  /** Where the names stand: above the bars or on an axis. */
  namesAbove: boolean
  /** Each name's box relative to the first mark's. */
  names: { x: number; y: number; width: number; height: number }[]
  /** Each mark: its series' colour (the stripes' colour for a hatched bar), hatched or not, and its box relative to the first mark's. */
  marks: { color: string; hatched: boolean; x: number; y: number; width: number; height: number }[]
  values: string[]
  xTicks: string[]
  yTicks: string[]
}

/** What the page's Recharts chart shows, read from its SVG. */
function readRecharts(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.recharts-surface')!
    const text = (el: Element) =>
      el.querySelectorAll('tspan').length > 0
        ? [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')
        : (el.textContent ?? '')
    const colorOf = (el: SVGGraphicsElement, attr: 'fill' | 'stroke') => {
      const value = el.getAttribute(attr) ?? ''
      const pattern = /url\(#([^)]+)\)/.exec(value)?.[1]
      const target = pattern ? svg.querySelector(`[id="${pattern}"] rect`)! : el
      return getComputedStyle(target)[pattern ? 'fill' : attr]
    }
    const boxes = [
      ...svg.querySelectorAll<SVGGraphicsElement>(
        '.recharts-bar-rectangle path, .recharts-line-dot',
      ),
    ]
    const lines = [...svg.querySelectorAll<SVGGraphicsElement>('.recharts-line-curve')]
    const first = boxes[0]?.getBBox()
    // A narrow plot hides the category axis and writes each name above its bars.
    const names = lines.length
      ? []
      : [
          ...svg.querySelectorAll<SVGGraphicsElement>(
            '.recharts-yAxis-tick-labels text, text.chart-name-above',
          ),
        ]
    return {
      title: document.querySelector('.chart__title')?.textContent ?? '',
      subtitle: document.querySelector('.chart__subtitle')?.textContent ?? '',
      categories: names.map(text),
      namesAbove: svg.querySelector('text.chart-name-above') !== null,
      names: names.map((el) => {
        const b = el.getBBox()
        return {
          x: b.x - (first?.x ?? 0),
          y: b.y - (first?.y ?? 0),
          width: b.width,
          height: b.height,
        }
      }),
      marks: boxes.map((el) => {
        const b = el.getBBox()
        const isDot = el.classList.contains('recharts-line-dot')
        return {
          color: colorOf(el, isDot ? 'stroke' : 'fill'),
          hatched: /url\(/.test(el.getAttribute('fill') ?? ''),
          x: b.x - (first?.x ?? 0),
          y: b.y - (first?.y ?? 0),
          width: b.width,
          height: b.height,
        }
      }),
      values: [...svg.querySelectorAll('.recharts-label-list text:not(.chart-name-above)')].map(
        text,
      ),
      xTicks: [...svg.querySelectorAll('.recharts-xAxis-tick-labels text')].map(text),
      yTicks: lines.length
        ? [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map(text)
        : [],
    }
  })
}

/**
 * What the static chart shows, read from its SVG as a reader sees it: of its drawings the
 * one shown at this width, and of its ticks those shown.
 */
function readStatic(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const drawings = [...document.querySelectorAll<SVGSVGElement>('svg.sc-svg')]
    const visible = drawings.filter((d) => d.getBoundingClientRect().height > 0)
    if (visible.length !== 1) throw new Error(`${visible.length} static drawings show`)
    const svg = visible[0]!
    const text = (el: Element) =>
      el.querySelectorAll('tspan').length > 0
        ? [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')
        : (el.textContent ?? '')
    const shown = (el: Element) => getComputedStyle(el.closest('g') ?? el).display !== 'none'
    // Recharts draws one series after the other: read the bars the same way.
    const bars = [...svg.querySelectorAll<SVGGraphicsElement>('rect.sc-bar')]
    const series = [...new Set(bars.map((b) => b.dataset.series))]
    const boxes = [
      ...series.flatMap((id) => bars.filter((b) => b.dataset.series === id)),
      ...svg.querySelectorAll<SVGGraphicsElement>('circle.sc-dot'),
    ]
    const colorOf = (el: SVGGraphicsElement, attr: 'fill' | 'stroke') => {
      const value = el.getAttribute(attr) ?? ''
      const pattern = /url\(#([^)]+)\)/.exec(value)?.[1]
      const target = pattern ? svg.querySelector(`[id="${pattern}"] rect`)! : el
      return getComputedStyle(target)[pattern ? 'fill' : attr]
    }
    const box = (el: SVGGraphicsElement) => {
      if (el instanceof SVGCircleElement) {
        const r = el.r.baseVal.value
        return {
          x: el.cx.baseVal.value - r,
          y: el.cy.baseVal.value - r,
          width: 2 * r,
          height: 2 * r,
        }
      }
      return el.getBBox()
    }
    const first = boxes[0] ? box(boxes[0]) : undefined
    const lines = svg.querySelectorAll('.sc-line')
    const names = [...svg.querySelectorAll<SVGGraphicsElement>('.sc-category')]
    return {
      title: document.querySelector('.chart__title')?.textContent ?? '',
      subtitle: document.querySelector('.chart__subtitle')?.textContent ?? '',
      categories: names.map(text),
      namesAbove: svg.querySelector('.sc-category--above') !== null,
      names: names.map((el) => {
        const b = el.getBBox()
        return {
          x: b.x - (first?.x ?? 0),
          y: b.y - (first?.y ?? 0),
          width: b.width,
          height: b.height,
        }
      }),
      marks: boxes.map((el) => {
        const b = box(el)
        const isDot = el instanceof SVGCircleElement
        return {
          color: colorOf(el, isDot ? 'stroke' : 'fill'),
          hatched: /url\(/.test(el.getAttribute('fill') ?? ''),
          x: b.x - (first?.x ?? 0),
          y: b.y - (first?.y ?? 0),
          width: b.width,
          height: b.height,
        }
      }),
      values: [...svg.querySelectorAll('.sc-value, .sc-line-end')].map(text),
      xTicks: [...svg.querySelectorAll('.sc-tick text')].filter(shown).map(text),
      yTicks: lines.length ? [...svg.querySelectorAll('.sc-value-tick text')].map(text) : [],
    }
  })
}

type Box = { x: number; y: number; width: number; height: number }
const expectClose = (a: Box, e: Box, where: string) => {
  for (const k of ['x', 'y', 'width', 'height'] as const)
    expect(Math.abs(a[k] - e[k]), `${where} ${k}`).toBeLessThanOrEqual(1.5)
}

/**
 * The two drawings agree: same words, same order, same colours, the names in the same
 * place (above the bars or on the axis), and every bar, point and name within 1.5 px.
 */
function expectSame(actual: Drawn, expected: Drawn, where: string) {
  const { marks: a, names: aNames, ...aWords } = actual
  const { marks: e, names: eNames, ...eWords } = expected
  expect(aWords, where).toEqual(eWords)
  expect(a.length, where).toBe(e.length)
  a.forEach((mark, i) => {
    const want = e[i]!
    expect([mark.color, mark.hatched], `${where}: mark ${i}`).toEqual([want.color, want.hatched])
    expectClose(mark, want, `${where}: mark ${i}`)
  })
  expect(aNames.length, where).toBe(eNames.length)
  aNames.forEach((name, i) => expectClose(name, eNames[i]!, `${where}: name ${i}`))
}

describe('a static chart embed', () => {
  it.each([375, 700])(
    'draws the same bars and lines as the page’s chart, in the same order, with the same values and labels (%d px)',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      for (const section of SECTIONS) {
        // The app's own chart-only embed, opened on its own (not in a frame, so not sent on).
        await page.goto(`${baseUrl}?embed=1&seksjon=${section}&del=diagram`)
        await page.locator('svg.recharts-surface').waitFor()
        await page.locator('.recharts-bar-rectangle path, .recharts-line-dot').first().waitFor()
        const app = await readRecharts(page)
        await page.goto(`${baseUrl}innebygd/${section}/`)
        const drawn = await readStatic(page)
        expect(app.marks.length, section).toBeGreaterThan(4)
        // The page's own layout for this width: names above the bars on a phone.
        if (section !== 'brukere') expect(app.namesAbove, section).toBe(width < 520)
        expectSame(drawn, app, `${section} at ${width} px`)
      }
      await context.close()
    },
  )

  it('paints its finding, chart, source and link with JavaScript switched off', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    for (const section of SECTIONS) {
      await page.goto(`${baseUrl}innebygd/${section}/med-tabell/`)
      await expect.poll(() => page.locator('.chart__title').isVisible()).toBe(true)
      // Of the chart's drawings (names above the bars, or on the axis) the one for the width.
      const drawn = page.locator('svg.sc-svg:visible')
      const plot = await drawn.boundingBox()
      expect(plot?.height, section).toBeGreaterThan(200)
      expect(await drawn.locator('.sc-bar, .sc-dot').count(), section).toBeGreaterThan(4)
      await page.getByText('Vis tallene som tabell').click()
      expect(await page.getByRole('table').isVisible(), section).toBe(true)
      expect(await page.getByRole('link', { name: /Se alle tall i Heltid i tall/ }).count()).toBe(1)
      expect(await page.getByText('Kilde:').count()).toBe(1)
    }
    await context.close()
  })

  it('passes axe, light and dark, with its table open; asks nothing of another origin; breaks no CSP rule', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    await context.addInitScript(() => {
      const w = window as unknown as { violations: string[] }
      w.violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    const page = await context.newPage()
    const seen = watch(page)
    for (const section of SECTIONS) {
      for (const scheme of ['light', 'dark']) {
        await page.goto(`${baseUrl}innebygd/${section}/med-tabell/`)
        await page.evaluate((s) => {
          document.documentElement.dataset.scheme = s
          // The host page's own background shows through the embed: a dark host's here.
          if (s === 'dark') document.documentElement.style.background = 'rgb(18, 22, 27)'
        }, scheme)
        await page.getByText('Vis tallene som tabell').click()
        expect(await axeViolations(page), `${section} ${scheme}`).toEqual([])
      }
      expect(
        await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      ).toEqual([])
    }
    const origin = new URL(baseUrl).origin
    expect(seen.requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'))).toEqual([])
    expect(seen.errors).toEqual([])
    await context.close()
  })

  it('draws a link with filters in the browser: the chosen groups, the measure, its table', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 900 } })
    await context.addInitScript(() => {
      const w = window as unknown as { violations: string[] }
      w.violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    const page = await context.newPage()
    const query = '?grupper=sykepleier,helsefagarbeider,vernepleier&visning=andel'
    await page.goto(`${baseUrl}${query}&embed=1&seksjon=arsverk&del=diagram-tabell`)
    await page.locator('.recharts-bar-rectangle path').first().waitFor()
    const app = await readRecharts(page)
    const appTable = await page.locator('#arsverk table').textContent()
    await page.goto(`${baseUrl}innebygd/arsverk/med-tabell/${query}`)
    await expect.poll(() => page.locator('.sc-plot--wide .sc-row').count()).toBe(3)
    expectSame(await readStatic(page), app, 'filtered')
    // The same caption, headers, rows and totals; the page's headers also carry sort arrows.
    expect(await page.locator('table').textContent()).toBe(appTable?.replace(/[↕▲▼]/g, ''))
    const open = page.getByRole('link', { name: /Se alle tall i Heltid i tall/ })
    expect(await open.getAttribute('href')).toBe(`../../../${query.replace(/,/g, ',')}#arsverk`)
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('in an article on another site: sizes the iframe, takes the host’s dark, and an old snippet lands here', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      colorScheme: 'dark',
    })
    const page = await context.newPage()
    article.page.html = `<!doctype html><html lang="nb"><head><title>Artikkel</title>
      <meta name="color-scheme" content="light dark"></head><body style="margin:0">
      <iframe id="heltid" src="${baseUrl}?embed=1&seksjon=heltid&del=diagram" title="Heltid i tall"
        width="100%" height="300" style="border:0;width:100%;display:block" data-heltid-i-tall></iframe>
      <script src="${baseUrl}embed.js" async></script></body></html>`
    await page.goto(article.url)
    const frame = page.frameLocator('#heltid')
    await frame.locator('svg.sc-svg:visible').waitFor()
    const embedded = page.frames()[1]!
    expect(embedded.url()).toBe(`${baseUrl}innebygd/heltid/?embed=1&seksjon=heltid&del=diagram`)
    await expect
      .poll(() => page.locator('#heltid').evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(400)
    const content = await embedded.evaluate(() =>
      Math.ceil(document.body.getBoundingClientRect().height),
    )
    const iframe = await page.locator('#heltid').evaluate((el) => el.getBoundingClientRect().height)
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2)
    expect(iframe).toBeLessThanOrEqual(600)
    await expect
      .poll(() => embedded.evaluate(() => document.documentElement.dataset.scheme))
      .toBe('dark')
    expect(await embedded.evaluate(() => getComputedStyle(document.body).color)).toBe(
      'rgb(232, 236, 240)',
    )
    await context.close()
  })

  it('every static page and the dashboard have link-preview tags whose image is a 1200×630 PNG', async () => {
    for (const path of [
      '',
      ...SECTIONS.flatMap((s) => [`innebygd/${s}/`, `innebygd/${s}/med-tabell/`]),
    ]) {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      const meta = (key: string) =>
        new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]
      expect(meta('og:title'), path).toBeTruthy()
      expect(meta('og:description'), path).toBeTruthy()
      expect(meta('twitter:card'), path).toBe('summary_large_image')
      expect([meta('og:image:width'), meta('og:image:height')], path).toEqual(['1200', '630'])
      const image = await fetch(new URL(meta('og:image') ?? '', `${baseUrl}${path}`))
      expect(image.headers.get('content-type'), path).toBe('image/png')
      const png = Buffer.from(await image.arrayBuffer())
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630])
    }
  })

  it('every built page’s text and link-preview tags follow the style sheet', async () => {
    const singular = singularLabels(loadAll())
    // As built, before any script: what a reader, a screen reader or a link preview gets.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const problems: string[] = []
    for (const path of [
      '',
      ...SECTIONS.flatMap((s) => [`innebygd/${s}/`, `innebygd/${s}/med-tabell/`]),
    ]) {
      await page.goto(`${baseUrl}${path}`)
      const { texts, tags } = await page.evaluate(() => {
        const blocks = 'p, li, th, td, h1, h2, h3, caption, summary, figcaption, text, title'
        const texts = [
          document.title,
          ...[...document.body.querySelectorAll(blocks)].map((el) => el.textContent ?? ''),
          ...[...document.body.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) =>
            ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
          ),
        ]
        const tags = [
          ...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]'),
        ].map((m) => m.getAttribute('content') ?? '')
        return { texts, tags }
      })
      expect(tags.length, path).toBeGreaterThan(8)
      // The dashboard's own text is the app's test's (test/sections/terms.test.tsx).
      const read = (path ? [...texts, ...tags] : tags)
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
      if (path) expect(read.length, path).toBeGreaterThan(30)
      problems.push(...textProblems(read, path || 'index.html', singular))
    }
    expect(problems).toEqual([])
    await context.close()
  })
})
