// The global stylesheets, as in main.tsx: imported here too, they go into the chunk the
// entry shares with the app, so the build puts them ahead of every component's stylesheet.
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/patterns.css'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import type { DatasetName, Fetching } from './data/files'
import { requestAll, settleWithin } from './data/requests'
import type { DatasetStart } from './data/use-datasets'
import { isDefaultView, parseView } from './state/view-url'

/** How long the page waits for its data before it starts without them. */
const FIRST_RENDER_WAIT_MS = 3000

/**
 * Brings the page to life, with the data files main.tsx began to fetch. The built
 * index.html holds the page prerendered in the default view (see build/prerender.ts), so:
 * - a plain link, with every data file arrived and valid: React hydrates the HTML as it is;
 * - otherwise (a link with filters, an embed, a file that failed or is late, the dev
 *   server's empty page): React renders afresh over it, and each section shows its data,
 *   its error, or (after FIRST_RENDER_WAIT_MS) that it is still loading.
 */
export async function start(root: HTMLElement, early?: Map<DatasetName, Fetching>): Promise<void> {
  const requests = requestAll(early)
  // The first render waits (briefly) for the data, so it shows figures rather than «Laster …»
  // that the figures would then push down.
  const states = await settleWithin(requests, FIRST_RENDER_WAIT_MS)
  const app = (start: DatasetStart) => (
    <StrictMode>
      <App start={start} />
    </StrictMode>
  )
  const allReady = states !== null && Object.values(states).every((s) => s.status === 'ready')
  if (allReady && root.firstElementChild && isDefaultView(parseView(window.location.search))) {
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread in one long task.
    startTransition(() => {
      hydrateRoot(root, app({ states }))
    })
    return
  }
  createRoot(root).render(app(states ? { states } : { requests }))
}
