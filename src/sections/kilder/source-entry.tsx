import { useEffect, useState } from 'react'
import type { DatasetName, Datasets } from '@/data/schema'
import { formatInteger, formatPercent, formatSignedPercent, typeset } from '@/metrics/format'
import { formatKeyFigure } from '@/metrics/key-figures'
import { hostOf, sourceHref } from '@/metrics/sources'
import { markSic } from '@/metrics/terms'
import { ProvenanceList } from './provenance-list'

/**
 * One dataset: its title and where it is published at a glance; everything else folded,
 * and opened when a source link leads here (the entry is the link's target).
 */
export function SourceEntry({ name, data }: { name: DatasetName; data: Partial<Datasets> }) {
  const dataset = data[name]
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const check = () => {
      if (window.location.hash === sourceHref(name)) setOpen(true)
    }
    check()
    window.addEventListener('hashchange', check)
    return () => window.removeEventListener('hashchange', check)
  }, [name])
  if (!dataset) return null
  const p = dataset.provenance
  return (
    <>
      <h4>{p.title}</h4>
      <p className="source-entry__line">
        {p.publisher}. Tidspunkt: {typeset(p.referenceDate)}
        {p.url && (
          <>
            {' · '}
            <a href={p.url}>{hostOf(p.url)}</a>
          </>
        )}
      </p>
      <details
        className="source-entry__more"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>Mer om kilden</summary>
        <ProvenanceList provenance={p} />
        <DatasetFigures name={name} data={data} />
      </details>
    </>
  )
}

/** Each figure a dataset holds, with the words it comes from, opened on demand. */
function DatasetFigures({ name, data }: { name: DatasetName; data: Partial<Datasets> }) {
  if (name === 'keyFigures' && data.keyFigures) {
    const { figures } = data.keyFigures
    return (
      <>
        <p className="source-entry__figures">Alle {figures.length} tall med sitat fra planen:</p>
        <ul className="quote-list">
          {figures.map((f) => (
            <li key={f.id}>
              <strong>
                {f.label}: {formatKeyFigure(f)}
              </strong>{' '}
              ({f.year}). «{f.quote}» Under overskriften «{markSic(f.heading)}».
              {f.citedSource && ` Planen viser til: ${f.citedSource}`}
            </li>
          ))}
        </ul>
      </>
    )
  }
  if (name === 'ksFullTime' && data.ksFullTime) {
    const points = data.ksFullTime.series.flatMap((s) => s.points.map((p) => ({ s, p })))
    return (
      <>
        <p className="source-entry__figures">Alle {points.length} tall med setningen de står i:</p>
        <ul className="quote-list">
          {points.map(({ s, p }) => (
            <li key={`${s.id}-${p.year}`}>
              <strong>
                {s.label}, {s.population.toLowerCase()}, {p.year}: {formatPercent(p.value)}
              </strong>{' '}
              «{p.quote}» <a href={p.url}>Kilde hos KS</a>
              {p.note && `. ${p.note}`}
            </li>
          ))}
        </ul>
      </>
    )
  }
  if (name === 'arsverk2023' && data.arsverk2023) {
    return (
      <ul className="quote-list">
        {data.arsverk2023.figures.map((f) => (
          <li key={f.id}>
            <strong>
              {f.label}: {formatInteger(f.value)}
            </strong>{' '}
            ({formatSignedPercent(f.changeSince2022Percent)} fra 2022,{' '}
            {formatSignedPercent(f.changeSince2019Percent)} fra 2019). Raden heter «{f.sourceLabel}»
            hos SSB.
          </li>
        ))}
      </ul>
    )
  }
  return null
}
