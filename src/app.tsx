import {
  Fragment,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'
import { followHostColorScheme, reportHeightToParent } from '@/components/share/embed-height'
import { useClientValue } from '@/components/page/client-value'
import { EmbedContext } from '@/components/page/embed-context'
import { PublishedSources } from '@/components/page/published-sources'
import { FragmentLanding } from '@/components/page/fragment-landing'
import { LoadingNote } from '@/components/page/loading-note'
import { NAMES } from '@/data/files'
import { useDatasets, type DatasetStart, type DatasetStates } from '@/data/use-datasets'
import type { DatasetName } from '@/data/schema'
import { ArsverkSection } from '@/sections/arsverk/arsverk-section'
import { CardsSection } from '@/sections/nokkeltall/nokkeltall-section'
import { FullTimeSection } from '@/sections/heltid/heltid-section'
import { ScenarioSection } from '@/sections/hva-om/hva-om-section'
import { SourcesSection } from '@/sections/kilder/kilder-section'
import { UpdateNotice } from '@/sections/update-notice'
import { UsersSection } from '@/sections/brukere/brukere-section'
import { WorkplaceSection } from '@/sections/arbeidsplass/arbeidsplass-section'
import { fullViewUrl, OPEN_FULL_LABEL, pageUrlOf } from '@/state/embed'
import { SECTIONS, type SectionId } from '@/state/view-state'
import { useViewStore, syncViewWithUrl } from '@/state/view-store'
import '@/components/page/data-problem.css'
import '@/components/presentation/presentation.css'

const HANDOUT_CLASS = 'print-handout'

// Not part of the first view: each loads in its own chunk, when first wanted.
type HandoutView = typeof import('@/sections/handout/handout').Handout
const PresentationView = lazy(() =>
  import('@/sections/presentation/presentation-view').then((m) => ({
    default: m.PresentationView,
  })),
)
// The share menu's contents load when the reader first opens «Del visningen».
const ShareBar = lazy(() => import('@/sections/share-bar').then((m) => ({ default: m.ShareBar })))

interface SectionArgs {
  states: DatasetStates
  retry: (name: DatasetName) => void
  printHandout: () => void
}

const RENDER: Record<SectionId, (a: SectionArgs) => ReactNode> = {
  nokkeltall: (a) => (
    <CardsSection states={a.states} retry={a.retry} onPrintHandout={a.printHandout} />
  ),
  arsverk: (a) => <ArsverkSection states={a.states} retry={a.retry} />,
  heltid: (a) => <FullTimeSection states={a.states} retry={a.retry} />,
  brukere: (a) => <UsersSection states={a.states} retry={a.retry} />,
  'hva-om': (a) => <ScenarioSection states={a.states} retry={a.retry} />,
  arbeidsplass: (a) => <WorkplaceSection states={a.states} retry={a.retry} />,
  kilder: (a) => <SourcesSection states={a.states} retry={a.retry} />,
}

/**
 * What the screen shows while the presentation's code loads (a moment on a slow line):
 * the presentation's own frame, never an empty page, with the way out already there.
 */
function PresentationLoading() {
  const setSlide = useViewStore((s) => s.setSlide)
  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-label="Presentasjon">
      <div className="presentation__slide">
        <p className="presentation__text">Laster presentasjonen …</p>
      </div>
      <div className="presentation__controls">
        <button type="button" className="button-secondary" onClick={() => setSlide(null)}>
          Lukk presentasjonen
        </button>
      </div>
    </div>
  )
}

/** `start`: the data loaded (or loading) before React started; see main.tsx. */
export function App({ start }: { start?: DatasetStart } = {}) {
  const { states, retry } = useDatasets(start)
  const presenting = useViewStore((s) => s.slide !== null)
  const embed = useViewStore((s) => s.embed)
  const section = useViewStore((s) => s.section)
  useEffect(() => syncViewWithUrl(), [])
  useEffect(() => {
    document.documentElement.classList.toggle('embedded', embed)
    if (!embed) return undefined
    const stopHeight = reportHeightToParent()
    const stopScheme = followHostColorScheme()
    return () => {
      stopHeight()
      stopScheme()
    }
  }, [embed])

  // The handout is made when first printed, and kept; a class on <html> switches the print
  // stylesheet to it alone.
  const [Handout, setHandout] = useState<HandoutView | null>(null)
  const [sharing, setSharing] = useState(false)
  const printHandout = useCallback(async () => {
    const { Handout: loaded } = await import('@/sections/handout/handout')
    flushSync(() => setHandout(() => loaded))
    const root = document.documentElement
    root.classList.add(HANDOUT_CLASS)
    const done = () => root.classList.remove(HANDOUT_CLASS)
    window.addEventListener('afterprint', done, { once: true })
    window.print()
  }, [])

  const args = { states, retry, printHandout }
  const shown = SECTIONS.filter((s) => !embed || section === null || s.id === section)
  const alone = embed && section !== null && section !== 'kilder'
  const page = useClientValue(() => pageUrlOf(window.location), '')
  // Only an embed needs the full view's address (its links open the full page). Elsewhere
  // it stays empty, so a filter change does not re-render the whole page from here.
  const full = useViewStore((s) => (s.embed ? fullViewUrl(page, s) : ''))

  const embedInfo = useMemo(
    () => ({
      sourceBase: alone ? (full.split('#')[0] ?? '') : '',
      newTab: alone,
      embedded: embed,
      fullUrl: full,
    }),
    [alone, embed, full],
  )

  const published = useMemo(() => {
    const urls: Record<string, string> = {}
    for (const name of NAMES) {
      const state = states[name]
      if (state.status === 'ready' && state.data.provenance.url)
        urls[name] = state.data.provenance.url
    }
    return urls
  }, [states])

  return (
    <EmbedContext.Provider value={embedInfo}>
      <PublishedSources.Provider value={published}>
        <div className={embed ? 'page page--embedded' : 'page'} inert={presenting}>
          {!embed && (
            <>
              <a className="skip-link" href="#innhold">
                Hopp til innholdet
              </a>
              <header className="site-header" id="toppen">
                <p className="site-header__name">Heltid i tall</p>
                <h1>Heltid og deltid i omsorgstjenesten – regjeringens egne tall</h1>
                <p className="site-header__lead">
                  Tallene fra regjeringens opptrappingsplan, SSB og KS, med kilde for hvert tall.
                </p>
                <noscript>
                  <p className="data-problem">
                    Nøkkeltallene og argumentene under kan leses uten JavaScript. Tabellene,
                    diagrammene og verktøyene trenger JavaScript.
                  </p>
                </noscript>
                <details
                  className="share-menu"
                  onToggle={(e) => e.currentTarget.open && setSharing(true)}
                >
                  <summary>Del visningen</summary>
                  {sharing && (
                    <Suspense fallback={<LoadingNote label="Laster delingsvalgene …" />}>
                      <ShareBar />
                    </Suspense>
                  )}
                </details>
              </header>
              {/* One row that scrolls sideways on a phone and stays at the top while reading. */}
              <nav aria-label="Innhold" className="contents">
                <ul>
                  {SECTIONS.map((c) => (
                    <li key={c.id}>
                      <a href={`#${c.id}`}>{c.label}</a>
                    </li>
                  ))}
                  <li>
                    <a href="#toppen">Til toppen</a>
                  </li>
                </ul>
              </nav>
            </>
          )}
          <main id="innhold" tabIndex={-1}>
            {embed && (
              <h1 className="visually-hidden">
                Heltid i tall{section ? `: ${SECTIONS.find((s) => s.id === section)?.label}` : ''}
              </h1>
            )}
            {shown.map((s) => (
              <Fragment key={s.id}>{RENDER[s.id](args)}</Fragment>
            ))}
            {embed && (
              <p className="open-full">
                <a href={full} target="_blank" rel="noopener">
                  {OPEN_FULL_LABEL}
                  <span className="visually-hidden"> (åpnes i ny fane)</span>
                </a>
              </p>
            )}
          </main>
          {!embed && (
            <footer className="site-footer">
              <p>
                Tall fra regjeringens opptrappingsplan for heltid og god bemanning, SSB og KS. Ingen
                sporing, ingen informasjonskapsler.
              </p>
            </footer>
          )}
        </div>
        {!embed && (
          <FragmentLanding ready={NAMES.every((name) => states[name].status !== 'loading')} />
        )}
        <UpdateNotice />
        {Handout && <Handout states={states} />}
        {presenting && (
          <Suspense fallback={<PresentationLoading />}>
            <PresentationView states={states} retry={retry} />
          </Suspense>
        )}
      </PublishedSources.Provider>
    </EmbedContext.Provider>
  )
}
