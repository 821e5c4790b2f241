import { useId, useMemo, useRef } from 'react'
import { ChoiceGroup } from '@/components/inputs/choice-group'
import { CompareBars } from '@/components/charts/compare-bars'
import { CopyButton } from '@/components/share/copy-button'
import { SourceLine } from '@/components/page/source-line'
import { TableScroll } from '@/components/tables/table-scroll'
import { TargetInput } from '@/components/inputs/target-input'
import type { Datasets } from '@/data/schema'
import { formatInteger, formatShare } from '@/metrics/format'
import { citedYear, findFigure, formatKeyFigure } from '@/metrics/key-figures'
import { runScenario, scenarioSentence, type ScenarioSpec } from '@/metrics/scenario'
import { EXTRA_LABEL } from '@/metrics/terms'
import { datasetSource, planSectionLabel, sourceHref } from '@/metrics/sources'
import { averagePositionSize } from '@/metrics/workforce'
import { useViewStore } from '@/state/view-store'
import '@/components/tables/data-table.css'
import '../filters.css'
import './hva-om.css'

const KINDS = [
  { value: 'mal', label: 'Sett en stillingsstørrelse' },
  { value: 'niva', label: 'Alle opp til nivået til en gruppe' },
] as const

export function ScenarioView({ arsverk, keyFigures }: Pick<Datasets, 'arsverk' | 'keyFigures'>) {
  const kind = useViewStore((s) => s.scenarioKind)
  const target = useViewStore((s) => s.scenarioTarget)
  const groupParam = useViewStore((s) => s.scenarioGroup)
  const benchmarkParam = useViewStore((s) => s.scenarioBenchmark)
  const setScenario = useViewStore((s) => s.setScenario)
  const groupId = useId()
  const benchmarkId = useId()
  const sentenceRef = useRef<HTMLParagraphElement>(null)

  const groups = arsverk.groups
  const spec = useMemo((): ScenarioSpec => {
    const known = (id: string | null) =>
      id !== null && groups.some((g) => g.id === id) ? id : null
    if (kind === 'mal') return { kind, target: target / 100, groupId: known(groupParam) }
    // By default, every group is measured against the group with the largest positions.
    const highest = [...groups].sort(
      (a, b) => (averagePositionSize(b) ?? 0) - (averagePositionSize(a) ?? 0),
    )[0]
    return { kind, benchmarkId: known(benchmarkParam) ?? highest?.id ?? '' }
  }, [groups, kind, target, groupParam, benchmarkParam])
  const need = findFigure(keyFigures.figures, 'behov-2035')
  const result = useMemo(() => runScenario(groups, spec, need?.value), [groups, spec, need])
  const sentence = scenarioSentence(
    result,
    spec,
    groups,
    need ? formatKeyFigure(need) : null,
    arsverk.provenance.referenceDate,
    need ? citedYear(need) : undefined,
  )
  const sources = [
    datasetSource('arsverk', arsverk.provenance),
    ...(need ? [{ label: planSectionLabel(need.heading), href: sourceHref('keyFigures') }] : []),
  ]

  return (
    <>
      <div className="filters" role="group" aria-label="Valg for beregningen">
        <ChoiceGroup
          legend="Beregning"
          options={KINDS}
          value={kind}
          onChange={(k) => setScenario({ scenarioKind: k })}
        />
        <div className="filters__column">
          {spec.kind === 'mal' ? (
            <>
              <div className="select-field">
                <label htmlFor={groupId}>Gjelder</label>
                <select
                  id={groupId}
                  value={spec.groupId ?? ''}
                  onChange={(e) => setScenario({ scenarioGroup: e.target.value || null })}
                >
                  <option value="">Alle grupper</option>
                  {groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name} (2021: {formatShare(averagePositionSize(g))})
                    </option>
                  ))}
                </select>
              </div>
              <TargetInput
                label="Gjennomsnittlig stillingsstørrelse"
                value={target}
                onChange={(v) => setScenario({ scenarioTarget: v })}
              />
            </>
          ) : (
            <div className="select-field">
              <label htmlFor={benchmarkId}>Alle grupper opp til nivået til</label>
              <select
                id={benchmarkId}
                value={spec.benchmarkId}
                onChange={(e) => setScenario({ scenarioBenchmark: e.target.value })}
              >
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name} ({formatShare(averagePositionSize(g))})
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      </div>

      <div className="scenario-result">
        <p className="scenario-result__number">
          +{formatInteger(result.totalExtra)} årsverk
          {result.shareOfNeed !== null && (
            <span className="scenario-result__share">
              om lag {formatShare(result.shareOfNeed, 0)} av SSBs anslåtte årsverksvekst til 2035
            </span>
          )}
        </p>
        <p ref={sentenceRef} className="scenario-result__sentence" role="status">
          {sentence}
        </p>
        {need && result.totalExtra > 0 && (
          <CompareBars
            label="Beregningen mot SSBs anslåtte årsverksvekst til 2035"
            bars={[
              {
                label: `${EXTRA_LABEL} i beregningen`,
                value: result.totalExtra,
                display: `+${formatInteger(result.totalExtra)}`,
              },
              {
                label: 'SSBs anslåtte årsverksvekst fram til 2035',
                value: need.value,
                display: formatKeyFigure(need),
              },
            ]}
          />
        )}
        <CopyButton
          text={`${sentence}\nKilde: ${sources.map((s) => s.label).join('; ')}. Beregnet av Heltid i tall.`}
          fallbackTarget={() => sentenceRef.current}
          label="Kopier med kilde"
        />
      </div>

      <TableScroll
        label="Beregningen per gruppe, tabell"
        download={{
          filename: 'hva-om-beregning',
          source: `${sources.map((x) => x.label).join('; ')}. Beregnet av Heltid i tall: ${sentence}`,
        }}
      >
        <table className="data-table">
          <caption>Årsverk i 2021 og i beregningen, per utdanningsgruppe</caption>
          <thead>
            <tr>
              <th scope="col">Gruppe</th>
              {/* The result first, so a phone shows it beside the group before any scrolling. */}
              <th scope="col" className="numeric">
                {EXTRA_LABEL}
              </th>
              <th scope="col" className="numeric">
                Stillingsstørrelse 2021
              </th>
              <th scope="col" className="numeric">
                I beregningen
              </th>
              <th scope="col" className="numeric">
                Årsverk 2021
              </th>
              <th scope="col" className="numeric">
                Årsverk i beregningen
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td className="numeric">{r.extra > 0 ? `+${formatInteger(r.extra)}` : '0'}</td>
                <td className="numeric">{formatShare(r.current)}</td>
                <td className="numeric">
                  {r.target === null || (r.current ?? 0) >= r.target
                    ? 'uendret'
                    : formatShare(r.target)}
                </td>
                <td className="numeric">{formatInteger(r.arsverk)}</td>
                <td className="numeric">{formatInteger(r.scenarioArsverk)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum</th>
              <td className="numeric">+{formatInteger(result.totalExtra)}</td>
              <td />
              <td />
              <td className="numeric">
                {formatInteger(result.rows.reduce((s, r) => s + r.arsverk, 0))}
              </td>
              <td className="numeric">
                {formatInteger(result.rows.reduce((s, r) => s + r.scenarioArsverk, 0))}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <SourceLine
        sources={sources}
        method="Beregnet av Heltid i tall: årsverk i beregningen = sysselsatte × den største av dagens og valgt stillingsstørrelse."
      />
    </>
  )
}
