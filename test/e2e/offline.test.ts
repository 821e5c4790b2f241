import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { browserForFile } from './browser'
import { serveStatic } from './server.mjs'

const baseUrl = inject('baseUrl')

const browser = browserForFile()

describe('offline after the first visit', () => {
  it('opens again without a network, at any view, with its data', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(baseUrl)
    await page.locator('#arsverk table').waitFor({ state: 'attached' })
    // The service worker has installed and precached the app and its data.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await context.setOffline(true)
    await page.goto(`${baseUrl}?visning=andel&grupper=sykepleier`)
    await page.locator('#arsverk table').waitFor({ state: 'attached' })
    expect(await page.locator('#arsverk tbody th').allTextContents()).toEqual(['Sykepleiere'])
    expect(await page.getByText('3\u00a0787 årsverk').count()).toBeGreaterThan(0)
    await page.locator('#brukere table').first().waitFor({ state: 'attached' })
    await context.close()
  })

  it('a static chart embed is not answered with the dashboard’s page by its service worker', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    await page.goto(baseUrl)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await page.goto(`${baseUrl}innebygd/arsverk/?grupper=sykepleier`)
    // Of the chart's two drawings (names above the bars, or on the axis), the one shown.
    const drawn = page.locator('svg.sc-svg:visible')
    await drawn.waitFor()
    await expect.poll(() => drawn.locator('.sc-row').count()).toBe(1)
    expect(await page.locator('#root').count()).toBe(0)
    await context.close()
  })

  it('an embedded section registers no service worker on the host', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}?embed=1&seksjon=arsverk`)
    await page.locator('#arsverk table').waitFor({ state: 'attached' })
    await page.waitForTimeout(1000)
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0)
    await context.close()
  })
})

describe('a new version in one tab', () => {
  it('reloads only the tab where the reader asked; another tab keeps its typed rows', async () => {
    // A copy of the site whose service worker can change, as after a deploy.
    const root = mkdtempSync(join(tmpdir(), 'heltid-sw-'))
    cpSync(resolve('dist'), root, { recursive: true })
    const { server, url } = await serveStatic(root)
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    try {
      const [a, b] = [await context.newPage(), await context.newPage()]
      for (const page of [a, b]) {
        await page.goto(url)
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready
        })
        // Controlled by the service worker from the next load on.
        await page.reload()
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      }
      // The reader in tab B has typed a row and not saved it anywhere.
      await b.locator('#arbeidsplass').scrollIntoViewIfNeeded()
      const workplace = b.locator('#arbeidsplass')
      await workplace.getByRole('button', { name: 'Legg til rad' }).click()
      await workplace.getByLabel('Antall ansatte').fill('7')
      await b.evaluate(() => Object.assign(window, { stillHere: true }))

      // A deploy: the service worker changes; both tabs find the new version waiting.
      appendFileSync(join(root, 'sw.js'), '\n// next deploy\n')
      for (const page of [a, b]) {
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          await registration?.update()
        })
        await page.getByText('Ny versjon av Heltid i tall.').waitFor()
      }

      const reloaded = a.waitForEvent('load')
      await a.getByRole('button', { name: 'Last inn på nytt' }).click()
      await reloaded
      await b.getByText('Heltid i tall er oppdatert i en annen fane').waitFor()
      expect(await b.evaluate(() => 'stillHere' in window)).toBe(true)
      expect(await workplace.getByLabel('Antall ansatte').inputValue()).toBe('7')

      // Reloading B now asks first, because the row would be lost.
      await b.getByRole('button', { name: 'Last inn på nytt' }).click()
      await b.getByText('Radene i Min arbeidsplass forsvinner').waitFor()
      expect(await b.evaluate(() => 'stillHere' in window)).toBe(true)
    } finally {
      await context.close()
      server.close()
      rmSync(root, { recursive: true, force: true })
    }
  })
})
