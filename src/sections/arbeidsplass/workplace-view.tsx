import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { SourceLine } from '@/components/page/source-line'
import { downloadText } from '@/components/share/download'
import type { Datasets } from '@/data/schema'
import { formatInteger } from '@/metrics/format'
import { datasetSource } from '@/metrics/sources'
import { isBlankRow, OTHER_GROUP, validRows } from '@/metrics/workplace'
import { workplaceToCsv } from '@/metrics/workplace-csv'
import {
  decodeWorkplace,
  encodeWorkplace,
  LINK_ROW_LIMIT,
  mergeRows,
} from '@/metrics/workplace-link'
import { pageUrlOf } from '@/state/embed'
import { useWorkplaceStore } from '@/state/workplace-store'
import { CsvImport } from './csv-import'
import { LinkBox } from './link-box'
import { RowEditor } from './row-editor'
import { WorkplaceResults } from './workplace-results'
import '@/components/page/empty-state.css'
import './arbeidsplass.css'

const FRAGMENT_KEY = 'arbeidsplass='

/** Rows shown for editing at a time: an import of thousands of lines stays responsive. */
const ROW_PAGE = 50

/**
 * «Min arbeidsplass»: the reader's own unit as rows, kept in this browser (and in a link
 * only when asked), with the unit's figures against the nation's below.
 */
export function WorkplaceView({
  arsverk,
  fullTime2021,
}: Pick<Datasets, 'arsverk' | 'fullTime2021'>) {
  const rows = useWorkplaceStore((s) => s.rows)
  const cleared = useWorkplaceStore((s) => s.cleared)
  const addRow = useWorkplaceStore((s) => s.addRow)
  const appendRows = useWorkplaceStore((s) => s.appendRows)
  const clear = useWorkplaceStore((s) => s.clear)
  const undoClear = useWorkplaceStore((s) => s.undoClear)
  const onHandout = useWorkplaceStore((s) => s.onHandout)
  const setOnHandout = useWorkplaceStore((s) => s.setOnHandout)
  // In the order a reader looks them up: alphabetical, «Annen gruppe» last.
  const groups = useMemo(
    () =>
      arsverk.groups
        .map((g) => ({ id: g.id, name: g.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    [arsverk],
  )
  // New rows start as the largest group in the care services; the reader can change it.
  const defaultGroup =
    [...arsverk.groups].sort((a, b) => b.sysselsatte - a.sysselsatte)[0]?.id ?? OTHER_GROUP
  const [link, setLink] = useState<string | null>(null)
  const [linkProblem, setLinkProblem] = useState<string | null>(null)
  const [downloadFailed, setDownloadFailed] = useState(false)
  const [shown, setShown] = useState(ROW_PAGE)
  const handoutId = useId()
  // «Tøm» disappears with the rows; the keyboard lands on «Angre» instead of the page top.
  const undoButton = useRef<HTMLButtonElement>(null)
  const showUndo = cleared !== null && rows.length === 0
  useEffect(() => {
    if (showUndo) undoButton.current?.focus()
  }, [showUndo])

  // A link made with «Lag lenke» carries the rows in the fragment, which is never sent.
  useEffect(() => {
    const hash = window.location.hash.slice(1)
    if (hash.startsWith(FRAGMENT_KEY) && useWorkplaceStore.getState().rows.length === 0) {
      appendRows(decodeWorkplace(hash.slice(FRAGMENT_KEY.length), groups))
    }
  }, [appendRows, groups])

  const valid = useMemo(() => validRows(rows), [rows])
  // A row nobody has typed in yet is not a mistake: only started rows count as faulty.
  const invalidCount = rows.filter((r) => !isBlankRow(r)).length - valid.length
  const plain = () => rows.map(({ group, employees, percent }) => ({ group, employees, percent }))
  const visible = rows.slice(0, shown)

  const makeLink = () => {
    // Many imported lines usually repeat a few group-and-size pairs: one row each.
    const linked = rows.length > LINK_ROW_LIMIT ? mergeRows(plain()) : plain()
    if (linked.length > LINK_ROW_LIMIT) {
      setLink(null)
      setLinkProblem(
        `En lenke kan ta med ${LINK_ROW_LIMIT} ulike rader, og du har ${formatInteger(linked.length)}. Last ned CSV-filen og del den i stedet.`,
      )
      return
    }
    setLinkProblem(
      linked.length < rows.length
        ? `Rader med samme gruppe og stillingsprosent er slått sammen i lenken (${formatInteger(rows.length)} rader ble ${formatInteger(linked.length)}). Tallene er de samme.`
        : null,
    )
    const { search } = window.location
    setLink(`${pageUrlOf(window.location)}${search}#${FRAGMENT_KEY}${encodeWorkplace(linked)}`)
  }
  const download = () =>
    setDownloadFailed(!downloadText('min-arbeidsplass.csv', workplaceToCsv(plain(), groups)))

  return (
    <>
      <div className="workplace">
        {rows.length === 0 && (
          <p className="empty-state">
            Ingen stillinger ennå. Legg til en rad for hver gruppe og stillingsstørrelse, for
            eksempel «Helsefagarbeidere, 6 ansatte, 75 %», eller lim inn fra et regneark.
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
            <button
              type="button"
              className="button-secondary"
              onClick={() => setShown((n) => n + ROW_PAGE)}
            >
              Vis {Math.min(ROW_PAGE, rows.length - visible.length)} rader til
            </button>
          </p>
        )}
        <div className="toolbar">
          <button type="button" onClick={() => addRow(defaultGroup)}>
            Legg til rad
          </button>
          {rows.length > 0 && (
            <>
              <button
                type="button"
                className="button-secondary"
                onClick={makeLink}
                disabled={rows.length === 0}
              >
                Lag lenke
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={download}
                disabled={rows.length === 0}
              >
                Last ned CSV
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  clear()
                  setLink(null)
                  setLinkProblem(null)
                  setShown(ROW_PAGE)
                }}
                disabled={rows.length === 0}
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
        {linkProblem && <p className="workplace__note">{linkProblem}</p>}
        {link && <LinkBox link={link} />}
        <CsvImport groups={groups} onRows={appendRows} />
      </div>

      <WorkplaceResults
        valid={valid}
        invalidCount={invalidCount}
        arsverk={arsverk}
        fullTime2021={fullTime2021}
      />
      {valid.length > 0 && (
        <div className="check-field workplace__handout">
          <input
            id={handoutId}
            type="checkbox"
            checked={onHandout}
            onChange={(e) => setOnHandout(e.target.checked)}
          />
          <label htmlFor={handoutId}>
            Ta med på arket: tallene for din arbeidsplass kommer på argumentarket og i
            presentasjonen
          </label>
        </div>
      )}
      <SourceLine
        sources={[
          datasetSource('arsverk', arsverk.provenance),
          datasetSource('fullTime2021', fullTime2021.provenance),
        ]}
        method="Landstallene er fra 2021. Dine tall regnes ut i nettleseren: årsverk = antall × stillingsprosent."
      />
    </>
  )
}
