/**
 * The rules of a stylesheet that a page can use: a static embed needs a few dozen of the
 * page's rules, not all of them (its HTML is smaller and styles faster without the rest).
 * A selector is kept unless it names a class, id or element that never occurs in the
 * page's markup; what is inside :not(), :has() and the like is not judged (kept). At-rules
 * with blocks of rules (@media, @supports, @container, @layer) are purged inside; others
 * (@keyframes, @font-face, @page …) are kept whole. Written for the minified CSS the build
 * makes: no braces inside strings.
 */

interface Block {
  prelude: string
  body: string
}

/** The top-level blocks of a stylesheet: `prelude { body }`, in order. */
function blocks(css: string): Block[] {
  const out: Block[] = []
  let depth = 0
  let start = 0
  let open = -1
  for (let i = 0; i < css.length; i++) {
    const c = css[i]
    if (c === '{') {
      if (depth === 0) open = i
      depth++
    } else if (c === '}') {
      depth--
      if (depth === 0) {
        out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) })
        start = i + 1
      }
    } else if (c === ';' && depth === 0) {
      // A statement at-rule (@import, @charset): kept as it is.
      out.push({ prelude: css.slice(start, i + 1).trim(), body: '' })
      start = i + 1
    }
  }
  return out
}

export interface Used {
  classes: Set<string>
  ids: Set<string>
  elements: Set<string>
}

/** The classes, ids and element names in a piece of HTML (and SVG). */
export function usedIn(html: string): Used {
  const classes = new Set<string>()
  const ids = new Set<string>()
  const elements = new Set<string>(['html', 'body', '*'])
  for (const [, name] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g))
    elements.add(name!.toLowerCase())
  for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const c of list!.split(/\s+/)) if (c) classes.add(c)
  for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) ids.add(id!)
  return { classes, ids, elements }
}

/** Whether one selector can match: every class, id and element it names is used. */
function selectorUsed(selector: string, used: Used): boolean {
  // Arguments of functional pseudo-classes are not judged; nor are attribute values.
  let plain = selector
  for (let i = 0; i < 5; i++) plain = plain.replace(/\(([^()]*)\)/g, '')
  plain = plain.replace(/\[[^\]]*\]/g, '').replace(/::?[a-zA-Z-]+/g, '')
  const classes = [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!)
  const ids = [...plain.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!)
  const elements = [...plain.matchAll(/(?:^|[\s>+~(,])([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) =>
    m[1]!.toLowerCase(),
  )
  return (
    classes.every((c) => used.classes.has(c)) &&
    ids.every((id) => used.ids.has(id)) &&
    elements.every((e) => used.elements.has(e))
  )
}

/** Splits a selector list at its top-level commas. */
function selectors(list: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < list.length; i++) {
    const c = list[i]
    if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i))
      start = i + 1
    }
  }
  out.push(list.slice(start))
  return out.map((s) => s.trim()).filter(Boolean)
}

const GROUPING = /^@(media|supports|container|layer)\b/

export function purgeCss(css: string, used: Used): string {
  return blocks(css)
    .map(({ prelude, body }) => {
      if (prelude.startsWith('@')) {
        if (!body && prelude.endsWith(';')) return prelude
        if (!GROUPING.test(prelude)) return `${prelude}{${body}}`
        const inner = purgeCss(body, used)
        return inner ? `${prelude}{${inner}}` : ''
      }
      const kept = selectors(prelude).filter((s) => selectorUsed(s, used))
      return kept.length > 0 ? `${kept.join(',')}{${body}}` : ''
    })
    .join('')
}
