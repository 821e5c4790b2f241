/**
 * The few things the smoke paths do in a browser, the same in every engine: open a page at
 * a viewport, find an element as a reader finds it (by its role and accessible name, its
 * label or its text), click, type, press a key, read the address, and run a function in the
 * page or in an iframe. Each engine implements it with its own driver: playwright-core for
 * Chromium, puppeteer-core over WebDriver BiDi for Firefox, webdriverio over WebDriver for
 * WebKit (see the *-driver.ts files). The paths themselves (paths.ts) are one body of code.
 */

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const
export type Engine = (typeof ENGINES)[number]

export interface Viewport {
  width: number
  height: number
}

/** The roles the paths look for (ARIA role names, as the engines compute them). */
export type Role =
  'article' | 'button' | 'checkbox' | 'dialog' | 'figure' | 'group' | 'radio' | 'region' | 'table'

export interface FindOptions {
  /** Look inside this element only. */
  within?: SmokeElement
}

export interface SmokeElement {
  /** A real click (the driver's input events, after scrolling the element into view). */
  click(): Promise<void>
  /** Replaces the field's text by typing `text`, key by key. */
  fill(text: string): Promise<void>
  /** Runs `fn` in the page with this element. */
  evaluate<R, A = undefined>(fn: (element: Element, arg: A) => R, arg?: A): Promise<R>
}

export interface SmokePage {
  readonly engine: Engine
  goto(url: string): Promise<void>
  /** The page's address as the page itself sees it. */
  url(): Promise<string>
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R>
  /** The element with this role and accessible name (exact); waits until there is one. */
  findByRole(role: Role, name: string, options?: FindOptions): Promise<SmokeElement>
  /** The same, or null at once when there is none. */
  queryByRole(role: Role, name: string, options?: FindOptions): Promise<SmokeElement | null>
  /** The form field labelled `label`; waits until there is one. */
  findByLabel(label: string, options?: FindOptions): Promise<SmokeElement>
  /** The innermost element whose text contains `text`; waits until there is one. */
  findByText(text: string, options?: FindOptions): Promise<SmokeElement>
  /** The element with this id (a section's anchor, such as `arsverk`); waits until there is one. */
  findById(id: string): Promise<SmokeElement>
  /** Presses one key on the keyboard, where the focus is. */
  press(key: 'ArrowRight' | 'Escape'): Promise<void>
  /** Runs `fn` inside the document of the iframe `frame` (which may be of another origin). */
  evaluateInFrame<R, A = undefined>(frame: SmokeElement, fn: (arg: A) => R, arg?: A): Promise<R>
  close(): Promise<void>
}

export interface SmokeBrowser {
  readonly engine: Engine
  /** The browser's name and version, for the log. */
  readonly version: string
  newPage(viewport: Viewport): Promise<SmokePage>
  close(): Promise<void>
}

/** How long a wait for something on the page may take before the test fails. */
export const WAIT_MS = 20_000
const POLL_MS = 100

/**
 * Waits until `check` returns a value other than null, undefined or false, and returns it.
 * Fails after `timeout` with `what` in the message: a wait for a condition, not a sleep.
 */
export async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeout = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout
  let lastError: unknown
  for (;;) {
    try {
      const value = await check()
      if (value !== null && value !== undefined && value !== false) return value
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : ''
      throw new Error(`Waited ${timeout / 1000} s for ${what}${cause}`)
    }
    await new Promise((done) => setTimeout(done, POLL_MS))
  }
}

/** Describes a query for error messages: «the radio named «Andel av totalen»». */
export const describeRole = (role: Role, name: string) => `the ${role} named «${name}»`

/**
 * In the page: scrolls `element` to the middle of the screen, as a reader scrolls to what
 * they are about to tap (clear of the sticky contents bar), and waits until it has stood
 * still for a few frames, there. If the page moved it away meanwhile, it scrolls again, as
 * the reader would: in WebKit, which has no scroll anchoring, a section above that is drawn
 * for the first time (content-visibility) changes height and moves everything below it.
 * Then it listens for the click to come (see `tap`). Returns what covers the element's
 * centre, or null when nothing does: a tap there reaches the element.
 */
export async function settleInView(element: Element): Promise<string | null> {
  const frame = () => new Promise((done) => requestAnimationFrame(done))
  const inView = (r: DOMRect) =>
    r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth
  for (let attempt = 0; attempt < 5; attempt++) {
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' })
    let last = ''
    for (let still = 0, frames = 0; still < 6 && frames < 300; frames++) {
      await frame()
      const r = element.getBoundingClientRect()
      const now = `${r.x} ${r.y} ${r.width} ${r.height}`
      still = now === last ? still + 1 : 0
      last = now
    }
    if (inView(element.getBoundingClientRect())) break
  }
  const probe = window as unknown as { smokeTapReached?: boolean }
  probe.smokeTapReached = false
  element.addEventListener('click', () => (probe.smokeTapReached = true), {
    capture: true,
    once: true,
  })
  const r = element.getBoundingClientRect()
  const x = r.x + r.width / 2
  const y = r.y + r.height / 2
  const top = document.elementFromPoint(x, y)
  if (top && (element.contains(top) || top.contains(element))) return null
  return top
    ? `<${top.tagName.toLowerCase()} class="${top.className}">`
    : `nothing (its centre, ${Math.round(x)},${Math.round(y)}, is off the screen)`
}

/** In the page: whether the click since settleInView reached its element. */
export const tapReached = () =>
  (window as unknown as { smokeTapReached?: boolean }).smokeTapReached === true

/**
 * A reader's tap on an element, for a driver whose click is a pointer at a point (Firefox,
 * WebKit; Playwright does the same checks itself): settle the element in view and fail if
 * something covers it; press; and check that the click reached the element. A click that
 * missed because the page moved under the pointer (a chart or a section drawn a moment
 * later) is tried once more, with a warning in the log, as a reader taps again; a second
 * miss fails the test.
 */
export async function tap(
  what: string,
  steps: {
    settle: () => Promise<string | null>
    press: () => Promise<void>
    reached: () => Promise<boolean>
  },
) {
  for (let attempt = 1; ; attempt++) {
    const covering = await steps.settle()
    if (covering) throw new Error(`Cannot click ${what}: ${covering} covers its centre`)
    await steps.press()
    if (await steps.reached()) return
    if (attempt === 2) {
      throw new Error(`Clicked ${what} twice, and neither click reached it`)
    }
    console.warn(`The click on ${what} did not reach it (the page moved); clicking again`)
  }
}
