import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Slide } from '@/metrics/slides'
import { SourceLine } from '../page/source-line'
import './presentation.css'

interface PresentationProps {
  slides: readonly Slide[]
  /** 0-based */
  index: number
  onIndexChange: (index: number) => void
  onClose: () => void
  /** Shown instead of a slide while there is none: loading, or a problem and its way out. */
  message?: ReactNode
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp'])
/** The controls fade out after this long without a pointer move, so the audience sees the slide. */
const IDLE_MS = 2500

/**
 * One message per screen for a meeting-room screen: a finding, one number or a small
 * chart, one sentence, a short source. Type scales with the screen (1280×720 to 4K).
 * Arrow keys, space, Page Up/Down, Home and End move; Escape leaves. The controls hide
 * while the presenter is not using the pointer and come back on a move, a tap or Tab.
 * Fullscreen is offered where the browser allows it; everything works without it.
 */
export function Presentation({
  slides,
  index,
  onIndexChange,
  onClose,
  message,
}: PresentationProps) {
  const dialog = useRef<HTMLDivElement>(null)
  const [fullscreen, setFullscreen] = useState(false)
  const [idle, setIdle] = useState(false)
  const slide = slides[index]
  const last = slides.length - 1

  useEffect(() => {
    const previousFocus = document.activeElement as HTMLElement | null
    dialog.current?.focus()
    const onFullscreen = () => setFullscreen(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onFullscreen)
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen)
      previousFocus?.focus()
    }
  }, [])

  // Controls show on a pointer move and hide again after IDLE_MS.
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), IDLE_MS)
    const wake = () => {
      setIdle(false)
      clearTimeout(timer)
      timer = setTimeout(() => setIdle(true), IDLE_MS)
    }
    const root = dialog.current
    root?.addEventListener('pointermove', wake)
    root?.addEventListener('pointerdown', wake)
    return () => {
      clearTimeout(timer)
      root?.removeEventListener('pointermove', wake)
      root?.removeEventListener('pointerdown', wake)
    }
  }, [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      const onButton = target?.tagName === 'BUTTON' || target?.tagName === 'A'
      if (event.key === 'Escape') {
        // The browser leaves fullscreen on Escape itself; the next Escape closes.
        if (!document.fullscreenElement) onClose()
      } else if (last < 0) {
        return
      } else if (NEXT.has(event.key) && !(onButton && event.key === ' ')) {
        event.preventDefault()
        onIndexChange(Math.min(last, index + 1))
      } else if (PREVIOUS.has(event.key)) {
        event.preventDefault()
        onIndexChange(Math.max(0, index - 1))
      } else if (event.key === 'Home') {
        event.preventDefault()
        onIndexChange(0)
      } else if (event.key === 'End') {
        event.preventDefault()
        onIndexChange(last)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [index, last, onClose, onIndexChange])

  const toggleFullscreen = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen()
      else await dialog.current?.requestFullscreen()
    } catch {
      // Not allowed here (e.g. an iframe without permission): the slides work as they are.
    }
  }

  return (
    <div
      ref={dialog}
      className={idle ? 'presentation presentation--idle' : 'presentation'}
      role="dialog"
      aria-modal="true"
      aria-label="Presentasjon"
      aria-describedby="presentasjon-hjelp"
      tabIndex={-1}
    >
      <div className="presentation__slide" aria-live="polite">
        {slide ? <SlideView slide={slide} /> : message}
      </div>
      <div className="presentation__controls">
        {slide && (
          <>
            <p className="presentation__count">
              {index + 1} av {slides.length}
            </p>
            <button
              type="button"
              onClick={() => onIndexChange(Math.max(0, index - 1))}
              disabled={index === 0}
            >
              Forrige
            </button>
            <button
              type="button"
              onClick={() => onIndexChange(Math.min(last, index + 1))}
              disabled={index === last}
            >
              Neste
            </button>
            {document.fullscreenEnabled && (
              <button type="button" className="button-secondary" onClick={toggleFullscreen}>
                {fullscreen ? 'Avslutt fullskjerm' : 'Fullskjerm'}
              </button>
            )}
          </>
        )}
        <button type="button" className="button-secondary" onClick={onClose}>
          Lukk presentasjonen
        </button>
        <p id="presentasjon-hjelp" className="presentation__help">
          Piltaster eller mellomrom for å bla, Esc for å lukke.
        </p>
      </div>
    </div>
  )
}

function SlideView({ slide }: { slide: Slide }) {
  const chart = slide.chart
  const max = chart ? (chart.scaleMax ?? Math.max(0, ...chart.bars.map((b) => b.value))) : 0
  return (
    <>
      <h2 className="presentation__title">{slide.title}</h2>
      {slide.highlight && <p className="presentation__highlight">{slide.highlight}</p>}
      {/* Not DataTable: this is a chart drawn as a table (one bar per row, width by value),
          like BarList on the printed sheet, but set in the slide's screen type scale and
          colours by the presentation's own stylesheet. The figures' table is on the page. */}
      {chart && (
        <table className={`presentation__chart presentation__chart--${chart.tone}`}>
          <caption>{chart.caption}</caption>
          <tbody>
            {chart.bars.map((bar) => (
              <tr key={bar.id}>
                <th scope="row">{bar.label}</th>
                <td>
                  <span
                    className="presentation__bar"
                    style={{ width: `${max > 0 ? (bar.value / max) * 100 : 0}%` }}
                  />
                </td>
                <td className="presentation__value">{bar.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="presentation__text">
        {slide.text}
        {slide.selection && <span className="presentation__selection"> {slide.selection}.</span>}
      </p>
      <SourceLine sources={slide.sources} />
    </>
  )
}
