import { useMemo } from 'react'
import { Presentation } from '@/components/presentation/presentation'
import { NAMES } from '@/data/files'
import { DATASETS, type DatasetName } from '@/data/schema'
import type { DatasetStates } from '@/data/use-datasets'
import { arsverkSelection } from '@/metrics/arsverk-view'
import { fullTimeRows } from '@/metrics/full-time'
import {
  arsverkSlide,
  buildSlides,
  fullTimeSlide,
  workplaceSlide,
  type Slide,
} from '@/metrics/slides'
import { datasetSource } from '@/metrics/sources'
import { validRows, workplaceFigures } from '@/metrics/workplace'
import { sameGroups } from '@/metrics/workplace-compare'
import { useViewStore } from '@/state/view-store'
import { useWorkplaceStore } from '@/state/workplace-store'
import { handoutIds, useArguments } from '../nokkeltall/use-arguments'
import '@/components/presentation/presentation.css'

/**
 * Presentation mode over the page, when the link or the button asks for a slide: the
 * cards chosen for the handout, two chart slides and, when the reader has chosen to
 * take it along, their own workplace. While the data load it says so; if they cannot be
 * loaded it says that, with «Prøv igjen» and «Lukk presentasjonen» — never a blank screen.
 */
export function PresentationView({
  states,
  retry,
}: {
  states: DatasetStates
  retry: (name: DatasetName) => void
}) {
  const slide = useViewStore((s) => s.slide)
  const setSlide = useViewStore((s) => s.setSlide)
  const handout = useViewStore((s) => s.handout)
  const groups = useViewStore((s) => s.groups)
  const byLevel = useViewStore((s) => s.byLevel)
  const rows = useWorkplaceStore((s) => s.rows)
  const withWorkplace = useWorkplaceStore((s) => s.onHandout)
  const { cards } = useArguments(states)

  const slides = useMemo((): Slide[] => {
    const arsverk = states.arsverk.status === 'ready' ? states.arsverk.data : null
    const fullTime = states.fullTime2023.status === 'ready' ? states.fullTime2023.data : null
    const charts: (Slide | null)[] = []
    if (arsverk) {
      // The same groups and levels as the page and the argument sheet.
      charts.push(
        arsverkSlide(
          arsverkSelection(arsverk, { groups, byLevel }).rows,
          arsverk.provenance.referenceDate,
          datasetSource('arsverk', arsverk.provenance),
        ),
      )
    }
    if (fullTime) {
      charts.push(
        fullTimeSlide(
          fullTimeRows(fullTime.rows),
          datasetSource('fullTime2023', fullTime.provenance),
        ),
      )
    }
    const valid = withWorkplace ? validRows(rows) : []
    const workplace =
      valid.length > 0 && arsverk
        ? workplaceSlide(
            workplaceFigures(valid),
            sameGroups(valid, arsverk.groups).nation,
            arsverk.provenance.referenceDate,
            datasetSource('arsverk', arsverk.provenance),
          )
        : null
    return buildSlides(cards, handoutIds(cards, handout), charts, workplace)
  }, [states, cards, handout, groups, byLevel, rows, withWorkplace])

  if (slide === null) return null
  // Until some figures have come, there is no presentation to give: the law's cards alone
  // would hide that the data failed or are still on their way.
  const shown = NAMES.some((n) => states[n].status === 'ready') ? slides : []
  const index = Math.max(0, Math.min(slide, shown.length) - 1)
  const failed = NAMES.filter((n) => states[n].status === 'error')
  const waiting = NAMES.filter((n) => states[n].status === 'loading')
  const slow = waiting.filter((n) => {
    const s = states[n]
    return s.status === 'loading' && s.slow === true
  })
  const troubled = [...failed, ...slow]
  const message =
    troubled.length > 0 ? (
      <div className="presentation__problem" role="alert">
        <h2 className="presentation__title">
          {failed.length > 0 ? 'Tallene kunne ikke hentes' : 'Tallene lar vente på seg'}
        </h2>
        <p className="presentation__text">
          {failed.length > 0
            ? 'Presentasjonen trenger datafilene, og de kom ikke fram. Sjekk nettforbindelsen og prøv igjen.'
            : 'Datafilene tar lang tid å hente. Vi venter fortsatt; du kan også prøve igjen.'}
        </p>
        <p className="presentation__files">
          Gjelder: {troubled.map((n) => DATASETS[n].file).join(', ')}
        </p>
        <button type="button" onClick={() => troubled.forEach(retry)}>
          Prøv igjen
        </button>
      </div>
    ) : (
      <p className="presentation__text">
        {waiting.length > 0 ? 'Laster tallene …' : 'Ingen lysbilder å vise.'}
      </p>
    )
  return (
    <Presentation
      slides={shown}
      index={index}
      onIndexChange={(i) => setSlide(i + 1)}
      onClose={() => setSlide(null)}
      message={message}
    />
  )
}
