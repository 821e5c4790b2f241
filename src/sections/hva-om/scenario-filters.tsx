import { useId } from 'react'
import { ChoiceGroup } from '@/components/inputs/choice-group'
import { TargetInput } from '@/components/inputs/target-input'
import { formatShare } from '@/metrics/format'
import type { ScenarioGroup, ScenarioSpec } from '@/metrics/scenario'
import { averagePositionSize } from '@/metrics/workforce'
import { useViewStore } from '@/state/view-store'

const KINDS = [
  { value: 'mal', label: 'Sett en stillingsstørrelse' },
  { value: 'niva', label: 'Alle opp til nivået til en gruppe' },
] as const

/** The calculation's choices: a target for one group or all, or all up to a group's level. */
export function ScenarioFilters({
  groups,
  spec,
  year,
}: {
  groups: readonly ScenarioGroup[]
  spec: ScenarioSpec
  /** The year of the groups' position sizes, named in the group list. */
  year: string
}) {
  const kind = useViewStore((s) => s.scenarioKind)
  const target = useViewStore((s) => s.scenarioTarget)
  const setScenario = useViewStore((s) => s.setScenario)
  const groupId = useId()
  const benchmarkId = useId()
  return (
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
                    {g.name} ({year}: {formatShare(averagePositionSize(g))})
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
  )
}
