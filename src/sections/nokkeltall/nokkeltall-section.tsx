import { useCallback, useContext } from 'react'
import { EmbedContext } from '@/components/page/embed-context'
import { ArgumentCard } from '@/components/cards/argument-card'
import { EmptyState } from '@/components/page/empty-state'
import { LoadingNote } from '@/components/page/loading-note'
import { combine, type DatasetStates } from '@/data/use-datasets'
import type { DatasetName } from '@/data/schema'
import { copyText, type Argument } from '@/metrics/arguments'
import { countInWords } from '@/metrics/format'
import { useViewStore } from '@/state/view-store'
import { handoutIds, MAX_HANDOUT_CARDS, useArguments } from './use-arguments'
import { WithData } from '../with-data'
import './nokkeltall.css'

/** Cards shown before «Vis flere»: the three figures; the rest are folded, in the page and printed. */
export const SHOWN_CARDS = 3

/** Every file some card is built from. */
const CARD_FILES = [
  'arsverk',
  'keyFigures',
  'fullTime2021',
  'fullTime2023',
  'ksFullTime',
  'users',
  'population',
] as const satisfies readonly DatasetName[]

interface CardsSectionProps {
  states: DatasetStates
  retry: (name: DatasetName) => void
  onPrintHandout: () => void
}

/**
 * Nøkkeltall og argumenter: one deck of cards, each a figure, a sentence and its source,
 * ready to say, paste, print or show. The cards follow the filters further down.
 */
export function CardsSection({ states, retry, onPrintHandout }: CardsSectionProps) {
  const { cards, loading } = useArguments(states)
  // In an article: the findings alone, without the shop steward's tools.
  const { embedded } = useContext(EmbedContext)
  const handout = useViewStore((s) => s.handout)
  const setHandout = useViewStore((s) => s.setHandout)
  const setSlide = useViewStore((s) => s.setSlide)
  const chosen = handoutIds(cards, handout)
  const full = chosen.length >= MAX_HANDOUT_CARDS
  const files = combine(states, CARD_FILES)
  const problem = files.status === 'error' || (files.status === 'loading' && files.slow)

  // Stable while the cards are the same, so an unchanged card is not rendered again; the
  // choice is read from the store when the box is ticked, not captured at render.
  const toggle = useCallback(
    (id: string, on: boolean) => {
      const now = handoutIds(cards, useViewStore.getState().handout)
      const next = on ? [...now, id] : now.filter((c) => c !== id)
      setHandout(cards.map((c) => c.id).filter((c) => next.includes(c)))
    },
    [cards, setHandout],
  )
  const render = (card: Argument) => (
    <ArgumentCard
      key={card.id}
      card={card}
      copyText={copyText(card)}
      onHandout={chosen.includes(card.id)}
      onHandoutChange={toggle}
      handoutFull={full}
      tools={!embedded}
    />
  )
  const rest = cards.slice(SHOWN_CARDS)

  return (
    <section className="section" aria-labelledby="nokkeltall-tittel" id="nokkeltall">
      {/* The old address of the cards, kept so links to it still land here. */}
      <span id="argumenter" />
      <h2 id="nokkeltall-tittel">Nøkkeltall og argumenter</h2>
      <p className="section__intro section__intro--wide">
        {embedded
          ? 'Regjeringens egne tall om heltid og deltid i omsorgstjenesten, hvert med kilde.'
          : 'Hvert tall med kilde. Kopier det, ta det med på argumentarket eller vis det på skjermen. Tallene følger valgene lenger ned på siden.'}
      </p>
      {problem && (
        <WithData states={states} needs={CARD_FILES} retry={retry}>
          {() => null}
        </WithData>
      )}
      {cards.length === 0 && loading && !problem && <LoadingNote />}
      {cards.length === 0 && !loading && (
        <EmptyState>Ingen tall kan vises fordi dataene ikke kunne lastes.</EmptyState>
      )}
      <div className="card-grid">{cards.slice(0, SHOWN_CARDS).map(render)}</div>
      {rest.length > 0 && (
        <details className="deck-more">
          <summary>Vis {countInWords(rest.length)} tall og argumenter til</summary>
          <div className="card-grid">{rest.map(render)}</div>
        </details>
      )}
      {!embedded && (
        <div className="toolbar">
          <button type="button" onClick={() => setSlide(1)} disabled={cards.length === 0}>
            Presenter på skjerm
          </button>
          <button type="button" onClick={onPrintHandout} disabled={chosen.length === 0}>
            Skriv ut argumentark ({chosen.length})
          </button>
          <span className="toolbar__note" role="status">
            {full
              ? `Argumentarket har plass til ${MAX_HANDOUT_CARDS} kort på én A4-side.`
              : `${chosen.length} av ${cards.length} kort er valgt til argumentarket.`}
          </span>
        </div>
      )}
    </section>
  )
}
