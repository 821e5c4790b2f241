import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, browserForFile, chartsDrawn, watch } from './browser'

const baseUrl = inject('baseUrl')

const browser = browserForFile()

async function open(width = 1280, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser().newContext({ viewport: { width, height: 900 }, colorScheme })
  const page = await context.newPage()
  const seen = watch(page)
  return { page, context, ...seen }
}

/** A card of the deck by its title, also when it sits in the folded part. */
const card = (page: Page, title: string) =>
  page.getByRole('article', { name: title, includeHidden: true })

const HEADLINE = 'Heltid for alle tilsvarer omtrent SSBs anslåtte årsverksvekst til 2035'

describe('the dashboard, built and served under a sub-path', () => {
  it('loads without console errors and shows the headline figures with their sources', async () => {
    const { page, errors, context } = await open()
    const response = await page.goto(baseUrl)
    expect(response?.status()).toBe(200)

    const potential = card(page, HEADLINE)
    await expect.poll(() => potential.textContent()).toContain('54\u00a0105 årsverk')
    // Set beside SSB's projection as what it is: not «98 % of a need», but about as many.
    expect(await potential.textContent()).toContain('omtrent like mange som de rundt 55\u00a0000')
    expect(await potential.textContent()).not.toContain('98\u00a0%')
    // At a glance the short source; the table it comes from is one tap away.
    expect(await potential.getByRole('link').first().textContent()).toBe('Opptrappingsplanen')
    await potential.getByText('Mer om tallet').click()
    // What the fold holds is drawn once the page runs (it is not in the first HTML).
    await expect
      .poll(() =>
        potential
          .getByRole('link', { name: /Årsverk og sysselsatte i omsorgstjenesten 2021/ })
          .count(),
      )
      .toBe(1)
    // The rest of the deck is folded, and one tap opens it.
    const rest = page.getByRole('article', { name: 'Drøyt to av fem brukere er under 67 år' })
    expect(await rest.isVisible()).toBe(false)
    await page.getByText('Vis 13 tall og argumenter til').click()
    expect(await rest.textContent()).toContain('41,4\u00a0%')
    expect(
      await card(
        page,
        'Pleieassistenter uten helse- og sosialfaglig utdanning har de minste stillingene',
      ).textContent(),
    ).toContain('73,3\u00a0%')
    expect(await card(page, 'Få helsefagarbeidere har heltid').textContent()).toContain('28\u00a0%')
    expect(errors).toEqual([])
    await context.close()
  })

  it('a source link leads to the dataset in «Kilder og definisjoner»', async () => {
    const { page, context } = await open()
    await page.goto(baseUrl)
    const potential = card(page, HEADLINE)
    await potential.getByRole('link').first().click()
    expect(new URL(page.url()).hash).toBe('#kilde-arsverk')
    const entry = page.locator('#kilde-arsverk')
    await expect.poll(() => entry.textContent()).toContain('Kilde: Statistisk sentralbyrå')
    expect(await entry.isVisible()).toBe(true)
    await context.close()
  })

  it('sends no request to any other origin', async () => {
    const { page, requests, context } = await open()
    await page.goto(baseUrl)
    await page.getByText('54\u00a0105 årsverk', { exact: true }).waitFor()
    await page.waitForLoadState('networkidle')
    const origin = new URL(baseUrl).origin
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))
    expect(foreign).toEqual([])
    expect(requests.some((url) => url.endsWith('/heltid-i-tall/data/arsverk-2021.json'))).toBe(true)
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it.each([
    [375, 'light'],
    [1280, 'light'],
    [375, 'dark'],
    [1280, 'dark'],
  ] as const)('axe finds no violations at %i px in %s mode', async (width, scheme) => {
    const { page, context } = await open(width, scheme)
    await page.goto(baseUrl)
    await page.getByText('54\u00a0105 årsverk', { exact: true }).waitFor()
    await page.locator('#kilde-keyFigures h4').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('nothing scrolls sideways at 320 px', async () => {
    const { page, context } = await open(320)
    await page.goto(baseUrl)
    await page.getByText('54\u00a0105 årsverk', { exact: true }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    await context.close()
  })

  it('a broken data file shows a Norwegian message for its part only, and retry recovers', async () => {
    const { page, context, errors } = await open()
    let broken = true
    await page.route('**/data/arsverk-2021.json', (route) =>
      broken
        ? route.fulfill({ status: 200, body: '{ "provenance": ', contentType: 'application/json' })
        : route.continue(),
    )
    await page.goto(baseUrl)
    const alert = page.getByRole('alert').first()
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Datafilen «arsverk-2021.json» er skadet')
    // The other figures still show.
    expect(await card(page, 'Drøyt to av fem brukere er under 67 år').textContent()).toContain(
      '41,4\u00a0%',
    )
    broken = false
    await alert.getByRole('button', { name: 'Prøv igjen' }).first().click()
    await card(page, HEADLINE).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([])
    await context.close()
  })

  it('a missing data file (404) names the file', async () => {
    const { page, context } = await open()
    await page.route('**/data/brukere-alder.json', (route) =>
      route.fulfill({ status: 404, body: '' }),
    )
    await page.goto(baseUrl)
    const alert = page.getByRole('alert').first()
    await alert.waitFor()
    expect(await alert.textContent()).toContain('«brukere-alder.json» kunne ikke hentes')
    expect(
      await card(
        page,
        'Pleieassistenter uten helse- og sosialfaglig utdanning har de minste stillingene',
      ).textContent(),
    ).toContain('73,3')
    await context.close()
  })
})

describe('security and privacy', () => {
  it('the built page carries a strict Content-Security-Policy and nothing violates it', async () => {
    const { page, context, errors } = await open(375)
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    await page.goto(baseUrl)
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("connect-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    // Use the parts that do the most: every chart, the embed preview, a PNG export.
    await chartsDrawn(page)
    const downloading = page.waitForEvent('download')
    await page.locator('#arsverk').getByRole('button', { name: 'PNG', exact: true }).click()
    await downloading
    await page.getByText('Del visningen').click()
    await page.getByRole('button', { name: 'Bygg inn' }).click()
    await page.locator('.embed-dialog iframe').waitFor()
    // The preview shows the chart alone (the dialog's first choice for a chart section): its
    // static page, with a policy of its own.
    await page.locator('.embed-dialog iframe').scrollIntoViewIfNeeded()
    await page.frameLocator('.embed-dialog iframe').locator('svg.sc-svg:visible').waitFor()
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('stores nothing: no cookies, no local or session storage, after using the page', async () => {
    const { page, context } = await open()
    await page.goto(baseUrl + '?visning=andel&lysbilde=2')
    await page.getByRole('dialog', { name: 'Presentasjon' }).waitFor()
    await page.keyboard.press('Escape')
    expect(await context.cookies()).toEqual([])
    expect(
      await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
    ).toEqual([0, 0, ''])
    await context.close()
  })
})
