import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../e2e/chromium.mjs'
import {
  describeRole,
  until,
  WAIT_MS,
  type FindOptions,
  type Role,
  type SmokeBrowser,
  type SmokeElement,
  type SmokePage,
} from './driver'

/** Chromium through playwright-core, as the browser tests drive it (test/e2e/browser.ts). */
export async function launchChromium(executablePath: string): Promise<SmokeBrowser> {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
  return {
    engine: 'chromium',
    version: `Chromium ${browser.version()}`,
    async newPage(viewport) {
      const context = await browser.newContext({ viewport })
      return chromiumPage(context, await context.newPage())
    },
    close: () => browser.close(),
  }
}

function element(locator: Locator): SmokeElement {
  return {
    click: () => locator.click(),
    async fill(text) {
      await locator.fill('')
      await locator.pressSequentially(text)
    },
    evaluate: (fn, arg) => locator.evaluate(fn, arg as never),
  }
}

/** The Playwright locator behind an element made here. */
const locators = new WeakMap<SmokeElement, Locator>()

function chromiumPage(context: BrowserContext, page: Page): SmokePage {
  const scope = (options?: FindOptions) =>
    options?.within ? locators.get(options.within)! : page.locator(':root')
  const wrap = (locator: Locator) => {
    const made = element(locator)
    locators.set(made, locator)
    return made
  }
  const found = async (what: string, locator: Locator) => {
    await until(what, async () => (await locator.count()) > 0, WAIT_MS)
    return wrap(locator.first())
  }
  const byRole = (role: Role, name: string, options?: FindOptions) =>
    scope(options).getByRole(role, { name, exact: true })
  return {
    engine: 'chromium',
    async goto(url) {
      await page.goto(url)
    },
    url: () => page.evaluate(() => window.location.href),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    findByRole: (role, name, options) =>
      found(describeRole(role, name), byRole(role, name, options)),
    async queryByRole(role, name, options) {
      const locator = byRole(role, name, options)
      return (await locator.count()) > 0 ? wrap(locator.first()) : null
    },
    findByLabel: (label, options) =>
      found(`the field labelled «${label}»`, scope(options).getByLabel(label, { exact: true })),
    findByText: (text, options) => found(`the text «${text}»`, scope(options).getByText(text)),
    findById: (id) => found(`#${id}`, page.locator(`[id="${id}"]`)),
    press: (key) => page.keyboard.press(key),
    async evaluateInFrame(frame, fn, arg) {
      const handle = await locators.get(frame)!.elementHandle()
      const content = await handle?.contentFrame()
      if (!content) throw new Error('Not an iframe, or its document is gone')
      return content.evaluate(fn, arg as never)
    },
    close: () => context.close(),
  }
}
