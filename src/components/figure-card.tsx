import { useId, type ReactNode } from 'react'

interface FigureCardProps {
  title: string
  /** The figure itself, already formatted. */
  value: string
  children: ReactNode
  /** The plan's own wording, when it states the figure (often rounded). */
  planQuote?: string | undefined
  source: ReactNode
}

export function FigureCard({ title, value, children, planQuote, source }: FigureCardProps) {
  const titleId = useId()
  return (
    <article className="figure-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="figure-card__title">
        {title}
      </h3>
      <p className="figure-card__value">{value}</p>
      <div className="figure-card__text">{children}</div>
      {planQuote && (
        <blockquote className="figure-card__quote">
          <p>
            <span className="visually-hidden">Planen skriver: </span>«{planQuote}»
          </p>
        </blockquote>
      )}
      {source}
    </article>
  )
}
