import { useDeferredValue, type ReactNode } from 'react'
import { useClientValue } from './client-value'

/**
 * Shows `children` only in the browser: the prerendered HTML, and the render that hydrates
 * it, show `fallback`; right after hydrating, React renders `children` as a background
 * update that yields to the browser, so it adds no long task. A page that is not hydrated
 * (a link with filters, an embed) shows `children` at once, so nothing below them moves.
 *
 * For what does not belong in the HTML that must arrive before the first paint: tools that
 * do nothing without script, print-only parts, and the long tables further down the page.
 */
export function InBrowser({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const live = useDeferredValue(useClientValue(() => true, false))
  return live ? children : fallback
}
