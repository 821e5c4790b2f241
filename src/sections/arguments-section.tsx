import { ArgumentCard } from '@/components/argument-card'
import { EmptyState } from '@/components/empty-state'
import { LoadingNote } from '@/components/loading-note'
import type { DatasetStates } from '@/data/use-datasets'
import { copyText } from '@/metrics/arguments'
import { useViewStore } from '@/state/view-store'
import { handoutIds, MAX_HANDOUT_CARDS, useArguments } from './use-arguments'

interface SectionProps {
  states: DatasetStates
  onPrintHandout: () => void
}

export function ArgumentsSection({ states, onPrintHandout }: SectionProps) {
  const { cards, loading } = useArguments(states)
  const handout = useViewStore((s) => s.handout)
  const setHandout = useViewStore((s) => s.setHandout)
  const setSlide = useViewStore((s) => s.setSlide)
  const chosen = handoutIds(cards, handout)
  const full = chosen.length >= MAX_HANDOUT_CARDS

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id)
    setHandout(cards.map((c) => c.id).filter((c) => next.includes(c)))
  }

  return (
    <section className="section" aria-labelledby="argumenter-tittel" id="argumenter">
      <h2 id="argumenter-tittel">Argumenter</h2>
      <p className="section__intro">
        Korte setninger du kan si eller lime inn, hver med kilde. Tallene regnes ut fra dataene og
        følger valgene dine lenger ned (utdanningsgrupper og år).
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => setSlide(1)} disabled={cards.length === 0}>
          Presenter på skjerm
        </button>
        <button type="button" onClick={onPrintHandout} disabled={chosen.length === 0}>
          Skriv ut argumentark ({chosen.length})
        </button>
        <span className="toolbar__note" role="status">
          {full
            ? `Argumentarket har plass til ${MAX_HANDOUT_CARDS} argumenter på én A4-side.`
            : `${chosen.length} av ${cards.length} argumenter er valgt til argumentarket.`}
        </span>
      </div>
      {cards.length === 0 && loading && <LoadingNote />}
      {cards.length === 0 && !loading && (
        <EmptyState>Ingen argumenter kan vises fordi dataene ikke kunne lastes.</EmptyState>
      )}
      <div className="card-grid">
        {cards.map((card) => (
          <ArgumentCard
            key={card.id}
            title={card.title}
            text={card.text}
            quote={card.quote}
            selection={card.selection}
            sources={card.sources}
            copyText={copyText(card)}
            onHandout={chosen.includes(card.id)}
            onHandoutChange={(on) => toggle(card.id, on)}
            handoutFull={full}
          />
        ))}
      </div>
    </section>
  )
}
