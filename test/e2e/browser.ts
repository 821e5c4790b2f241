import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { SECTIONS } from '@/state/view-state'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'

/**
 * One Chromium for a test file: launched before its first test, closed after its last.
 * Returns a getter, as the browser exists only once the file's tests run.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('The browser starts before the first test')
    return browser
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  })
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core in the page against WCAG 2.2 A and AA (target size included); returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol: the page's Content-Security-Policy (rightly)
  // refuses an injected inline <script>.
  await page.evaluate(axeSource)
  // From the top of the page: target size counts whatever the sticky contents row covers
  // at the moment as obscured, so a check at an arbitrary scroll position would flag
  // whichever controls had scrolled beneath it.
  await page.evaluate(() => window.scrollTo(0, 0))
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }))
  })
}

/** Collects console errors, page errors and every requested URL while a page is used. */
export function watch(page: Page) {
  const errors: string[] = []
  const requests: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('request', (r) => requests.push(r.url()))
  return { errors, requests }
}

/** Scrolls to every chart on the page, as a reader would, and waits until each is drawn. */
export async function chartsDrawn(page: Page, sections = ['arsverk', 'heltid', 'brukere']) {
  for (const id of sections) {
    await page.locator(`#${id} .chart__plot`).first().waitFor({ state: 'attached' })
  }
  const plots = page.locator(sections.map((id) => `#${id}`).join(', ')).locator('.chart__plot')
  const count = await plots.count()
  for (let i = 0; i < count; i++) {
    await plots.nth(i).scrollIntoViewIfNeeded()
    await plots.nth(i).locator('svg.recharts-surface').waitFor()
  }
}

/**
 * Scrolls each section into view once, a frame apart, as a reader scrolling down would:
 * tools load when scrolled near, and a section skipped by content-visibility is laid out
 * (and measured as it now is) only once it has been on screen.
 */
export async function visitEverySection(page: Page) {
  for (const { id } of SECTIONS) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded()
    await page.evaluate(() => new Promise(requestAnimationFrame))
  }
}

/**
 * A page on another origin than the dashboard's (`localhost`, where the site is served
 * from 127.0.0.1): an article for embeds. `url` serves whatever `page` holds when asked.
 */
export async function serveHostPage(): Promise<{
  url: string
  page: { html: string }
  close: () => Promise<void>
}> {
  const page = { html: '' }
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page.html)
  })
  await new Promise<void>((done) => server.listen(0, 'localhost', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://localhost:${port}/artikkel/`,
    page,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
