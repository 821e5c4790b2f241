import { useId } from 'react'
import './choice-group.css'

interface ChoiceGroupProps<T extends string> {
  legend: string
  options: readonly { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}

/** Radio buttons laid out as a segmented control: one choice of a few. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  const name = useId()
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice-group__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
