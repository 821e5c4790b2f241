import { useChartOnly } from '@/state/view-store'
import { WithData, type SectionProps } from '../with-data'
import { UsersView } from './users-view'
import './brukere.css'

/** «Brukere etter alder»: who receives care services, by age, and why their number grows. */
export function UsersSection({ states, retry }: SectionProps) {
  const chartOnly = useChartOnly()
  return (
    <section className="section" aria-labelledby="brukere-tittel" id="brukere">
      <h2 id="brukere-tittel" className={chartOnly ? 'visually-hidden' : undefined}>
        {/* Word joiners: the span of years never breaks at the dash. */}
        {'Brukere etter alder (2009\u2060–\u20602021)'}
      </h2>
      {!chartOnly && (
        <p className="section__intro">
          Hvor mange som mottar omsorgstjenester i hver aldersgruppe, og hvor stor andel av
          aldersgruppen det er (brukerfrekvens). Veksten deles i det som skyldes flere personer i
          aldersgruppen, og det som skyldes at en større andel får tjenester.
        </p>
      )}
      <WithData states={states} needs={['users', 'population']} retry={retry} inBrowserOnly>
        {(data) => <UsersView {...data} />}
      </WithData>
    </section>
  )
}
