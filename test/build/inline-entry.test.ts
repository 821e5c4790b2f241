// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkInlineEntry } from '../../build/inline-entry'

/** Shaped like the built entry: minified, its one import dynamic. */
const ENTRY =
  'var e=document.getElementById("root");import("./assets/start-Ab12.js").then(t=>t.start(e,import.meta.url));'

describe('checkInlineEntry', () => {
  it('passes an entry with only a dynamic import, trimmed', () => {
    expect(checkInlineEntry(`\n${ENTRY}\n`)).toBe(ENTRY)
    expect(checkInlineEntry('import.meta.url;import ("./a.js")')).toBe(
      'import.meta.url;import ("./a.js")',
    )
  })

  it.each([
    ['a closing script tag', 'var a="</script>";'],
    ['a closing script tag in capitals', 'var a="</SCRIPT >";'],
    ['an HTML comment opener', 'var a="<!--";'],
  ])('rejects an entry that cannot stand inline in HTML: %s', (_, code) => {
    expect(() => checkInlineEntry(`${ENTRY}${code}`)).toThrow('entry: cannot stand inline in HTML')
  })

  it.each([
    ['a named import', 'import{a as b}from"./assets/shared-Cd34.js";'],
    ['a default import', "import x from './assets/shared-Cd34.js'\n"],
    ['a re-export', 'export{a}from"./assets/shared-Cd34.js";'],
    ['a bare import, minified', 'import"./assets/shared-Cd34.js";'],
    ['a bare import after code', 'var a=1;import"./assets/shared-Cd34.js";'],
    ['a namespace import, minified', 'import*as a from"./assets/shared-Cd34.js";'],
  ])('rejects an entry with a static import: %s', (_, code) => {
    expect(() => checkInlineEntry(`${code}${ENTRY}`)).toThrow('entry: has a static import')
  })
})
