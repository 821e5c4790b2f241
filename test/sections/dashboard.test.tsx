import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app'
import { DEFAULT_VIEW } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'
import { serveData } from '../helpers/serve-data'

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  useViewStore.getState().replace(DEFAULT_VIEW)
  serveData()
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const search = () => new URLSearchParams(window.location.search)

async function arsverkTable() {
  return screen.findByRole('table', {
    name: /Årsverk og sysselsatte i omsorgstjenesten 2021|Andeler av hele/,
  })
}
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1, -1)
const firstCells = (table: HTMLElement) =>
  bodyRows(table).map((row) => within(row).getAllByRole('rowheader')[0]?.textContent)
const totalsRow = (table: HTMLElement) => within(table).getAllByRole('row').at(-1)!
const groupFilter = () => screen.getByRole('group', { name: /Utdanningsgrupper/ })

describe('Årsverk per utdanningsgruppe', () => {
  it('choosing one group changes the card, the totals row, the table and the link', async () => {
    const user = userEvent.setup()
    render(<App />)
    const table = await arsverkTable()
    expect(bodyRows(table)).toHaveLength(12)
    expect(totalsRow(table)).toHaveTextContent('54 105')

    await user.click(within(groupFilter()).getByRole('button', { name: 'Velg ingen' }))
    expect(screen.queryByRole('table', { name: /Årsverk og sysselsatte/ })).not.toBeInTheDocument()
    expect(screen.getByText(/Ingen utdanningsgrupper er valgt. Velg minst én/)).toBeInTheDocument()
    expect(search().get('grupper')).toBe('')

    await user.click(within(groupFilter()).getByRole('checkbox', { name: 'Helsefagarbeidere' }))
    const filtered = await arsverkTable()
    expect(firstCells(filtered)).toEqual(['Helsefagarbeidere'])
    expect(totalsRow(filtered)).toHaveTextContent('50 095')
    expect(totalsRow(filtered)).toHaveTextContent('13 156')
    // 13 156 / 55 000 needed by 2035 = 24 %.
    const card = screen.getByRole('article', {
      name: /^Heltid for helsefagarbeidere tilsvarer om lag 24\s% av SSBs anslåtte årsverksvekst til 2035$/,
    })
    expect(card).toHaveTextContent('13 156 årsverk')
    expect(card).toHaveTextContent('Utvalg: helsefagarbeidere')
    expect(card).toHaveTextContent('helsefagarbeidere om lag 14 000 årsverk')
    expect(search().get('grupper')).toBe('helsefagarbeider')

    await user.click(within(groupFilter()).getByRole('button', { name: 'Velg alle' }))
    expect(totalsRow(await arsverkTable())).toHaveTextContent('54 105')
    expect(search().has('grupper')).toBe(false)
  })

  it('merges groups by level of education, and the totals stay the same', async () => {
    const user = userEvent.setup()
    render(<App />)
    await arsverkTable()
    await user.click(screen.getByRole('checkbox', { name: 'Slå sammen etter utdanningsnivå' }))
    const table = await arsverkTable()
    expect(firstCells(table)).toEqual([
      'Annen eller ingen helse- og sosialfaglig utdanning',
      'Fagutdanning fra videregående',
      'Høyere helse- og sosialfaglig utdanning',
      'Service og administrasjon',
    ])
    expect(totalsRow(table)).toHaveTextContent('148 820')
    expect(totalsRow(table)).toHaveTextContent('54 105')
    expect(search().get('niva')).toBe('1')
  })

  it('shows shares of the whole care service', async () => {
    const user = userEvent.setup()
    render(<App />)
    await arsverkTable()
    await user.click(screen.getByRole('radio', { name: 'Andel av totalen' }))
    const table = await screen.findByRole('table', {
      name: 'Andeler av hele omsorgstjenesten 2021',
    })
    expect(
      within(table).getByRole('columnheader', { name: 'Andel av alle årsverk' }),
    ).toBeInTheDocument()
    const helsefag = within(table).getByRole('row', { name: /^Helsefagarbeidere/ })
    // 50 095 / 148 820 = 33.7 %; 13 156 / 54 105 = 24.3 %; average size stays 79.2 %.
    expect(helsefag).toHaveTextContent('33,7 %')
    expect(helsefag).toHaveTextContent('24,3 %')
    expect(helsefag).toHaveTextContent('79,2 %')
    expect(totalsRow(table)).toHaveTextContent('100,0 %')
    expect(search().get('visning')).toBe('andel')
  })

  it('from a link showing shares, switching to numbers shows numbers in every column', async () => {
    useViewStore.getState().replace({ ...DEFAULT_VIEW, measure: 'andel' })
    const user = userEvent.setup()
    render(<App />)
    await screen.findByRole('table', { name: 'Andeler av hele omsorgstjenesten 2021' })
    await user.click(screen.getByRole('radio', { name: 'Antall' }))
    const counts = await arsverkTable()
    const first = within(counts).getAllByRole('row')[1]!
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(
      ['28 881', '54,1 %', '34 025', '62 906', '62 906'].map((t) => t.replace(/ /g, '\u00a0')),
    )
  })

  it('sorts by any column with aria-sort on the header, and keeps the sort in the link', async () => {
    const user = userEvent.setup()
    render(<App />)
    const table = await arsverkTable()
    expect(
      within(table).getByRole('columnheader', { name: /^Årsverk som mangler til heltid/ }),
    ).toHaveAttribute('aria-sort', 'descending')
    expect(firstCells(table)[0]).toBe('Pleieassistenter uten helse- og sosialfaglig utdanning')

    await user.click(within(table).getByRole('button', { name: 'Årsverk' }))
    const header = within(table).getByRole('columnheader', { name: 'Årsverk' })
    expect(header).toHaveAttribute('aria-sort', 'descending')
    expect(firstCells(table)[0]).toBe('Helsefagarbeidere')
    expect(search().get('sortering')).toBe('arsverk-synkende')

    await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    expect(firstCells(table)[0]).toBe('Aktivitører')

    await user.click(within(table).getByRole('button', { name: 'Gruppe' }))
    expect(firstCells(table)[0]).toBe('Aktivitører')
    expect(firstCells(table).at(-1)).toBe('Vernepleiere')
    expect(search().get('sortering')).toBe('name-stigende')
  })
})

describe('a link restores the view', () => {
  it('reads filters from the query', async () => {
    window.history.replaceState(
      null,
      '',
      '/?grupper=sykepleier,vernepleier&visning=andel&sortering=name-synkende',
    )
    useViewStore
      .getState()
      .replace((await import('@/state/view-url')).parseView(window.location.search))
    render(<App />)
    const table = await screen.findByRole('table', {
      name: 'Andeler av hele omsorgstjenesten 2021',
    })
    expect(firstCells(table)).toEqual(['Vernepleiere', 'Sykepleiere'])
    expect(screen.getByRole('radio', { name: 'Andel av totalen' })).toBeChecked()
    expect(within(groupFilter()).getByRole('checkbox', { name: 'Sykepleiere' })).toBeChecked()
    expect(within(groupFilter()).getByRole('checkbox', { name: 'Aktivitører' })).not.toBeChecked()
  })

  it('ignores unknown group ids, and falls back to all groups when none is known', async () => {
    useViewStore.getState().replace({ ...DEFAULT_VIEW, groups: ['finnes-ikke'] })
    render(<App />)
    expect(bodyRows(await arsverkTable())).toHaveLength(12)
  })
})

describe('Heltid og deltid', () => {
  it('shows both definitions and populations, derived levels and sick leave', async () => {
    render(<App />)
    const section = screen.getByRole('region', { name: 'Heltid og deltid' })
    const table = await within(section).findByRole('table', {
      name: /Andel ansatte med heltid etter fagutdanning/,
    })
    const row = within(table).getByRole('row', { name: /^Helsefagarbeidere / })
    expect(row).toHaveTextContent('37,9 %')
    expect(row).toHaveTextContent('+17,5')
    expect(row).toHaveTextContent('20,4 %')
    expect(within(section).getAllByText(/hovedjobben/).length).toBeGreaterThan(0)
    expect(
      within(section).getByText(/Ansatte i helse- og sosialtjenestene samlet/),
    ).toBeInTheDocument()
    expect(
      within(section).getByText('Sysselsatte i den kommunale omsorgstjenesten'),
    ).toBeInTheDocument()
    // The small figure: value first, then the group, one row each.
    const figure = within(section).getByRole('list', { name: 'Sykefravær i 2021 etter gruppe' })
    expect(
      within(figure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '8,7\u00a0%Hele omsorgstjenesten',
      'i overkant av10\u00a0%Helsefagarbeidere, aktivitører og barne- og ungdomsarbeidere',
      '9,4\u00a0%Sykepleiere uten videreutdanning',
      'i underkant av8\u00a0%Sykepleiere med videreutdanning',
    ])
    expect(section).toHaveTextContent('2021 var et år med koronapandemi')
    const sick = within(section).getByRole('table', { name: /Sykefravær etter gruppe/ })
    expect(within(sick).getByRole('row', { name: /Hele omsorgstjenesten/ })).toHaveTextContent(
      '8,7 %',
    )
    expect(within(sick).getByRole('row', { name: /Sykepleiere uten/ })).toHaveTextContent('9,4 %')
  })

  it('sorts the SSB table by the change since 2016', async () => {
    const user = userEvent.setup()
    render(<App />)
    const section = screen.getByRole('region', { name: 'Heltid og deltid' })
    const table = await within(section).findByRole('table', { name: /Andel ansatte med heltid/ })
    await user.click(within(table).getByRole('button', { name: /Endring fra 2016/ }))
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0]).toHaveTextContent('Helsefagarbeider')
    expect(search().get('heltidsortering')).toBe('changeSince2016-synkende')
  })
})

describe('Brukere etter alder', () => {
  it('switches to user frequency, filters age groups and years, and splits the growth', async () => {
    const user = userEvent.setup()
    render(<App />)
    const section = screen.getByRole('region', {
      name: 'Brukere etter alder (2009\u2060–\u20602021)',
    })
    const usersTable = await within(section).findByRole('table', {
      name: /Brukere av omsorgstjenestene/,
    })
    expect(within(usersTable).getByRole('row', { name: /^0–49 år/ })).toHaveTextContent('61 569')

    await user.click(within(section).getByRole('radio', { name: 'Brukerfrekvens' }))
    const freq = within(section).getByRole('table', { name: /Brukerfrekvens: andel/ })
    expect(within(freq).getByRole('row', { name: /^0–49 år/ })).toHaveTextContent('2,4 %')
    expect(search().get('brukervisning')).toBe('frekvens')

    const ages = within(section).getByRole('group', { name: /Aldersgrupper/ })
    await user.click(within(ages).getByRole('button', { name: 'Velg ingen' }))
    expect(within(section).getByText(/Ingen aldersgrupper er valgt/)).toBeInTheDocument()
    await user.click(within(ages).getByRole('checkbox', { name: '0–49 år' }))
    expect(search().get('aldersgrupper')).toBe('0-49')

    await user.selectOptions(within(section).getByRole('combobox', { name: 'Fra' }), '2013')
    expect(search().get('fra')).toBe('2013')
    const growth = within(section).getByRole('table', { name: /Endring i brukere 2013–2021/ })
    const row = within(growth).getByRole('row', { name: /^0–49 år/ })
    expect(row).toHaveTextContent('66 653')
    expect(row).toHaveTextContent('+14 273')
    const freqAfter = within(section).getByRole('table', { name: /Brukerfrekvens: andel/ })
    expect(
      within(freqAfter)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Aldersgruppe', '2013', '2015', '2017', '2019', '2021'])
  })

  it('splits the growth 2009–2021 for under 50 as the plan does', async () => {
    render(<App />)
    const section = screen.getByRole('region', {
      name: 'Brukere etter alder (2009\u2060–\u20602021)',
    })
    const growth = await within(section).findByRole('table', {
      name: /Endring i brukere 2009–2021/,
    })
    const row = within(growth).getByRole('row', { name: /^0–49 år/ })
    expect(row).toHaveTextContent('+19 357')
    expect(row).toHaveTextContent('64 793')
    expect(row).toHaveTextContent('+3 224')
    expect(row).toHaveTextContent('+16 133')
  })
})
