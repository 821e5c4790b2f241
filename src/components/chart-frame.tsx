import type React from 'react'
import { Suspense, useId, useRef, type ReactNode } from 'react'
import { downloadBlob, downloadText } from './download'
import { Downloads } from './downloads'
import { useNearViewport } from './near-viewport'

interface ChartFrameProps {
  title: string
  /** One sentence computed from the data the chart shows. */
  summary: string
  /** The chart's height in pixels, reserved before it loads so nothing below moves. */
  height: number
  legend?: ReactNode
  /** For the downloads: the file name (no extension) and the source line drawn in. */
  filename: string
  source: string
  children: ReactNode
}

/**
 * A chart with its heading, a one-sentence summary and a legend. The chart itself loads
 * in its own chunk; until then its box keeps its size. Screen readers get the summary
 * here and the same numbers in the table that follows.
 */
export function ChartFrame({
  title,
  summary,
  height,
  legend,
  filename,
  source,
  children,
}: ChartFrameProps) {
  const titleId = useId()
  const plot = useRef<HTMLDivElement>(null)
  const near = useNearViewport(plot)
  // The export code loads on the first click: no first visit needs it.
  const drawn = async () => {
    const svg = plot.current?.querySelector<SVGSVGElement>('svg.recharts-surface')
    if (!svg) return null
    const exporter = await import('./chart-export')
    return { exporter, chart: exporter.chartToSvg(svg, title, source) }
  }
  const saveSvg = async () => {
    const found = await drawn()
    return found
      ? downloadText(`${filename}.svg`, found.chart.svg, 'image/svg+xml;charset=utf-8')
      : false
  }
  const savePng = async () => {
    const found = await drawn()
    return found
      ? downloadBlob(`${filename}.png`, await found.exporter.svgToPng(found.chart))
      : false
  }
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart__title">
        {title}
      </h3>
      <figcaption className="chart__summary">
        {summary} <span className="visually-hidden">Tabellen under viser de samme tallene.</span>
      </figcaption>
      {legend}
      <div ref={plot} className="chart__plot" style={{ height }}>
        {near ? (
          <Suspense fallback={<p className="chart__loading">Laster diagram …</p>}>
            {children}
          </Suspense>
        ) : (
          <p className="chart__loading">Diagrammet tegnes når du blar hit.</p>
        )}
      </div>
      <Downloads
        actions={[
          { label: 'Bilde (PNG)', run: savePng },
          { label: 'Vektor (SVG)', run: saveSvg },
        ]}
      />
    </figure>
  )
}
