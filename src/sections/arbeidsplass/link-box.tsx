import { useRef } from 'react'
import { CopyButton } from '@/components/share/copy-button'
import './arbeidsplass.css'

/** The «Lag lenke» link, with what it carries said plainly and a copy button. */
export function LinkBox({ link }: { link: string }) {
  const ref = useRef<HTMLElement>(null)
  return (
    <div className="link-box">
      <p>
        Lenken inneholder tallene dine etter #-tegnet. Den delen sendes ikke til noen server, men
        alle som får lenken, kan se tallene.
      </p>
      <code ref={ref} className="link-box__url">
        {link}
      </code>
      <CopyButton text={link} fallbackTarget={() => ref.current} label="Kopier lenken" />
    </div>
  )
}
