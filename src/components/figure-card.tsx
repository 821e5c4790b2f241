import { useId, type ReactNode } from 'react'

interface FigureCardProps {
  title: string
  /** The figure itself, already formatted. */
  value: string
  children: ReactNode
  /** A small picture of the figure, right under it (e.g. two bars to compare). */
  graphic?: ReactNode
  /** The plan's own wording, when it states the figure (often rounded); one tap away. */
  planQuote?: string | undefined
  source: ReactNode
}

export function FigureCard({
  title,
  value,
  children,
  graphic,
  planQuote,
  source,
}: FigureCardProps) {
  const titleId = useId()
  return (
    <article className="figure-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="figure-card__title">
        {title}
      </h3>
      <p className="figure-card__value">{value}</p>
      {graphic}
      <div className="figure-card__text">{children}</div>
      {source}
      {planQuote && (
        <details className="figure-card__details">
          <summary>Slik skriver planen det</summary>
          <blockquote className="figure-card__quote">
            <p>
              <span className="visually-hidden">Planen skriver: </span>«{planQuote}»
            </p>
          </blockquote>
        </details>
      )}
    </article>
  )
}
