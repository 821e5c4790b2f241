import { BarList } from '@/components/charts/bar-list'
import { SourceLine } from '@/components/page/source-line'
import type { Datasets } from '@/data/schema'
import { formatPercent } from '@/metrics/format'
import { datasetSource } from '@/metrics/sources'

/** The plan's full-time shares for 2021, with its definition and its own words a tap away. */
export function Plan2021({ fullTime2021: d }: Pick<Datasets, 'fullTime2021'>) {
  return (
    <div className="subsection">
      <h3>Heltidsandel i omsorgstjenesten {d.provenance.referenceDate} (planen)</h3>
      <dl className="definition-note">
        <dt>Heltid</dt>
        <dd>{d.definition}</dd>
        <dt>Gjelder</dt>
        <dd>{d.coverage}</dd>
      </dl>
      <BarList
        caption={`Andel med heltid, ${d.provenance.referenceDate}`}
        max={100}
        items={d.rows.map((r) => ({
          id: r.id,
          label: r.group,
          value: r.percent,
          display: formatPercent(r.percent, 0),
        }))}
      />
      <details className="quote-fold">
        <summary>Slik skriver planen det</summary>
        <blockquote className="quote">
          <p>
            <span className="visually-hidden">Planen skriver: </span>«{d.quote}»
          </p>
        </blockquote>
      </details>
      <SourceLine sources={[datasetSource('fullTime2021', d.provenance)]} />
    </div>
  )
}
