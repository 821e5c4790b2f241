import { describe, expect, inject, it } from 'vitest'
import { browserForFile } from './browser'

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
    expect(await page.locator('#arsverk tbody th').allTextContents()).toEqual(['Sykepleier'])
    expect(await page.getByText('3\u00a0787 årsverk').count()).toBeGreaterThan(0)
    await page.locator('#brukere table').first().waitFor({ state: 'attached' })
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
