import { useEffect, useRef } from 'react'
import { formatInteger } from '@/metrics/format'
import type { WorkplaceRow } from '@/metrics/workplace'
import type { GroupRef } from '@/metrics/workplace-csv'
import { useWorkplaceStore } from '@/state/workplace-store'
import { RowEditor } from './row-editor'

/** Rows shown for editing at a time: an import of thousands of lines stays responsive. */
export const ROW_PAGE = 50

/**
 * The reader's rows for editing, `shown` at a time, with a word when there are none and
 * «Angre» after «Tøm».
 */
export function RowList({
  rows,
  groups,
  shown,
  onShowMore,
}: {
  rows: readonly WorkplaceRow[]
  groups: readonly GroupRef[]
  shown: number
  onShowMore: () => void
}) {
  const cleared = useWorkplaceStore((s) => s.cleared)
  const undoClear = useWorkplaceStore((s) => s.undoClear)
  // «Tøm» disappears with the rows; the keyboard lands on «Angre» instead of the page top.
  const undoButton = useRef<HTMLButtonElement>(null)
  const showUndo = cleared !== null && rows.length === 0
  useEffect(() => {
    if (showUndo) undoButton.current?.focus()
  }, [showUndo])
  const visible = rows.slice(0, shown)

  return (
    <>
      {rows.length === 0 && (
        <p className="empty-state">
          Ingen stillinger ennå. Legg til en rad for hver gruppe og stillingsstørrelse, for eksempel
          «Helsefagarbeidere, 6 ansatte, 75 %», eller lim inn fra et regneark.
        </p>
      )}
      {showUndo && cleared && (
        <p className="workplace__undo" role="status">
          {cleared.length === 1
            ? '1 rad er fjernet.'
            : `${formatInteger(cleared.length)} rader er fjernet.`}{' '}
          <button ref={undoButton} type="button" className="button-secondary" onClick={undoClear}>
            Angre
          </button>
        </p>
      )}
      <ol className="workplace__rows" aria-label="Dine rader">
        {visible.map((row, index) => (
          <RowEditor key={row.id} row={row} index={index} groups={groups} />
        ))}
      </ol>
      {rows.length > visible.length && (
        <p className="workplace__more">
          Viser rad 1–{formatInteger(visible.length)} av {formatInteger(rows.length)}. Alle radene
          er med i tallene under.{' '}
          <button type="button" className="button-secondary" onClick={onShowMore}>
            Vis {Math.min(ROW_PAGE, rows.length - visible.length)} rader til
          </button>
        </p>
      )}
    </>
  )
}
