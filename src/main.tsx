import { watchReaderInput } from './components/reader-input'
import { fetchAll } from './data/files'
import { parseView } from './state/view-state'
import './styles.css'

// From here on, a reader who scrolls or taps owns the scroll position (see FragmentLanding).
watchReaderInput()

// An embed starts from the same prerendered HTML as the full page; say so before the first
// paint, so the stylesheet keeps that page out of sight (App keeps the class in step).
if (parseView(window.location.search).embed) document.documentElement.classList.add('embedded')

/**
 * The page's entry, kept tiny. The prerendered HTML is readable on its own; once it has
 * painted, this fetches the data files and the app (React and the rest) side by side, and
 * the app brings the page to life (start.tsx). So on a slow line nothing competes with the
 * HTML for the first screen. A hidden tab paints nothing: it starts at once. The built page
 * has this module inline in index.html, allowed by its hash (see vite.config.ts).
 */
function boot() {
  const root = document.getElementById('root')
  if (!root) return
  const early = fetchAll()
  void import('./start').then((app) => app.start(root, early))
}

// Two frames: the first frame's callback runs before it is painted and shown; by the
// second, the first screen is on the glass, so no fetch starts before it.
if (document.visibilityState === 'hidden') boot()
else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(boot, 0)))
