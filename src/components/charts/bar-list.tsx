import './bar-list.css'

interface BarListProps {
  caption: string
  /** `gap`: what part-time leaves out (orange, as in every chart); `main`: the figure itself. */
  tone?: 'gap' | 'main'
  /** The value a full bar stands for (100 for percentages); by default the largest value. */
  max?: number
  items: readonly { id: string; label: string; value: number; display: string }[]
  /** Names short enough (years) to stay beside their bars on a phone. */
  shortLabels?: boolean
  /** The caption for screen readers only, where a heading above already says it. */
  captionHidden?: boolean
}

/**
 * A small bar chart in plain HTML (a table whose cells carry a bar), for the printed
 * handout: it needs no chart library, prints crisply and reads as a table. Not DataTable:
 * its rows are bars (a label, a bar, a value), not a grid of figures under column heads.
 */
export function BarList({
  caption,
  items,
  tone = 'main',
  max: scale,
  shortLabels = false,
  captionHidden = false,
}: BarListProps) {
  const max = scale ?? Math.max(0, ...items.map((i) => i.value))
  return (
    <table className={`bar-list bar-list--${tone}${shortLabels ? ' bar-list--short-labels' : ''}`}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">{item.label}</th>
            <td>
              <span
                className="bar-list__bar"
                // The longest bar takes 75 % of the cell, leaving room for its value.
                style={{ width: `${max > 0 ? (item.value / max) * 75 : 0}%` }}
              />
              <span className="bar-list__value">{item.display}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
