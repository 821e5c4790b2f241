import { useId } from 'react'
import './checkbox-group.css'

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
  /** Fold the choices away behind «Velg …» so a long list does not fill a phone screen. */
  collapsible?: boolean
}

/** A set of checkboxes with «Velg alle» and «Velg ingen», e.g. to choose education groups. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onToggle,
  onAll,
  onNone,
  collapsible = false,
}: CheckboxGroupProps) {
  const id = useId()
  const choices = (
    <>
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
      <ul
        className={
          options.every((o) => o.label.length <= 14)
            ? 'checkbox-group__list checkbox-group__list--short'
            : 'checkbox-group__list'
        }
      >
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
    </>
  )
  return (
    <fieldset className="checkbox-group">
      <legend>
        {legend}{' '}
        <span className="checkbox-group__count">
          ({selected.length}&nbsp;av&nbsp;{options.length}&nbsp;valgt)
        </span>
      </legend>
      {collapsible ? (
        <details className="checkbox-group__details">
          <summary>Velg {legend.toLowerCase()}</summary>
          {choices}
        </details>
      ) : (
        choices
      )}
    </fieldset>
  )
}
