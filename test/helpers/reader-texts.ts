import type { Datasets } from '@/data/schema'
import { termProblems } from '@/metrics/terms'

/**
 * What a reader meets in a page, for the style-sheet tests (src/metrics/terms.md): the
 * rendered app (test/sections/terms.test.tsx) and the static chart embeds
 * (test/build/embed-terms.test.ts, test/e2e/static-embed.test.ts).
 */

/** The sources' own singular labels, which the page writes in the plural. */
export function singularLabels(data: Pick<Datasets, 'arsverk' | 'fullTime2023'>): Set<string> {
  return new Set(
    [
      ...data.arsverk.groups.flatMap((g) => (g.sourceName ? [g.sourceName] : [])),
      ...[...data.fullTime2023.rows, data.fullTime2023.all].flatMap((r) =>
        r.group !== r.name ? [r.group] : [],
      ),
    ].map((s) => s.toLowerCase()),
  )
}

const BLOCKS =
  'p, li, th, td, h1, h2, h3, h4, caption, label, button, summary, dt, dd, option, legend, figcaption'

/** Every text a reader meets in `root`: blocks, text nodes, and the labels of controls. */
export function readerTexts(root: Element): string[] {
  const texts = new Set<string>()
  for (const el of root.querySelectorAll(BLOCKS)) texts.add(el.textContent ?? '')
  // Text outside those blocks, read with what surrounds it (a quotation with its «…»).
  const SHOW_TEXT = 4 // NodeFilter.SHOW_TEXT, also where no DOM is global
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Not the space between tags of written HTML, nor a stylesheet's or script's code.
    if (!node.nodeValue?.trim() || node.parentElement?.closest('script, style')) continue
    const holder = node.parentElement?.closest(BLOCKS) ?? node.parentElement
    texts.add(holder?.textContent ?? node.nodeValue ?? '')
  }
  for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
    for (const a of ['aria-label', 'title', 'alt', 'placeholder'])
      if (el.getAttribute(a)) texts.add(el.getAttribute(a)!)
  return [...texts].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

/** Each text's problems by the style sheet, and any source's singular label, with `where`. */
export function textProblems(
  texts: readonly string[],
  where: string,
  singular: ReadonlySet<string>,
): string[] {
  return texts.flatMap((text) => [
    ...termProblems(text).map((p) => `${where}: ${p}`),
    ...(singular.has(text.toLowerCase()) ? [`${where}: singular label «${text}»`] : []),
  ])
}
