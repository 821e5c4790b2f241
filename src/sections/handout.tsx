import { useMemo } from 'react'
import { BarList } from '@/components/bar-list'
import { useClientValue } from '@/components/client-value'
import type { DatasetStates } from '@/data/use-datasets'
import { arsverkBars, arsverkRows } from '@/metrics/arsverk-table'
import { formatInteger } from '@/metrics/format'
import { resolveSelection } from '@/metrics/selection'
import { pageUrlOf } from '@/state/embed'
import { serializeView } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'
import { handoutIds, useArguments } from './use-arguments'

const TODAY = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * The one-page A4 argument sheet: the chosen argument cards with their sources, the
 * potential per group as bars, the date and the link back to this view. Hidden on
 * screen; shown alone when the reader prints the handout.
 */
export function Handout({ states }: { states: DatasetStates }) {
  const { cards } = useArguments(states)
  const handout = useViewStore((s) => s.handout)
  const groups = useViewStore((s) => s.groups)
  const byLevel = useViewStore((s) => s.byLevel)
  const chosen = handoutIds(cards, handout)
  const arsverk = states.arsverk.status === 'ready' ? states.arsverk.data : null
  const bars = useMemo(() => {
    if (!arsverk) return []
    const selected = resolveSelection(
      groups,
      arsverk.groups.map((g) => g.id),
    )
    const rows = arsverkRows(arsverk.groups, arsverk.levels, selected, byLevel)
    return arsverkBars(rows, 'antall', arsverk.total).slice(0, 5)
  }, [arsverk, groups, byLevel])
  // The link back reproduces the view: every filter is in the query.
  const current = useClientValue(() => window.location.search, '')
  const search = useViewStore((s) => serializeView(s, current))
  const page = useClientValue(() => pageUrlOf(window.location), '')
  const link = `${page}${search}`
  // The date the sheet is printed; the prerendered page cannot know it.
  const today = useClientValue(() => TODAY.format(new Date()), '')

  return (
    <article className="handout" aria-label="Argumentark for utskrift">
      <header className="handout__header">
        <p className="handout__brand">Heltid i tall</p>
        <h2>Argumenter for heltid i omsorgstjenesten</h2>
        <p className="handout__meta">
          Skrevet ut {today}. Tall fra regjeringens opptrappingsplan og SSB.
        </p>
      </header>
      <ol className="handout__cards">
        {cards
          .filter((c) => chosen.includes(c.id))
          .map((c) => (
            <li key={c.id}>
              <strong>{c.title}.</strong> {c.text}
              {c.selection && <span className="handout__selection"> {c.selection}.</span>}
              <span className="handout__source">
                {' '}
                Kilde: {c.sources.map((s) => s.label).join('; ')}.
              </span>
            </li>
          ))}
      </ol>
      {bars.length > 0 && (
        <BarList
          caption="Årsverk som mangler til heltid (sysselsatte minus årsverk), 2021"
          items={bars.map((b) => ({
            id: b.id,
            label: b.name,
            value: b.potential,
            display: formatInteger(b.potential),
          }))}
        />
      )}
      <footer className="handout__footer">
        <p>
          Kilde for diagrammet: Opptrappingsplan for heltid og god bemanning i omsorgstjenesten,
          tabell «Årsverk og sysselsatte i omsorgstjenesten 2021» (Statistisk sentralbyrå).
        </p>
        <p>
          Se tallene og kildene: <span className="handout__link">{link}</span>
        </p>
      </footer>
    </article>
  )
}
