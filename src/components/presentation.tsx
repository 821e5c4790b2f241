import { useEffect, useRef, useState } from 'react'
import { SourceLine, type SourceRef } from './source-line'

export interface Slide {
  id: string
  title: string
  highlight: string
  text: string
  quote?: string | undefined
  selection?: string | undefined
  sources: readonly SourceRef[]
}

interface PresentationProps {
  slides: readonly Slide[]
  /** 0-based */
  index: number
  onIndexChange: (index: number) => void
  onClose: () => void
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp'])

/**
 * One message per screen in large type, for a meeting-room screen. Arrow keys, space,
 * Page Up/Down, Home and End move; Escape leaves. Fullscreen is offered where the browser
 * allows it, and everything works without it.
 */
export function Presentation({ slides, index, onIndexChange, onClose }: PresentationProps) {
  const dialog = useRef<HTMLDivElement>(null)
  const [fullscreen, setFullscreen] = useState(false)
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      const onButton = target?.tagName === 'BUTTON' || target?.tagName === 'A'
      if (event.key === 'Escape') {
        // The browser leaves fullscreen on Escape itself; the next Escape closes.
        if (!document.fullscreenElement) onClose()
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

  if (!slide) return null
  return (
    <div
      ref={dialog}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label="Presentasjon"
      aria-describedby="presentasjon-hjelp"
      tabIndex={-1}
    >
      <div className="presentation__slide" aria-live="polite">
        <p className="presentation__count">
          {index + 1} av {slides.length}
        </p>
        <h2 className="presentation__title">{slide.title}</h2>
        <p className="presentation__highlight">{slide.highlight}</p>
        <p className="presentation__text">{slide.text}</p>
        {slide.selection && <p className="presentation__selection">{slide.selection}.</p>}
        {slide.quote && <blockquote className="presentation__quote">«{slide.quote}»</blockquote>}
        <SourceLine sources={slide.sources} />
      </div>
      <div className="presentation__controls">
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
