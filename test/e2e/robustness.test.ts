import { describe, expect, inject, it } from 'vitest'
import { DATA_FILES } from '../../src/data/files'
import { browserForFile, watch } from './browser'

const baseUrl = inject('baseUrl')

const browser = browserForFile()

/** Every data file the page fetches: each is broken in turn. */
const FILES = Object.values(DATA_FILES)
const FAILURES = [
  ['missing (404)', { status: 404, body: 'Not found' }, 'kunne ikke hentes fra serveren'],
  ['not JSON', { status: 200, body: '{ "provenance": ' }, 'er skadet og kan ikke leses'],
  [
    'of the wrong shape',
    { status: 200, body: '{"provenance": {"title": 5}, "rows": "x"}' },
    'har innhold som ikke stemmer',
  ],
] as const

describe('a broken data file breaks only its own part of the page', () => {
  const cases = FILES.flatMap((file) =>
    FAILURES.map(([kind, response, message]) => [file, kind, response, message] as const),
  )

  it.each(cases)(
    '%s %s: a Norwegian message and «Prøv igjen»; the rest works',
    async (file, _kind, response, message) => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      const { errors } = watch(page)
      await page.route(`**/data/${file}`, (route) =>
        route.fulfill({
          status: response.status,
          body: response.body,
          contentType: 'application/json',
        }),
      )
      await page.goto(baseUrl)
      const alert = page.getByRole('alert').first()
      await alert.waitFor()
      expect(await alert.textContent()).toContain(`Datafilen «${file}» ${message}`)
      expect(await alert.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(1)
      // A part of the page that does not need the file still works.
      const other = file === 'arsverk-2021.json' ? '#brukere table' : '#arsverk table'
      await page.locator(other).first().waitFor({ state: 'attached' })
      // Only the browser's own note of the failed request, no script error.
      expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([])
      await context.close()
    },
  )

  it('a slow file (over 5 s) says so with «Prøv igjen», and its figures appear when they come', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.route('**/data/arsverk-2021.json', async (route) => {
      await new Promise((done) => setTimeout(done, 7000))
      await route.continue()
    })
    await page.goto(baseUrl)
    await page.locator('#brukere table').first().waitFor({ state: 'attached' })
    const alert = page.locator('#arsverk').getByRole('alert')
    await alert.waitFor({ timeout: 6500 })
    expect(await alert.textContent()).toContain(
      'Datafilen «arsverk-2021.json» tar lang tid å hente',
    )
    expect(await alert.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(1)
    await page.locator('#arsverk table').waitFor({ state: 'attached', timeout: 5000 })
    expect(await page.locator('#arsverk').getByRole('alert').count()).toBe(0)
    await context.close()
  })
})
