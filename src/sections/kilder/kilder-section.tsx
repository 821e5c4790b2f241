import { useEffect, useState } from 'react'
import { NAMES } from '@/data/files'
import type { DatasetName, Datasets, Provenance } from '@/data/schema'
import { formatInteger, formatPercent, formatSignedPercent, typeset } from '@/metrics/format'
import { formatKeyFigure } from '@/metrics/key-figures'
import { hostOf, sourceAnchor, sourceHref } from '@/metrics/sources'
import { markSic } from '@/metrics/terms'
import { WithData, type SectionProps } from '../with-data'
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

/**
 * One dataset: its title and where it is published at a glance; everything else folded,
 * and opened when a source link leads here (the entry is the link's target).
 */
function SourceEntry({ name, data }: { name: DatasetName; data: Partial<Datasets> }) {
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

function ProvenanceList({ provenance: p }: { provenance: Provenance }) {
  return (
    <dl className="provenance">
      <dt>Dokument</dt>
      <dd>
        {p.document} ({p.publisher})
      </dd>
      <dt>Avsnitt</dt>
      <dd>{markSic(p.section)}</dd>
      {p.table && (
        <>
          <dt>Tabell</dt>
          <dd>{p.table}</dd>
        </>
      )}
      {p.ssbTable && (
        <>
          <dt>SSB-tabell</dt>
          <dd>{p.ssbTable}</dd>
        </>
      )}
      <dt>Tidspunkt</dt>
      <dd>{typeset(p.referenceDate)}</dd>
      <dt>Enhet</dt>
      <dd>{p.unit}</dd>
      {p.notes.length > 0 && (
        <>
          <dt>Merknader</dt>
          <dd>
            <ul>
              {p.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>Kreditering</dt>
      <dd>{p.attribution}</dd>
      {p.url && (
        <>
          <dt>Publisert</dt>
          <dd>
            <a href={p.url}>{hostOf(p.url)}</a>
          </dd>
        </>
      )}
    </dl>
  )
}

function Definitions() {
  return (
    <dl className="definitions">
      <dt>Årsverk</dt>
      <dd>
        Avtalt arbeidstid regnet om til hele stillinger. To personer i halv stilling er til sammen
        ett årsverk.
      </dd>
      <dt>Sysselsatte</dt>
      <dd>
        Personer som jobber i tjenesten, uansett stillingsstørrelse. Hver person telles én gang.
      </dd>
      <dt>Gjennomsnittlig stillingsstørrelse</dt>
      <dd>Årsverk delt på sysselsatte. Dette er planens egen definisjon.</dd>
      <dt id="begrep-mangler-til-heltid">Årsverk som mangler til heltid</dt>
      <dd>
        Sysselsatte minus årsverk: hvor mye større de samme personenes avtalte stillinger ville
        vært, regnet i årsverk, om alle hadde hel stilling. Mye av arbeidet blir likevel gjort, som
        ekstravakter, merarbeid og med vikarer; tallet sier hvor mye som ikke ligger i faste,
        avtalte stillinger. Planen regner på samme måte når den skriver{' '}
        {'«om lag 55\u00a0000 flere årsverk»'}. Heltid i tall bruker dette ene navnet overalt.
      </dd>
      <dt>Heltid</dt>
      <dd>
        SSB: avtalt stilling på 100 % eller mer i hovedarbeidsforholdet. KS (arbeidsgivernes
        PAI-register, 1. desember) legger sammen alle stillingene en person har i kommunen. En som
        har to deltidsstillinger, kan derfor telle som heltidsansatt hos KS, men ikke hos SSB. Ved
        hvert heltidstall står det hvilken definisjon det bruker.
      </dd>
      <dt>Brukerfrekvens</dt>
      <dd>
        Andelen av befolkningen i en aldersgruppe som mottar omsorgstjenester 31. desember. Heltid i
        tall deler antall brukere på befolkningen 1. januar året etter. Slik blir alle de 35
        brukerfrekvensene lik planens.
      </dd>
    </dl>
  )
}
