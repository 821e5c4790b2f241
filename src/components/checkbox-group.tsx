import { useId } from 'react'

interface Option {
  id: string
  label: string
}

interface CheckboxGroupProps {
  legend: string
  options: readonly Option[]
  selected: readonly string[]
  onToggle: (id: string) => void
  onAll: () => void
  onNone: () => void
}

/** A set of checkboxes with «Alle» and «Ingen» buttons, e.g. to choose education groups. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onToggle,
  onAll,
  onNone,
}: CheckboxGroupProps) {
  const id = useId()
  return (
    <fieldset className="checkbox-group">
      <legend>
        {legend}{' '}
        <span className="checkbox-group__count">
          ({selected.length} av {options.length} valgt)
        </span>
      </legend>
      <div className="checkbox-group__buttons">
        <button
          type="button"
          className="button-secondary"
          onClick={onAll}
          disabled={selected.length === options.length}
        >
          Velg alle
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={onNone}
          disabled={selected.length === 0}
        >
          Velg ingen
        </button>
      </div>
      <ul className="checkbox-group__list">
        {options.map((option) => (
          <li key={option.id}>
            <input
              type="checkbox"
              id={`${id}-${option.id}`}
              checked={selected.includes(option.id)}
              onChange={() => onToggle(option.id)}
            />
            <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
