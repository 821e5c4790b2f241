import { SourceLine } from '@/components/page/source-line'
import type { Datasets } from '@/data/schema'
import { formatInteger, formatSignedPercent } from '@/metrics/format'
import { findFigure } from '@/metrics/key-figures'
import { datasetSource } from '@/metrics/sources'

/**
 * The plan's årsverk for 2021 beside SSB's for 2023: two years from two tables, said so,
 * so that no one reads the newer figure as a correction of the plan's.
 */
export function Arsverk2023({ arsverk, arsverk2023 }: Pick<Datasets, 'arsverk' | 'arsverk2023'>) {
  const total = findFigure(arsverk2023.figures, 'arsverk-i-alt')
  if (!total) return null
  return (
    <div className="subsection">
      <h3>Årsverk i omsorgstjenestene: planens 2021 og SSBs 2023</h3>
      <ul className="figure-rows" aria-label="Årsverk i omsorgstjenestene, to år og to tabeller">
        <li>
          <span className="figure-rows__value">{formatInteger(arsverk.total.arsverk)}</span>
          <span className="figure-rows__label">
            årsverk i {arsverk.provenance.referenceDate}, planens tabell (SSB)
          </span>
        </li>
        <li>
          <span className="figure-rows__value">{formatInteger(total.value)}</span>
          <span className="figure-rows__label">
            avtalte årsverk i 2023, SSB ({formatSignedPercent(total.changeSince2022Percent)} fra
            2022, {formatSignedPercent(total.changeSince2019Percent)} fra 2019)
          </span>
        </li>
      </ul>
      <p className="definition-note">
        To ulike år fra to ulike tabeller. 2023-tallet viser at tjenesten har vokst videre; det er
        ikke en rettelse av planens tall, og alle årsverkstall i diagrammene, tabellene og «Hva om
        …» er planens fra 2021.
      </p>
      <SourceLine
        sources={[
          datasetSource('arsverk', arsverk.provenance),
          datasetSource('arsverk2023', arsverk2023.provenance),
        ]}
      />
    </div>
  )
}
