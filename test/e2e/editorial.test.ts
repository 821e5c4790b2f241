import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { browserForFile, chartsDrawn, visitEverySection } from './browser'

/**
 * What the HR adviser would check with the page open: no text that runs into other text,
 * at a phone's width and a laptop's, with every section drawn; and no chart whose title
 * says something the chart does not draw.
 */

const baseUrl = inject('baseUrl')
const browser = browserForFile()

const WORKPLACE = '#arbeidsplass=helsefagarbeider~12~50_sykepleier~6~75'

async function openAll(
  width: number,
  hash = WORKPLACE,
): Promise<{ page: Page; context: BrowserContext }> {
  // The test adds a stylesheet of its own; the page's policy (rightly) refuses inline styles.
  const context = await browser().newContext({ viewport: { width, height: 900 }, bypassCSP: true })
  const page = await context.newPage()
  await page.goto(baseUrl + hash)
  await page.waitForFunction(() => document.querySelector('.loading-note') === null)
  await page.locator('#arbeidsplass-resultat').waitFor()
  // A reader's own scroll: the link's landing stops pulling the page back to the results.
  await page.mouse.wheel(0, 10)
  await chartsDrawn(page)
  // Draw every section: the tools load when scrolled near, and sections off screen skip
  // their layout (content-visibility) until then.
  await visitEverySection(page)
  await page.locator('#hva-om .scenario-result').waitFor()
  await page.addStyleTag({ content: '.section { content-visibility: visible !important; }' })
  await page.evaluate(() => window.scrollTo(0, 0))
  return { page, context }
}

interface Box {
  text: string
  where: string
  /** Inside a box that scrolls sideways (a wide table): reached by scrolling, not clipped. */
  scrolls: boolean
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * Every visible piece of text on the page as boxes in page coordinates: each line of HTML
 * text (a Range over its text node) and each SVG <text>. Hidden text (display none, a
 * closed <details>, the visually-hidden class, zero size) is left out; so is the sticky
 * contents row, which floats over whatever is scrolled beneath it by design.
 */
function textBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const boxes: Box[] = []
    const visible = (el: Element) =>
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      !el.closest('.visually-hidden, nav.contents, .skip-link')
    const where = (el: Element) => {
      const section = el.closest('section[id], header, footer')
      return `${section?.id || section?.tagName.toLowerCase() || 'page'} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`
    }
    const scrolls = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX
        if (x === 'auto' || x === 'scroll') return true
      }
      return false
    }
    const push = (text: string, el: Element, r: DOMRect) => {
      if (r.width < 1 || r.height < 1) return
      boxes.push({
        text,
        where: where(el),
        scrolls: scrolls(el),
        left: r.left + scrollX,
        top: r.top + scrollY,
        right: r.right + scrollX,
        bottom: r.bottom + scrollY,
      })
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue?.trim()
      const parent = node.parentElement
      if (!text || !parent || parent.closest('svg') || !visible(parent)) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const r of range.getClientRects()) push(text, parent, r)
    }
    for (const el of document.querySelectorAll('svg text')) {
      const text = el.textContent?.trim()
      if (text && visible(el)) push(text, el, el.getBoundingClientRect())
    }
    return boxes
  })
}

/** Pairs of boxes that overlap by more than a pixel both ways (touching lines do not count). */
function overlaps(boxes: readonly Box[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top)
  const found: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!
      if (b.top >= a.bottom - 1) break
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      if (x > 1.5 && y > 1.5)
        found.push(`«${a.text}» (${a.where}) overlaps «${b.text}» (${b.where})`)
    }
  }
  return found
}

/** Text that runs out past the right edge of the page (clipped on a phone). */
function offPage(boxes: readonly Box[], width: number): string[] {
  return boxes
    .filter((b) => !b.scrolls && (b.right > width + 1 || b.left < -1))
    .map((b) => `«${b.text}» (${b.where}) ends at ${Math.round(b.right)} px`)
}

describe('no text runs into other text', () => {
  it.each([375, 1280])(
    'at %i px, every section drawn, with a unit in Min arbeidsplass',
    async (width) => {
      const { page, context } = await openAll(width)
      const boxes = await textBoxes(page)
      expect(boxes.length).toBeGreaterThan(500)
      // Chart text is among them: ticks, names and values.
      expect(boxes.filter((b) => b.where.includes(' text')).length).toBeGreaterThan(80)
      expect(overlaps(boxes)).toEqual([])
      expect(offPage(boxes, width)).toEqual([])
      await context.close()
    },
  )

  it('finds text that does run into other text (the check itself can fail)', async () => {
    const { page, context } = await openAll(375)
    // Push one card's title onto its figure, as the sick-leave block once did.
    await page.addStyleTag({
      content: '#nokkeltall .argument-card__value { margin-top: -2.5rem; }',
    })
    expect(overlaps(await textBoxes(page)).length).toBeGreaterThan(0)
    await context.close()
  })
})

const numberIn = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0%+]/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  )

/** What a chart draws besides its axes: value labels and names, in drawing order. */
function chartLabels(page: Page, figureTitle: RegExp) {
  return page
    .locator('figure.chart', { has: page.locator('h3', { hasText: figureTitle }) })
    .first()
    .locator('svg.recharts-surface .recharts-label-list text')
    .allTextContents()
}
/** Every text a chart draws, axes included. */
function chartTexts(page: Page, figureTitle: RegExp) {
  return page
    .locator('figure.chart', { has: page.locator('h3', { hasText: figureTitle }) })
    .first()
    .locator('svg.recharts-surface text')
    .allTextContents()
}

describe('each chart’s title states what it draws', () => {
  it('on the page, at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const { page, context } = await openAll(width)

      // Årsverk: the group named in the title has the top bar and the largest value.
      const arsverkTitle = await page.locator('#arsverk figure.chart h3').textContent()
      expect(arsverkTitle).toMatch(
        /^Flest årsverk mangler til heltid blant pleieassistenter uten helse- og sosialfaglig utdanning$/,
      )
      const arsverkTexts = await chartTexts(page, /^Flest årsverk mangler/)
      const values = (await chartLabels(page, /^Flest årsverk mangler/))
        .filter((t) => /^\d[\d\s\u00a0]*$/.test(t))
        .map(numberIn)
      // Value labels are drawn in bar order: the first is the largest, 28 881.
      expect(values[0]).toBe(28_881)
      expect(Math.max(...values)).toBe(28_881)
      // An axis name wraps into lines (tspans) with no space between them: compare without.
      const squeezed = (texts: string[]) => texts.map((t) => t.replace(/\s/g, ''))
      expect(squeezed(arsverkTexts)).toContain('Pleieassistenterutenhelse-/sosialutd.')

      // Full-time: «… men er bare 35 % blant hjelpepleiere» is the smallest 2023 bar.
      const fullTimeTitle =
        (await page
          .locator('#heltid figure.chart h3', { hasText: 'Heltidsandelen' })
          .textContent()) ?? ''
      const [, lowest] = /er bare (\d+)\s%/.exec(fullTimeTitle) ?? []
      const fullTimeTexts = await chartTexts(page, /^Heltidsandelen har økt/)
      const shares = (await chartLabels(page, /^Heltidsandelen har økt/))
        .filter((t) => /^\d+,\d\s%$/.test(t))
        .map(numberIn)
      expect(Math.round(Math.min(...shares))).toBe(Number(lowest))
      expect(squeezed(fullTimeTexts)).toContain('Hjelpepleiere')

      // KS: «To av tre … jobber fortsatt deltid»: the chart draws part-time, 65,2 % in 2023.
      const ksTexts = await chartTexts(page, /jobber fortsatt deltid$/)
      expect(ksTexts).toContain('2023')
      expect(ksTexts).toContain('65,2\u00a0%')
      expect(ksTexts.at(-1)).not.toBe('2017')
      expect(ksTexts).not.toContain('2017')

      // Users: the group named in the title is named at a line's end.
      const usersTitle =
        (await page.locator('#brukere figure.chart h3').first().textContent()) ?? ''
      expect(usersTitle.replace(/[\u2060]/g, '')).toMatch(/økte mest blant 0–49\s?år/)
      expect(await chartTexts(page, /økte mest blant/)).toContain('0–49 år')

      // Growth: the title's group is the one whose caption the chart draws, and its summary
      // (for screen readers) speaks of the same group.
      const growth = page.locator('#brukere figure.chart', {
        has: page.locator('h3', { hasText: 'skyldes det meste' }),
      })
      expect(((await growth.locator('h3').textContent()) ?? '').replace(/[\u2060]/g, '')).toMatch(
        /^For 0–49\s?år/,
      )
      expect(await growth.locator('figcaption').textContent()).toMatch(
        /^For 0–49 år skyldes 16\s133 av økningen/,
      )
      expect(await growth.locator('svg text').allTextContents()).toContain(
        '0–49 år: i alt +19\u00a0357',
      )

      // Min arbeidsplass leads with what is missing: 12 × 50 % and 6 × 75 % leave 7,5 årsverk.
      expect(await page.locator('#arbeidsplass-resultat h3').first().textContent()).toBe(
        'Hos dere mangler 7,5 årsverk til heltid',
      )
      await context.close()
    }
  })

  it('in «Andel av totalen», the bar and the sentence give the same share', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}?visning=andel`)
    await page.mouse.wheel(0, 10)
    await chartsDrawn(page, ['arsverk'])
    const summary = (await page.locator('#arsverk figure.chart figcaption').textContent()) ?? ''
    const [, share] = /\((\d+)\s%\)/.exec(summary) ?? []
    const labels = await page.locator('#arsverk .recharts-label-list text').allTextContents()
    const first = labels.find((t) => /^\d+,\d\s%$/.test(t)) ?? ''
    expect(first).toBe('53,4\u00a0%')
    expect(Math.round(numberIn(first))).toBe(Number(share))
    await context.close()
  })

  it('merged by level, the value axis has even steps', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}?niva=1`)
    await chartsDrawn(page, ['arsverk'])
    const ticks = (
      await page.locator('#arsverk .recharts-cartesian-axis-tick-value').allTextContents()
    ).map(numberIn)
    const steps = ticks.slice(1).map((t, i) => t - ticks[i]!)
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    expect(new Set(steps).size).toBe(1)
    await context.close()
  })
})
