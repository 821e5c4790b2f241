import { createHash } from 'node:crypto'

/**
 * The built site's Content-Security-Policy: scripts, data and frames only from the site
 * itself, no plugins, and no inline script but the page's own small entry, allowed by its
 * SHA-256 hash (a hash-based strict policy; no 'unsafe-inline'). Styles come from the site
 * too, plus the inline stylesheet and the style attributes of the prerendered page, each
 * allowed by its hash (see build/prerender.ts). The dev server needs inline script for hot
 * reload, so the policy is added to the build only. Images may be data: and blob: URLs: the
 * favicon and the PNG export use them. The static chart embeds use the same policy with their
 * own hashes (build/embed-page.ts).
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  const styles = styleHashes.length > 0 ? ` 'unsafe-hashes' ${styleHashes.join(' ')}` : ''
  const scripts = scriptHashes.map((h) => ` ${h}`).join('')
  return [
    "default-src 'self'",
    `script-src 'self'${scripts}`,
    `style-src 'self'${styles}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** A CSP source that allows one inline script or style: `'sha256-…'` of its exact text. */
export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/**
 * The hashes of the `style="…"` attributes in rendered HTML (React writes chart heights
 * there), each once, in order of appearance. A browser hashes the attribute's value as it
 * reads it, so the HTML entities React escapes are decoded first.
 */
export function styleAttributeHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, value] of html.matchAll(/ style="([^"]*)"/g))
    hashes.add(sha256(unescapeHtml(value ?? '')))
  return [...hashes]
}

/** The entities React's HTML renderer writes in attribute values, decoded (&amp; last). */
export const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
