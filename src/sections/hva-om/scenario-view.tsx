import { useMemo, useRef } from 'react'
import { CompareBars } from '@/components/charts/compare-bars'
import { CopyButton } from '@/components/share/copy-button'
import { SourceLine } from '@/components/page/source-line'
import type { Datasets } from '@/data/schema'
import { formatInteger, formatShare } from '@/metrics/format'
import { citedYear, findFigure, formatKeyFigure } from '@/metrics/key-figures'
import { runScenario, scenarioSentence, scenarioSpec } from '@/metrics/scenario'
import { EXTRA_LABEL } from '@/metrics/terms'
import { datasetSource, planSectionLabel, sourceHref } from '@/metrics/sources'
import { useViewStore } from '@/state/view-store'
import { ScenarioFilters } from './scenario-filters'
import { ScenarioTable } from './scenario-table'
import '../filters.css'
import './hva-om.css'

/**
 * «Hva om…»: the reader's choice of calculation, its result in one figure and sentence
 * beside SSB's projected growth, and the calculation per group.
 */
export function ScenarioView({ arsverk, keyFigures }: Pick<Datasets, 'arsverk' | 'keyFigures'>) {
  const kind = useViewStore((s) => s.scenarioKind)
  const target = useViewStore((s) => s.scenarioTarget)
  const groupParam = useViewStore((s) => s.scenarioGroup)
  const benchmarkParam = useViewStore((s) => s.scenarioBenchmark)
  const sentenceRef = useRef<HTMLParagraphElement>(null)

  const groups = arsverk.groups
  const year = arsverk.provenance.referenceDate
  const spec = useMemo(
    () =>
      scenarioSpec(groups, {
        kind,
        targetPercent: target,
        groupId: groupParam,
        benchmarkId: benchmarkParam,
      }),
    [groups, kind, target, groupParam, benchmarkParam],
  )
  const need = findFigure(keyFigures.figures, 'behov-2035')
  const result = useMemo(() => runScenario(groups, spec, need?.value), [groups, spec, need])
  const sentence = scenarioSentence(
    result,
    spec,
    groups,
    need ? formatKeyFigure(need) : null,
    year,
    need ? citedYear(need) : undefined,
  )
  const sources = [
    datasetSource('arsverk', arsverk.provenance),
    ...(need ? [{ label: planSectionLabel(need.heading), href: sourceHref('keyFigures') }] : []),
  ]
  const sourceLabels = sources.map((s) => s.label).join('; ')

  return (
    <>
      <ScenarioFilters groups={groups} spec={spec} year={year} />

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
          text={`${sentence}\nKilde: ${sourceLabels}. Beregnet av Heltid i tall.`}
          fallbackTarget={() => sentenceRef.current}
          label="Kopier med kilde"
        />
      </div>

      <ScenarioTable
        result={result}
        year={year}
        source={`${sourceLabels}. Beregnet av Heltid i tall: ${sentence}`}
      />
      <SourceLine
        sources={sources}
        method="Beregnet av Heltid i tall: årsverk i beregningen = sysselsatte × den største av dagens og valgt stillingsstørrelse."
      />
    </>
  )
}
