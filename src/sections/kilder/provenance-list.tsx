import type { Provenance } from '@/data/schema'
import { typeset } from '@/metrics/format'
import { hostOf } from '@/metrics/sources'
import { markSic } from '@/metrics/terms'

/** Where a dataset comes from: document, section, publisher, address and dates. */
export function ProvenanceList({ provenance: p }: { provenance: Provenance }) {
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
