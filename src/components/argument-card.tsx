import { useId, useRef } from 'react'
import { CopyButton } from './copy-button'
import { SourceLine, type SourceRef } from './source-line'

interface ArgumentCardProps {
  title: string
  text: string
  quote?: string | undefined
  /** «Utvalg: …» when the card is about some of the groups only. */
  selection?: string | undefined
  sources: readonly SourceRef[]
  copyText: string
  /** Whether the card goes on the printed handout. */
  onHandout: boolean
  onHandoutChange: (on: boolean) => void
  /** The handout is full: a card not on it cannot be added. */
  handoutFull?: boolean
}

export function ArgumentCard({
  title,
  text,
  quote,
  selection,
  sources,
  copyText,
  onHandout,
  onHandoutChange,
  handoutFull = false,
}: ArgumentCardProps) {
  const titleId = useId()
  const body = useRef<HTMLDivElement>(null)
  return (
    <article className="argument-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="argument-card__title">
        {title}
      </h3>
      <div ref={body} className="argument-card__body">
        <p className="argument-card__text">{text}</p>
        {selection && <p className="argument-card__selection">{selection}.</p>}
        {quote && (
          <blockquote className="figure-card__quote">
            <p>
              <span className="visually-hidden">Planen skriver: </span>«{quote}»
            </p>
          </blockquote>
        )}
        <SourceLine sources={sources} />
      </div>
      <div className="argument-card__actions">
        <CopyButton text={copyText} fallbackTarget={() => body.current} label="Kopier med kilde" />
        <label className="argument-card__handout">
          <input
            type="checkbox"
            checked={onHandout}
            disabled={handoutFull && !onHandout}
            onChange={(e) => onHandoutChange(e.target.checked)}
          />
          På argumentarket
        </label>
      </div>
    </article>
  )
}
