import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { axeViolations, launch, serveHostPage, watch } from './browser'

const baseUrl = inject('baseUrl')
let browser: Browser
let context: BrowserContext
// The host page: a real server on `localhost`, another origin than the dashboard's 127.0.0.1.
let article: Awaited<ReturnType<typeof serveHostPage>>

beforeAll(async () => {
  browser = await launch()
  article = await serveHostPage()
})
afterAll(async () => {
  await browser?.close()
  await article?.close()
})

/** A host page on another origin that embeds the dashboard with the snippet's markup. */
async function host(
  iframeSrc: string,
  extra = '',
  head = '',
  colorScheme: 'light' | 'dark' = 'light',
) {
  context = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme })
  const page = await context.newPage()
  const seen = watch(page)
  article.page.html = `<!doctype html><html lang="nb"><head><title>Fagforbundet – artikkel</title>${head}</head>
        <body style="margin:0;background:#fff">
          <h1>En artikkel om heltid</h1>
          <iframe id="heltid" src="${iframeSrc}" title="Heltid i tall" width="100%" height="300"
            style="border:0;width:100%;display:block" data-heltid-i-tall></iframe>
          ${extra}
          <script src="${baseUrl}embed.js" async></script>
        </body></html>`
  await page.goto(article.url)
  return { page, frame: page.frameLocator('#heltid'), ...seen }
}

const iframeHeight = (page: Page) =>
  page.locator('#heltid').evaluate((el) => el.getBoundingClientRect().height)
const contentHeight = (page: Page) =>
  page.frames()[1]!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks = await (await download.createReadStream()).toArray()
  return Buffer.concat(chunks as Buffer[])
}

describe('embedding a section on another site', () => {
  it('the iframe takes the height of its content, and follows it when a filter changes it', async () => {
    const { page, frame, errors } = await host(`${baseUrl}?embed=1&seksjon=arsverk`)
    await frame.locator('#arsverk table').waitFor({ state: 'attached' })
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(1000)
    expect(Math.abs((await iframeHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(
      2,
    )

    await frame.getByText('Velg utdanningsgrupper').click()
    await frame.getByRole('button', { name: 'Velg ingen' }).click()
    await frame.getByText(/Ingen utdanningsgrupper er valgt/).waitFor()
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(page))))
      .toBeLessThanOrEqual(2)
    expect(await iframeHeight(page)).toBeLessThan(1000)
    expect(errors).toEqual([])
    await context.close()
  })

  it('nothing inside the embedded section shifts as it loads, nor as the iframe resizes', async () => {
    context = await browser.newContext({ viewport: { width: 412, height: 900 } })
    // In every frame: add up the layout shifts a reader did not cause (CLS).
    await context.addInitScript(() => {
      const w = window as unknown as { unexpectedShift: number }
      w.unexpectedShift = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number
          hadRecentInput: boolean
        })[])
          if (!e.hadRecentInput) w.unexpectedShift += e.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    const page = await context.newPage()
    article.page.html = `<!doctype html><html lang="nb"><head><title>Artikkel</title></head><body>
      <iframe id="heltid" src="${baseUrl}?embed=1&seksjon=arsverk" title="Heltid i tall"
        width="100%" height="600" style="border:0;width:100%;display:block" data-heltid-i-tall></iframe>
      <script src="${baseUrl}embed.js" async></script></body></html>`
    await page.goto(article.url)
    const frame = page.frameLocator('#heltid')
    await frame.locator('#arsverk table').waitFor({ state: 'attached' })
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(1000)
    const inFrame = () =>
      page
        .frames()[1]!
        .evaluate(() => (window as unknown as { unexpectedShift: number }).unexpectedShift)
    expect(await inFrame()).toBe(0)
    await frame.getByText('Velg utdanningsgrupper').click()
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(1000)
    const open = await iframeHeight(page)
    await frame.getByRole('button', { name: 'Velg ingen' }).click()
    await expect.poll(() => iframeHeight(page)).toBeLessThan(open)
    await page.waitForTimeout(600)
    expect(await inFrame()).toBe(0)
    await context.close()
  })

  it('ignores a height message from another window or another origin', async () => {
    // A second frame, on the host's own origin, that tries to resize the dashboard's iframe.
    const { page, frame } = await host(
      `${baseUrl}?embed=1&seksjon=nokkeltall`,
      `<iframe id="other" title="annen" srcdoc="<script>parent.postMessage({type:'heltid-i-tall:height',height:77},'*')</script>"></iframe>`,
    )
    await frame.locator('#nokkeltall article').first().waitFor()
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(400)
    const settled = await iframeHeight(page)
    await page.evaluate(() => window.postMessage({ type: 'heltid-i-tall:height', height: 55 }, '*'))
    await page.evaluate(() => {
      const other = document.getElementById('other') as HTMLIFrameElement
      other.srcdoc = `<script>parent.postMessage({type:'heltid-i-tall:height',height:66},'*')</script>`
    })
    await page.waitForTimeout(300)
    expect(await iframeHeight(page)).toBe(settled)
    await context.close()
  })

  it('shows the section alone, with its title, sources and a link to the full view', async () => {
    const { frame } = await host(`${baseUrl}?grupper=helsefagarbeider&embed=1&seksjon=arsverk`)
    await frame.locator('#arsverk table').waitFor({ state: 'attached' })
    expect(await frame.locator('.site-header, .site-footer').count()).toBe(0)
    expect(await frame.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Årsverk og sysselsatte per utdanningsgruppe (2021)',
    ])
    // The filters of the link apply.
    expect(await frame.locator('#arsverk tbody th').allTextContents()).toEqual([
      'Helsefagarbeidere',
    ])
    const open = frame.getByRole('link', { name: /Se alle tall i Heltid i tall/ })
    expect(await open.getAttribute('target')).toBe('_blank')
    expect(await open.getAttribute('href')).toBe(`${baseUrl}?grupper=helsefagarbeider#arsverk`)
    const source = frame.locator('#arsverk .source-line a').first()
    expect(await source.getAttribute('href')).toBe(
      `${baseUrl}?grupper=helsefagarbeider#kilde-arsverk`,
    )
    expect(await source.getAttribute('target')).toBe('_blank')
    await context.close()
  })

  it.each([
    ['a light host page on a dark system', '', 'light', 'rgb(27, 31, 36)'],
    [
      'a host page that supports dark, on a dark system',
      '<meta name="color-scheme" content="light dark">',
      'dark',
      'rgb(232, 236, 240)',
    ],
  ] as const)('follows the colour scheme of %s', async (_name, head, scheme, textColour) => {
    const { page, frame } = await host(`${baseUrl}?embed=1&seksjon=nokkeltall`, '', head, 'dark')
    await frame.locator('#nokkeltall article').first().waitFor()
    const embedded = page.frames()[1]!
    await expect
      .poll(() => embedded.evaluate(() => document.documentElement.dataset.scheme))
      .toBe(scheme)
    expect(await embedded.evaluate(() => getComputedStyle(document.body).color)).toBe(textColour)
    // The host's background shows through.
    expect(await embedded.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    )
    await context.close()
  })

  it('in a sandboxed iframe that may not download, offers «Åpne i nytt vindu»', async () => {
    context = await browser.newContext({ viewport: { width: 900, height: 900 } })
    const page = await context.newPage()
    await page.setContent(
      `<iframe sandbox="allow-scripts" src="${baseUrl}?embed=1&seksjon=heltid" title="t" style="width:880px;height:800px"></iframe>`,
    )
    const frame = page.frameLocator('iframe')
    await frame.locator('#heltid table').first().waitFor({ state: 'attached' })
    await frame.getByText('Vis tallene som tabell').first().click()
    await frame.locator('#heltid table').first().waitFor()
    expect(await frame.getByRole('button', { name: 'Tabell (CSV)' }).count()).toBe(0)
    const links = frame.getByRole('link', { name: 'Åpne i nytt vindu' })
    expect(await links.count()).toBeGreaterThan(0)
    expect(await links.first().getAttribute('href')).toBe(`${baseUrl}#heltid`)
    await context.close()
  })

  it('axe finds no violations in an embedded section', async () => {
    context = await browser.newContext({ viewport: { width: 700, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}?embed=1&seksjon=brukere`)
    await page.locator('#brukere .recharts-line').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

describe('«Bygg inn» and sharing on the full page', () => {
  async function openPage(query = '') {
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const page = await context.newPage()
    await page.goto(baseUrl + query)
    await page.locator('#arsverk table').waitFor({ state: 'attached' })
    // The Clipboard API needs the document focused; make this page the focused one.
    await page.bringToFront()
    return page
  }

  it('the snippet for a filtered view reproduces that view, and the preview sizes itself', async () => {
    const page = await openPage('?grupper=sykepleier,vernepleier&visning=andel')
    const fullTable = await page.locator('#arsverk table').textContent()
    await page.getByText('Del visningen').click()
    await page.getByRole('button', { name: 'Bygg inn' }).click()
    const dialog = page.getByRole('dialog', { name: 'Bygg inn på en nettside' })
    // A chart section is offered as the chart alone first; here, the whole section.
    expect(await dialog.getByRole('radio', { name: 'Bare diagrammet' }).isChecked()).toBe(true)
    await dialog.getByRole('radio', { name: 'Hele utsnittet, med filtre' }).check()
    const preview = dialog.locator('iframe')
    // The preview grows from its 600 px start to the section's height.
    await expect
      .poll(() => preview.evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(700)
    const previewHeight = await preview.evaluate((el) => el.getBoundingClientRect().height)
    const code = await dialog.getByRole('region', { name: 'Kode for innbygging' }).innerText()
    // The iframe starts at the height the preview measured, so the article barely moves.
    expect(code).toContain(`height="${Math.ceil(previewHeight)}"`)
    expect(code).toContain('loading="lazy"')
    expect(code).toContain('title="Årsverk per utdanningsgruppe – Heltid i tall"')
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? ''
    expect(src).toBe(
      `${baseUrl}?grupper=sykepleier,vernepleier&visning=andel&embed=1&seksjon=arsverk`,
    )

    await dialog.getByRole('button', { name: 'Kopier koden' }).click()
    await dialog.getByText('Kopiert.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)

    expect(await axeViolations(page)).toEqual([])

    // Loading the snippet's address gives the same table.
    const embedded = await context.newPage()
    await embedded.goto(src)
    await embedded.locator('#arsverk table').waitFor({ state: 'attached' })
    expect(await embedded.locator('#arsverk table').textContent()).toBe(fullTable)
    await context.close()
  })

  it('«Bygg inn» offers the chart alone, and its snippet starts at the chart’s height', async () => {
    const page = await openPage('?visning=andel')
    await page.getByText('Del visningen').click()
    await page.getByRole('button', { name: 'Bygg inn' }).click()
    const dialog = page.getByRole('dialog', { name: 'Bygg inn på en nettside' })
    const code = dialog.getByRole('region', { name: 'Kode for innbygging' })
    // Before the preview has measured, the snippet starts at a chart's height, not 600.
    await dialog.getByRole('radio', { name: 'Bare diagrammet' }).waitFor()
    const preview = dialog.locator('iframe')
    await expect
      .poll(() => preview.evaluate((el) => el.getBoundingClientRect().height))
      .not.toBe(400)
    const measured = await preview.evaluate((el) => el.getBoundingClientRect().height)
    expect(measured).toBeLessThan(700)
    expect(await code.innerText()).toContain(`height="${Math.ceil(measured)}"`)
    const src = /src="([^"]+)"/.exec(await code.innerText())?.[1]?.replace(/&amp;/g, '&') ?? ''
    // The chart alone is its static page, drawn at build time, with the view's filters.
    expect(src).toBe(`${baseUrl}innebygd/arsverk/?visning=andel`)
    await dialog.getByRole('radio', { name: 'Diagram og tabell' }).check()
    expect(await code.innerText()).toContain(`${baseUrl}innebygd/arsverk/med-tabell/?visning=andel`)
    // Sections without a chart have no choice to make.
    await dialog.getByLabel('Hva skal bygges inn?').selectOption('arbeidsplass')
    expect(await dialog.getByRole('radio', { name: 'Bare diagrammet' }).count()).toBe(0)
    await context.close()
  })

  it('a chart embedded alone (an old snippet) is about 500 px on a phone: title, chart, source, «Se alle tall»', async () => {
    for (const section of ['arsverk', 'heltid', 'brukere']) {
      context = await browser.newContext({ viewport: { width: 375, height: 812 } })
      const page = await context.newPage()
      article.page.html = `<!doctype html><html lang="nb"><head><title>Artikkel</title></head>
        <body style="margin:0;background:#fff">
          <iframe id="heltid" src="${baseUrl}?embed=1&seksjon=${section}&del=diagram" title="Heltid i tall"
            width="100%" height="520" style="border:0;width:100%;display:block" data-heltid-i-tall></iframe>
          <script src="${baseUrl}embed.js" async></script>
        </body></html>`
      await page.goto(article.url)
      const frame = page.frameLocator('#heltid')
      // The old snippet's address goes on to the chart's static page.
      await frame.locator('svg.sc-svg:visible').waitFor()
      await frame.getByRole('link', { name: /Se alle tall i Heltid i tall/ }).waitFor()
      await page.waitForTimeout(500)
      const height = await iframeHeight(page)
      expect(height, section).toBeGreaterThanOrEqual(440)
      // The full-time chart's subtitle names SSB's population and definition: one line more.
      expect(height, section).toBeLessThanOrEqual(600)
      // A graphic, not a tool: no filters, no download buttons; the source is there.
      expect(await frame.getByRole('checkbox').count()).toBe(0)
      expect(await frame.getByRole('button', { name: 'PNG', exact: true }).count()).toBe(0)
      expect(await frame.getByText('Kilde:').count()).toBe(1)
      // The embedded page on its own passes axe (the host page above is only a stand-in).
      const alone = await context.newPage()
      await alone.goto(`${baseUrl}?embed=1&seksjon=${section}&del=diagram`)
      await alone.locator('svg.recharts-surface').waitFor()
      expect(await axeViolations(alone)).toEqual([])
      await alone.goto(`${baseUrl}innebygd/${section}/`)
      expect(await axeViolations(alone)).toEqual([])
      await context.close()
    }
  })

  it('«Kopier lenke til visningen» copies the current view', async () => {
    const page = await openPage()
    await page.locator('#arsverk').getByRole('radio', { name: 'Andel av totalen' }).check()
    await page.getByText('Del visningen').click()
    await page.getByRole('button', { name: 'Kopier lenke til visningen' }).click()
    await page.locator('.share-bar').getByText('Kopiert.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl}?visning=andel`,
    )
    await context.close()
  })

  it('a table downloads as CSV for Norwegian Excel', async () => {
    const page = await openPage()
    await page.locator('#arsverk').getByText('Vis tallene som tabell').click()
    const downloading = page.waitForEvent('download')
    await page.locator('#arsverk').getByRole('button', { name: 'Tabell (CSV)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('arsverk-per-utdanningsgruppe-2021.csv')
    const bytes = await bytesOf(download)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'Gruppe;Årsverk som mangler til heltid;Gjennomsnittlig stillingsstørrelse;Årsverk;Sysselsatte;Årsverk ved heltid',
    )
    expect(lines).toContain('Helsefagarbeidere;13156;79,2 %;50095;63251;63251')
    expect(lines).toContain('Sum av de tolv som vises;54105;73,3 %;148820;202925;202925')
    expect(lines.at(-1)).toMatch(
      /^Kilde: Opptrappingsplanen, tabell «Årsverk og sysselsatte i omsorgstjenesten 2021»/,
    )
    await context.close()
  })

  it('a chart downloads as a standalone graphic: finding, legend, one source line, the link', async () => {
    const page = await openPage()
    const chart = page.locator('#arsverk figure')
    await chart.locator('.chart__plot').scrollIntoViewIfNeeded()
    await chart.locator('.recharts-bar-rectangle').first().waitFor()

    const pngDownload = page.waitForEvent('download')
    await chart.getByRole('button', { name: 'PNG', exact: true }).click()
    const png = await bytesOf(await pngDownload)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // The standard size: 960 px wide, drawn at 2×, whatever the screen it came from.
    const width = png.readUInt32BE(16)
    const height = png.readUInt32BE(20)
    expect(width).toBe(1920)
    expect(height).toBeGreaterThan(1000)
    // The browser decodes it as an image of that size.
    const decoded = await page.evaluate(async (b64) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      return [img.naturalWidth, img.naturalHeight]
    }, png.toString('base64'))
    expect(decoded).toEqual([width, height])

    const slideDownload = page.waitForEvent('download')
    await chart.getByRole('button', { name: 'Lysbilde 16:9' }).click()
    const slide = await slideDownload
    expect(slide.suggestedFilename()).toBe('arsverk-per-utdanningsgruppe-2021-16x9.png')
    const slidePng = await bytesOf(slide)
    expect([slidePng.readUInt32BE(16), slidePng.readUInt32BE(20)]).toEqual([1920, 1080])

    const svgDownload = page.waitForEvent('download')
    await chart.getByRole('button', { name: 'SVG', exact: true }).click()
    const svg = (await bytesOf(await svgDownload)).toString('utf8')
    expect(svg).toContain('<svg')
    expect(svg).toContain('width="960"')
    const texts = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml')
      return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
    }, svg)
    const all = texts.join('\n')
    // The finding as its title, what is shown, and both series named.
    expect(all).toContain('Flest årsverk mangler til heltid blant')
    expect(all).toContain('Årsverk og årsverk som mangler til heltid, per utdanningsgruppe, 2021')
    expect(texts).toContain('Årsverk')
    expect(texts).toContain('Årsverk som mangler til heltid')
    // The source once: one «Kilde:», and SSB named once, not «Kilde: … Kilde: SSB».
    expect(all.match(/Kilde:/g)).toHaveLength(1)
    expect(all.match(/Statistisk sentralbyrå/g)).toHaveLength(1)
    expect(all).toMatch(/Se alle tall: http:\/\/127\.0\.0\.1:\d+\/heltid-i-tall\//)
    // Value labels drawn with the bars: the biggest gap, as in the plan's table.
    expect(texts).toContain('28\u00a0881')
    expect(svg).not.toContain('var(--')
    await context.close()
  })
})
