import { lazy } from 'react'
import { NearbyTool } from '@/components/page/near-viewport'
import { WithData, type SectionProps } from '../with-data'
import './hva-om.css'

// The tool itself loads in its own chunk, when the reader scrolls near it.
const ScenarioView = lazy(() =>
  import('./scenario-view').then((m) => ({ default: m.ScenarioView })),
)

export function ScenarioSection({ states, retry }: SectionProps) {
  return (
    <section className="section" aria-labelledby="hva-om-tittel" id="hva-om">
      <h2 id="hva-om-tittel">Hva om …</h2>
      <p className="section__intro">
        Regn ut hvor mange årsverk omsorgstjenesten ville fått om stillingene var større. En gruppe
        som allerede ligger over målet, regnes som den er.
      </p>
      <WithData states={states} needs={['arsverk', 'keyFigures']} retry={retry} inBrowserOnly>
        {(data) => (
          <NearbyTool>
            <ScenarioView {...data} />
          </NearbyTool>
        )}
      </WithData>
    </section>
  )
}
