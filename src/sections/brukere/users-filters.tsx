import { CheckboxGroup } from '@/components/inputs/checkbox-group'
import { ChoiceGroup } from '@/components/inputs/choice-group'
import { YearRange } from '@/components/inputs/year-range'
import type { Datasets } from '@/data/schema'
import { storedSelection, toggleId } from '@/metrics/selection'
import type { UsersMeasure } from '@/metrics/users-series'
import { useViewStore } from '@/state/view-store'
import '../filters.css'

const MEASURES = [
  { value: 'brukere', label: 'Antall brukere' },
  { value: 'frekvens', label: 'Brukerfrekvens' },
] as const

/**
 * The users' filters: age groups, users or user frequency, and the span of years. Each
 * writes to the view store (and so to the link); the first and last year are stored as
 * «all», so a link stays short.
 */
export function UsersFilters({
  users,
  selectedIds,
  from,
  to,
}: {
  users: Datasets['users']
  selectedIds: readonly string[]
  from: number
  to: number
}) {
  const measure = useViewStore((s) => s.usersMeasure)
  const setMeasure = useViewStore((s) => s.setUsersMeasure)
  const setAgeGroups = useViewStore((s) => s.setAgeGroups)
  const setYears = useViewStore((s) => s.setYears)
  const known = users.ageGroups.map((a) => a.id)
  const onYears = (f: number, t: number) =>
    setYears(f === users.years[0] ? null : f, t === users.years.at(-1) ? null : t)
  return (
    <div className="filters" role="group" aria-label="Filtre for brukere etter alder">
      <CheckboxGroup
        legend="Aldersgrupper"
        options={users.ageGroups}
        selected={selectedIds}
        onToggle={(id) => setAgeGroups(storedSelection(toggleId(selectedIds, id, known), known))}
        onAll={() => setAgeGroups(null)}
        onNone={() => setAgeGroups([])}
      />
      <div className="filters__column">
        <ChoiceGroup<UsersMeasure>
          legend="Vis"
          options={MEASURES}
          value={measure}
          onChange={setMeasure}
        />
        <YearRange years={users.years} from={from} to={to} onChange={onYears} />
      </div>
    </div>
  )
}
