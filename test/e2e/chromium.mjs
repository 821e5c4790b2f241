import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/**
 * Flags for the system Chromium here: no sandbox (root), and no background networking,
 * which this machine's closed network would refuse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * The system Chromium (Playwright cannot download browsers here). Used by the browser
 * tests and the benchmark.
 * @returns {string}
 */
export function findChromium() {
  const path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p))
  if (!path) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's package with " +
        '`sudo apt-get install chromium` (bash .ci/run does this), or set CHROMIUM_PATH ' +
        'to a Chromium or Chrome binary.',
    )
  }
  return path
}
