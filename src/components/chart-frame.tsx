import { Suspense, useId, type ReactNode } from 'react'

interface ChartFrameProps {
  title: string
  /** One sentence computed from the data the chart shows. */
  summary: string
  /** The chart's height in pixels, reserved before it loads so nothing below moves. */
  height: number
  legend?: ReactNode
  children: ReactNode
}

/**
 * A chart with its heading, a one-sentence summary and a legend. The chart itself loads
 * in its own chunk; until then its box keeps its size. Screen readers get the summary
 * here and the same numbers in the table that follows.
 */
export function ChartFrame({ title, summary, height, legend, children }: ChartFrameProps) {
  const titleId = useId()
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart__title">
        {title}
      </h3>
      <figcaption className="chart__summary">
        {summary} <span className="visually-hidden">Tabellen under viser de samme tallene.</span>
      </figcaption>
      {legend}
      <div className="chart__plot" style={{ height }}>
        <Suspense fallback={<p className="chart__loading">Laster diagram …</p>}>
          {children}
        </Suspense>
      </div>
    </figure>
  )
}
