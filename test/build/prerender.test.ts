// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { sha256 } from '../../build/csp'
import { prerenderedPage, type PageParts } from '../../build/prerender'

/** Shaped like Vite's built index.html. */
const HTML = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <title>Heltid i tall</title>
    <script type="module" crossorigin src="./assets/index-Ab12.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/shared-Cd34.js">
    <link rel="stylesheet" crossorigin href="./assets/index-Ef56.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`
const CSS = ':root{--bg:#fff}body{margin:0}'
const ENTRY = 'import("./assets/start-Gh78.js").then(a=>a.start())'
const BODY = '<main><h1>Heltid</h1><div style="height:240px"></div></main>'

const parts = (more: Partial<PageParts> = {}): PageParts => ({
  body: BODY,
  entry: ENTRY,
  stylesheet: (file) => {
    expect(file).toBe('assets/index-Ef56.css')
    return CSS
  },
  ...more,
})

describe('prerenderedPage', () => {
  const page = prerenderedPage(HTML, parts())

  it('puts the content into #root and the stylesheet inline', () => {
    expect(page).toContain(`<div id="root">${BODY}</div>`)
    expect(page).toContain(`<style>${CSS}</style>`)
    expect(page).not.toContain('<link rel="stylesheet"')
  })

  it('has the entry inline at the end of <body> instead of its script tag and preloads', () => {
    expect(page).not.toContain('src="./assets/index-Ab12.js"')
    expect(page).not.toContain('modulepreload')
    expect(page).toContain(`<script type="module">${ENTRY}</script></body>`)
    expect(page.match(/<script/g)).toHaveLength(1)
  })

  it('starts <head> with a policy that allows the inline style, style attributes and entry by hash', () => {
    const policy = /^<head><meta http-equiv="Content-Security-Policy" content="([^"]+)">/m.exec(
      page.slice(page.indexOf('<head>')),
    )?.[1]
    expect(policy).toContain(`script-src 'self' ${sha256(ENTRY)};`)
    expect(policy).toContain(
      `style-src 'self' 'unsafe-hashes' ${sha256(CSS)} ${sha256('height:240px')};`,
    )
  })

  it('lists a style attribute that equals the stylesheet once', () => {
    const same = prerenderedPage(HTML, parts({ body: `<div style="${CSS}"></div>` }))
    expect(same).toContain(`'unsafe-hashes' ${sha256(CSS)};`)
  })

  it('writes the content and entry as they are, even with $ patterns in them', () => {
    const entry = 'var a="$&$1$`";import("./assets/start-Gh78.js")'
    const body = "<p>$' $&</p>"
    const written = prerenderedPage(HTML, parts({ entry, body }))
    expect(written).toContain(`<div id="root">${body}</div>`)
    expect(written).toContain(`<script type="module">${entry}</script></body>`)
  })

  it('fails on an index.html it does not expect', () => {
    expect(() =>
      prerenderedPage(HTML.replace('<div id="root"></div>', '<main></main>'), parts()),
    ).toThrow('prerender: no empty #root')
    const noScript = HTML.replace(/<script[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '')
    expect(() => prerenderedPage(noScript, parts())).toThrow('prerender: no entry script tag')
  })

  it('fails when any inline script but the entry would be written', () => {
    expect(() =>
      prerenderedPage(HTML, parts({ body: `${BODY}<script>alert(1)</script>` })),
    ).toThrow('prerender: an inline script other than the entry would be written')
    expect(() =>
      prerenderedPage(HTML.replace('</head>', '<script>var a</script></head>'), parts()),
    ).toThrow('prerender: an inline script other than the entry would be written')
  })
})
