import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app'
import { DEFAULT_VIEW } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'
import { useWorkplaceStore } from '@/state/workplace-store'
import { readJson } from '../helpers/files'
import { serveData } from '../helpers/serve-data'

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  useViewStore.getState().replace(DEFAULT_VIEW)
  useWorkplaceStore.setState({ rows: [], cleared: null, onHandout: true })
  serveData()
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const search = () => new URLSearchParams(window.location.search)
const section = (name: string | RegExp) => screen.getByRole('region', { name })
const argumentsSection = () => section('Nøkkeltall og argumenter')
/** The presentation once its code has loaded (until then a frame says «Laster …»). */
const presentation = () =>
  screen.findByRole('dialog', { name: 'Presentasjon', description: /Piltaster/ })

describe('Nøkkeltall og argumenter', () => {
  it('shows at least eight cards, each with a source line', async () => {
    render(<App />)
    await within(argumentsSection()).findByRole('article', {
      name: /^Heltid for alle tilsvarer/,
    })
    const cards = within(argumentsSection()).getAllByRole('article')
    expect(cards.length).toBeGreaterThanOrEqual(8)
    for (const card of cards) expect(card).toHaveTextContent(/Kilde: /)
  })

  it('follows the group filter', async () => {
    useViewStore.getState().setGroups(['sykepleier'])
    render(<App />)
    const card = await within(argumentsSection()).findByRole('article', {
      name: /^Heltid for sykepleiere tilsvarer om lag 7\s%/,
    })
    expect(card).toHaveTextContent(
      'I 2021 manglet 3 787 årsverk til heltid blant sykepleiere i omsorgstjenesten',
    )
    expect(card).toHaveTextContent('Utvalg: sykepleiere.')
    expect(card).toHaveTextContent('sykepleiere om lag 4 000 årsverk')
  })

  it('follows the data: a changed file changes the sentence', async () => {
    serveData((file) => {
      if (file !== 'nokkeltall.json') return undefined
      const data = readJson(file) as { figures: { id: string; value: number; quote: string }[] }
      data.figures.find((f) => f.id === 'vikarkjop-2019')!.value = 1.4
      return new Response(JSON.stringify(data))
    })
    render(<App />)
    const card = await within(argumentsSection()).findByRole('article', {
      name: 'Penger til vikarbyråer',
    })
    expect(card).toHaveTextContent('brukte om lag 1,4 mrd. kr på kjøp av vikartjenester i 2019')
    expect(card).toHaveTextContent('en dobling fra 2012')
  })

  it('copies sentence and source to the clipboard', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(async (_text: string) => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(<App />)
    const card = await within(argumentsSection()).findByRole('article', { name: 'Høyt sykefravær' })
    await user.click(within(card).getByRole('button', { name: 'Kopier med kilde' }))
    expect(writeText).toHaveBeenCalledTimes(1)
    const copied = writeText.mock.calls[0]![0] as string
    expect(copied).toMatch(/^Sykefraværet i omsorgstjenestene var 8,7\s%/)
    expect(copied).toContain(
      '\nKilde: Opptrappingsplanen, avsnittet «Høyt sykefravær, høy turnover og høy vikarbruk»',
    )
    await waitFor(() => expect(within(card).getByRole('status')).toHaveTextContent('Kopiert.'))
  })

  it('where the clipboard is blocked, selects the text and says how to copy it', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(async () => {
      throw new DOMException('blocked', 'NotAllowedError')
    })
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(<App />)
    const card = await within(argumentsSection()).findByRole('article', { name: 'Høyt sykefravær' })
    await user.click(within(card).getByRole('button', { name: 'Kopier med kilde' }))
    await waitFor(() =>
      expect(within(card).getByRole('status')).toHaveTextContent(
        'Kopiering er blokkert her. Teksten er merket',
      ),
    )
    expect(window.getSelection()?.toString()).toContain('Sykefraværet i omsorgstjenestene var 8,7')
  })

  it('chooses cards for the handout, at most seven, and keeps the choice in the link', async () => {
    const user = userEvent.setup()
    render(<App />)
    await within(argumentsSection()).findByRole('article', { name: 'Høyt sykefravær' })
    const boxes = within(argumentsSection()).getAllByRole('checkbox', { name: 'På argumentarket' })
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(6)
    await user.click(boxes[7]!)
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(7)
    expect(boxes[8]).toBeDisabled()
    expect(search().get('ark')?.split(',')).toHaveLength(7)
    // The sheet is made when it is first printed.
    expect(screen.queryByRole('article', { name: 'Argumentark for utskrift' })).toBeNull()
    vi.spyOn(window, 'print').mockImplementation(() => {})
    await user.click(screen.getByRole('button', { name: /Skriv ut argumentark \(7\)/ }))
    const handout = await screen.findByRole('article', { name: 'Argumentark for utskrift' })
    expect(within(handout).getAllByRole('listitem')).toHaveLength(7)
    expect(handout).toHaveTextContent(/Skrevet ut \d{1,2}\. \w+ \d{4}/)
    expect(handout).toHaveTextContent(`ark=${search().get('ark')}`)
  })

  it('the print button prints the handout alone', async () => {
    const user = userEvent.setup()
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    render(<App />)
    await within(argumentsSection()).findByRole('article', { name: 'Høyt sykefravær' })
    await user.click(screen.getByRole('button', { name: /Skriv ut argumentark \(6\)/ }))
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
    expect(document.documentElement).toHaveClass('print-handout')
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(document.documentElement).not.toHaveClass('print-handout')
  })
})

describe('Presentasjon', () => {
  it('shows one argument per screen; keys move; Escape leaves', async () => {
    const user = userEvent.setup()
    render(<App />)
    await within(argumentsSection()).findByRole('article', { name: 'Høyt sykefravær' })
    await user.click(screen.getByRole('button', { name: 'Presenter på skjerm' }))
    const dialog = await presentation()
    const count = () => within(dialog).getByText(/^\d+ av \d+$/).textContent
    // The six cards chosen by default for the handout, then the two chart slides.
    expect(count()).toBe('1 av 8')
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Heltid for alle tilsvarer omtrent SSBs anslåtte årsverksvekst til 2035',
    )
    expect(search().get('lysbilde')).toBe('1')
    await user.keyboard('{ArrowRight}')
    expect(count()).toBe('2 av 8')
    await user.keyboard(' ')
    expect(count()).toBe('3 av 8')
    await user.keyboard('{ArrowLeft}')
    expect(count()).toBe('2 av 8')
    await user.keyboard('{End}')
    expect(count()).toBe('8 av 8')
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Lavest andel med heltid blant',
    )
    expect(
      within(dialog).getByRole('table', { name: /^Andel med heltid, 4.\skvartal 2023/ }),
    ).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}')
    const arsverk = within(dialog).getByRole('table', {
      name: /^Årsverk som mangler til heltid, 2021: de fem gruppene/,
    })
    expect(within(arsverk).getAllByRole('row')).toHaveLength(5)
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(count()).toBe('8 av 8')
    await user.keyboard('{Home}')
    expect(count()).toBe('1 av 8')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(search().has('lysbilde')).toBe(false)
  })

  it('shows only the cards chosen for the handout, and the workplace when taken along', async () => {
    useViewStore.getState().setHandout(['sykefravaer', 'vikarer'])
    useWorkplaceStore
      .getState()
      .appendRows([{ group: 'helsefagarbeider', employees: '4', percent: '50' }])
    useViewStore.getState().setSlide(1)
    render(<App />)
    const dialog = await presentation()
    await within(dialog).findByText('1 av 5')
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Høyt sykefravær')
    await userEvent.setup().keyboard('{End}')
    // The shop steward's words, leading with what is missing: 4 × 50 % = 2 of 4 årsverk.
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Hos oss mangler 2 årsverk til heltid',
    )
    expect(dialog).toHaveTextContent('Gjennomsnittlig stillingsstørrelse hos oss er 50,0 %')
    act(() => useWorkplaceStore.getState().setOnHandout(false))
    expect(within(dialog).getByText('4 av 4')).toBeInTheDocument()
  })

  it('says so, with a way out, when the data cannot be loaded', async () => {
    serveData(() => new Response('nede', { status: 503 }))
    useViewStore.getState().setSlide(1)
    const user = userEvent.setup()
    render(<App />)
    const dialog = await presentation()
    await within(dialog).findByRole('heading', { name: 'Tallene kunne ikke hentes' })
    expect(within(dialog).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Lukk presentasjonen' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('opens from a link at the slide it names', async () => {
    useViewStore.getState().setSlide(3)
    render(<App />)
    const dialog = await presentation()
    await within(dialog).findByText(/^3 av/)
  })
})

describe('Hva om …', () => {
  it('raises one group to a target, and a typed mistake shows a message and keeps the text', async () => {
    const user = userEvent.setup()
    render(<App />)
    const s = () => section('Hva om …')
    await within(s()).findByRole('combobox', { name: 'Gjelder' })
    await user.selectOptions(
      within(s()).getByRole('combobox', { name: 'Gjelder' }),
      'helsefagarbeider',
    )
    expect(within(s()).getByText(/\+6 831 årsverk/)).toBeInTheDocument()
    expect(search().get('malgruppe')).toBe('helsefagarbeider')

    const field = within(s()).getByRole('textbox', { name: 'Gjennomsnittlig stillingsstørrelse' })
    await user.clear(field)
    await user.type(field, '85,5')
    expect(search().get('mal')).toBe('85.5')
    // 63 251 × 0.855 − 50 095 = 3 984.6
    expect(within(s()).getByText(/\+3 985 årsverk/)).toBeInTheDocument()

    await user.clear(field)
    await user.type(field, 'nitti')
    expect(field).toHaveValue('nitti')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(
      within(s()).getByText('«nitti» er ikke et tall. Skriv for eksempel 90 eller 87,5.'),
    ).toBeInTheDocument()
    // The last good value is still in use.
    expect(within(s()).getByText(/\+3 985 årsverk/)).toBeInTheDocument()

    await user.clear(field)
    await user.type(field, '120')
    expect(
      within(s()).getByText('Stillingsstørrelsen må være mellom 1 og 100 prosent.'),
    ).toBeInTheDocument()
  })

  it('every group up to the level of a chosen group', async () => {
    const user = userEvent.setup()
    render(<App />)
    const s = () => section('Hva om …')
    await user.click(
      await within(s()).findByRole('radio', { name: 'Alle opp til nivået til en gruppe' }),
    )
    await user.selectOptions(
      within(s()).getByRole('combobox', { name: 'Alle grupper opp til nivået til' }),
      'sykepleier',
    )
    expect(
      within(s()).getByText(
        /^Hvis alle grupper i 2021 hadde hatt minst like stor gjennomsnittlig stillingsstørrelse som sykepleiere \(89,5\s%\)/,
      ),
    ).toBeInTheDocument()
    expect(search().get('scenario')).toBe('niva')
    expect(search().get('somgruppe')).toBe('sykepleier')
  })
})

describe('Min arbeidsplass', () => {
  const s = () => section('Min arbeidsplass')

  it('computes the figures as rows are typed, and says what is wrong with a field', async () => {
    const user = userEvent.setup()
    render(<App />)
    await user.click(await within(s()).findByRole('button', { name: 'Legg til rad' }))
    const row1 = within(s()).getByRole('group', { name: 'Rad 1' })
    expect(within(row1).getByRole('combobox', { name: 'Gruppe' })).toHaveValue('helsefagarbeider')
    await user.type(within(row1).getByRole('textbox', { name: 'Antall ansatte' }), '6')
    await user.type(within(row1).getByRole('textbox', { name: 'Stillingsprosent' }), '62,5')
    // The union's figure leads: 6 ansatte deler 3,75 årsverk, written 3,8; so 6 − 3,8 = 2,2 are written as missing.
    expect(
      within(s()).getByRole('heading', { level: 3, name: /^Hos dere mangler/ }),
    ).toHaveTextContent('Hos dere mangler 2,2 årsverk til heltid')
    expect(within(s()).getByText(/^6 ansatte deler 3,8 årsverk\./)).toBeInTheDocument()

    await user.click(within(s()).getByRole('button', { name: 'Legg til rad' }))
    const row2 = within(s()).getByRole('group', { name: 'Rad 2' })
    await user.selectOptions(within(row2).getByRole('combobox', { name: 'Gruppe' }), 'sykepleier')
    await user.type(within(row2).getByRole('textbox', { name: 'Antall ansatte' }), '2')
    await user.type(within(row2).getByRole('textbox', { name: 'Stillingsprosent' }), '0')
    const percent = within(row2).getByRole('textbox', { name: 'Stillingsprosent' })
    expect(percent).toHaveAttribute('aria-invalid', 'true')
    expect(percent).toHaveAccessibleDescription('Stillingsprosenten må være større enn 0.')
    expect(
      within(s()).getByText('1 rad har feil og er ikke med i tallene under.'),
    ).toBeInTheDocument()

    await user.clear(percent)
    await user.type(percent, '100')
    const table = within(s()).getByRole('table', { name: /Din arbeidsplass sammenlignet/ })
    const nurse = within(table).getByRole('row', { name: /^Sykepleiere/ })
    expect(nurse).toHaveTextContent('100,0 %')
    expect(nurse).toHaveTextContent('89,5 %')
    expect(nurse).toHaveTextContent('59–66 %')
    const total = within(table).getAllByRole('row').at(-1)!
    // 3.75 + 2 = 5.75 årsverk of 8 employees = 71.9 %; 2 of 8 at 100 % = 25 %.
    // One decimal at most: 3,75 + 2 = 5,75 is written 5,8.
    expect(total).toHaveTextContent('5,8')
    expect(total).toHaveTextContent('71,9 %')
    expect(total).toHaveTextContent('25 %')
  })

  it('reads pasted CSV, keeping good lines and reporting bad ones by number', async () => {
    const user = userEvent.setup()
    render(<App />)
    await user.click(await within(s()).findByText('Lim inn eller importer fra regneark (CSV)'))
    const box = within(s()).getByRole('textbox', { name: 'Tekst fra regneark' })
    await user.click(box)
    await user.paste(
      'Gruppe;Antall;Prosent\nHelsefagarbeider;4;75\nSykepleier;to;80\nVernepleier;1;100',
    )
    await user.click(within(s()).getByRole('button', { name: 'Les inn' }))
    const report = within(s())
      .getAllByRole('status')
      .find((el) => el.textContent?.includes('rader lagt til'))
    expect(report).toHaveTextContent('2 rader lagt til. 1 linje kunne ikke leses')
    expect(report).toHaveTextContent('Linje 3: «to» er ikke et tall.')
    expect(box).toHaveValue('Sykepleier;to;80')
    expect(within(s()).getAllByRole('group', { name: /^Rad \d$/ })).toHaveLength(2)
  })

  it('makes a link that keeps the rows in the fragment, and reads it back', async () => {
    const user = userEvent.setup()
    useWorkplaceStore
      .getState()
      .appendRows([{ group: 'sykepleier', employees: '3', percent: '62,5' }])
    const { unmount } = render(<App />)
    await user.click(await within(s()).findByRole('button', { name: 'Lag lenke' }))
    const code = within(s()).getByText(/#arbeidsplass=/)
    const link = code.textContent ?? ''
    expect(link).toMatch(/#arbeidsplass=sykepleier~3~62%2C5$/)
    unmount()

    useWorkplaceStore.getState().clear()
    window.history.replaceState(null, '', link.slice(link.indexOf('/', 8)))
    render(<App />)
    const row = await within(s()).findByRole('group', { name: 'Rad 1' })
    expect(within(row).getByRole('textbox', { name: 'Stillingsprosent' })).toHaveValue('62,5')
  })

  it('«Tøm» can be undone, and the comparison chart states the finding', async () => {
    const user = userEvent.setup()
    useWorkplaceStore.getState().appendRows([
      { group: 'helsefagarbeider', employees: '4', percent: '50' },
      { group: 'sykepleier', employees: '2', percent: '100' },
    ])
    render(<App />)
    const chart = await within(s()).findByRole('figure', { name: /Stillingene hos dere er/ })
    // 4 × 50 % + 2 × 100 % = 4 årsverk of 6 employees: 66,7 %, against the nation's 2021 size.
    expect(chart).toHaveTextContent('Helsefagarbeidere')
    expect(chart).toHaveTextContent('Din enhet: 50,0 %')
    expect(chart).toHaveTextContent('Din enhet: 100,0 %')

    await user.click(within(s()).getByRole('button', { name: 'Tøm' }))
    expect(within(s()).queryByRole('group', { name: 'Rad 1' })).toBeNull()
    expect(within(s()).getByText('2 rader er fjernet.')).toBeInTheDocument()
    await user.click(within(s()).getByRole('button', { name: 'Angre' }))
    expect(within(s()).getAllByRole('group', { name: /^Rad \d$/ })).toHaveLength(2)
    expect(within(s()).queryByText('2 rader er fjernet.')).toBeNull()
  })

  it('shows a long import 50 rows at a time, and counts every row in the figures', async () => {
    const user = userEvent.setup()
    useWorkplaceStore.getState().appendRows(
      Array.from({ length: 60 }, () => ({
        group: 'helsefagarbeider',
        employees: '1',
        percent: '50',
      })),
    )
    render(<App />)
    const workplace = s()
    // Text queries where they do the job: role queries over 50 row editors are slow in jsdom.
    await within(workplace).findByText('Rad 50', {}, { timeout: 5000 })
    expect(within(workplace).queryByText('Rad 51')).toBeNull()
    expect(
      within(workplace).getByText(/Viser rad 1–50 av 60\. Alle radene er med i tallene under\./),
    ).toBeInTheDocument()
    // 60 × 50 % = 30 årsverk, so 30 are missing to full-time: the results' lead.
    expect(
      within(workplace).getByText('60 ansatte deler 30 årsverk.', { exact: false }),
    ).toBeInTheDocument()
    expect(
      within(workplace).getByRole('heading', { name: 'Hos dere mangler 30 årsverk til heltid' }),
    ).toBeInTheDocument()
    await user.click(within(workplace).getByRole('button', { name: 'Vis 10 rader til' }))
    expect(within(workplace).getByText('Rad 60')).toBeInTheDocument()
    await user.click(within(workplace).getByRole('button', { name: 'Lag lenke' }))
    // Under 200 rows the link keeps them as they are; see mergeRows for longer lists.
    expect(within(workplace).getByText(/#arbeidsplass=/).textContent).toMatch(
      /#arbeidsplass=(helsefagarbeider~1~50_){59}helsefagarbeider~1~50$/,
    )
  }, 30_000)
})
