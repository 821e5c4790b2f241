import type React from 'react'
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { useClientValue } from './client-value'
import { LoadingNote } from './loading-note'

/**
 * True once the element comes within a screen's height of the viewport, or when the page
 * is about to print. Mounting a chart is one long task (Recharts), so charts below the fold
 * wait until they are needed; so do the tools, whose code need not load before then.
 * Without IntersectionObserver (old browsers, jsdom): at once.
 */
export function useNearViewport(element: React.RefObject<HTMLElement | null>): boolean {
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

/** `children` once this place nears the viewport (see useNearViewport); until then `fallback`. */
function WhenNear({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null)
  const near = useNearViewport(place)
  return <div ref={place}>{near ? children : fallback}</div>
}

/** A tool whose code loads in its own chunk (a lazy `children`), once the reader nears it. */
export function NearbyTool({ children }: { children: ReactNode }) {
  return (
    <WhenNear fallback={<p className="tool-waiting">Verktøyet lastes når du blar hit.</p>}>
      <Suspense fallback={<LoadingNote label="Laster verktøyet …" />}>{children}</Suspense>
    </WhenNear>
  )
}
