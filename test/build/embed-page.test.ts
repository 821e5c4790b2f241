// @vitest-environment node
import { createHash } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { defaultEmbeds, readDatasets } from '../../build/embeds'
import { embedPage, pendingScript } from '../../build/embed-page'
import { contentSecurityPolicy } from '../../build/csp'
import { DATA_DIR } from '../helpers/files'

const embeds = defaultEmbeds(readDatasets(DATA_DIR))
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

function page(part: 'diagram' | 'diagram-tabell' = 'diagram') {
  return embedPage({
    embed: embeds.arsverk,
    part,
    root: '../../',
    css: 'body{margin:0}.chart__title{margin:0}.tool{color:red}@media print{.workplace{display:none}}',
    script: 'reportHeight()',
    head: '<meta property="og:title" content="t">',
    csp: contentSecurityPolicy,
  })
}

describe('a static embed page', () => {
  it('is Norwegian, has its finding as its title, and keeps only the page rules it can use', () => {
    const html = page()
    expect(html).toMatch(/^<!doctype html>\n<html lang="nb" class="embedded"/)
    expect(html).toContain(`<title>${embeds.arsverk.title} – Heltid i tall</title>`)
    expect(html).toContain('<script type="module">reportHeight()</script>')
    expect(html).toContain('.chart__title{margin:0}')
    expect(html).not.toContain('.tool{')
    expect(html).not.toContain('@media print{')
    expect(html).toContain('<meta property="og:title" content="t">')
    expect(html).not.toContain('<details')
    expect(page('diagram-tabell')).toContain('<details class="table-fold">')
  })

  it('allows exactly its inline style and script by their hashes, and nothing else', () => {
    const html = page()
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(2)
    expect(csp).toContain(hash(style))
    for (const [, script] of scripts) expect(csp).toContain(hash(script ?? ''))
    expect(csp).toContain("default-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(html).not.toMatch(/ style="/)
  })
})

describe('the pending check', () => {
  const run = (section: 'arsverk' | 'heltid' | 'brukere', search: string) => {
    const classes = new Set<string>()
    runInNewContext(pendingScript(section), {
      URLSearchParams,
      location: { search },
      document: { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
    })
    return classes.has('sc-pending')
  }

  it.each([
    ['arsverk', '', false],
    ['arsverk', '?embed=1&seksjon=arsverk&del=diagram', false],
    ['arsverk', '?grupper=sykepleier', true],
    ['arsverk', '?niva=1', true],
    ['arsverk', '?visning=andel', true],
    ['arsverk', '?aldersgrupper=0-49', false],
    ['brukere', '?aldersgrupper=0-49', true],
    ['brukere', '?fra=2011', true],
    ['heltid', '?heltidsortering=group-stigende', true],
  ] as const)('%s %s → drawn anew: %s', (section, search, pending) => {
    expect(run(section, search)).toBe(pending)
  })
})
