import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { axeViolations, browserForFile, chartsDrawn, watch } from './browser'

const baseUrl = inject('baseUrl')
let context: BrowserContext

const browser = browserForFile()

async function open(query = '', width = 1280) {
  context = await browser().newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  const seen = watch(page)
  await page.goto(baseUrl + query)
  await page.locator('#arsverk .filters').waitFor()
  await page.locator('#brukere .filters').waitFor()
  // Every dataset has loaded: no part of the page still says «Laster tall …».
  await page.waitForFunction(() => document.querySelector('.loading-note') === null)
  return { page, ...seen }
}

const query = (page: Page) => new URL(page.url()).searchParams

/** The group choices are folded behind «Velg utdanningsgrupper»; open them as a reader would. */
async function openGroups(page: Page) {
  const details = page.locator('#arsverk details.checkbox-group__details')
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.locator('#arsverk').getByText('Velg utdanningsgrupper').click()
  }
}
const arsverk = (page: Page) => page.locator('#arsverk')

/** A chart's table is folded under «Vis tallene som tabell»; open the one that holds `text`. */
async function openTable(section: Locator, text: string) {
  const fold = section.locator('details.table-fold', { hasText: text }).first()
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await fold.getByText('Vis tallene som tabell').click()
  }
}
const firstRowHeaders = (page: Page) =>
  arsverk(page).locator('tbody th[scope="row"]').allTextContents()

/**
 * What a reader sees of the view: every table's text and every control's state. Text is
 * read with textContent: sections off screen are skipped by the browser until approached
 * (content-visibility), and innerText of skipped content is empty.
 */
async function view(page: Page) {
  // The data sections only: the tools further down load when scrolled near, so whether
  // they are there after a reload depends on where the browser restored the scroll.
  const sections = page.locator('#nokkeltall, #arsverk, #heltid, #brukere')
  const tables = await sections.locator('table').allTextContents()
  const controls = await sections
    .locator('input, select')
    .evaluateAll((els) =>
      els.map((el) =>
        el instanceof HTMLSelectElement ? el.value : String((el as HTMLInputElement).checked),
      ),
    )
  const cards = await page.locator('#nokkeltall article').allTextContents()
  return { tables, controls, cards }
}

/** Every chart's SVG has drawn (they load lazily, in their own chunk). */
describe('charts in a real browser', () => {
  it('a chart far below the fold is not drawn until the reader scrolls near it', async () => {
    const { page } = await open('', 375)
    expect(await page.locator('#brukere svg.recharts-surface').count()).toBe(0)
    expect(await page.locator('#brukere .chart__plot').first().textContent()).toContain(
      'Diagrammet tegnes når du blar hit.',
    )
    await page.locator('#brukere .chart__plot').first().scrollIntoViewIfNeeded()
    await page.locator('#brukere .recharts-line').first().waitFor()
    await context.close()
  })

  it('KS’ trend: one bar for each published year, part-time as the title says, position size on its own scale', async () => {
    const { page, errors } = await open('', 375)
    const figure = page.getByRole('figure', {
      name: /turnusansatte i helse og omsorg jobber fortsatt deltid/,
    })
    await figure.locator('.chart__plot').scrollIntoViewIfNeeded()
    await figure.locator('svg.recharts-surface .recharts-bar-rectangle').first().waitFor()
    // Two stacked series, one bar each for 2014, 2018, 2020, 2021 and 2023, no more.
    expect(await figure.locator('.recharts-bar').count()).toBe(2)
    expect(
      await figure.locator('.recharts-bar').nth(0).locator('.recharts-bar-rectangle').count(),
    ).toBe(5)
    const text = (await figure.locator('svg').allTextContents()).join(' ')
    for (const label of ['2014', '2018', '2020', '2021', '2023', '79,2', '65,2', '20,8', '34,8'])
      expect(text).toContain(label)
    expect(text).not.toContain('2017')
    // Position size is another measure: not in this chart, but in a small figure of its own.
    expect(text).not.toContain('63,3')
    const size = page.getByRole('figure', { name: /stillingsstørrelse for turnusansatte/ })
    expect(await size.textContent()).toContain('63,3')
    expect(await size.textContent()).toContain('71,5')
    const table = page.getByRole('table', { name: /Turnusansatte i helse og omsorg/ })
    await page
      .locator('#heltid details.table-fold', { has: page.locator('table', { hasText: '2014' }) })
      .getByText('Vis tallene som tabell')
      .click()
    expect(await table.locator('tbody th').allTextContents()).toEqual([
      '2014',
      '2018',
      '2020',
      '2021',
      '2023',
    ])
    expect(errors).toEqual([])
    await context.close()
  })

  it('draws one stacked bar pair per group, biggest potential first', async () => {
    const { page, errors } = await open()
    await chartsDrawn(page)
    const bars = page.locator('#arsverk .recharts-bar')
    expect(await bars.count()).toBe(2)
    expect(await bars.nth(0).locator('.recharts-bar-rectangle').count()).toBe(12)
    const labels = await page.locator('#arsverk svg text').allTextContents()
    const names = ['Pleieassistent', 'Helsefagarbeidere', 'Sykepleier', 'Ergoterapeut']
    const positions = names.map((n) => labels.findIndex((l) => l.includes(n)))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(await page.locator('#brukere .recharts-line').count()).toBe(5)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows a tooltip with the group figures on hover', async () => {
    const { page } = await open('?grupper=helsefagarbeider')
    await page.locator('#arsverk .chart__plot').scrollIntoViewIfNeeded()
    await page.locator('#arsverk .recharts-bar-rectangle').first().waitFor()
    await page.locator('#arsverk .recharts-bar-rectangle').first().hover()
    const tooltip = page.locator('#arsverk .chart-tooltip')
    await tooltip.waitFor()
    expect(await tooltip.textContent()).toContain('Årsverk som mangler til heltid: 13\u00a0156')
    await context.close()
  })

  it('on a phone: value labels, one colour meaning, tooltips inside the chart, no focus box on tap', async () => {
    const { page } = await open('', 375)
    const plot = page.locator('#arsverk .chart__plot')
    await plot.scrollIntoViewIfNeeded()
    await page.locator('#arsverk .recharts-bar-rectangle').first().waitFor()
    // The bars carry their values: the biggest gap, as in the plan's table.
    expect(await page.locator('#arsverk svg text').allTextContents()).toContain('28\u00a0881')
    // Orange means «missing to full-time» only: the full-time chart's 2016 is grey.
    const swatch = (section: string, label: string) =>
      page
        .locator(`#${section} .legend li`, { hasText: label })
        .locator('rect')
        .first()
        .evaluate((el) => getComputedStyle(el).fill)
    const orange = await swatch('arsverk', 'Årsverk som mangler til heltid')
    expect(await swatch('heltid', '2016 (utledet)')).not.toBe(orange)
    // A tap at the right end of the longest bar: the tooltip stays inside the plot.
    const box = (await plot.boundingBox())!
    await page.mouse.click(box.x + box.width - 70, box.y + 30)
    const tooltip = page.locator('#arsverk .chart-tooltip')
    await tooltip.waitFor()
    const tip = (await tooltip.boundingBox())!
    expect(tip.x).toBeGreaterThanOrEqual(box.x - 1)
    expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width + 1)
    // The tap focused nothing that draws a ring around the whole plot.
    const rings = await plot.evaluate((el) =>
      [...el.querySelectorAll('*')]
        .filter((n) => n.matches(':focus'))
        .map((n) => getComputedStyle(n).outlineStyle),
    )
    expect(rings.every((style) => style === 'none')).toBe(true)
    await context.close()
  })

  it('redraws when the filter changes: one group left, one bar', async () => {
    const { page } = await open()
    await chartsDrawn(page)
    await openGroups(page)
    await arsverk(page).getByRole('button', { name: 'Velg ingen' }).click()
    await arsverk(page).getByRole('checkbox', { name: 'Sykepleiere' }).check()
    await expect
      .poll(() =>
        page.locator('#arsverk .recharts-bar').nth(0).locator('.recharts-bar-rectangle').count(),
      )
      .toBe(1)
    await context.close()
  })
})

describe('every view is a link', () => {
  it.each<[string, (page: Page) => Promise<void>, Record<string, string>]>([
    [
      'group checkboxes',
      async (page) => {
        await openGroups(page)
        await arsverk(page).getByRole('button', { name: 'Velg ingen' }).click()
        await arsverk(page).getByRole('checkbox', { name: 'Vernepleiere' }).check()
        await arsverk(page).getByRole('checkbox', { name: 'Sosionomer' }).check()
      },
      { grupper: 'sosionom,vernepleier' },
    ],
    [
      'level of education',
      (page) =>
        arsverk(page).getByRole('checkbox', { name: 'Slå sammen etter utdanningsnivå' }).check(),
      { niva: '1' },
    ],
    [
      'shares',
      (page) => arsverk(page).getByRole('radio', { name: 'Andel av totalen' }).check(),
      { visning: 'andel' },
    ],
    [
      'table sort',
      async (page) => {
        await openTable(arsverk(page), 'Sysselsatte')
        await arsverk(page).getByRole('button', { name: 'Sysselsatte', exact: true }).click()
      },
      { sortering: 'sysselsatte-synkende' },
    ],
    [
      'full-time table sort',
      async (page) => {
        await openTable(page.locator('#heltid'), 'Fagutdanning')
        await page.locator('#heltid').getByRole('button', { name: 'Fagutdanning' }).click()
      },
      { heltidsortering: 'group-stigende' },
    ],
    [
      'users or frequency',
      (page) => page.locator('#brukere').getByRole('radio', { name: 'Brukerfrekvens' }).check(),
      { brukervisning: 'frekvens' },
    ],
    [
      'age groups',
      (page) =>
        page.locator('#brukere').getByRole('checkbox', { name: '90 år eller eldre' }).uncheck(),
      { aldersgrupper: '0-49,50-66,67-79,80-89' },
    ],
    [
      'year range',
      async (page) => {
        await page.locator('#brukere').getByRole('combobox', { name: 'Fra' }).selectOption('2011')
        await page.locator('#brukere').getByRole('combobox', { name: 'til' }).selectOption('2019')
      },
      { fra: '2011', til: '2019' },
    ],
  ])('%s: in the URL, restored after a reload, undone by Back', async (_name, act, expected) => {
    const { page, errors } = await open()
    const before = await view(page)
    await act(page)
    for (const [key, value] of Object.entries(expected)) expect(query(page).get(key)).toBe(value)
    const after = await view(page)
    expect(after).not.toEqual(before)

    await page.reload()
    await page.locator('#brukere .filters').waitFor()
    for (const [key, value] of Object.entries(expected)) expect(query(page).get(key)).toBe(value)
    await expect.poll(() => view(page)).toEqual(after)

    // Back through every step the reader took returns to the first view.
    while (Object.keys(expected).some((key) => query(page).has(key))) await page.goBack()
    await expect.poll(() => view(page)).toEqual(before)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([
    ['a script in a parameter', '?grupper=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['nulls and prototype keys', '?visning=andel%00&niva=2&sortering=__proto__-synkende'],
    ['a reversed, unpublished year range', '?fra=2022&til=1999&aldersgrupper=x,y,z'],
    ['a 5 000-character id', '?grupper=' + encodeURIComponent('a'.repeat(5000))],
    ['broken percent-encoding', '?%E0%A4%A=%&&==&sortering'],
    ['a repeated parameter', '?brukervisning=frekvens&brukervisning=brukere'],
    ['a fragment with broken percent-encoding', '#%E0%A4%A'],
    ['a fragment with markup in it', '?niva=x#kilde-%22%3E%3Cimg%20src=x%3E'],
  ])('a malformed link (%s) shows the default view without errors', async (_name, search) => {
    const { page, errors } = await open(search)
    expect(await firstRowHeaders(page)).toHaveLength(12)
    expect(await page.locator('#brukere tbody tr').first().textContent()).toContain('0–49 år')
    expect(await page.getByText('54\u00a0105 årsverk').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a hostile group id is never rendered as HTML', async () => {
    const { page } = await open('?grupper=<img src=x onerror=alert(1)>')
    expect(await page.locator('img').count()).toBe(0)
    await context.close()
  })
})

describe('for people', () => {
  it.each([375, 1280])(
    'axe finds no violations with charts drawn and filters used at %i px',
    async (width) => {
      const { page } = await open('', width)
      await chartsDrawn(page)
      expect(await axeViolations(page)).toEqual([])
      await arsverk(page).getByRole('radio', { name: 'Andel av totalen' }).check()
      await page.locator('#brukere').getByRole('button', { name: 'Velg ingen' }).click()
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    },
  )

  it('nothing scrolls sideways at 320 px, with every section open', async () => {
    const { page } = await open('?visning=andel&niva=1', 320)
    await chartsDrawn(page)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    await context.close()
  })

  it('works by keyboard alone: tab to a sort button and press Enter', async () => {
    const { page } = await open()
    const fold = arsverk(page).getByText('Vis tallene som tabell')
    await fold.focus()
    await page.keyboard.press('Enter')
    const button = arsverk(page).getByRole('button', { name: 'Gruppe' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => query(page).get('sortering')).toBe('name-stigende')
    const summary = arsverk(page).getByText('Velg utdanningsgrupper')
    await summary.focus()
    await page.keyboard.press('Enter')
    const checkbox = arsverk(page).getByRole('checkbox', { name: 'Aktivitører' })
    await checkbox.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => query(page).get('grupper')).not.toContain('aktivitor')
    const outline = await checkbox.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).not.toBe('none')
    await context.close()
  })

  it('says so when filtering leaves nothing to show', async () => {
    const { page } = await open('?grupper=&aldersgrupper=')
    expect(
      await arsverk(page)
        .getByText(/Ingen utdanningsgrupper er valgt/)
        .isVisible(),
    ).toBe(true)
    expect(await page.locator('#arsverk svg.recharts-surface').count()).toBe(0)
    expect(
      await page
        .locator('#brukere')
        .getByText(/Ingen aldersgrupper er valgt/)
        .isVisible(),
    ).toBe(true)
    await context.close()
  })

  it('prints the sections on A4 without the filters', async () => {
    const { page } = await open()
    await chartsDrawn(page)
    await page.emulateMedia({ media: 'print' })
    expect(await arsverk(page).locator('.filters').isVisible()).toBe(false)
    expect(await arsverk(page).locator('table').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // At the A4 content width (210 mm less 2 × 14 mm margins ≈ 688 px) no table is cut off.
    await page.setViewportSize({ width: 688, height: 900 })
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('main .data-table')].map(
        (t) => t.scrollWidth - t.parentElement!.clientWidth,
      ),
    )
    expect(overflow.filter((o) => o > 0)).toEqual([])
    await context.close()
  })
})
