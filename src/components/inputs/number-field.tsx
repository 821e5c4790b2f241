/**
 * A text field for a Norwegian number («62,5», «1 000»): `type="text"` with a numeric
 * keyboard, because `type="number"` rejects a decimal comma in some browsers and silently
 * empties what it cannot read. The error, when given, is tied to the field for screen readers.
 */
export function NumberField(props: {
  id: string
  label: string
  value: string
  error: string | undefined
  inputMode: 'numeric' | 'decimal'
  onChange: (value: string) => void
}) {
  return (
    <div className="number-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode={props.inputMode}
        autoComplete="off"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error !== undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        size={8}
      />
      {props.error && (
        <p id={`${props.id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  )
}
