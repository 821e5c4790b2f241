import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import type { DatasetName, Fetching } from './data/files'
import { requestAll, settleWithin } from './data/requests'
import { isDefaultView, parseView } from './state/view-state'

/** How long a prerendered page waits for its data before it starts without them. */
const HYDRATE_WAIT_MS = 3000

/**
 * Brings the page to life, with the data files main.tsx began to fetch. The built index.html holds the page prerendered in the default
 * view (see vite.config.ts), so:
 * - a plain link, with every data file arrived and valid: React hydrates the HTML as it is;
 * - otherwise (a link with filters, an embed, a file that failed or is late, the dev
 *   server's empty page): React renders afresh over it, and each section shows its data,
 *   its error or that it is still loading.
 */
export async function start(root: HTMLElement, early?: Map<DatasetName, Fetching>): Promise<void> {
  const requests = requestAll(early)
  if (root.firstElementChild && isDefaultView(parseView(window.location.search))) {
    const states = await settleWithin(requests, HYDRATE_WAIT_MS)
    if (states && Object.values(states).every((s) => s.status === 'ready')) {
      // As a transition, hydration yields to the browser every few milliseconds instead
      // of holding the main thread in one long task.
      startTransition(() => {
        hydrateRoot(
          root,
          <StrictMode>
            <App start={{ states }} />
          </StrictMode>,
        )
      })
      return
    }
  }
  createRoot(root).render(
    <StrictMode>
      <App start={{ requests }} />
    </StrictMode>,
  )
}
