import { useDatasets } from '@/data/use-datasets'
import { HeadlineSection } from '@/sections/headline-section'
import { SourcesSection } from '@/sections/sources-section'

export function App() {
  const { states, retry } = useDatasets()
  return (
    <>
      <a className="skip-link" href="#innhold">
        Hopp til innholdet
      </a>
      <header className="site-header">
        <p className="site-header__name">Heltid i tall</p>
        <h1>Heltid og deltid i omsorgstjenesten – regjeringens egne tall</h1>
        <p className="site-header__lead">
          For tillitsvalgte som skal drøfte deltid med arbeidsgiver: tallene fra opptrappingsplanen
          for heltid og god bemanning og fra SSB, med kilde for hvert tall.
        </p>
      </header>
      <main id="innhold" tabIndex={-1}>
        <HeadlineSection states={states} retry={retry} />
        <SourcesSection states={states} retry={retry} />
      </main>
      <footer className="site-footer">
        <p>
          Heltid i tall viser tall fra Opptrappingsplan for heltid og god bemanning i
          omsorgstjenesten (Helse- og omsorgsdepartementet) og fra Statistisk sentralbyrå. Siden
          bruker ingen sporing og ingen informasjonskapsler.
        </p>
      </footer>
    </>
  )
}
