import { existsSync, readdirSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { findChromium } from '../e2e/chromium.mjs'
import { ENGINES, type Engine } from './driver'

/** The variable that skips engines, e.g. `SMOKE_SKIP=webkit` or `SMOKE_SKIP=firefox,webkit`. */
export const SKIP_VARIABLE = 'SMOKE_SKIP'

/** The engines `SMOKE_SKIP` names; an unknown name is an error, not a silent no-op. */
export function skippedEngines(value = process.env[SKIP_VARIABLE] ?? ''): Engine[] {
  const names = value
    .split(/[\s,]+/)
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean)
  const unknown = names.filter((n) => !(ENGINES as readonly string[]).includes(n))
  if (unknown.length > 0) {
    throw new Error(
      `${SKIP_VARIABLE}=${value} names ${unknown.map((n) => `«${n}»`).join(', ')}, ` +
        `which the smoke suite does not run. Its engines: ${ENGINES.join(', ')}.`,
    )
  }
  return ENGINES.filter((e) => names.includes(e))
}

const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((p) => existsSync(p)) ?? null

const firstExisting = (paths: (string | undefined)[]) =>
  paths.find((p): p is string => !!p && existsSync(p)) ?? null

const skipHint = (engine: Engine) =>
  `skip it with ${SKIP_VARIABLE}=${engine} (the run then says it skipped ${engine})`

export function findChromiumForSmoke(): string {
  try {
    return findChromium()
  } catch (error) {
    throw new Error(`${(error as Error).message} Or ${skipHint('chromium')}.`)
  }
}

export function findFirefox(): string {
  const path = firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ])
  if (!path) {
    throw new Error(
      "No Firefox found for the smoke tests. Install Debian's package with " +
        '`sudo apt-get install firefox-esr` (bash .ci/run does this), set FIREFOX_PATH to a ' +
        `Firefox binary, or ${skipHint('firefox')}.`,
    )
  }
  return path
}

export interface WebKitPaths {
  driver: string
  browser: string
  xvfbRun: string | null
}

/** MiniBrowser, where Debian (/usr/lib/<arch>/), Fedora (/usr/libexec/) or Arch keep it. */
function findMiniBrowser(): string | null {
  const lib = '/usr/lib'
  const multiarch = existsSync(lib)
    ? readdirSync(lib).map((dir) => join(lib, dir, 'webkit2gtk-4.1/MiniBrowser'))
    : []
  return firstExisting([
    process.env.WEBKIT_BROWSER_PATH,
    ...multiarch,
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/webkit2gtk-4.1/MiniBrowser',
  ])
}

export function findWebKit(): WebKitPaths {
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER_PATH]) ?? onPath('WebKitWebDriver')
  const browser = findMiniBrowser()
  // WebKitGTK draws into a display: a virtual one (xvfb-run, which needs xauth) or, on a
  // desktop without xvfb-run, the reader's own.
  const xvfbRun = onPath('xvfb-run') && onPath('xauth') ? onPath('xvfb-run') : null
  const missing = [
    driver ? null : 'WebKitWebDriver',
    browser ? null : 'MiniBrowser',
    xvfbRun || process.env.DISPLAY ? null : 'xvfb-run (or a display)',
  ].filter(Boolean)
  if (!driver || !browser || missing.length > 0) {
    throw new Error(
      `No WebKit for the smoke tests: ${missing.join(', ')} not found. Install Debian's ` +
        'packages with `sudo apt-get install webkit2gtk-driver xvfb xauth` ' +
        '(webkit2gtk-driver brings libwebkit2gtk-4.1-0, which ships MiniBrowser; bash .ci/run ' +
        'does this), set WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH, ' +
        `or ${skipHint('webkit')}. There is no WebKitGTK for macOS or Windows.`,
    )
  }
  return { driver, browser, xvfbRun }
}
