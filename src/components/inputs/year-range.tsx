import { useId } from 'react'
import './year-range.css'

interface YearRangeProps {
  years: readonly number[]
  from: number
  to: number
  onChange: (from: number, to: number) => void
}

/** Two selects for a range of published years; each offers only years that keep from ≤ to. */
export function YearRange({ years, from, to, onChange }: YearRangeProps) {
  const id = useId()
  return (
    <fieldset className="year-range">
      <legend>År</legend>
      <label htmlFor={`${id}-from`}>Fra</label>
      <select id={`${id}-from`} value={from} onChange={(e) => onChange(Number(e.target.value), to)}>
        {years
          .filter((y) => y <= to)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
      <label htmlFor={`${id}-to`}>til</label>
      <select id={`${id}-to`} value={to} onChange={(e) => onChange(from, Number(e.target.value))}>
        {years
          .filter((y) => y >= from)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </fieldset>
  )
}
