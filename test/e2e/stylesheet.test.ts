import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The page's styles are many files (src/styles/ and one beside each component and section)
 * that the build joins into one stylesheet, inline in index.html. Rules of equal
 * specificity are decided by their order, so the global files must come first, in their
 * own order (tokens, base, layout, patterns), and every component's after them: src/main.tsx
 * and src/start.tsx import the global ones for that (see the README, «Styles»).
 */

const DIST = resolve(process.cwd(), 'dist')
const inlineStyle = () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '')
}

/** The first rule of each global file, as the build writes it. */
const GLOBAL = [
  ['tokens.css', ':root{'],
  ['base.css', '*,:before,:after{box-sizing:border-box}'],
  ['layout.css', '.skip-link{'],
  ['patterns.css', '.quote,.argument-card__quote{'],
] as const

/** A rule from components' and sections' own stylesheets, from the first chunk to the last. */
const COMPONENT = [
  '.downloads{',
  '.legend{',
  '.data-table{',
  '.presentation{',
  '.chart{',
  '.argument-card{',
  '.sort-button{',
  '.workplace-compare{',
  '.handout{',
  '.embed-dialog{',
]

describe('the stylesheet', () => {
  it('is one file, inline in the page', () => {
    expect(readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.css'))).toHaveLength(1)
    expect(inlineStyle()).toHaveLength(1)
  })

  it('has the global files first, in order, and every component rule after them', () => {
    const [css = ''] = inlineStyle()
    const at = (text: string) => {
      const i = css.indexOf(text)
      expect(i, `${text} is in the stylesheet`).toBeGreaterThanOrEqual(0)
      return i
    }
    const globals = GLOBAL.map(([, text]) => at(text))
    expect(globals[0]).toBe(0)
    expect([...globals].sort((a, b) => a - b)).toEqual(globals)
    const lastGlobal = globals[globals.length - 1]!
    for (const text of COMPONENT) expect(at(text), text).toBeGreaterThan(lastGlobal)
  })
})
