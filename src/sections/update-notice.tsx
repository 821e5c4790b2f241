import { useEffect, useRef, useState } from 'react'
import { registerSW } from 'virtual:pwa-register'
import { useViewStore } from '@/state/view-store'
import { useWorkplaceStore } from '@/state/workplace-store'
import './update-notice.css'

/** Unsaved input a reload would lose: the workplace rows (everything else is in the link). */
const hasUnsavedInput = () => useWorkplaceStore.getState().rows.length > 0

type Notice =
  /** A new version waits; this tab may start it. */
  | 'ready'
  /** Another tab started the new version; this one keeps running the old one. */
  | 'elsewhere'

/**
 * Registers the service worker (offline after the first visit), but not inside an embed:
 * host pages should not get a service worker from us. When a new deploy is waiting, says
 * so quietly; the new version is used only after the reader reloads.
 *
 * Starting the new version in one tab hands every open tab to it. Only the tab where the
 * reader asked reloads; the others say so and wait for their reader, and a reload that
 * would lose rows typed in Min arbeidsplass is asked about first.
 */
export function UpdateNotice() {
  const embed = useViewStore((s) => s.embed)
  const [notice, setNotice] = useState<Notice | null>(null)
  /** The reader asked to reload, but has rows a reload would lose: asked once more. */
  const [confirming, setConfirming] = useState(false)
  /** Starts the waiting version; set once the service worker is registered. */
  const start = useRef<(() => void) | null>(null)

  useEffect(() => {
    if (embed || window.parent !== window || !('serviceWorker' in navigator)) return
    let askedHere = false
    const updateSW = registerSW({
      onNeedRefresh: () => setNotice('ready'),
      // Called in every open tab when the new version takes over.
      onNeedReload: () => {
        if (askedHere) window.location.reload()
        else setNotice('elsewhere')
      },
    })
    start.current = () => {
      askedHere = true
      void updateSW(true)
    }
  }, [embed])

  if (!notice) return null
  const reload = () => {
    if (!confirming && hasUnsavedInput()) {
      setConfirming(true)
      return
    }
    setConfirming(false)
    if (notice === 'elsewhere') window.location.reload()
    else start.current?.()
  }
  return (
    <div className="update-notice" role="status">
      <span>
        {confirming
          ? 'Radene i Min arbeidsplass forsvinner når siden lastes inn på nytt. Lag en lenke eller last ned CSV først, om du vil ta vare på dem.'
          : notice === 'ready'
            ? 'Ny versjon av Heltid i tall.'
            : 'Heltid i tall er oppdatert i en annen fane. Denne fanen bruker forrige versjon til du laster inn på nytt.'}
      </span>
      <button type="button" onClick={reload}>
        {confirming ? 'Last inn likevel' : 'Last inn på nytt'}
      </button>
      {confirming && (
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          Ikke nå
        </button>
      )}
    </div>
  )
}
