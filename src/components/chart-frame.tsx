import { Suspense, useContext, useId, useRef, type ReactElement } from 'react'
import { downloadBlob, downloadText } from './download'
import { Downloads } from './downloads'
import { EmbedContext } from './embed-context'
import { Legend, type LegendItem } from './legend'
import { useNearViewport } from './near-viewport'

interface ChartFrameProps {
  /** The finding, in words: what the reader should take from the chart. */
  title: string
  /** What the chart shows: measure, unit, year. */
  subtitle?: string | undefined
  /** One sentence computed from the data the chart shows. */
  summary: string
  /** The chart's height in pixels, reserved before it loads so nothing below moves. */
  height: number
  /** The series, when the chart does not label them itself. */
  legend?: readonly LegendItem[] | undefined
  /** For the downloads: the file name (no extension) and the source line drawn in. */
  filename: string
  source: string
  /** One chart element; drawn again off screen at the export's size for a download. */
  children: ReactElement
  /**
   * Embedded as a graphic: the summary is for screen readers only and there are no
   * download buttons (the embed links to the full view, which has them).
   */
  compact?: boolean
  /** The summary for screen readers only, where the title and table already say it. */
  compactSummary?: boolean
}

/**
 * A chart with its finding as the heading, what it shows, a one-sentence summary and a
 * legend. The chart itself loads in its own chunk; until then its box keeps its size.
 * Screen readers get the summary here and the same numbers in the table that follows.
 * Downloads stand alone: title, legend, chart, one source line and the view's address.
 */
export function ChartFrame({
  title,
  subtitle,
  summary,
  height,
  legend,
  filename,
  source,
  children,
  compact = false,
  compactSummary = false,
}: ChartFrameProps) {
  const titleId = useId()
  const plot = useRef<HTMLDivElement>(null)
  const near = useNearViewport(plot)
  const { fullUrl } = useContext(EmbedContext)
  // The export code loads on the first click: no first visit needs it.
  const exported = async (size: 'standard' | 'lysbilde') => {
    const exporter = await import('./chart-export')
    const link = fullUrl || window.location.href.split('#')[0] || ''
    return {
      exporter,
      chart: await exporter.exportChart(
        children,
        { title, subtitle, legend, source, link },
        size,
        height,
      ),
    }
  }
  const saveSvg = async () => {
    const { chart } = await exported('standard')
    return chart ? downloadText(`${filename}.svg`, chart.svg, 'image/svg+xml;charset=utf-8') : false
  }
  const savePng = async (size: 'standard' | 'lysbilde') => {
    const { exporter, chart } = await exported(size)
    const name = size === 'lysbilde' ? `${filename}-16x9.png` : `${filename}.png`
    return chart ? downloadBlob(name, await exporter.svgToPng(chart)) : false
  }
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart__title">
        {title}
      </h3>
      {subtitle && <p className="chart__subtitle">{subtitle}</p>}
      <figcaption className={compact || compactSummary ? 'visually-hidden' : 'chart__summary'}>
        {summary} <span className="visually-hidden">Tabellen under viser de samme tallene.</span>
      </figcaption>
      {legend && legend.length > 0 && <Legend items={legend} />}
      <div ref={plot} className="chart__plot" style={{ height }}>
        {near ? (
          <Suspense fallback={<p className="chart__loading">Laster diagram …</p>}>
            {children}
          </Suspense>
        ) : (
          <p className="chart__loading">Diagrammet tegnes når du blar hit.</p>
        )}
      </div>
      {!compact && (
        <Downloads
          actions={[
            // Short labels keep the row on one line on a phone; «Last ned:» says what they do.
            { label: 'PNG', run: () => savePng('standard') },
            { label: 'Lysbilde 16:9', run: () => savePng('lysbilde') },
            { label: 'SVG', run: saveSvg },
          ]}
        />
      )}
    </figure>
  )
}
