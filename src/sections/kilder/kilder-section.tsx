import { NAMES } from '@/data/files'
import { sourceAnchor } from '@/metrics/sources'
import { WithData, type SectionProps } from '../with-data'
import { Definitions } from './definitions'
import { SourceEntry } from './source-entry'
import './kilder.css'

export function SourcesSection({ states, retry }: SectionProps) {
  return (
    <section className="section" aria-labelledby="kilder-tittel" id="kilder">
      <h2 id="kilder-tittel">Kilder og definisjoner</h2>
      <h3>Begreper</h3>
      <Definitions />
      <h3>Datasett</h3>
      <p className="section__intro">
        Tallene er skrevet av nøyaktig fra kildene. Der Heltid i tall regner ut noe selv, står det
        ved tallet hvordan.
      </p>
      {NAMES.map((name) => (
        <article key={name} id={sourceAnchor(name)} className="source-entry" tabIndex={-1}>
          <WithData states={states} needs={[name]} retry={retry} inBrowserOnly>
            {(data) => <SourceEntry name={name} data={data} />}
          </WithData>
        </article>
      ))}
    </section>
  )
}
