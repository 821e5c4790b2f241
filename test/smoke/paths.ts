import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  until,
  type Engine,
  type SmokeBrowser,
  type SmokeElement,
  type SmokePage,
  type Viewport,
} from './driver'
import { SKIP_VARIABLE } from './engines'
import type { SmokeSetup } from './global-setup'

const smoke = inject('smoke')

const PHONE: Viewport = { width: 375, height: 812 }
const DESKTOP: Viewport = { width: 1280, height: 800 }

const HEADLINE_CARD = 'Heltid for alle tilsvarer omtrent SSBs anslåtte årsverksvekst til 2035'
/** Chart frames (src/components/charts/chart-frame.tsx: a <figure class="chart">) per section. */
const CHART_FRAMES = { arsverk: 1, heltid: 2, brukere: 2, 'hva-om': 0 } as const
/** Bars drawn in plain HTML (the comparison with SSB's projection; the 2021 shares). */
const HTML_BARS = { arsverk: 0, heltid: 1, brukere: 0, 'hva-om': 2 } as const

/** The query of an address as an object, for comparing links. */
const query = (url: string) => Object.fromEntries(new URL(url).searchParams)

/**
 * The page is running, not only its prerendered HTML: the årsverk filters are drawn in the
 * browser. (Queries are kept inside a section where they can be: Firefox answers a role
 * query over the whole page in about 1.5 s, inside a section at once.)
 */
const appReady = async (page: SmokePage) =>
  page.findByRole('group', 'Filtre for årsverk og sysselsatte', {
    within: await page.findById('arsverk'),
  })

/**
 * In the page: how each chart in a section is drawn. Scrolls the first chart not yet drawn
 * to the middle of the screen, as a reader scrolling down would (charts mount when near).
 */
function chartsIn(section: Element) {
  const size = (el: Element) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0
  }
  const frames = [...section.querySelectorAll('figure.chart')].map((figure) => {
    const svg = figure.querySelector('.chart__plot svg.recharts-surface')
    // Bars and lines: Recharts' data layers, not the axes or the grid.
    const marks = svg
      ? [...svg.querySelectorAll('.recharts-bar-rectangle path, .recharts-line path')]
      : []
    return {
      figure,
      title: figure.querySelector('h3')?.textContent ?? '',
      surface: svg !== null && size(svg),
      marks: marks.filter(size).length,
    }
  })
  const pending = frames.find((f) => !f.surface || f.marks === 0)
  pending?.figure.scrollIntoView({ block: 'center' })
  const bars = [
    ...section.querySelectorAll('.compare-bars__bar, .bar-list__bar, .workplace-compare__bar'),
  ]
  return {
    frames: frames.map(({ title, surface, marks }) => ({ title, surface, marks })),
    htmlBars: bars.filter(size).length,
  }
}

/**
 * In the page: scrolls to `element` as a reader does, at most four fifths of a screen at a time,
 * so each section is drawn as it comes near (content-visibility) and the page settles
 * before the next step. (A jump straight to an element far down can see it move away in
 * WebKit, where a section drawn for the first time above it changes height and there is
 * no scroll anchoring to hold the view.)
 */
async function readerScrollsTo(element: Element) {
  const frame = () => new Promise((done) => requestAnimationFrame(done))
  for (let step = 0; step < 100; step++) {
    const distance = element.getBoundingClientRect().top - window.innerHeight / 4
    if (Math.abs(distance) < 2) break
    const before = window.scrollY
    window.scrollBy({
      top: Math.sign(distance) * Math.min(Math.abs(distance), window.innerHeight * 0.8),
      behavior: 'instant',
    })
    if (window.scrollY === before) break
    await frame()
    await frame()
  }
  return true
}

/** Scrolls through a section's charts until each is drawn (as chartsIn counts). */
async function drawnIn(section: SmokeElement, what: string, frames: number, htmlBars = 0) {
  return until(`the charts in ${what} to be drawn`, async () => {
    const state = await section.evaluate(chartsIn)
    const done =
      state.frames.length === frames &&
      state.frames.every((f) => f.surface && f.marks > 0) &&
      state.htmlBars >= htmlBars
    return done ? state : null
  })
}

/** Where an element is on the screen, and whether it is what the reader sees at its centre. */
function onScreen(el: Element) {
  const r = el.getBoundingClientRect()
  const atCentre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
  return {
    top: r.top,
    bottom: r.bottom,
    left: r.left,
    right: r.right,
    viewportWidth: document.documentElement.clientWidth,
    viewportHeight: window.innerHeight,
    scrolled: window.scrollY,
    uncovered: atCentre !== null && el.contains(atCentre),
  }
}

/**
 * The key user paths against the built site, in one engine. Each engine's test file calls
 * this with its driver; an engine named in SMOKE_SKIP is reported as skipped.
 */
export function smokePaths(engine: Engine, launch: (setup: SmokeSetup) => Promise<SmokeBrowser>) {
  const skipped = smoke.skipped.includes(engine)
  const title = skipped
    ? `key paths in ${engine}: SKIPPED (${SKIP_VARIABLE}=${process.env[SKIP_VARIABLE] ?? ''})`
    : `key paths in ${engine}`

  describe.skipIf(skipped)(title, () => {
    let browser: SmokeBrowser | undefined
    let page: SmokePage | undefined

    beforeAll(async () => {
      browser = await launch(smoke)
      console.info(`Smoke suite, ${engine}: ${browser.version}`)
    })
    afterEach(async () => {
      await page?.close()
      page = undefined
    })
    afterAll(async () => {
      await browser?.close()
    })

    const open = async (viewport: Viewport, search = '') => {
      page = await browser!.newPage(viewport)
      await page.goto(smoke.baseUrl + search)
      return page
    }

    it.each([PHONE, DESKTOP])(
      'the headline figure is on the first screen at $width×$height',
      async (viewport) => {
        const page = await open(viewport)
        await appReady(page)
        const deck = await page.findByRole('region', 'Nøkkeltall og argumenter')
        const card = await page.findByRole('article', HEADLINE_CARD, { within: deck })
        // It is the deck's first card.
        expect(
          await card.evaluate((el) => el.closest('section')?.querySelector('article') === el),
        ).toBe(true)
        const figure = await page.findByText('54\u00a0105 årsverk', { within: card })
        const place = await figure.evaluate(onScreen)
        expect(place.scrolled).toBe(0)
        expect(place.top).toBeGreaterThanOrEqual(0)
        expect(place.left).toBeGreaterThanOrEqual(0)
        expect(place.right).toBeLessThanOrEqual(place.viewportWidth)
        expect(place.bottom).toBeLessThanOrEqual(place.viewportHeight)
        // Nothing (a sticky bar, a notice) lies over it.
        expect(place.uncovered).toBe(true)
        expect([place.viewportWidth, place.viewportHeight]).toEqual([
          viewport.width,
          viewport.height,
        ])
      },
    )

    it('every chart is drawn, with bars or lines, as the reader scrolls to it', async () => {
      const page = await open(DESKTOP)
      await appReady(page)
      for (const [id, frames] of Object.entries(CHART_FRAMES)) {
        const section = await page.findById(id)
        await section.evaluate(readerScrollsTo)
        const drawn = await drawnIn(
          section,
          `#${id}`,
          frames,
          HTML_BARS[id as keyof typeof HTML_BARS],
        )
        expect(drawn.frames.map((f) => f.title.length > 0)).toEqual(Array(frames).fill(true))
      }

      // Min arbeidsplass draws its comparison once it has a row.
      const workplace = await page.findById('arbeidsplass')
      await workplace.evaluate(readerScrollsTo)
      await (await page.findByRole('button', 'Legg til rad', { within: workplace })).click()
      await (await page.findByLabel('Antall ansatte', { within: workplace })).fill('6')
      await (await page.findByLabel('Stillingsprosent', { within: workplace })).fill('75')
      const bars = await until('the workplace comparison to be drawn', async () => {
        const state = await workplace.evaluate(chartsIn)
        // One group: a bar for the unit and one for the nation.
        return state.htmlBars === 2 ? state : null
      })
      expect(bars.htmlBars).toBe(2)
    })

    it('a filter changes the link and the figures shown', async () => {
      const page = await open(DESKTOP)
      await appReady(page)
      const section = await page.findById('arsverk')
      await section.evaluate(readerScrollsTo)
      // The reader sees the chart before choosing (WebKitGTK also settles the filters'
      // layout only then: 23 px higher until the chart is drawn).
      await drawnIn(section, '#arsverk', 1)
      await page.findByText('28\u00a0881 av de 54\u00a0105', { within: section })
      expect(query(await page.url())).toEqual({})

      await (await page.findByText('Velg utdanningsgrupper', { within: section })).click()
      await (await page.findByRole('button', 'Velg ingen', { within: section })).click()
      await (await page.findByRole('checkbox', 'Helsefagarbeidere', { within: section })).click()
      await (await page.findByRole('checkbox', 'Sykepleiere', { within: section })).click()
      const chosen = await until('the link to carry the chosen groups', async () => {
        const groups = query(await page.url()).grupper
        return groups?.split(',').length === 2 ? groups : null
      })
      expect(chosen.split(',').sort()).toEqual(['helsefagarbeider', 'sykepleier'])
      // The chart's heading and summary now speak of the two groups only.
      const chart = await page.findByRole(
        'figure',
        'Flest årsverk mangler til heltid blant helsefagarbeidere',
        { within: section },
      )
      await page.findByText('13\u00a0156 av de 16\u00a0943', { within: chart })

      await (await page.findByRole('radio', 'Andel av totalen', { within: section })).click()
      await until('the link to say «visning=andel»', async () =>
        query(await page.url()).visning === 'andel' ? true : null,
      )
      expect(query(await page.url()).grupper).toBe(chosen)
      // The bars now give each group's share of what is missing: 13 156 / 16 943 = 77,6 %.
      await page.findByText('77,6\u00a0%', { within: chart })
    })

    it('«Vis tallene som tabell» opens the table with the largest gap first', async () => {
      const page = await open(DESKTOP)
      await appReady(page)
      const section = await page.findById('arsverk')
      await section.evaluate(readerScrollsTo)
      await drawnIn(section, '#arsverk', 1)
      const caption = 'Årsverk og sysselsatte i omsorgstjenesten 2021'
      // Folded: the table is not shown yet.
      const early = await page.queryByRole('table', caption, { within: section })
      expect(early === null, 'the table is shown before the tap').toBe(true)
      await (await page.findByText('Vis tallene som tabell', { within: section })).click()
      const table = await page.findByRole('table', caption, { within: section })
      const firstRow = await table.evaluate((el) => {
        const row = (el as HTMLTableElement).tBodies[0]?.rows[0]
        const r = el.getBoundingClientRect()
        return {
          shown: r.width > 0 && r.height > 0,
          cells: [...(row?.cells ?? [])].map((c) => c.textContent?.trim()),
        }
      })
      expect(firstRow).toEqual({
        shown: true,
        cells: [
          'Pleieassistenter uten helse- og sosialfaglig utdanning',
          '28\u00a0881',
          '54,1\u00a0%',
          '34\u00a0025',
          '62\u00a0906',
          '62\u00a0906',
        ],
      })
    })

    it('«Presenter på skjerm» opens the slides, steps with the key and the button, and closes', async () => {
      const page = await open(DESKTOP)
      await appReady(page)
      const slideInLink = async () => query(await page.url()).lysbilde ?? null
      // «2 av 5» under the slide.
      const count = (dialog: SmokeElement) =>
        dialog.evaluate((el) => el.querySelector('.presentation__count')?.textContent ?? '')
      const deck = await page.findById('nokkeltall')
      const present = async () => {
        await (await page.findByRole('button', 'Presenter på skjerm', { within: deck })).click()
        // The slides' code loads on the first click; a frame of the same name stands in.
        return until('the first slide', async () => {
          const dialog = await page.queryByRole('dialog', 'Presentasjon')
          return dialog && /^1 av \d+$/.test(await count(dialog)) ? dialog : null
        })
      }
      const closed = () =>
        until('the presentation to close', async () =>
          (await page.queryByRole('dialog', 'Presentasjon')) === null ? true : null,
        )

      const dialog = await present()
      const total = Number(/^1 av (\d+)$/.exec(await count(dialog))?.[1])
      expect(total).toBeGreaterThan(2)
      expect(await slideInLink()).toBe('1')

      await page.press('ArrowRight')
      await until('slide 2', async () => (await count(dialog)) === `2 av ${total}`)
      expect(await slideInLink()).toBe('2')

      await (await page.findByRole('button', 'Neste', { within: dialog })).click()
      await until('slide 3', async () => (await count(dialog)) === `3 av ${total}`)
      expect(await slideInLink()).toBe('3')

      await page.press('Escape')
      await closed()
      expect(await slideInLink()).toBeNull()

      // Once more, closed with the button.
      const again = await present()
      await (await page.findByRole('button', 'Lukk presentasjonen', { within: again })).click()
      await closed()
      expect(await slideInLink()).toBeNull()
    })

    it('an embed on another site takes the height of its content', async () => {
      const start = 150
      const src = `${smoke.baseUrl}?embed=1&seksjon=arsverk&del=diagram`
      page = await browser!.newPage(DESKTOP)
      const host = new URL('artikkel/', smoke.hostUrl)
      host.search = new URLSearchParams({ src, height: String(start) }).toString()
      await page.goto(host.href)
      expect(new URL(await page.url()).origin).not.toBe(new URL(src).origin)
      const iframe = await page.findById('heltid-i-tall-embed')
      const sizes = async () => ({
        iframe: await iframe.evaluate((el) => el.getBoundingClientRect().height),
        content: await page!.evaluateInFrame(iframe, () => ({
          height: Math.ceil(document.body.getBoundingClientRect().height),
          scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
          // An old chart snippet goes on to the static page, drawn at build time (svg.sc-svg);
          // a section is drawn by the app (svg.recharts-surface).
          chart: document.querySelector('svg.sc-svg, svg.recharts-surface') !== null,
        })),
      })
      const settled = await until('the iframe to take the height of its content', async () => {
        const now = await sizes()
        const fits = Math.abs(now.iframe - now.content.height) <= 2
        return now.content.chart && now.iframe !== start && fits ? now : null
      })
      expect(settled.iframe).toBeGreaterThan(start)
      expect(Math.abs(settled.iframe - settled.content.height)).toBeLessThanOrEqual(2)
      expect(settled.content.scrolls).toBe(false)
    })

    it('Min arbeidsplass: a row gives a result, a wrong value a Norwegian message', async () => {
      const page = await open(DESKTOP)
      await appReady(page)
      const section = await page.findById('arbeidsplass')
      await section.evaluate(readerScrollsTo)
      await (await page.findByRole('button', 'Legg til rad', { within: section })).click()
      const employees = await page.findByLabel('Antall ansatte', { within: section })
      const percent = await page.findByLabel('Stillingsprosent', { within: section })
      await employees.fill('6')
      await percent.fill('75')
      // 6 × 75 % = 4,5 årsverk: 1,5 missing to full-time, the results' lead.
      await page.findByText('Hos dere mangler 1,5 årsverk til heltid', { within: section })

      await percent.fill('150')
      await page.findByText(
        'Stillingsprosenten kan ikke være over 100. Har noen mer enn hel stilling, skriv 100.',
        { within: section },
      )
      expect(await percent.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true')
      await page.findByText('Rett opp feilene over for å se tallene.', { within: section })
    })
  })
}
