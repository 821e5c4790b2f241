import { useId, useState } from 'react'
import './target-input.css'

interface TargetInputProps {
  label: string
  /** Percent, 1–100. */
  value: number
  onChange: (value: number) => void
  min?: number
}

const format = (v: number) => String(v).replace('.', ',')

/**
 * A slider and a number field for one percentage. The field keeps what was typed; an
 * invalid value shows what is wrong and how to fix it, and the last good value stays in use.
 */
export function TargetInput({ label, value, onChange, min = 50 }: TargetInputProps) {
  const id = useId()
  const [text, setText] = useState(format(value))
  const [error, setError] = useState<string | null>(null)
  const [lastValue, setLastValue] = useState(value)
  // A new value from outside (the slider, Back, a link) replaces the text.
  if (value !== lastValue) {
    setLastValue(value)
    setText(format(value))
    setError(null)
  }

  const onText = (raw: string) => {
    setText(raw)
    const cleaned = raw.trim().replace(',', '.').replace(/\s*%$/, '')
    const parsed = /^\d{1,3}(\.\d+)?$/.test(cleaned) ? Number(cleaned) : NaN
    if (!Number.isFinite(parsed)) {
      setError(
        raw.trim() === ''
          ? 'Skriv inn en stillingsstørrelse i prosent, for eksempel 90.'
          : `«${raw.trim()}» er ikke et tall. Skriv for eksempel 90 eller 87,5.`,
      )
    } else if (parsed < 1 || parsed > 100) {
      setError('Stillingsstørrelsen må være mellom 1 og 100 prosent.')
    } else {
      setError(null)
      const rounded = Math.round(parsed * 10) / 10
      setLastValue(rounded)
      onChange(rounded)
    }
  }

  return (
    <div className="target-input">
      <label htmlFor={`${id}-number`}>{label}</label>
      <div className="target-input__controls">
        <input
          type="range"
          aria-label={`${label} (glidebryter)`}
          min={min}
          max={100}
          step={0.5}
          value={Math.max(min, value)}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <span className="target-input__field">
          <input
            id={`${id}-number`}
            type="text"
            inputMode="decimal"
            value={text}
            onChange={(e) => onText(e.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            size={6}
          />
          <span aria-hidden="true">%</span>
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
