import './data-problem.css'

interface DataProblemProps {
  /** Norwegian sentences saying which file failed and why. */
  messages: readonly string[]
  /** Technical detail for whoever maintains the data (file and field path). */
  detail?: string | undefined
  onRetry: () => void
  /** Nothing has failed yet; it is only slow. */
  still?: boolean
}

/** Shown in place of figures whose data file could not be loaded. */
export function DataProblem({ messages, detail, onRetry, still = false }: DataProblemProps) {
  return (
    <div className="data-problem" role="alert">
      <p className="data-problem__title">
        {still ? 'Disse tallene lar vente på seg.' : 'Disse tallene kan ikke vises akkurat nå.'}
      </p>
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <p>Resten av siden virker som vanlig.</p>
      {detail && (
        <details>
          <summary>Teknisk detalj</summary>
          <code>{detail}</code>
        </details>
      )}
      <button type="button" onClick={onRetry}>
        Prøv igjen
      </button>
    </div>
  )
}
