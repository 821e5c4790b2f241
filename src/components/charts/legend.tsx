import './legend.css'

export interface LegendItem {
  label: string
  /** CSS colour, e.g. "var(--series-1)". */
  color: string
  /** How the series is drawn besides its colour, so colour is never the only signal. */
  mark: 'solid' | 'hatched' | 'line' | 'dashed' | 'dotted' | 'dashdot' | 'longdash'
}

/** The dash pattern of each line mark, for the legend and for chart exports. */
export const DASH: Record<string, string | undefined> = {
  line: undefined,
  dashed: '6 4',
  dotted: '2 3',
  dashdot: '8 3 2 3',
  longdash: '12 4',
}

/** An HTML legend whose swatches repeat each series' fill pattern or line dash. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="14" aria-hidden="true" focusable="false">
            {item.mark === 'solid' && <rect width="28" height="14" fill={item.color} />}
            {item.mark === 'hatched' && (
              <>
                <rect width="28" height="14" fill={item.color} />
                {[0, 7, 14, 21, 28].map((x) => (
                  <line
                    key={x}
                    x1={x}
                    y1={14}
                    x2={x + 7}
                    y2={0}
                    stroke="var(--bg)"
                    strokeWidth={2}
                  />
                ))}
                <rect width="27" height="13" x="0.5" y="0.5" fill="none" stroke={item.color} />
              </>
            )}
            {item.mark !== 'solid' && item.mark !== 'hatched' && (
              <line
                x1={0}
                y1={7}
                x2={28}
                y2={7}
                stroke={item.color}
                strokeWidth={3}
                strokeDasharray={DASH[item.mark]}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
