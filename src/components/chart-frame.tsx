import type React from 'react'
import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { chartToSvg, svgToPng } from './chart-export'
import { useClientValue } from './client-value'
import { downloadBlob, downloadText } from './download'
import { Downloads } from './downloads'

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
  const drawn = () => {
    const svg = plot.current?.querySelector<SVGSVGElement>('svg.recharts-surface')
    return svg ? chartToSvg(svg, title, source) : null
  }
  const saveSvg = () => {
    const chart = drawn()
    return chart ? downloadText(`${filename}.svg`, chart.svg, 'image/svg+xml;charset=utf-8') : false
  }
  const savePng = async () => {
    const chart = drawn()
    return chart ? downloadBlob(`${filename}.png`, await svgToPng(chart)) : false
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

/**
 * True once the element comes within a screen's height of the viewport, or when the page
 * is about to print. Mounting a chart is one long task (Recharts), so charts below the fold
 * wait until they are needed. Without IntersectionObserver (old browsers, jsdom): at once.
 */
function useNearViewport(element: React.RefObject<HTMLElement | null>): boolean {
  // False in the prerendered page and while hydrating, so both show the same empty box.
  const [seen, setSeen] = useState(false)
  const cannotWatch = useClientValue(() => typeof IntersectionObserver === 'undefined', false)
  const near = seen || cannotWatch
  useEffect(() => {
    const target = element.current
    if (near || !target) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true)
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(target)
    const onPrint = () => setSeen(true)
    window.addEventListener('beforeprint', onPrint)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', onPrint)
    }
  }, [element, near])
  return near
}
