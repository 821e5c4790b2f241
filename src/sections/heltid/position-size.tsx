import { BarList } from '@/components/charts/bar-list'
import type { KsSeries } from '@/data/schema'
import { formatPercent } from '@/metrics/format'
import { ksChangeSentence } from '@/metrics/ks-trend'
import './heltid.css'

/**
 * KS' average position size for turnus staff, on its own 0–100 % scale: a different
 * measure from the shares beside it, so it has a small chart of its own.
 */
export function PositionSizeTrend({ series }: { series: KsSeries }) {
  const sentence = ksChangeSentence(series)
  return (
    <figure className="small-figure" aria-labelledby="ks-stilling-tittel">
      <h4 id="ks-stilling-tittel">Gjennomsnittlig stillingsstørrelse for turnusansatte (KS)</h4>
      {sentence && (
        <figcaption>
          {sentence} Planens gjennomsnitt for hele omsorgstjenesten (SSBs tall) gjelder alle
          sysselsatte, ikke bare turnusansatte, og kan ikke settes i samme serie.
        </figcaption>
      )}
      <BarList
        caption="Gjennomsnittlig stillingsstørrelse for turnusansatte, 1. desember, år KS har publisert"
        captionHidden
        shortLabels
        max={100}
        items={series.points.map((p) => ({
          id: String(p.year),
          label: String(p.year),
          value: p.value,
          display: formatPercent(p.value),
        }))}
      />
    </figure>
  )
}
