import { useEffect, useState } from 'react'
import { registerSW } from 'virtual:pwa-register'
import { useViewStore } from '@/state/view-store'

/**
 * Registers the service worker (offline after the first visit), but not inside an embed:
 * host pages should not get a service worker from us. When a new deploy is waiting, says
 * so quietly; the new version is used only after the reader reloads.
 */
export function UpdateNotice() {
  const embed = useViewStore((s) => s.embed)
  const [update, setUpdate] = useState<null | (() => Promise<void>)>(null)

  useEffect(() => {
    if (embed || window.parent !== window || !('serviceWorker' in navigator)) return
    const updateSW = registerSW({
      onNeedRefresh: () => setUpdate(() => () => updateSW(true)),
    })
  }, [embed])

  if (!update) return null
  return (
    <div className="update-notice" role="status">
      <span>Ny versjon av Heltid i tall.</span>
      <button type="button" onClick={() => void update()}>
        Last inn på nytt
      </button>
    </div>
  )
}
