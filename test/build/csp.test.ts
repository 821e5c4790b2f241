// @vitest-environment node
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, sha256, styleAttributeHashes, unescapeHtml } from '../../build/csp'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('contentSecurityPolicy', () => {
  it('allows the site itself, data: and blob: images, and no inline code without hashes', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "connect-src 'self'; frame-src 'self'; worker-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'",
    )
  })

  it('allows inline styles and style attributes by hash, inline scripts by hash', () => {
    const policy = contentSecurityPolicy(["'sha256-a'", "'sha256-b'"], ["'sha256-c'"])
    expect(policy).toContain("script-src 'self' 'sha256-c';")
    // 'unsafe-hashes' lets the hashes cover style attributes too, not only <style>.
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-a' 'sha256-b';")
    expect(policy).not.toContain('unsafe-inline')
  })

  it('never allows plugins, a foreign base or form target', () => {
    const policy = contentSecurityPolicy(["'sha256-a'"], ["'sha256-c'"])
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(policy).toContain("form-action 'self'")
  })
})

describe('sha256', () => {
  it('is the CSP source of the exact text', () => {
    expect(sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    expect(sha256('a{color:red}')).toBe(hash('a{color:red}'))
    expect(sha256('a{color:red} ')).not.toBe(sha256('a{color:red}'))
  })
})

describe('styleAttributeHashes', () => {
  it('hashes each style attribute once, in order of appearance', () => {
    const html =
      '<div style="height:240px"><p style="min-height:3rem">x</p></div><div style="height:240px"></div>'
    expect(styleAttributeHashes(html)).toEqual([hash('height:240px'), hash('min-height:3rem')])
  })

  it('hashes the value a browser reads: entities decoded', () => {
    const html =
      '<svg style="font-family:&quot;DejaVu Sans&quot;, sans-serif;content:&#x27;&lt;&amp;&gt;&#x27;"></svg>'
    expect(styleAttributeHashes(html)).toEqual([
      hash('font-family:"DejaVu Sans", sans-serif;content:\'<&>\''),
    ])
  })

  it('finds none where there is none, nor in a data-style attribute', () => {
    expect(styleAttributeHashes('<div class="x" data-xstyle="a"></div>')).toEqual([])
  })
})

describe('unescapeHtml', () => {
  it('decodes &amp; last, so an escaped entity stays an entity', () => {
    expect(unescapeHtml('&amp;lt;')).toBe('&lt;')
    expect(unescapeHtml('&lt;b&gt; &quot;&#x27;')).toBe('<b> "\'')
  })
})
