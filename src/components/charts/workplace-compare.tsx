import { formatShare } from '@/metrics/format'
import { compareTitle } from '@/metrics/workplace-compare'
import './chart-frame.css'
import './legend.css'
import './workplace-compare.css'

interface CompareRow {
  id: string
  name: string
  /** Average position size as a share (0–1), or null without employees. */
  here: number | null
  nation: number | null
}

/**
 * «Din enhet mot landet»: the average position size per group, yours beside the nation's,
 * as pairs of bars on one 0–100 % scale. Every value is written beside its bar, so the
 * bars are a picture of the numbers, not their only carrier; the table has the rest.
 */
export function WorkplaceCompare({
  rows,
  hereTotal,
  nationTotal,
  nationYear,
}: {
  rows: readonly CompareRow[]
  hereTotal: number | null
  nationTotal: number | null
  /** The year of the national figures (the plan's table). */
  nationYear: string
  /*
   * hereTotal and nationTotal: the unit's groups taken together, and the nation's average
   * for the same groups weighted as the unit's (see `sameGroups`).
   */
}) {
  const title = compareTitle(hereTotal, nationTotal, nationYear)
  return (
    <figure className="workplace-compare" aria-labelledby="arbeidsplass-sammenligning">
      <h3 id="arbeidsplass-sammenligning" className="chart__title">
        {title}
      </h3>
      <figcaption className="chart__summary">
        Gjennomsnittlig stillingsstørrelse: din enhet mot de samme gruppene i omsorgstjenesten i
        hele landet i {nationYear}, samlet og per gruppe.
      </figcaption>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="workplace-compare__swatch workplace-compare__swatch--here" />
          Din enhet
        </li>
        <li>
          <span className="workplace-compare__swatch workplace-compare__swatch--nation" />
          Landet, {nationYear}
        </li>
      </ul>
      <dl className="workplace-compare__groups">
        {/* The title's comparison, drawn first: all the unit's groups against the same groups. */}
        {rows.length > 1 && (
          <div className="workplace-compare__group workplace-compare__group--all">
            <dt>De samme gruppene samlet</dt>
            <dd>
              <Bar kind="here" label="Din enhet" value={hereTotal} />
              <Bar kind="nation" label={`Landet, ${nationYear}`} value={nationTotal} />
            </dd>
          </div>
        )}
        {rows.map((row) => (
          <div key={row.id} className="workplace-compare__group">
            <dt>{row.name}</dt>
            <dd>
              <Bar kind="here" label="Din enhet" value={row.here} />
              <Bar kind="nation" label={`Landet, ${nationYear}`} value={row.nation} />
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  )
}

function Bar({
  kind,
  label,
  value,
}: {
  kind: 'here' | 'nation'
  label: string
  value: number | null
}) {
  return (
    <span className="workplace-compare__row">
      <span className="visually-hidden">{label}: </span>
      <span className="workplace-compare__track" aria-hidden="true">
        {value !== null && (
          <span
            className={`workplace-compare__bar workplace-compare__bar--${kind}`}
            style={{ width: `${Math.min(100, Math.max(0, value * 100))}%` }}
          />
        )}
      </span>
      <span className="workplace-compare__value">
        {value === null ? 'ingen landstall' : formatShare(value)}
      </span>
    </span>
  )
}
