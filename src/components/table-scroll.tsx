import type { ReactNode } from 'react'

/**
 * A wide table's scroll box. It takes keyboard focus, so that a keyboard user can scroll
 * it sideways on a phone (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
