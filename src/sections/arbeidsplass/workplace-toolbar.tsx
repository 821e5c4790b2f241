import { useState } from 'react'
import { downloadText } from '@/components/share/download'
import type { WorkplaceRow } from '@/metrics/workplace'
import { workplaceToCsv, type GroupRef } from '@/metrics/workplace-csv'
import { encodeWorkplace, linkRows } from '@/metrics/workplace-link'
import { pageUrlOf } from '@/state/embed'
import { useWorkplaceStore } from '@/state/workplace-store'
import { LinkBox } from './link-box'

/** The fragment key a «Lag lenke» link carries the rows under (read by WorkplaceView). */
export const FRAGMENT_KEY = 'arbeidsplass='

/**
 * What the reader can do with the rows: add one, share them as a link (in the fragment,
 * which is never sent), download them as CSV, or clear them (with «Angre» after).
 */
export function WorkplaceToolbar({
  rows,
  groups,
  defaultGroup,
  onClear,
}: {
  rows: readonly WorkplaceRow[]
  groups: readonly GroupRef[]
  /** The group a new row starts as. */
  defaultGroup: string
  /** Called after the rows are cleared, for the list to start over. */
  onClear: () => void
}) {
  const addRow = useWorkplaceStore((s) => s.addRow)
  const clear = useWorkplaceStore((s) => s.clear)
  const [link, setLink] = useState<string | null>(null)
  const [linkNote, setLinkNote] = useState<string | null>(null)
  const [downloadFailed, setDownloadFailed] = useState(false)
  const plain = () => rows.map(({ group, employees, percent }) => ({ group, employees, percent }))

  const makeLink = () => {
    const { rows: linked, note } = linkRows(plain())
    setLinkNote(note)
    const { search } = window.location
    setLink(
      linked && `${pageUrlOf(window.location)}${search}#${FRAGMENT_KEY}${encodeWorkplace(linked)}`,
    )
  }
  const download = () =>
    setDownloadFailed(!downloadText('min-arbeidsplass.csv', workplaceToCsv(plain(), groups)))

  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={() => addRow(defaultGroup)}>
          Legg til rad
        </button>
        {rows.length > 0 && (
          <>
            <button type="button" className="button-secondary" onClick={makeLink}>
              Lag lenke
            </button>
            <button type="button" className="button-secondary" onClick={download}>
              Last ned CSV
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                clear()
                setLink(null)
                setLinkNote(null)
                onClear()
              }}
            >
              Tøm
            </button>
          </>
        )}
      </div>
      {downloadFailed && (
        <p className="field-error" role="alert">
          Nedlasting er blokkert her. Åpne Heltid i tall i et eget vindu, eller bruk «Lag lenke».
        </p>
      )}
      {linkNote && <p className="workplace__note">{linkNote}</p>}
      {link && <LinkBox link={link} />}
    </>
  )
}
