import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

/**
 * What a first visit asks for before the reader does anything: the inline entry in
 * index.html imports the start chunk, which imports the rest of the first load
 * statically. A new small module shared with a later chunk would become a request of its
 * own unless the build's chunk rule (build/shared-chunk.ts) takes it into the shared chunk;
 * this test fails when that happens (or when anything else adds a request to the first load).
 */

const DIST = resolve(process.cwd(), 'dist')
const ASSETS = join(DIST, 'assets')

/** Every JS file the first load fetches: the start chunk and its static imports, transitively. */
function firstLoadFiles(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const entry = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
  const start = /import\(\s*[`"']\.\/assets\/([^`"']+)[`"']\s*\)/.exec(entry)?.[1]
  if (!start) throw new Error('The inline entry imports no start chunk')
  const seen = new Set<string>()
  const queue = [start]
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(ASSETS, file), 'utf8')
    for (const m of code.matchAll(
      /(?:^|[;\n])\s*import\s*(?:[^"';]*?from\s*)?["']\.\/([^"']+)["']/g,
    ))
      if (m[1]) queue.push(m[1])
  }
  return [...seen]
}

/**
 * The first load's files since the shared chunk became a rule (build/shared-chunk.ts): start,
 * runtime, shared (with the data schema, 7 files before), React's three (react-dom, its
 * client, use-sync-external-store).
 */
const FIRST_LOAD_FILES = 6

describe('the first load', () => {
  it(`fetches at most ${FIRST_LOAD_FILES} JS files: small shared modules go into the shared chunk`, () => {
    const files = firstLoadFiles()
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(FIRST_LOAD_FILES)
    // No chunk of the app's own small modules stands alone in it.
    const known = /^(start|rolldown-runtime|shared|client|react-dom|with-selector)-/
    expect(files.filter((f) => !known.test(f))).toEqual([])
  })

  it('reads the files the way a browser would (the count can fail)', () => {
    expect(firstLoadFiles()[0]).toMatch(/^start-/)
    expect(readdirSync(ASSETS).filter((f) => f.endsWith('.js')).length).toBeGreaterThan(
      FIRST_LOAD_FILES,
    )
  })
})

/**
 * A server's first flight is ten TCP segments, about 14 600 bytes: an index.html over it
 * costs the first paint one more round trip (Lighthouse's simulation counted about 125 ms
 * for a padded plain page, and the LCP ratio rose from 1.13 to 1.30 when the page crossed
 * it). Measured gzip -9, as the bench does; GitHub Pages compresses at least as well.
 */
const FIRST_FLIGHT_BYTES = 14_600

describe('the first screen', () => {
  it(`arrives in the first round trip: index.html is at most ${FIRST_FLIGHT_BYTES} bytes gzipped`, () => {
    const html = readFileSync(join(DIST, 'index.html'))
    const size = gzipSync(html, { level: 9 }).length
    console.info(`index.html: ${html.length} bytes raw, ${size} bytes gzip -9`)
    expect(size).toBeLessThanOrEqual(FIRST_FLIGHT_BYTES)
  })
})
