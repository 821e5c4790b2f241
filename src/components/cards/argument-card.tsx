import { memo, useId, useRef } from 'react'
import { highlightParts, shortSources, type Argument } from '@/metrics/arguments'
import { CompareBars } from '../charts/compare-bars'
import { CopyButton } from '../share/copy-button'
import { InBrowser } from '../page/in-browser'
import { SourceLine } from '../page/source-line'
import './argument-card.css'

interface ArgumentCardProps {
  card: Argument
  copyText: string
  /** Whether the card goes on the printed handout. */
  onHandout: boolean
  /** Called with the card's id; keep it stable, so an unchanged card is not rendered again. */
  onHandoutChange: (id: string, on: boolean) => void
  /** The handout is full: a card not on it cannot be added. */
  handoutFull?: boolean
  /**
   * The shop steward's tools (copy, the handout): shown on the full page, not in a card
   * embedded in an article, where readers want the finding, not tools.
   */
  tools?: boolean
}

/**
 * One card of the deck: the finding as title, the figure large, one or two sentences, a
 * short source. The plan's wording and how the figure was computed are folded, one tap
 * away; a folded <details> is still found by the browser's search and printed.
 */
export const ArgumentCard = memo(function ArgumentCard({
  card,
  copyText,
  onHandout,
  onHandoutChange,
  handoutFull = false,
  tools = true,
}: ArgumentCardProps) {
  const titleId = useId()
  const body = useRef<HTMLDivElement>(null)
  const { title, highlight, text, quote, quoteLabel, selection, method, bars, sources } = card
  const { number, unit } = highlightParts(highlight)
  // At a glance one name per source; in full on demand.
  const short = shortSources(sources)
  return (
    <article className="argument-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="argument-card__title">
        {title}
      </h3>
      <div ref={body} className="argument-card__body">
        <p className="argument-card__value">
          {number}
          {unit && <span className="argument-card__unit">{unit}</span>}
        </p>
        {bars && <CompareBars label={`${title}: sammenligning`} bars={bars} />}
        <p className="argument-card__text">{text}</p>
        {selection && <p className="argument-card__selection">{selection}.</p>}
        <SourceLine sources={short} />
        <details className="argument-card__more">
          <summary>Mer om tallet</summary>
          {/* Drawn once the page runs: sixteen cards' quotes, methods and full sources
              would take the first HTML past one round trip (about 14 KiB gzip), which
              delays the first paint. Folded, so nothing moves when they arrive. */}
          <InBrowser fallback={null}>
            {quote && (
              <blockquote className="argument-card__quote">
                <p>
                  <span className={quoteLabel ? undefined : 'visually-hidden'}>
                    {quoteLabel ?? 'Planen skriver'}:{' '}
                  </span>
                  «{quote}»
                </p>
              </blockquote>
            )}
            {method && <p className="argument-card__method">{method}</p>}
            <SourceLine sources={[...sources, ...(card.detailSources ?? [])]} />
          </InBrowser>
        </details>
      </div>
      {tools && (
        <div className="argument-card__actions">
          <CopyButton
            text={copyText}
            fallbackTarget={() => body.current}
            label="Kopier med kilde"
          />
          <label className="argument-card__handout">
            <input
              type="checkbox"
              checked={onHandout}
              disabled={handoutFull && !onHandout}
              onChange={(e) => onHandoutChange(card.id, e.target.checked)}
            />
            På argumentarket
          </label>
        </div>
      )}
    </article>
  )
})
