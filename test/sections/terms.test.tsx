import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app'
import { DEFAULT_VIEW } from '@/state/view-state'
import { parseView } from '@/state/view-url'
import { useViewStore } from '@/state/view-store'
import { useWorkplaceStore } from '@/state/workplace-store'
import { loadAll } from '../helpers/files'
import { readerTexts, singularLabels, textProblems } from '../helpers/reader-texts'
import { serveData } from '../helpers/serve-data'

/**
 * The style sheet (src/metrics/terms.md) held on what a reader sees: the page in many
 * views, embedded sections and charts, every slide and the printed handout are rendered,
 * and every text and label in them is scanned. test/metrics/terms.test.ts scans what the
 * metrics produce over every filter.
 */

const data = loadAll()
const SINGULAR = singularLabels(data)

function problemsIn(root: HTMLElement, where: string): string[] {
  return textProblems(readerTexts(root), where, SINGULAR)
}

/** Renders the app at `search` and waits until its sections have their data. */
async function rendered(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  // The view as the link gives it (the store reads the address when the page starts).
  const parsed = parseView(search)
  useViewStore.getState().replace(parsed)
  const view = render(<App />)
  if (parsed.embed && parsed.section !== 'nokkeltall') {
    // A chart embedded alone: its figure, with the chart's finding as its title.
    await screen.findByRole('figure', { name: /\S/ }, { timeout: 5000 })
  } else {
    await screen.findAllByRole('article', {}, { timeout: 5000 })
  }
  return view
}

beforeEach(() => {
  useWorkplaceStore.setState({ rows: [], cleared: null, onHandout: true })
  serveData()
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('every text on the page follows the style sheet', { timeout: 30_000 }, () => {
  it.each([
    '',
    '?niva=1',
    '?visning=andel',
    '?visning=andel&niva=1',
    '?grupper=sykepleier',
    '?grupper=helsefagarbeider,sykepleier,vernepleier,aktivitor',
    '?brukervisning=frekvens&aldersgrupper=80-89,90%2B',
    '?fra=2015&til=2019',
    '?scenario=niva&somgruppe=vernepleier',
  ])('the page at «%s»', async (search) => {
    // A unit with rows, and one more row not yet begun.
    useWorkplaceStore.getState().appendRows([
      { group: 'helsefagarbeider', employees: '12', percent: '50' },
      { group: 'sykepleier', employees: '6', percent: '75' },
      { group: 'helsefagarbeider', employees: '', percent: '' },
    ])
    const { container } = await rendered(search)
    await screen.findByRole('heading', { name: /^Hos dere mangler/ }, { timeout: 15_000 })
    expect(problemsIn(container, search || 'default')).toEqual([])
    // The page speaks to the reader; «hos oss» belongs to the slides and the handout.
    expect(container.textContent).not.toMatch(/hos oss|Vår arbeidsplass/i)
    // A row nobody has typed in is not an error.
    expect(container.textContent).not.toContain('Rett opp feilene')
    expect(container.textContent).not.toMatch(/rad(er)? har feil/)
  })

  it.each([
    '?embed=1&seksjon=arsverk&del=diagram',
    '?embed=1&seksjon=arsverk&del=diagram-tabell',
    '?embed=1&seksjon=heltid&del=diagram',
    '?embed=1&seksjon=brukere&del=diagram-tabell',
    '?embed=1&seksjon=nokkeltall',
  ])('the embed «%s»', async (search) => {
    const { container } = await rendered(search)
    expect(problemsIn(container, search)).toEqual([])
  })

  it('an embedded deck shows findings, not the shop steward’s tools', async () => {
    const { container } = await rendered('?embed=1&seksjon=nokkeltall')
    await within(container).findAllByRole('article')
    for (const tool of [/Presenter på skjerm/, /Skriv ut argumentark/, /Kopier med kilde/])
      expect(within(container).queryByRole('button', { name: tool })).toBeNull()
    expect(within(container).queryByRole('checkbox', { name: 'På argumentarket' })).toBeNull()
  })

  it('every slide, with the workplace taken along, in the shop steward’s voice', async () => {
    useWorkplaceStore
      .getState()
      .appendRows([{ group: 'helsefagarbeider', employees: '12', percent: '50' }])
    useViewStore.getState().replace(DEFAULT_VIEW)
    useViewStore.getState().setHandout(null)
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?lysbilde=1')
    useViewStore.getState().setSlide(1)
    render(<App />)
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Presentasjon', description: /Piltaster/ },
      { timeout: 5000 },
    )
    const count = await within(dialog).findByText(/^1 av \d+$/)
    const total = Number(/av (\d+)/.exec(count.textContent ?? '')?.[1])
    expect(total).toBeGreaterThan(6)
    const seen: string[] = []
    for (let i = 1; i <= total; i++) {
      seen.push(...problemsIn(dialog, `slide ${i}`))
      if (i === total) expect(dialog).toHaveTextContent('Hos oss mangler 6 årsverk til heltid')
      expect(dialog.textContent).not.toMatch(/hos dere|din enhet/i)
      await user.keyboard('{ArrowRight}')
    }
    expect(seen).toEqual([])
  })

  it('the printed handout, with the workplace taken along', async () => {
    useWorkplaceStore
      .getState()
      .appendRows([{ group: 'sykepleier', employees: '6', percent: '75' }])
    vi.spyOn(window, 'print').mockImplementation(() => {})
    const user = userEvent.setup()
    await rendered('')
    await user.click(screen.getByRole('button', { name: /Skriv ut argumentark/ }))
    const handout = await screen.findByRole('article', { name: 'Argumentark for utskrift' })
    act(() => window.dispatchEvent(new Event('afterprint')))
    expect(problemsIn(handout, 'handout')).toEqual([])
    expect(handout).toHaveTextContent('Hos oss mangler 1,5 årsverk til heltid')
    expect(handout.textContent).not.toMatch(/hos dere|din enhet/i)
  })
})
