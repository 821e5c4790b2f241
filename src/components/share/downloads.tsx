import { useContext, useState, type ReactNode } from 'react'
import { useClientValue } from '../page/client-value'
import { canDownload } from './download'
import { EmbedContext } from '../page/embed-context'
import './downloads.css'

interface DownloadsProps {
  /** Each button's label and what it does; returns false if the browser would not download. */
  actions: readonly { label: string; run: () => boolean | Promise<boolean> }[]
  children?: ReactNode
}

/**
 * Download buttons. Where the page may not download (a sandboxed iframe), or a download
 * fails, they say so and offer «Åpne i nytt vindu» instead of failing silently.
 */
export function Downloads({ actions }: DownloadsProps) {
  const { embedded, fullUrl } = useContext(EmbedContext)
  const [failed, setFailed] = useState(false)
  const sandboxed = !useClientValue(canDownload, true)
  const here = useClientValue(() => window.location.href, '')
  const open = fullUrl || here
  if (sandboxed) {
    return (
      <p className="downloads">
        Nedlasting er ikke tillatt i denne innbyggingen.{' '}
        <a href={open} target="_blank" rel="noopener">
          Åpne i nytt vindu
        </a>
      </p>
    )
  }
  return (
    <div className="downloads">
      <span>Last ned:</span>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className="button-secondary"
          onClick={async () => {
            let ok = false
            try {
              ok = await action.run()
            } catch {
              ok = false
            }
            setFailed(!ok)
          }}
        >
          {action.label}
        </button>
      ))}
      {(failed || embedded) && (
        <span role={failed ? 'alert' : undefined}>
          {failed && 'Nedlastingen ble stoppet. '}
          <a href={open} target="_blank" rel="noopener">
            Åpne i nytt vindu
          </a>
        </span>
      )}
    </div>
  )
}
