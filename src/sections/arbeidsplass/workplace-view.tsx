import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { CopyButton } from '@/components/share/copy-button'
import { downloadText } from '@/components/share/download'
import { SourceLine } from '@/components/page/source-line'
import { TABLE_FOLD, TableScroll } from '@/components/tables/table-scroll'
import { WorkplaceCompare } from '@/components/charts/workplace-compare'
import type { Datasets } from '@/data/schema'
import { formatInteger, formatPercent, formatShare } from '@/metrics/format'
import { datasetSource, sourceLabel } from '@/metrics/sources'
import { MISSING_LABEL } from '@/metrics/terms'
import { averagePositionSize } from '@/metrics/workforce'
import {
  decodeWorkplace,
  encodeWorkplace,
  figuresByGroup,
  OTHER_GROUP,
  parseWorkplaceCsv,
  LINK_ROW_LIMIT,
  mergeRows,
  validateRow,
  validRows,
  isBlankRow,
  formatUnitArsverk,
  sameGroups,
  shownMissing,
  workplaceFigures,
  workplaceLead,
  workplaceLeadText,
  workplaceToCsv,
  type CsvResult,
  type WorkplaceRow,
} from '@/metrics/workplace'
import { pageUrlOf } from '@/state/embed'
import { useWorkplaceStore } from '@/state/workplace-store'

const FRAGMENT_KEY = 'arbeidsplass='

/** The plan's 2021 full-time shares that match a national group, for comparison. */
const PLAN_FULL_TIME: Record<string, string[]> = {
  helsefagarbeider: ['helsefagarbeider'],
  'pleieassistent-uten-fagutdanning': ['uten-fagutdanning'],
  sykepleier: ['sykepleier-uten-videreutdanning', 'sykepleier-med-videreutdanning'],
}

/** Rows shown for editing at a time: an import of thousands of lines stays responsive. */
const ROW_PAGE = 50
/** Remarks listed after an import; the rest are counted. */
const REPORT_LINES = 20

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

      <Results
        valid={valid}
        invalidCount={invalidCount}
        arsverk={arsverk}
        fullTime2021={fullTime2021}
        groups={groups}
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

function RowEditor({
  row,
  index,
  groups,
}: {
  row: WorkplaceRow
  index: number
  groups: readonly { id: string; name: string }[]
}) {
  const updateRow = useWorkplaceStore((s) => s.updateRow)
  const removeRow = useWorkplaceStore((s) => s.removeRow)
  const id = useId()
  const { issues } = validateRow(row)
  // Show a missing value as an error only once the other field has been filled in.
  const started = row.employees.trim() !== '' || row.percent.trim() !== ''
  const employeesError = started ? issues.employees : undefined
  const percentError = started ? issues.percent : undefined
  return (
    <li className="workplace__row">
      <fieldset>
        <legend>Rad {index + 1}</legend>
        <div className="workplace__fields">
          <div className="select-field">
            <label htmlFor={`${id}-group`}>Gruppe</label>
            <select
              id={`${id}-group`}
              value={row.group}
              onChange={(e) => updateRow(row.id, { group: e.target.value })}
            >
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
              <option value={OTHER_GROUP}>Annen gruppe</option>
            </select>
          </div>
          <NumberField
            id={`${id}-employees`}
            label="Antall ansatte"
            value={row.employees}
            error={employeesError}
            inputMode="numeric"
            onChange={(employees) => updateRow(row.id, { employees })}
          />
          <NumberField
            id={`${id}-percent`}
            label="Stillingsprosent"
            value={row.percent}
            error={percentError}
            inputMode="decimal"
            onChange={(percent) => updateRow(row.id, { percent })}
          />
          <button
            type="button"
            className="button-secondary workplace__remove"
            onClick={() => removeRow(row.id)}
          >
            Fjern rad {index + 1}
          </button>
        </div>
      </fieldset>
    </li>
  )
}

function NumberField(props: {
  id: string
  label: string
  value: string
  error: string | undefined
  inputMode: 'numeric' | 'decimal'
  onChange: (value: string) => void
}) {
  return (
    <div className="number-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode={props.inputMode}
        autoComplete="off"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error !== undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        size={8}
      />
      {props.error && (
        <p id={`${props.id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  )
}

function LinkBox({ link }: { link: string }) {
  const ref = useRef<HTMLElement>(null)
  return (
    <div className="link-box">
      <p>
        Lenken inneholder tallene dine etter #-tegnet. Den delen sendes ikke til noen server, men
        alle som får lenken, kan se tallene.
      </p>
      <code ref={ref} className="link-box__url">
        {link}
      </code>
      <CopyButton text={link} fallbackTarget={() => ref.current} label="Kopier lenken" />
    </div>
  )
}

function CsvImport({
  groups,
  onRows,
}: {
  groups: readonly { id: string; name: string }[]
  onRows: (rows: CsvResult['rows']) => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [report, setReport] = useState<CsvResult | null>(null)
  const read = (input: string) => {
    const result = parseWorkplaceCsv(input, groups)
    onRows(result.rows)
    setReport(result)
    // Keep only the lines that could not be read, so they can be fixed and read again.
    const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
    setText(result.errors.map((e) => lines[e.line - 1] ?? '').join('\n'))
  }
  const readFile = (file: File | undefined) => {
    if (!file) return
    const reader = new FileReader()
    reader.onload = () => read(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () =>
      setReport({ rows: [], errors: [{ line: 0, message: 'Filen kunne ikke leses.' }], notes: [] })
    reader.readAsText(file, 'utf-8')
  }
  return (
    <details className="csv-import">
      <summary>Lim inn eller importer fra regneark (CSV)</summary>
      <p>
        Én rad per linje: gruppe; antall ansatte; stillingsprosent. Semikolon eller tabulator
        (kopiert fra Excel) fungerer med desimalkomma, for eksempel «Helsefagarbeidere;6;62,5».
      </p>
      <label htmlFor={`${id}-text`}>Tekst fra regneark</label>
      <textarea
        id={`${id}-text`}
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
      />
      <div className="toolbar">
        <button type="button" onClick={() => read(text)} disabled={text.trim() === ''}>
          Les inn
        </button>
        <label className="file-button">
          Importer CSV-fil
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => readFile(e.target.files?.[0])}
          />
        </label>
      </div>
      {report && (
        <div role="status" className="csv-import__report">
          <p>
            {report.rows.length === 1
              ? '1 rad lagt til.'
              : `${formatInteger(report.rows.length)} rader lagt til.`}
            {report.errors.length > 0 &&
              ` ${report.errors.length} ${report.errors.length === 1 ? 'linje' : 'linjer'} kunne ikke leses og står igjen i feltet over:`}
          </p>
          {(report.errors.length > 0 || report.notes.length > 0) && (
            <ul>
              {[...report.errors, ...report.notes].slice(0, REPORT_LINES).map((e) => (
                <li key={`${e.line}-${e.message}`}>{e.message}</li>
              ))}
              {report.errors.length + report.notes.length > REPORT_LINES && (
                <li>
                  … og {formatInteger(report.errors.length + report.notes.length - REPORT_LINES)}{' '}
                  merknader til.
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </details>
  )
}

function Results({
  valid,
  invalidCount,
  arsverk,
  fullTime2021,
  groups,
}: {
  valid: Parameters<typeof workplaceFigures>[0]
  invalidCount: number
  arsverk: Datasets['arsverk']
  fullTime2021: Datasets['fullTime2021']
  groups: readonly { id: string; name: string }[]
}) {
  const total = workplaceFigures(valid)
  const byGroup = figuresByGroup(valid)
  const name = (id: string) => groups.find((g) => g.id === id)?.name ?? 'Annen gruppe'
  const national = (id: string) => arsverk.groups.find((g) => g.id === id)
  const planShares = (id: string) =>
    (PLAN_FULL_TIME[id] ?? []).flatMap((rowId) =>
      fullTime2021.rows.filter((r) => r.id === rowId).map((r) => r.percent),
    )
  if (valid.length === 0) {
    return invalidCount > 0 ? (
      <p className="empty-state">Rett opp feilene over for å se tallene.</p>
    ) : null
  }
  const nationYear = arsverk.provenance.referenceDate
  // Like with like: the nation's average for the same groups, weighted as here.
  const same = sameGroups(valid, arsverk.groups)
  return (
    <div className="workplace__results" id="arbeidsplass-resultat" aria-live="polite">
      {invalidCount > 0 && (
        <p className="field-error">
          {invalidCount === 1 ? '1 rad har feil og' : `${invalidCount} rader har feil og`} er ikke
          med i tallene under.
        </p>
      )}
      {/* The union's figure first: what is missing to full-time at this unit. */}
      <div className="workplace__lead">
        <h3 className="workplace__lead-title">{workplaceLead(total)}</h3>
        <p>{workplaceLeadText(total)}</p>
      </div>
      <ul className="figure-rows" aria-label="Din enhet mot landet">
        <li>
          <span className="figure-rows__value">{formatShare(total.averagePositionSize)}</span>
          <span className="figure-rows__label">
            gjennomsnittlig stillingsstørrelse hos dere
            {same.nation !== null &&
              ` (de samme gruppene i landet i ${nationYear}: ${formatShare(same.nation)})`}
          </span>
        </li>
        <li>
          <span className="figure-rows__value">{formatShare(total.fullTimeShare, 0)}</span>
          <span className="figure-rows__label">
            av de ansatte hos dere har hel stilling (100 %)
          </span>
        </li>
      </ul>
      {same.leftOut > 0 && (
        <p className="definition-note">
          {formatInteger(same.leftOut)} ansatte i «Annen gruppe» er ikke med i sammenligningen med
          landet, som ikke har tall for dem.
        </p>
      )}
      <WorkplaceCompare
        rows={byGroup.map(({ group, figures }) => {
          const n = national(group)
          return {
            id: group,
            name: name(group),
            here: figures.averagePositionSize,
            nation: n ? averagePositionSize(n) : null,
          }
        })}
        nationTotal={same.nation}
        hereTotal={same.here}
        nationYear={nationYear}
      />
      <TableScroll
        label="Din arbeidsplass mot landet, tabell"
        fold={TABLE_FOLD}
        download={{
          filename: 'min-arbeidsplass-mot-landet',
          source: `egne tall; landstall: ${sourceLabel(arsverk.provenance)}; ${sourceLabel(fullTime2021.provenance)}`,
        }}
      >
        <table className="data-table">
          <caption>
            Din arbeidsplass sammenlignet med omsorgstjenesten i hele landet ({nationYear})
          </caption>
          <thead>
            <tr>
              <th scope="col">Gruppe</th>
              <th scope="col" className="numeric">
                Stillings&shy;størrelse her
              </th>
              <th scope="col" className="numeric">
                Stillings&shy;størrelse i landet
              </th>
              <th scope="col" className="numeric">
                Heltid her
              </th>
              <th scope="col" className="numeric">
                Heltid i landet (planen)
              </th>
              <th scope="col" className="numeric">
                Ansatte
              </th>
              <th scope="col" className="numeric">
                Årsverk
              </th>
              <th scope="col" className="numeric">
                {MISSING_LABEL}
              </th>
            </tr>
          </thead>
          <tbody>
            {byGroup.map(({ group, figures }) => {
              const n = national(group)
              const shares = planShares(group)
              return (
                <tr key={group}>
                  <th scope="row">{name(group)}</th>
                  <td className="numeric">{formatShare(figures.averagePositionSize)}</td>
                  <td className="numeric">{n ? formatShare(averagePositionSize(n)) : '–'}</td>
                  <td className="numeric">{formatShare(figures.fullTimeShare, 0)}</td>
                  <td className="numeric">
                    {shares.length === 0
                      ? '–'
                      : shares.length === 1
                        ? formatPercent(shares[0] ?? null, 0)
                        : `${Math.min(...shares)}–${formatPercent(Math.max(...shares), 0)}`}
                  </td>
                  <td className="numeric">{formatInteger(figures.employees)}</td>
                  <td className="numeric">{formatUnitArsverk(figures.arsverk)}</td>
                  <td className="numeric">{formatUnitArsverk(shownMissing(figures))}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum</th>
              <td className="numeric">{formatShare(total.averagePositionSize)}</td>
              <td className="numeric">{formatShare(averagePositionSize(arsverk.total))}</td>
              <td className="numeric">{formatShare(total.fullTimeShare, 0)}</td>
              <td className="numeric">–</td>
              <td className="numeric">{formatInteger(total.employees)}</td>
              <td className="numeric">{formatUnitArsverk(total.arsverk)}</td>
              <td className="numeric">{formatUnitArsverk(shownMissing(total))}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </div>
  )
}
