import { useState, type ReactNode } from 'react'

/**
 * A <details> whose content is made the first time it is opened, and kept after: a long
 * list stays out of the page (and out of its prerendered HTML) until someone asks for it.
 */
export function DetailsOnDemand({
  summary,
  children,
}: {
  summary: ReactNode
  children: () => ReactNode
}) {
  const [opened, setOpened] = useState(false)
  return (
    <details
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true)
      }}
    >
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  )
}
