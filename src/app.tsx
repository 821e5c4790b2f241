import { useCallback, useEffect } from 'react'
import { useDatasets } from '@/data/use-datasets'
import { ArgumentsSection } from '@/sections/arguments-section'
import { ArsverkSection } from '@/sections/arsverk-section'
import { FullTimeSection } from '@/sections/full-time-section'
import { Handout } from '@/sections/handout'
import { HeadlineSection } from '@/sections/headline-section'
import { PresentationView } from '@/sections/presentation-view'
import { ScenarioSection } from '@/sections/scenario-section'
import { SourcesSection } from '@/sections/sources-section'
import { UsersSection } from '@/sections/users-section'
import { WorkplaceSection } from '@/sections/workplace-section'
import { useViewStore, syncViewWithUrl } from '@/state/view-store'

const CONTENTS = [
  { id: 'nokkeltall', label: 'Nøkkeltall' },
  { id: 'argumenter', label: 'Argumenter' },
  { id: 'arsverk', label: 'Årsverk per utdanningsgruppe' },
  { id: 'heltid', label: 'Heltid og deltid' },
  { id: 'brukere', label: 'Brukere etter alder' },
  { id: 'hva-om', label: 'Hva om …' },
  { id: 'arbeidsplass', label: 'Min arbeidsplass' },
  { id: 'kilder', label: 'Kilder og definisjoner' },
] as const

const HANDOUT_CLASS = 'print-handout'

export function App() {
  const { states, retry } = useDatasets()
  const presenting = useViewStore((s) => s.slide !== null)
  useEffect(() => syncViewWithUrl(), [])

  // The handout prints alone: a class on <html> switches the print stylesheet to it.
  const printHandout = useCallback(() => {
    const root = document.documentElement
    root.classList.add(HANDOUT_CLASS)
    const done = () => root.classList.remove(HANDOUT_CLASS)
    window.addEventListener('afterprint', done, { once: true })
    window.print()
  }, [])

  return (
    <>
      <div className="page" inert={presenting}>
        <a className="skip-link" href="#innhold">
          Hopp til innholdet
        </a>
        <header className="site-header">
          <p className="site-header__name">Heltid i tall</p>
          <h1>Heltid og deltid i omsorgstjenesten – regjeringens egne tall</h1>
          <p className="site-header__lead">
            For tillitsvalgte som skal drøfte deltid med arbeidsgiver: tallene fra
            opptrappingsplanen for heltid og god bemanning og fra SSB, med kilde for hvert tall.
          </p>
          <nav aria-label="Innhold" className="contents">
            <ul>
              {CONTENTS.map((c) => (
                <li key={c.id}>
                  <a href={`#${c.id}`}>{c.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="innhold" tabIndex={-1}>
          <HeadlineSection states={states} retry={retry} />
          <ArgumentsSection states={states} onPrintHandout={printHandout} />
          <ArsverkSection states={states} retry={retry} />
          <FullTimeSection states={states} retry={retry} />
          <UsersSection states={states} retry={retry} />
          <ScenarioSection states={states} retry={retry} />
          <WorkplaceSection states={states} retry={retry} />
          <SourcesSection states={states} retry={retry} />
        </main>
        <footer className="site-footer">
          <p>
            Heltid i tall viser tall fra Opptrappingsplan for heltid og god bemanning i
            omsorgstjenesten (Helse- og omsorgsdepartementet) og fra Statistisk sentralbyrå. Siden
            bruker ingen sporing og ingen informasjonskapsler.
          </p>
        </footer>
      </div>
      <Handout states={states} />
      <PresentationView states={states} />
    </>
  )
}
