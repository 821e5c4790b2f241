import './compare-bars.css'

interface CompareBar {
  label: string
  value: number
  /** The value as shown, already formatted. */
  display: string
}

/**
 * Two or three figures as bars on one scale, for a comparison read at a glance. The
 * figures are in the text too, so the bars are a picture of it, not the only carrier.
 */
export function CompareBars({ label, bars }: { label: string; bars: readonly CompareBar[] }) {
  const max = Math.max(...bars.map((b) => b.value), 0)
  return (
    <dl className="compare-bars" aria-label={label}>
      {bars.map((b, i) => (
        <div key={b.label} className="compare-bars__row">
          <dt>
            {b.label}: <span className="compare-bars__value">{b.display}</span>
          </dt>
          <dd>
            <span
              className={`compare-bars__bar compare-bars__bar--${i + 1}`}
              style={{ width: `${max > 0 ? Math.round((b.value / max) * 100) : 0}%` }}
            />
          </dd>
        </div>
      ))}
    </dl>
  )
}
