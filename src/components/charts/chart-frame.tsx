import {
  Suspense,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type RefObject,
} from 'react'
import { ChartLayoutContext, PAGE_LAYOUT, pageLayout, type ChartLayout } from './chart-parts'
import { downloadBlob, downloadText } from '../share/download'
import { Downloads } from '../share/downloads'
import { EmbedContext } from '../page/embed-context'
import { Legend, type LegendItem } from './legend'
import { useNearViewport } from '../page/near-viewport'
import { EXPORT_PRESETS, type ExportPreset } from './export-presets'
import './chart-frame.css'

/** The chart drawn for the 16:9 slide and the 4:5 feed image: at most five rows, said in words. */
export interface SocialChart {
  chart: ReactElement
  /** What the shorter chart shows, when it leaves rows out («De fem gruppene …»). */
  subtitle?: string | undefined
  /** Its height for a layout, as `height` below. */
  height: (layout: ChartLayout) => number
}

interface ChartFrameProps {
  /** The finding, in words: what the reader should take from the chart. */
  title: string
  /** What the chart shows: measure, unit, year. */
  subtitle?: string | undefined
  /** One sentence computed from the data the chart shows. */
  summary: string
  /**
   * The chart's height in pixels, reserved before it loads so nothing below moves; a
   * function of the layout where rows grow when their names go above the bars.
   */
  height: number | ((layout: ChartLayout) => number)
  /** The series, when the chart does not label them itself. */
  legend?: readonly LegendItem[] | undefined
  /** For the downloads: the file name (no extension) and the source line drawn in. */
  filename: string
  source: string
  /** One chart element; drawn again off screen at the export's size for a download. */
  children: ReactElement
  /** A shorter chart for the 16:9 and 4:5 images; without it they draw `children`. */
  social?: SocialChart | undefined
  /**
   * Embedded as a graphic: the summary is for screen readers only and there are no
   * download buttons (the embed links to the full view, which has them).
   */
  compact?: boolean
  /** The summary for screen readers only, where the title and table already say it. */
  compactSummary?: boolean
  /** A table with the same numbers follows (said to screen readers); not in a chart embedded alone. */
  tableFollows?: boolean
}

const heightFor = (height: ChartFrameProps['height'], layout: ChartLayout) =>
  typeof height === 'number' ? height : height(layout)

/**
 * The plot's layout from its width: names above the bars on a phone. Measured before
 * the first paint and whenever the column changes width.
 */
function usePlotLayout(figure: RefObject<HTMLElement | null>): ChartLayout {
  const [layout, setLayout] = useState(PAGE_LAYOUT)
  useLayoutEffect(() => {
    const element = figure.current
    if (!element) return undefined
    const measure = () => {
      const next = pageLayout(element.clientWidth)
      setLayout((now) => (now.labelsAbove === next.labelsAbove ? now : next))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [figure])
  return layout
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
  social,
  compact = false,
  compactSummary = false,
  tableFollows = true,
}: ChartFrameProps) {
  const titleId = useId()
  const figure = useRef<HTMLElement>(null)
  const plot = useRef<HTMLDivElement>(null)
  const near = useNearViewport(plot)
  const measured = usePlotLayout(figure)
  const plotHeight = heightFor(height, measured)
  const layout = useMemo(() => ({ ...measured, height: plotHeight }), [measured, plotHeight])
  const { fullUrl } = useContext(EmbedContext)
  // The export code loads on the first click: no first visit needs it.
  const exported = async ({ size, shortChart }: Pick<ExportPreset, 'size' | 'shortChart'>) => {
    const exporter = await import('./chart-export')
    const link = fullUrl || window.location.href.split('#')[0] || ''
    const shorter = shortChart && social
    return {
      exporter,
      chart: await exporter.exportChart(
        shorter ? social.chart : children,
        {
          title,
          subtitle: shorter ? (social.subtitle ?? subtitle) : subtitle,
          legend,
          source,
          link,
        },
        size,
        (l) => heightFor(shorter ? social.height : height, l),
      ),
    }
  }
  const saveSvg = async () => {
    const { chart } = await exported({ size: 'standard', shortChart: false })
    return chart ? downloadText(`${filename}.svg`, chart.svg, 'image/svg+xml;charset=utf-8') : false
  }
  const savePng = async (preset: ExportPreset) => {
    const { exporter, chart } = await exported(preset)
    return chart
      ? downloadBlob(`${filename}${preset.suffix}.png`, await exporter.svgToPng(chart))
      : false
  }
  return (
    <figure ref={figure} className="chart" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart__title">
        {title}
      </h3>
      {subtitle && <p className="chart__subtitle">{subtitle}</p>}
      <figcaption className={compact || compactSummary ? 'visually-hidden' : 'chart__summary'}>
        {summary}
        {tableFollows && (
          <span className="visually-hidden"> Tabellen under viser de samme tallene.</span>
        )}
      </figcaption>
      {legend && legend.length > 0 && <Legend items={legend} />}
      <div ref={plot} className="chart__plot" style={{ height: plotHeight }}>
        {near ? (
          <ChartLayoutContext.Provider value={layout}>
            <Suspense fallback={<p className="chart__loading">Laster diagram …</p>}>
              {children}
            </Suspense>
          </ChartLayoutContext.Provider>
        ) : (
          <p className="chart__loading">Diagrammet tegnes når du blar hit.</p>
        )}
      </div>
      {!compact && (
        <Downloads
          actions={[
            ...EXPORT_PRESETS.map((preset) => ({
              label: preset.label,
              run: () => savePng(preset),
            })),
            { label: 'SVG', run: saveSvg },
          ]}
        />
      )}
    </figure>
  )
}
