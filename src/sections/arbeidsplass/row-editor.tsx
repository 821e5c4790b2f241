import { useId } from 'react'
import { NumberField } from '@/components/inputs/number-field'
import { OTHER_GROUP, validateRow, type WorkplaceRow } from '@/metrics/workplace'
import { useWorkplaceStore } from '@/state/workplace-store'
import './arbeidsplass.css'

/** One row of the unit: group, employees and position size, with each field's error. */
export function RowEditor({
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
