import puppeteer, { type BrowserContext, type ElementHandle, type Page } from 'puppeteer-core'
import {
  describeRole,
  settleInView,
  tap,
  tapReached,
  until,
  type FindOptions,
  type Role,
  type SmokeBrowser,
  type SmokeElement,
  type SmokePage,
} from './driver'

/**
 * Firefox through puppeteer-core over WebDriver BiDi. Puppeteer never downloads a browser
 * here: the executable is the system's (Debian's firefox-esr). Role queries go to Firefox's
 * own accessibility tree (`::-p-aria`, BiDi's accessibility locator).
 */
export async function launchFirefox(executablePath: string): Promise<SmokeBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // Headless Firefox draws classic scrollbars that take 12–15 px of the layout's width;
      // readers on phones and Macs see overlay scrollbars that take none.
      'ui.useOverlayScrollbars': 1,
      // No network but the test servers: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    },
  })
  return {
    engine: 'firefox',
    version: (await browser.version()).replace('/', ' '),
    async newPage(viewport) {
      // A context of its own per page: nothing (service worker, cache) carries over.
      const context = await browser.createBrowserContext()
      const page = await context.newPage()
      await page.setViewport(viewport)
      return firefoxPage(context, page)
    },
    close: () => browser.close(),
  }
}

/** Puppeteer's ARIA selector: `::-p-aria([name="…"][role="…"])`. */
const aria = (name: string, role?: Role) =>
  `::-p-aria([name="${name.replace(/["\\]/g, '\\$&')}"]${role ? `[role="${role}"]` : ''})`
/** Puppeteer's text selector: the innermost elements whose text contains `text`. */
const text = (value: string) => `::-p-text(${value.replace(/[()\\"]/g, '\\$&')})`

const handles = new WeakMap<SmokeElement, ElementHandle>()

function element(handle: ElementHandle): SmokeElement {
  const made: SmokeElement = {
    async click() {
      await tap(await handle.evaluate((el) => el.outerHTML.slice(0, 120)), {
        settle: () => handle.evaluate(settleInView),
        press: () => handle.click(),
        reached: () => handle.evaluate(tapReached),
      })
    },
    async fill(value) {
      await handle.evaluate((el) => (el as HTMLInputElement).select())
      await handle.type(value)
    },
    evaluate: (fn, arg) => handle.evaluate(fn as never, arg as never) as never,
  }
  handles.set(made, handle)
  return made
}

function firefoxPage(context: BrowserContext, page: Page): SmokePage {
  const query = async (selector: string, options?: FindOptions) => {
    const root = options?.within ? handles.get(options.within)! : page
    const handle = await root.$(selector)
    return handle ? element(handle) : null
  }
  const find = (what: string, selector: string, options?: FindOptions) =>
    until(what, () => query(selector, options))
  return {
    engine: 'firefox',
    async goto(url) {
      await page.goto(url)
    },
    url: () => page.evaluate(() => window.location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    findByRole: (role, name, options) => find(describeRole(role, name), aria(name, role), options),
    queryByRole: (role, name, options) => query(aria(name, role), options),
    // A field's accessible name is its label; the <label> itself has the same name.
    findByLabel: (label, options) =>
      until(`the field labelled «${label}»`, async () => {
        const root = options?.within ? handles.get(options.within)! : page
        for (const handle of await root.$$(aria(label))) {
          if (await handle.evaluate((el) => ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName))) {
            return element(handle)
          }
        }
        return null
      }),
    findByText: (value, options) => find(`the text «${value}»`, text(value), options),
    findById: (id) => find(`#${id}`, `[id="${id}"]`),
    press: (key) => page.keyboard.press(key),
    async evaluateInFrame(frame, fn, arg) {
      const content = await handles.get(frame)!.contentFrame()
      if (!content) throw new Error('Not an iframe, or its document is gone')
      return content.evaluate(fn as never, arg as never) as never
    },
    close: () => context.close(),
  }
}
