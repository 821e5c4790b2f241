// The global stylesheets first, in cascade order: tokens, base, the page's frame, shared
// patterns. Each component and section imports its own after these (README, «Styles»).
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/patterns.css'
import { watchReaderInput } from './components/page/reader-input'
import { fetchAll } from './data/files'
import { staticEmbedPath } from './state/embed'
import { parseView } from './state/view-url'

const view = parseView(window.location.search)
// An old snippet's chart embedded alone (?embed=1&seksjon=arsverk&del=diagram) goes on to
// the chart's static page, with the same query: a few KiB instead of the app. Only inside
// a frame, where snippets live; opened on its own, the app shows it as before.
const staticPath =
  window.parent !== window && view.embed && staticEmbedPath(view.section, view.embedPart)
if (staticPath) window.location.replace(`${staticPath}${window.location.search}`)

// From here on, a reader who scrolls or taps owns the scroll position (see FragmentLanding).
watchReaderInput()

// An embed starts from the same prerendered HTML as the full page; say so before the first
// paint, so the stylesheet keeps that page out of sight (App keeps the class in step).
if (view.embed) document.documentElement.classList.add('embedded')

/**
 * The page's entry, kept tiny. The prerendered HTML is readable on its own; once it has
 * painted, this fetches the data files and the app (React and the rest) side by side, and
 * the app brings the page to life (start.tsx). So on a slow line nothing competes with the
 * HTML for the first screen. A hidden tab paints nothing: it starts at once. The built page
 * has this module inline in index.html, allowed by its hash (see build/inline-entry.ts and build/csp.ts).
 */
function boot() {
  const root = document.getElementById('root')
  if (!root) return
  const early = fetchAll()
  void import('./start').then((app) => app.start(root, early))
}

// Two frames: the first frame's callback runs before it is painted and shown; by the
// second, the first screen is on the glass, so no fetch starts before it.
if (staticPath) {
  // Leaving for the static page: nothing to start here.
} else if (document.visibilityState === 'hidden') boot()
else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(boot, 0)))
