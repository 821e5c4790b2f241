import { useEffect } from 'react'
import { useInBrowser } from './in-browser'
import { readerHasActed } from './reader-input'

/** How long after the data has rendered the page may still grow above the target. */
const SETTLE_MS = 3000

/** Where a link lands while the place it names has not rendered yet. */
const FALLBACK: Readonly<Record<string, string>> = { 'arbeidsplass-resultat': 'arbeidsplass' }

/**
 * The element id a fragment (`#kilde-users`) names, or null when it names none: empty, or
 * malformed percent-encoding. The workplace rows a «Lag lenke» link carries
 * (`#arbeidsplass=…`) name the workplace results, so the link opens at what the rows
 * add up to (until they have rendered, at the section).
 */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  if (raw.startsWith('arbeidsplass=')) return 'arbeidsplass-resultat'
  if (raw === '' || raw.includes('=')) return null
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/**
 * Lands a link to a place on the page (a «Kilde:» link, a section in the contents) on that
 * place, once the data has rendered. The browser scrolls to the target when the HTML
 * arrives, but the tables above it come later with the data and push it down; not every
 * browser keeps the target in view as they do. So: scroll to it again when `ready`, and
 * again whenever the page grows in the next few seconds (a tool that loads near it), until
 * the reader scrolls, taps or types. Renders nothing; place it after the sections.
 */
export function FragmentLanding({ ready }: { ready: boolean }) {
  // Turns true in the same render in which InBrowser fills in the sections.
  const inBrowser = useInBrowser()
  const landNow = ready && inBrowser
  useEffect(() => {
    if (!landNow || readerHasActed()) return undefined
    const id = fragmentId(window.location.hash)
    if (id === null) return undefined
    // Looked up at each landing: the place itself may render after the section around it.
    const target = () => document.getElementById(id) ?? document.getElementById(FALLBACK[id] ?? id)
    if (!target()) return undefined
    // Once the reader has moved, the page is theirs.
    const land = () => {
      if (!readerHasActed()) target()?.scrollIntoView({ block: 'start' })
    }
    land()
    if (typeof ResizeObserver === 'undefined') return undefined
    const growth = new ResizeObserver(land)
    growth.observe(document.body)
    const timer = setTimeout(() => growth.disconnect(), SETTLE_MS)
    return () => {
      clearTimeout(timer)
      growth.disconnect()
    }
  }, [landNow])
  return null
}
