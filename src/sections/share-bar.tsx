import { lazy, Suspense, useState } from 'react'
import { useClientValue } from '@/components/page/client-value'
import { CopyButton } from '@/components/share/copy-button'
import { embedSnippet, embedStartHeight, embedUrl, pageUrlOf } from '@/state/embed'
import { CHART_SECTIONS, type EmbedPart, type SectionId, SECTIONS } from '@/state/view-state'
import { serializeView } from '@/state/view-url'
import { useViewStore } from '@/state/view-store'
import './share-bar.css'

// The dialog, with its preview, loads only when asked for.
const EmbedDialog = lazy(() =>
  import('@/components/share/embed-dialog').then((m) => ({ default: m.EmbedDialog })),
)

/** What of a chart section an embed shows: the chart is offered first. */
const PARTS: readonly { value: EmbedPart; label: string }[] = [
  { value: 'diagram', label: 'Bare diagrammet' },
  { value: 'diagram-tabell', label: 'Diagram og tabell' },
  { value: 'seksjon', label: 'Hele utsnittet, med filtre' },
]

/** Share the current view: copy its link, the phone's share sheet, or embed code. */
export function ShareBar() {
  const [open, setOpen] = useState(false)
  const [showLink, setShowLink] = useState(false)
  const [section, setSection] = useState<SectionId | ''>('arsverk')
  // A chart section is offered as a graphic first: the chart alone, about 500 px on a phone.
  const [part, setPart] = useState<EmbedPart>('diagram')
  const hasChart = CHART_SECTIONS.some((id) => id === section)
  // The whole view: the link and the snippet follow every filter.
  const store = useViewStore((s) => s)
  const view = { ...store, embedPart: hasChart ? part : store.embedPart }
  const page = useClientValue(() => pageUrlOf(window.location), '')
  const search = useClientValue(() => window.location.search, '')
  const link = `${page}${serializeView({ ...store, slide: null }, search)}`
  const label = SECTIONS.find((s) => s.id === section)?.label
  const title = `${label ? `${label} – ` : ''}Heltid i tall`
  const canShare = useClientValue(() => typeof navigator.share === 'function', false)

  const share = async () => {
    try {
      await navigator.share({ title: 'Heltid i tall', url: link })
    } catch {
      // The reader closed the share sheet, or it is not allowed here: nothing to do.
    }
  }

  return (
    <div className="share-bar">
      <CopyButton
        text={link}
        fallbackTarget={() => null}
        onBlocked={() => setShowLink(true)}
        label="Kopier lenke til visningen"
      />
      {canShare && (
        <button type="button" className="button-secondary" onClick={share}>
          Del …
        </button>
      )}
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Bygg inn
      </button>
      {showLink && (
        <input
          type="text"
          readOnly
          value={link}
          aria-label="Lenke til visningen"
          className="share-bar__link"
          // eslint-disable-next-line jsx-a11y/no-autofocus -- shown on request, to copy by hand
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            open={open}
            onClose={() => setOpen(false)}
            sections={SECTIONS}
            section={section}
            onSectionChange={(s) => setSection(SECTIONS.find((x) => x.id === s)?.id ?? '')}
            part={hasChart ? part : null}
            parts={PARTS}
            onPartChange={(p) => setPart(PARTS.find((x) => x.value === p)?.value ?? 'diagram')}
            snippet={(height) =>
              embedSnippet(
                page,
                view,
                section || null,
                title,
                height ?? embedStartHeight(hasChart ? part : 'seksjon'),
              )
            }
            previewUrl={embedUrl(page, view, section || null)}
          />
        </Suspense>
      )}
    </div>
  )
}
