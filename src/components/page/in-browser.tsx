import { useDeferredValue, type ReactNode } from 'react'
import { useClientValue } from './client-value'

/**
 * False in the prerendered HTML and in the render that hydrates it; true right after, in a
 * background update that yields to the browser, so it adds no long task. True from the
 * start on a page that is not hydrated (a link with filters, an embed).
 */
export function useInBrowser(): boolean {
  return useDeferredValue(useClientValue(() => true, false))
}

/**
 * Shows `children` only in the browser (see useInBrowser), and `fallback` before: a page
 * that is not hydrated shows `children` at once, so nothing below them moves.
 *
 * For what does not belong in the HTML that must arrive before the first paint: tools that
 * do nothing without script, print-only parts, and the long tables further down the page.
 */
export function InBrowser({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return useInBrowser() ? children : fallback
}
