import { useEffect, useId, useMemo, useState } from 'react'
import { SourceLine } from '@/components/page/source-line'
import type { Datasets } from '@/data/schema'
import { datasetSource } from '@/metrics/sources'
import { isBlankRow, validRows } from '@/metrics/workplace'
import { decodeWorkplace } from '@/metrics/workplace-link'
import { useWorkplaceStore } from '@/state/workplace-store'
import { CsvImport } from './csv-import'
import { RowList, ROW_PAGE } from './row-list'
import { FRAGMENT_KEY, WorkplaceToolbar } from './workplace-toolbar'
import { WorkplaceResults } from './workplace-results'
import { workplaceGroups } from '@/metrics/workplace-compare'
import '@/components/page/empty-state.css'
import './arbeidsplass.css'

/**
 * «Min arbeidsplass»: the reader's own unit as rows, kept in this browser (and in a link
 * only when asked), with the unit's figures against the nation's below.
 */
export function WorkplaceView({
  arsverk,
  fullTime2021,
}: Pick<Datasets, 'arsverk' | 'fullTime2021'>) {
  const rows = useWorkplaceStore((s) => s.rows)
  const appendRows = useWorkplaceStore((s) => s.appendRows)
  const onHandout = useWorkplaceStore((s) => s.onHandout)
  const setOnHandout = useWorkplaceStore((s) => s.setOnHandout)
  const { groups, defaultGroup } = useMemo(() => workplaceGroups(arsverk.groups), [arsverk])
  const [shown, setShown] = useState(ROW_PAGE)
  const handoutId = useId()

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

  return (
    <>
      <div className="workplace">
        <RowList
          rows={rows}
          groups={groups}
          shown={shown}
          onShowMore={() => setShown((n) => n + ROW_PAGE)}
        />
        <WorkplaceToolbar
          rows={rows}
          groups={groups}
          defaultGroup={defaultGroup}
          onClear={() => setShown(ROW_PAGE)}
        />
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
