import { useMemo } from 'react'
import { BarList } from '@/components/charts/bar-list'
import { useClientValue } from '@/components/page/client-value'
import { QrCode } from '@/components/share/qr-code'
import type { DatasetStates } from '@/data/use-datasets'
import { arsverkTitle } from '@/metrics/arsverk-table'
import { arsverkSelection, shortArsverkBars } from '@/metrics/arsverk-view'
import { capitalise, formatInteger } from '@/metrics/format'
import { sourceLabel } from '@/metrics/sources'
import { MISSING_LABEL } from '@/metrics/terms'
import { validRows } from '@/metrics/workplace'
import { pageUrlOf } from '@/state/embed'
import { serializeView } from '@/state/view-url'
import { useViewStore } from '@/state/view-store'
import { useWorkplaceStore } from '@/state/workplace-store'
import { handoutIds, useArguments } from '../nokkeltall/use-arguments'
import { HandoutWorkplace } from './handout-workplace'
import './handout.css'

const TODAY = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * The one-page A4 argument sheet for a meeting: the chosen cards as large figures with
 * a sentence and a source each, the potential per group as bars, the reader's own
 * workplace when they chose to take it along, the date, and a QR code of this view's
 * link. Hidden on screen; shown alone when the reader prints the handout.
 */
export function Handout({ states }: { states: DatasetStates }) {
  const { cards } = useArguments(states)
  const handout = useViewStore((s) => s.handout)
  const groups = useViewStore((s) => s.groups)
  const byLevel = useViewStore((s) => s.byLevel)
  const rows = useWorkplaceStore((s) => s.rows)
  const withWorkplace = useWorkplaceStore((s) => s.onHandout)
  const chosen = handoutIds(cards, handout)
  const arsverk = states.arsverk.status === 'ready' ? states.arsverk.data : null
  const potential = useMemo(() => {
    if (!arsverk) return null
    // The same groups, levels and short chart as the page and the slides.
    const { rows: all } = arsverkSelection(arsverk, { groups, byLevel })
    const { bars, left } = shortArsverkBars(all)
    const year = arsverk.provenance.referenceDate
    return {
      title: arsverkTitle(all),
      bars,
      // As the chart embedded alone says it: the finding above says what is counted.
      caption: left ? `${capitalise(left)}, ${year}` : `${MISSING_LABEL}, ${year}`,
      source: sourceLabel(arsverk.provenance),
    }
  }, [arsverk, groups, byLevel])
  const valid = useMemo(() => (withWorkplace ? validRows(rows) : []), [rows, withWorkplace])
  // The link back reproduces the view: every filter is in the query.
  const current = useClientValue(() => window.location.search, '')
  const search = useViewStore((s) => serializeView({ ...s, slide: null }, current))
  const page = useClientValue(() => pageUrlOf(window.location), '')
  const link = `${page}${search}`
  // The date the sheet is printed; the prerendered page cannot know it.
  const today = useClientValue(() => TODAY.format(new Date()), '')

  return (
    <article className="handout" aria-label="Argumentark for utskrift">
      <header className="handout__header">
        <div>
          <p className="handout__brand">Heltid i tall</p>
          <h2>Argumenter for heltid i omsorgstjenesten</h2>
          <p className="handout__meta">
            Skrevet ut {today}. Regjeringens egne tall: opptrappingsplanen, SSB og KS.
          </p>
          <p className="handout__meta">
            Se tallene og kildene: <span className="handout__link">{link}</span>
          </p>
        </div>
        {link && (
          <figure className="handout__qr">
            <QrCode value={link} label="QR-kode med lenke til tallene og kildene" />
            <figcaption>Skann for alle tall og kilder</figcaption>
          </figure>
        )}
      </header>
      <ol className="handout__cards">
        {cards
          .filter((c) => chosen.includes(c.id))
          .map((c) => (
            <li key={c.id} className="handout__card">
              <p className="handout__figure">{c.highlight}</p>
              <p className="handout__title">{c.title}</p>
              <p className="handout__text">
                {c.text}
                {c.selection && <span className="handout__selection"> {c.selection}.</span>}
              </p>
              <p className="handout__source">Kilde: {c.sources.map((s) => s.label).join('; ')}.</p>
            </li>
          ))}
      </ol>
      <div className="handout__bottom">
        {potential && potential.bars.length > 0 && (
          <section className="handout__chart" aria-label={MISSING_LABEL}>
            <p className="handout__title">{potential.title}</p>
            <BarList
              tone="gap"
              caption={potential.caption}
              items={potential.bars.map((b) => ({
                id: b.id,
                label: b.row.name,
                value: b.potential,
                display: formatInteger(b.potential),
              }))}
            />
            <p className="handout__source">
              Kilde: {potential.source}. {MISSING_LABEL} = sysselsatte − årsverk.
            </p>
          </section>
        )}
        {valid.length > 0 && arsverk && <HandoutWorkplace valid={valid} arsverk={arsverk} />}
      </div>
    </article>
  )
}
