import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveStatic } from '../e2e/server.mjs'
import type { Engine } from './driver'
import {
  findChromiumForSmoke,
  findFirefox,
  findWebKit,
  SKIP_VARIABLE,
  skippedEngines,
  type WebKitPaths,
} from './engines'
import { serveHostPages } from './host-server'

export interface SmokeSetup {
  /** The built site, under its sub-path, on 127.0.0.1. */
  baseUrl: string
  /** The second origin (localhost) with the host pages of host-server.ts. */
  hostUrl: string
  chromium: string | null
  firefox: string | null
  webkit: WebKitPaths | null
  skipped: Engine[]
}

declare module 'vitest' {
  export interface ProvidedContext {
    smoke: SmokeSetup
  }
}

/**
 * Finds each engine the smoke suite runs (failing, with how to install it or skip it, when
 * one is missing), says which are skipped and why, and serves the built site and the host
 * pages for every smoke test.
 */
export default async function setup(project: TestProject) {
  const dist = resolve(process.cwd(), 'dist')
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the smoke tests.')
  }
  const skipped = skippedEngines()
  const problems: string[] = []
  const find = <T>(engine: Engine, finder: () => T): T | null => {
    if (skipped.includes(engine)) return null
    try {
      return finder()
    } catch (error) {
      problems.push((error as Error).message)
      return null
    }
  }
  const chromium = find('chromium', findChromiumForSmoke)
  const firefox = find('firefox', findFirefox)
  const webkit = find('webkit', findWebKit)
  if (problems.length > 0) throw new Error(problems.join('\n\n'))

  const skipNote =
    skipped.length > 0
      ? `Smoke suite: SKIPPING ${skipped.join(' and ')}, because ${SKIP_VARIABLE}=${process.env[SKIP_VARIABLE]} says so; their tests are reported as skipped.`
      : null
  const running = [
    chromium && `chromium (${chromium})`,
    firefox && `firefox (${firefox})`,
    webkit &&
      `webkit (${webkit.driver} with ${webkit.browser}${webkit.xvfbRun ? ', under xvfb-run' : ''})`,
  ].filter(Boolean)
  console.info(`Smoke suite: running in ${running.join(', ') || 'no engine'}.`)
  if (skipNote) console.warn(skipNote)

  const site = await serveStatic(dist)
  const host = await serveHostPages()
  project.provide('smoke', {
    baseUrl: site.url,
    hostUrl: host.url,
    chromium,
    firefox,
    webkit,
    skipped,
  })
  return async () => {
    await Promise.all([
      new Promise((done) => site.server.close(done)),
      new Promise((done) => host.server.close(done)),
    ])
    // Said again at the end, where a reader of the log looks for the outcome.
    if (skipNote) console.warn(skipNote)
  }
}
