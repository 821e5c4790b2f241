import { useDeferredValue, type ReactNode } from 'react'

/**
 * Shows `children` only once the page runs in the browser: the prerendered HTML, and the
 * render that hydrates it, show `fallback`. Right after, React renders `children` as a
 * background update that yields to the browser, so it adds no long task.
 *
 * For what does not belong in the HTML that must arrive before the first paint: tools that
 * do nothing without script, print-only parts, and the long tables further down the page.
 */
export function InBrowser({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const live = useDeferredValue(true, false)
  return live ? children : fallback
}
