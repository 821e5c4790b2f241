import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { Key, remote } from 'webdriverio'
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
  type Viewport,
} from './driver'

type Browser = WebdriverIO.Browser
type Element = WebdriverIO.Element

export interface WebKitSetup {
  /** WebKitWebDriver, from Debian's webkit2gtk-driver. */
  driver: string
  /** The browser it starts: MiniBrowser, from libwebkit2gtk-4.1-0. */
  browser: string
  /** xvfb-run, when WebKitGTK needs a display of its own (always used where present). */
  xvfbRun: string | null
  /** A page on the second origin that shows another page in an iframe of a given size. */
  viewportHost: string
}

/**
 * WebKit (WebKitGTK, the engine of Safari) through webdriverio over classic WebDriver:
 * WebKitWebDriver starts MiniBrowser under a virtual display (xvfb-run). One session per
 * page, so nothing carries over between tests.
 *
 * Two limits of MiniBrowser shape this driver. Its window has a toolbar and is at least
 * 447 px wide, so a narrower viewport (a phone's 375 px) is an iframe of exactly that size
 * on a blank page, and the page's commands run inside it. And webdriverio's `aria/` selector
 * (an XPath guess at the accessible name) cannot name a radio whose label is in a <span>, or
 * a table by its caption; so a role query asks WebKit itself, through WebDriver's Get
 * Computed Role and Get Computed Label, for each element that can have the role.
 */
export async function launchWebKit(setup: WebKitSetup): Promise<SmokeBrowser> {
  let driver = await startDriver(setup)
  const session = () =>
    remote({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver; webdriverio would otherwise ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: setup.browser, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    })
  /**
   * A new session starts a new MiniBrowser. On a loaded machine that start has once failed
   * (WebKitWebDriver closed the connection, and the next request hung): then the driver is
   * started afresh and the session asked for once more, and the log says so. What failed
   * in the browser's start is not the page's doing; whatever fails after it still fails.
   */
  const newSession = async () => {
    try {
      return await withTimeout(session(), SESSION_MS, 'a WebKit session')
    } catch (error) {
      console.warn(
        `WebKit: starting MiniBrowser failed (${(error as Error).message}); starting ` +
          `WebKitWebDriver again and retrying once. Its last output:\n${driver.output()}`,
      )
      driver.stop()
      driver = await startDriver(setup)
      return withTimeout(session(), SESSION_MS, 'a WebKit session')
    }
  }
  const probe = await newSession()
  const version = `WebKitGTK ${String(probe.capabilities.browserVersion ?? '')}`.trim()
  await probe.deleteSession()
  return {
    engine: 'webkit',
    version,
    async newPage(viewport) {
      const browser = await newSession()
      return webkitPage(browser, await fitViewport(browser, viewport), setup.viewportHost)
    },
    async close() {
      driver.stop()
    },
  }
}

/** How long MiniBrowser may take to start for a new session. */
const SESSION_MS = 45_000

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer for ${what} in ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** WebKitWebDriver on a free port, under xvfb-run where present; keeps its last output. */
async function startDriver(setup: WebKitSetup) {
  const port = await freePort()
  const command = setup.xvfbRun
    ? // A display number of its own, away from xvfb-run's usual :99 that other test runs
      // on the machine may hold (-a moves on to the next free one).
      [
        setup.xvfbRun,
        '-a',
        '-n',
        String(100 + Math.floor(Math.random() * 800)),
        setup.driver,
        `--port=${port}`,
      ]
    : [setup.driver, `--port=${port}`]
  // Its own process group, so stopping ends xvfb-run, Xvfb, the driver and the browser.
  const child = spawn(command[0]!, command.slice(1), {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - 30))
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const stop = () => stopGroup(child)
  process.once('exit', stop)
  await until('WebKitWebDriver to answer', async () => {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`)
    const status = await fetch(`http://127.0.0.1:${port}/status`).catch(() => null)
    return status?.ok ?? false
  })
  return {
    port,
    output: () => lines.join('\n') || '(none)',
    stop() {
      stop()
      process.off('exit', stop)
    },
  }
}

function stopGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

/**
 * Sizes the window so that the page's viewport is `viewport` (the window's toolbar takes
 * some height). Returns the viewport to emulate in an iframe when the window cannot be
 * that narrow, or null.
 */
async function fitViewport(browser: Browser, viewport: Viewport): Promise<Viewport | null> {
  await browser.url('about:blank')
  await browser.setWindowSize(viewport.width, viewport.height)
  const [width, height] = await browser.execute(() => [window.innerWidth, window.innerHeight])
  await browser.setWindowSize(viewport.width, viewport.height * 2 - height)
  return width === viewport.width ? null : viewport
}

/** The elements that can have each role (implicit roles and explicit ones). */
const CAN_HAVE_ROLE: Record<Role, string> = {
  article: 'article, [role="article"]',
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  dialog: 'dialog, [role="dialog"]',
  figure: 'figure, [role="figure"]',
  group: 'fieldset, details, [role="group"]',
  radio: 'input[type="radio"], [role="radio"]',
  region: 'section, [role="region"]',
  table: 'table, [role="table"]',
}

/** An XPath string literal for any text (XPath 1.0 has no escapes). */
function xpathLiteral(value: string): string {
  if (!value.includes('"')) return `"${value}"`
  return `concat(${value
    .split('"')
    .map((part) => `"${part}"`)
    .join(`, '"', `)})`
}

const elements = new WeakMap<SmokeElement, Element>()

const describe = async (el: Element) =>
  (await el.getHTML({ includeSelectorTag: true }).catch(() => '?')).slice(0, 120)

/** WebDriver's Execute Script, typed loosely: webdriverio's types do not fit a generic `fn`. */
const execute = <R>(browser: Browser, fn: unknown, ...args: unknown[]): Promise<R> =>
  (browser.execute as unknown as (fn: unknown, ...args: unknown[]) => Promise<R>)(fn, ...args)

function webkitPage(browser: Browser, emulated: Viewport | null, viewportHost: string): SmokePage {
  const wrap = (el: Element): SmokeElement => {
    const made: SmokeElement = {
      async click() {
        await tap(await describe(el), {
          settle: () => execute(browser, settleInView, el),
          // A pointer action at the element's centre, where a reader taps. (WebDriver's
          // Element Click first scrolls the element to the top edge, under the sticky
          // contents bar, and then refuses the click as intercepted.)
          press: () => el.click({ button: 'left' }),
          reached: () => execute(browser, tapReached),
        })
      },
      async fill(text) {
        await el.clearValue()
        await el.addValue(text)
      },
      evaluate: (fn, arg) => execute(browser, fn, el, arg),
    }
    elements.set(made, el)
    return made
  }
  const root = (options?: FindOptions) =>
    options?.within ? elements.get(options.within)! : browser.$('html')
  const queryByRole = async (role: Role, name: string, options?: FindOptions) => {
    for (const candidate of await root(options).$$(CAN_HAVE_ROLE[role])) {
      if (
        (await candidate.getComputedLabel()) === name &&
        (await candidate.getComputedRole()) === role
      ) {
        return wrap(candidate)
      }
    }
    return null
  }
  const first = async (what: string, selector: string, options?: FindOptions) =>
    until(what, async () => {
      const [found] = await root(options).$$(selector)
      return found ? wrap(found) : null
    })
  return {
    engine: 'webkit',
    async goto(url) {
      if (!emulated) {
        await browser.url(url)
        return
      }
      await browser.switchToParentFrame()
      const host = new URL(viewportHost)
      host.search = new URLSearchParams({
        src: url,
        width: String(emulated.width),
        height: String(emulated.height),
      }).toString()
      await browser.url(host.href)
      await browser.switchFrame(await browser.$('iframe'))
    },
    url: () => browser.execute(() => window.location.href),
    evaluate: (fn, arg) => execute(browser, fn, arg),
    findByRole: (role, name, options) =>
      until(describeRole(role, name), () => queryByRole(role, name, options)),
    queryByRole,
    async findByLabel(label, options) {
      return until(`the field labelled «${label}»`, async () => {
        // webdriverio's own accessible-name selector; of what it finds, the form field.
        for (const candidate of await root(options).$$(`aria/${label}`)) {
          if (['input', 'select', 'textarea'].includes(await candidate.getTagName())) {
            return wrap(candidate)
          }
        }
        return null
      })
    },
    findByText: (text, options) => {
      const literal = xpathLiteral(text)
      const innermost = `.//*[not(self::script or self::style)][contains(., ${literal})][not(.//*[contains(., ${literal})])]`
      return first(`the text «${text}»`, innermost, options)
    },
    findById: (id) => first(`#${id}`, `[id="${id}"]`),
    async press(key) {
      await browser.keys(Key[key])
    },
    async evaluateInFrame(frame, fn, arg) {
      await browser.switchFrame(elements.get(frame)!)
      try {
        return await execute(browser, fn, arg)
      } finally {
        await browser.switchToParentFrame()
      }
    },
    async close() {
      await browser.deleteSession()
    },
  }
}
