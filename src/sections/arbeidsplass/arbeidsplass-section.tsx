import { lazy } from 'react'
import { NearbyTool } from '@/components/page/near-viewport'
import { WithData, type SectionProps } from '../with-data'
import './arbeidsplass.css'

// The tool itself loads in its own chunk, when the reader scrolls near it.
const WorkplaceView = lazy(() =>
  import('./workplace-view').then((m) => ({ default: m.WorkplaceView })),
)

export function WorkplaceSection({ states, retry }: SectionProps) {
  return (
    <section className="section" aria-labelledby="arbeidsplass-tittel" id="arbeidsplass">
      <h2 id="arbeidsplass-tittel">Min arbeidsplass</h2>
      <p className="section__intro">
        Skriv inn stillingene på din enhet og se de samme tallene som for landet. Tallene blir i
        nettleseren din: ingenting sendes eller lagres noe sted.
      </p>
      <WithData states={states} needs={['arsverk', 'fullTime2021']} retry={retry} inBrowserOnly>
        {(data) => (
          <NearbyTool>
            <WorkplaceView {...data} />
          </NearbyTool>
        )}
      </WithData>
    </section>
  )
}
