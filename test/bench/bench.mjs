// npm run bench: builds the site and prints its size and Lighthouse's mobile scores.
// Figures, not assertions: nothing here fails on a slow machine. Median of BENCH_RUNS runs
// (default 5) with the spread (lowest–highest), against a plain static HTML page measured
// in the same run for reference, and Lighthouse's benchmarkIndex for the machine.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.mjs'
import { serveStatic } from '../e2e/server.mjs'

const ROOT = resolve(import.meta.dirname, '../..')
const DIST = join(ROOT, 'dist')
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5)
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

/**
 * What a first visit loads before the reader does anything: every script and stylesheet the
 * browser requests while the page opens at the top (phone-sized, until the network is
 * quiet), sized from dist/ (raw and gzip -9). Charts load when scrolled near, so they are
 * not in it. Also the HTML itself, which now holds the first screen.
 * @param {string} url
 */
async function firstLoadAssets(url) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  /** @type {string[]} */
  const requested = []
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 915 } })
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.waitForTimeout(1000)
  } finally {
    await browser.close()
  }
  const files = [
    'index.html',
    ...new Set(
      requested
        .filter((p) => /\.(js|css)$/.test(p) && !p.endsWith('/sw.js') && !/workbox-/.test(p))
        .map((p) => p.replace(/^\/heltid-i-tall\//, '')),
    ),
  ]
  return files.map((ref) => {
    const bytes = readFileSync(join(DIST, ref))
    return {
      ref,
      type: ref.endsWith('.css') ? 'css' : ref.endsWith('.html') ? 'html' : 'js',
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    }
  })
}

/** @param {number} n */
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`
/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}

/** A page with the same heading and lead text and no script: the floor for LCP. */
function writePlainPage() {
  const dir = join(ROOT, '.bench', 'plain')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Heltid i tall</title><meta name="description" content="Referanseside for måling"><link rel="icon" href="data:,"><style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;line-height:1.5}h1{font-size:2.25rem;line-height:1.2}</style></head><body><main><h1>Heltid og deltid i omsorgstjenesten – regjeringens egne tall</h1><p>Tallene fra regjeringens opptrappingsplan, SSB og KS, med kilde for hvert tall.</p></main></body></html>\n`,
  )
  return join(ROOT, '.bench')
}

/** @typedef {Record<string, number>} Measurement */

/** Audits outside performance that any measured page failed, by page and category. */
const failedAudits = new Set()

/**
 * @param {string} url
 * @param {number} port
 * @param {'simulate' | 'devtools'} throttlingMethod Lighthouse's default, `simulate`, loads
 *   the page unthrottled and models the slow phone from what it observed; `devtools` really
 *   slows the network and the CPU while the page loads.
 * @returns {Promise<Measurement>}
 */
async function measure(url, port, throttlingMethod = 'simulate') {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    throttlingMethod,
    onlyCategories:
      throttlingMethod === 'simulate'
        ? ['performance', 'accessibility', 'best-practices', 'seo']
        : ['performance'],
  })
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  // The audits that cost points outside performance, so a score under 100 says why.
  for (const c of ['accessibility', 'best-practices', 'seo'])
    for (const ref of lhr.categories[c]?.auditRefs ?? [])
      if (ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        failedAudits.add(`${new URL(url).pathname} ${c}: ${ref.id}`)
  /** @param {string} id */
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  /** @param {string} id */
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  }
}

/**
 * What a filter change costs once every chart is drawn, with the CPU slowed 4× (as
 * Lighthouse's mobile profile does), for the group filter (a table, a chart and the cards
 * that follow it change) and the users measure (a table and a chart). Two times per change,
 * median of 5 each, in milliseconds: from the click to the next frame after React has
 * rendered (what the reader waits for: the control and the table answer), and from the click
 * until the main thread is idle again (the chart, redrawn in the background, included).
 * @param {string} url
 */
async function filterChangeCost(url) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 915 } })
    await page.goto(url)
    for (const id of ['arsverk', 'heltid', 'brukere']) {
      await page.locator(`#${id} .chart__plot`).first().scrollIntoViewIfNeeded()
      await page.locator(`#${id} svg.recharts-surface`).first().waitFor()
    }
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    /** @param {string} selector @returns {Promise<{ frame: number, idle: number }>} */
    const timeClick = (selector) =>
      page.evaluate(
        (sel) =>
          new Promise((done) => {
            const target = /** @type {HTMLElement} */ (document.querySelector(sel))
            const start = performance.now()
            target.click()
            requestAnimationFrame(() =>
              setTimeout(() => {
                const frame = performance.now() - start
                requestIdleCallback(() => done({ frame, idle: performance.now() - start }))
              }, 0),
            )
          }),
        selector,
      )
    await page.locator('#arsverk').getByText('Velg utdanningsgrupper').click()
    /** @type {Record<string, { frame: number[], idle: number[] }>} */
    const times = {
      'group filter': { frame: [], idle: [] },
      'users / frequency': { frame: [], idle: [] },
    }
    /** @param {string} name @param {{ frame: number, idle: number }} t */
    const add = (name, t) => {
      times[name]?.frame.push(t.frame)
      times[name]?.idle.push(t.idle)
    }
    for (let i = 0; i < 5; i++) {
      add('group filter', await timeClick('#arsverk .checkbox-group__list input'))
      add(
        'users / frequency',
        await timeClick(`#brukere .choice-group__option:nth-child(${(i % 2) + 1}) input`),
      )
      await page.waitForTimeout(300)
    }
    return Object.fromEntries(
      Object.entries(times).map(([k, v]) => [
        k,
        {
          frame: median(v.frame),
          idle: median(v.idle),
          frameRange: [Math.min(...v.frame), Math.max(...v.frame)],
          idleRange: [Math.min(...v.idle), Math.max(...v.idle)],
        },
      ]),
    )
  } finally {
    await browser.close()
  }
}

/*
 * Host mode (`npm run bench -- host`): what one chart embed costs the article it sits in.
 * A plain article on another origin (`localhost`, the site being on `127.0.0.1`), with and
 * without one chart embed (the «Bygg inn» snippet: the static chart's iframe and embed.js),
 * measured alternately in one run by Lighthouse (mobile, default simulated throttling).
 * Chromium runs with site isolation off, so the cross-site iframe shares the article's
 * renderer process and main thread, as it does on phones that do not isolate sites; the
 * run checks and prints that no out-of-process iframe was made.
 */

/** Chromium flags that keep a cross-site iframe in its parent's renderer process. */
const SHARED_PROCESS_FLAGS = [
  '--disable-site-isolation-trials',
  '--disable-features=IsolateOrigins,site-per-process',
]

/** The chart the host article embeds; BENCH_HOST_SRC (relative to the site) for another. */
const HOST_EMBED = process.env.BENCH_HOST_SRC || 'innebygd/arsverk/'

/** @param {string} site @param {boolean} withEmbed */
function article(site, withEmbed) {
  const paragraph =
    '<p>Kommunene skal dokumentere hvorfor en stilling er deltid, og drøfte det med de tillitsvalgte. Tallene fra regjeringens opptrappingsplan viser hvor mange årsverk som ligger i deltidsstillingene, og hvem som har dem.</p>'
  const embed = withEmbed
    ? `<iframe src="${site}${HOST_EMBED}" title="Årsverk per utdanningsgruppe – Heltid i tall" loading="lazy" width="100%" height="520"
  style="border:0;width:100%;display:block" allow="clipboard-write; fullscreen; web-share"
  data-heltid-i-tall></iframe>
<script src="${site}embed.js" async></script>`
    : ''
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Deltid i omsorgen – artikkel</title><meta name="description" content="En artikkel på forbundets nettsted"><link rel="icon" href="data:,"><style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:42rem;padding:1rem;line-height:1.5;color:#1b1f24;background:#fff}h1{font-size:2rem;line-height:1.2}</style></head><body><main><h1>Hele stillinger i omsorgen: dette viser tallene</h1>${paragraph}${embed}${paragraph.repeat(4)}</main></body></html>\n`
}

/** @param {string} site */
async function serveArticles(site) {
  const { createServer } = await import('node:http')
  const pages = {
    '/artikkel/': article(site, false),
    '/artikkel/med-diagram/': article(site, true),
  }
  const server = createServer((req, res) => {
    const page =
      pages[/** @type {keyof typeof pages} */ (new URL(req.url ?? '/', 'http://x').pathname)]
    if (!page) return void res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page)
  })
  await new Promise((done) => server.listen(0, 'localhost', () => done(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { server, url: `http://localhost:${port}/artikkel/` }
}

/**
 * @param {string} url
 * @param {number} port
 */
async function measureHost(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  })
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  /** @param {string} id */
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: audit('total-blocking-time'),
    lcp: audit('largest-contentful-paint'),
    tti: audit('interactive'),
    bootup: audit('bootup-time'),
    bytes: audit('total-byte-weight'),
  }
}

/**
 * Whether the embed's iframe got a renderer process of its own (an out-of-process iframe).
 * @param {number} port
 * @param {string} url
 */
async function outOfProcessFrames(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext())
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'networkidle' })
    const cdp = await browser.newBrowserCDPSession()
    const { targetInfos } = await cdp.send('Target.getTargets')
    const frames = page.frames().length - 1
    await page.close()
    return { frames, outOfProcess: targetInfos.filter((t) => t.type === 'iframe').length }
  } finally {
    await browser.close().catch(() => undefined)
  }
}

/** @param {{ url: string }} site */
async function hostBench(site) {
  const host = await serveArticles(site.url)
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROME_FLAGS, ...SHARED_PROCESS_FLAGS],
  })
  try {
    const check = await outOfProcessFrames(chrome.port, `${host.url}med-diagram/`)
    console.log(
      `\nHost article with one chart embed (${HOST_EMBED}): ${check.frames} iframe(s), ${check.outOfProcess} out of process ${check.outOfProcess === 0 ? '(the iframe shares the article’s renderer process)' : '(SITE ISOLATION STILL ON: the embed’s cost is not counted)'}`,
    )
    /** @type {{ without: Record<string, number>[], with: Record<string, number>[] }} */
    const runs = { without: [], with: [] }
    for (let i = 0; i < RUNS; i++) {
      process.stdout.write(`Lighthouse host run ${i + 1}/${RUNS} …\n`)
      runs.without.push(await measureHost(host.url, chrome.port))
      runs.with.push(await measureHost(`${host.url}med-diagram/`, chrome.port))
    }
    const keys = ['performance', 'tbt', 'lcp', 'tti', 'bootup', 'bytes']
    /** @param {string} k @param {number} v */
    const fmt = (k, v) =>
      k === 'bytes' ? kib(v) : k === 'performance' ? String(v) : `${Math.round(v)} ms`
    /** @param {string} k @param {Record<string, number>[]} list */
    const spread = (k, list) => {
      const values = list.map((r) => r[k] ?? NaN)
      const [low, high] = [Math.min(...values), Math.max(...values)]
      const mid = fmt(k, median(values))
      return low === high ? mid : `${mid} (${fmt(k, low)}–${fmt(k, high)})`
    }
    const names = {
      performance: 'performance',
      tbt: 'TBT',
      lcp: 'LCP',
      tti: 'TTI',
      bootup: 'JS start-up',
      bytes: 'transferred',
    }
    console.log(
      `Lighthouse ${RUNS === 1 ? '(1 run each)' : `(median of ${RUNS} runs each, alternating; lowest–highest in brackets)`}, mobile, default throttling`,
    )
    console.log(
      `  ${'metric'.padEnd(14)} ${'article'.padStart(28)} ${'article + embed'.padStart(28)}`,
    )
    for (const k of keys)
      console.log(
        `  ${names[/** @type {keyof typeof names} */ (k)].padEnd(14)} ${spread(k, runs.without).padStart(28)} ${spread(k, runs.with).padStart(28)}`,
      )
    /** @param {string} k @param {'with' | 'without'} which */
    const mid = (k, which) => median(runs[which].map((r) => r[k] ?? NaN))
    const added = (/** @type {string} */ k) => mid(k, 'with') - mid(k, 'without')
    const budgets = [
      [`embed transfers ≤ 40 KiB (gzip)`, added('bytes') <= 40 * 1024, kib(added('bytes'))],
      [`adds ≤ 30 ms TBT`, added('tbt') <= 30, `${Math.round(added('tbt'))} ms`],
      [`adds ≤ 100 ms JS start-up`, added('bootup') <= 100, `${Math.round(added('bootup'))} ms`],
      [
        'host performance 100 in every run',
        runs.with.every((r) => r.performance === 100),
        runs.with.map((r) => r.performance).join(', '),
      ],
      [
        'host TTI ≤ 1.1 × the article’s',
        mid('tti', 'with') <= 1.1 * mid('tti', 'without'),
        `${(mid('tti', 'with') / mid('tti', 'without')).toFixed(2)} ×`,
      ],
    ]
    console.log('Budgets (medians; the embed’s share is article + embed − article)')
    for (const [name, met, value] of budgets)
      console.log(`  ${met ? 'met    ' : 'MISSED '} ${String(name).padEnd(36)} ${value}`)
  } finally {
    chrome.kill()
    host.server.close()
  }
}

async function main() {
  const hostOnly = process.argv.includes('host')
  console.log('Building …')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })

  if (hostOnly) {
    const site = await serveStatic(DIST)
    try {
      await hostBench(site)
    } finally {
      site.server.close()
    }
    return
  }

  const site = await serveStatic(DIST)
  const assets = await firstLoadAssets(site.url)
  console.log('\nFirst load (what a first visit fetches before the reader does anything)')
  for (const a of assets)
    console.log(
      `  ${a.ref.padEnd(40)} ${kib(a.raw).padStart(10)} raw ${kib(a.gzip).padStart(10)} gzip`,
    )
  for (const type of ['js', 'css']) {
    const of = assets.filter((a) => a.type === type)
    if (of.length === 0) {
      console.log(`  ${type.toUpperCase()}: none fetched (the stylesheet is inline in index.html)`)
      continue
    }
    const raw = of.reduce((s, a) => s + a.raw, 0)
    const gzip = of.reduce((s, a) => s + a.gzip, 0)
    console.log(
      `  ${type.toUpperCase()} total${' '.repeat(31)} ${kib(raw).padStart(10)} raw ${kib(gzip).padStart(10)} gzip (${raw} / ${gzip} bytes)`,
    )
  }

  const plain = await serveStatic(writePlainPage())
  const plainUrl = plain.url.replace('/heltid-i-tall/', '/heltid-i-tall/plain/')
  // The plain page lives in .bench/plain, served under the same sub-path.
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROME_FLAGS,
  })
  try {
    /** @type {{ site: Measurement[], plain: Measurement[] }} */
    const runs = { site: [], plain: [] }
    for (let i = 0; i < RUNS; i++) {
      process.stdout.write(`Lighthouse run ${i + 1}/${RUNS} …\n`)
      runs.site.push(await measure(site.url, chrome.port))
      runs.plain.push(await measure(plainUrl, chrome.port))
    }
    const keys = [
      'performance',
      'accessibility',
      'best-practices',
      'seo',
      'fcp',
      'lcp',
      'tbt',
      'cls',
    ]
    /** @param {Measurement[]} list @returns {Measurement} */
    const med = (list) =>
      Object.fromEntries(keys.map((k) => [k, median(list.map((r) => r[k] ?? NaN))]))
    const s = med(runs.site)
    const p = med(runs.plain)
    /** @param {string} k @param {number | undefined} v */
    const fmt = (k, v = NaN) =>
      ['fcp', 'lcp', 'tbt'].includes(k)
        ? `${Math.round(v)} ms`
        : k === 'cls'
          ? v.toFixed(3)
          : String(v)
    /** The median, then the lowest and highest of the runs. @param {string} k @param {Measurement[]} list */
    const spread = (k, list) => {
      const values = list.map((r) => r[k] ?? NaN)
      const low = Math.min(...values)
      const high = Math.max(...values)
      const mid = fmt(k, median(values))
      return low === high ? mid : `${mid} (${fmt(k, low)}–${fmt(k, high)})`
    }
    console.log(
      `\nLighthouse ${RUNS === 1 ? '(1 run)' : `(median of ${RUNS} runs, lowest–highest in brackets)`}, mobile, default throttling, ${findChromium()}`,
    )
    console.log(`  ${'metric'.padEnd(16)} ${'dashboard'.padStart(26)} ${'plain page'.padStart(26)}`)
    for (const k of keys)
      console.log(
        `  ${k.padEnd(16)} ${spread(k, runs.site).padStart(26)} ${spread(k, runs.plain).padStart(26)}`,
      )
    const ratios = runs.site.map((r, i) => (r.lcp ?? NaN) / (runs.plain[i]?.lcp ?? NaN))
    console.log(
      `  LCP ratio dashboard / plain page: ${((s.lcp ?? NaN) / (p.lcp ?? NaN)).toFixed(2)} (ratio of the medians); per run ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
    )
    console.log(
      `  performance per run: ${runs.site.map((r) => r.performance).join(', ')}; TBT per run: ${runs.site.map((r) => Math.round(r.tbt ?? NaN)).join(', ')} ms`,
    )
    if (failedAudits.size > 0) console.log(`  audits failed: ${[...failedAudits].join('; ')}`)
    const indexes = [...runs.site, ...runs.plain].map((r) => r.benchmarkIndex ?? NaN)
    console.log(
      `  Lighthouse benchmarkIndex of this machine: median ${Math.round(median(indexes))} (${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))}) over ${indexes.length} runs`,
    )

    // For reference, not the goal: the same pages loaded under real (applied) throttling.
    // The simulation counts every file that finished before the paint as needed for it;
    // here a script that does not hold up the paint costs only what it really costs.
    /** @type {{ site: Measurement[], plain: Measurement[] }} */
    const applied = { site: [], plain: [] }
    for (let i = 0; i < RUNS; i++) {
      process.stdout.write(`Lighthouse run ${i + 1}/${RUNS}, applied throttling …\n`)
      applied.site.push(await measure(site.url, chrome.port, 'devtools'))
      applied.plain.push(await measure(plainUrl, chrome.port, 'devtools'))
    }
    const as = med(applied.site)
    const ap = med(applied.plain)
    console.log(`\nFor reference: applied throttling (DevTools), same profile, median of ${RUNS}`)
    console.log(`  ${'metric'.padEnd(16)} ${'dashboard'.padStart(26)} ${'plain page'.padStart(26)}`)
    for (const k of ['performance', 'fcp', 'lcp', 'tbt'])
      console.log(
        `  ${k.padEnd(16)} ${spread(k, applied.site).padStart(26)} ${spread(k, applied.plain).padStart(26)}`,
      )
    console.log(
      `  LCP ratio dashboard / plain page: ${((as.lcp ?? NaN) / (ap.lcp ?? NaN)).toFixed(2)}`,
    )

    const costs = await filterChangeCost(site.url)
    console.log('\nFilter change, CPU slowed 4×, all charts drawn (median of 5, lowest–highest)')
    console.log(
      `  ${'change'.padEnd(20)} ${'next frame'.padStart(22)} ${'idle again'.padStart(22)}`,
    )
    /** @param {number} mid @param {number[]} range */
    const ms = (mid, [low = NaN, high = NaN]) =>
      `${Math.round(mid)} ms (${Math.round(low)}–${Math.round(high)})`
    for (const [name, t] of Object.entries(costs)) {
      console.log(
        `  ${name.padEnd(20)} ${ms(t.frame, t.frameRange).padStart(22)} ${ms(t.idle, t.idleRange).padStart(22)}`,
      )
    }
  } finally {
    chrome.kill()
    plain.server.close()
  }
  try {
    await hostBench(site)
  } finally {
    site.server.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
