import { useEffect, useId, useRef, useState } from 'react'
import { CopyButton } from './copy-button'
import { HEIGHT_MESSAGE, SCHEME_MESSAGE } from './embed-height'
import './embed-dialog.css'

interface EmbedDialogProps {
  open: boolean
  onClose: () => void
  sections: readonly { id: string; label: string }[]
  /** '' for the whole page. */
  section: string
  onSectionChange: (section: string) => void
  /** What of the section to show, and the choices; null when there is nothing to choose. */
  part: string | null
  parts: readonly { value: string; label: string }[]
  onPartChange: (part: string) => void
  /** The code to paste, given the preview's measured height (null until it has one). */
  snippet: (height: number | null) => string
  previewUrl: string
}

/**
 * «Bygg inn»: the embed code for the current view, a copy button and a live preview that
 * sizes itself the way the host script does on the union's website.
 */
export function EmbedDialog({
  open,
  onClose,
  sections,
  section,
  onSectionChange,
  part,
  parts,
  onPartChange,
  snippet,
  previewUrl,
}: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const preview = useRef<HTMLIFrameElement>(null)
  const codeBox = useRef<HTMLPreElement>(null)
  // The preview's content height, once it has reported one.
  const [measured, setMeasured] = useState<number | null>(null)
  const id = useId()
  const code = snippet(measured)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; height?: unknown } | null
      if (
        event.source !== preview.current?.contentWindow ||
        event.origin !== window.location.origin
      )
        return
      if (data?.type === HEIGHT_MESSAGE && typeof data.height === 'number' && data.height > 0) {
        setMeasured(Math.min(data.height, 4000))
        // Answer as the host script does: this page follows the system's light or dark.
        const dark = window.matchMedia('(prefers-color-scheme: dark)').matches
        preview.current?.contentWindow?.postMessage(
          { type: SCHEME_MESSAGE, scheme: dark ? 'dark' : 'light' },
          window.location.origin,
        )
      }
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [])

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="embed-dialog__head">
        <h2 id={`${id}-title`}>Bygg inn på en nettside</h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          Lukk
        </button>
      </div>
      <p>
        Lim inn koden i artikkelen. Den viser utsnittet med filtrene du har valgt nå, og tilpasser
        høyden selv.
      </p>
      <div className="select-field">
        <label htmlFor={`${id}-section`}>Hva skal bygges inn?</label>
        <select
          id={`${id}-section`}
          value={section}
          onChange={(e) => onSectionChange(e.target.value)}
        >
          <option value="">Hele siden</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {part && (
        <fieldset className="choice-group embed-dialog__part">
          <legend>Vis</legend>
          {parts.map((p) => (
            <label key={p.value}>
              <input
                type="radio"
                name={`${id}-part`}
                value={p.value}
                checked={part === p.value}
                onChange={() => onPartChange(p.value)}
              />
              {p.label}
            </label>
          ))}
        </fieldset>
      )}
      <pre
        ref={codeBox}
        className="embed-dialog__code"
        role="region"
        tabIndex={0}
        aria-label="Kode for innbygging"
      >
        {code}
      </pre>
      <CopyButton text={code} fallbackTarget={() => codeBox.current} label="Kopier koden" />
      <h3>Forhåndsvisning</h3>
      {open && (
        <iframe
          ref={preview}
          className="embed-dialog__preview"
          src={previewUrl}
          title="Forhåndsvisning av innbyggingen"
          style={{ height: measured ?? 400 }}
        />
      )}
    </dialog>
  )
}
