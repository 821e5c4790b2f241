import { useRef, useState, type ReactNode } from 'react'
import './copy-button.css'

interface CopyButtonProps {
  /** The text put on the clipboard. */
  text: string
  /** The element holding the same text, selected for manual copying if the clipboard is blocked. */
  fallbackTarget: () => HTMLElement | null
  label?: string
  children?: ReactNode
  /** Called when the clipboard is blocked, e.g. to reveal the text in a field. */
  onBlocked?: () => void
}

type Status = 'idle' | 'copied' | 'blocked'

/**
 * Copies text to the clipboard. Where the clipboard is blocked (an iframe without
 * permission, an old browser), it selects the text on the page instead and says how to
 * copy it by hand.
 */
export function CopyButton({ text, fallbackTarget, label = 'Kopier', onBlocked }: CopyButtonProps) {
  const [status, setStatus] = useState<Status>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const copy = async () => {
    clearTimeout(timer.current)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setStatus('copied')
      timer.current = setTimeout(() => setStatus('idle'), 4000)
    } catch {
      const target = fallbackTarget()
      const selection = window.getSelection()
      if (target && selection) {
        selection.removeAllRanges()
        const range = document.createRange()
        range.selectNodeContents(target)
        selection.addRange(range)
      }
      setStatus('blocked')
      onBlocked?.()
    }
  }

  return (
    <span className="copy-button">
      <button type="button" className="button-secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-button__status">
        {status === 'copied' && 'Kopiert.'}
        {status === 'blocked' &&
          'Kopiering er blokkert her. Teksten er merket: trykk Ctrl+C (Cmd+C på Mac), eller hold fingeren på teksten på mobil.'}
      </span>
    </span>
  )
}
