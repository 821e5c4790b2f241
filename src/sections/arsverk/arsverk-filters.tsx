import { CheckboxGroup } from '@/components/inputs/checkbox-group'
import { ChoiceGroup } from '@/components/inputs/choice-group'
import type { ArsverkData } from '@/data/schema'
import { storedSelection, toggleId } from '@/metrics/selection'
import { useViewStore } from '@/state/view-store'
import '@/components/inputs/checkbox-group.css'
import '../filters.css'

const MEASURES = [
  { value: 'antall', label: 'Antall' },
  { value: 'andel', label: 'Andel av totalen' },
] as const

/**
 * The årsverk filters: which groups, counts or shares, and groups merged per level of
 * education. Each writes to the view store, and so to the link.
 */
export function ArsverkFilters({
  data,
  known,
  selected,
}: {
  data: ArsverkData
  known: readonly string[]
  selected: readonly string[]
}) {
  const byLevel = useViewStore((s) => s.byLevel)
  const measure = useViewStore((s) => s.measure)
  const setGroups = useViewStore((s) => s.setGroups)
  const setByLevel = useViewStore((s) => s.setByLevel)
  const setMeasure = useViewStore((s) => s.setMeasure)
  const options = data.groups.map((g) => ({ id: g.id, label: g.name }))
  return (
    <div className="filters" role="group" aria-label="Filtre for årsverk og sysselsatte">
      <CheckboxGroup
        legend="Utdanningsgrupper"
        options={options}
        selected={selected}
        onToggle={(id) => setGroups(storedSelection(toggleId(selected, id, known), known))}
        onAll={() => setGroups(null)}
        onNone={() => setGroups([])}
        collapsible
      />
      <div className="filters__column">
        <ChoiceGroup legend="Vis" options={MEASURES} value={measure} onChange={setMeasure} />
        <div className="switch">
          <input
            type="checkbox"
            id="slaa-sammen-niva"
            checked={byLevel}
            onChange={(e) => setByLevel(e.target.checked)}
          />
          <label htmlFor="slaa-sammen-niva">Slå sammen etter utdanningsnivå</label>
        </div>
      </div>
    </div>
  )
}
