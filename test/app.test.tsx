import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app'
import { readJson } from './helpers/files'
import { serveData } from './helpers/serve-data'

afterEach(() => {
  vi.unstubAllGlobals()
})

// toHaveTextContent folds all white space, so the no-break spaces in nb-NO numbers
// match plain spaces here; test/metrics/format.test.ts checks the no-break spaces.

describe('the first page', () => {
  it('shows the headline figures as claims, each with a short source and the full one folded', async () => {
    serveData()
    render(<App />)
    const deck = screen.getByRole('region', { name: 'Nøkkeltall og argumenter' })
    const potential = await within(deck).findByRole('article', {
      name: 'Heltid for alle tilsvarer omtrent SSBs anslåtte årsverksvekst til 2035',
    })
    expect(potential).toHaveTextContent('54 105 årsverk')
    // The two bars are labelled with their figures, so the picture is never the only carrier.
    expect(potential).toHaveTextContent('Årsverk som mangler til heltid, 2021: 54 105')
    expect(potential).toHaveTextContent(
      'SSBs anslåtte årsverksvekst fram til 2035 (anslått 2019): rundt 55 000',
    )
    const [short] = within(potential).getAllByRole('link', { name: 'Opptrappingsplanen' })
    expect(short).toHaveAttribute('href', '#kilde-arsverk')
    // The full source, the plan's words and the method are one tap away.
    // <details> has the role «group»; the card's only group is «Mer om tallet».
    const more = within(potential).getByRole('group')
    expect(more).toHaveTextContent(/^Mer om tallet/)
    expect(more).not.toHaveAttribute('open')
    expect(more).toHaveTextContent('Opptrappingsplanen, tabell «Årsverk og sysselsatte')
    expect(more).toHaveTextContent('sysselsatte (202 925) minus årsverk (148 820)')

    const under67 = await within(deck).findByRole('article', {
      name: 'Drøyt to av fem brukere er under 67 år',
    })
    expect(under67).toHaveTextContent('41,4 %')
    expect(under67).toHaveTextContent('nærmere 41 pst.')
    const growth = within(deck).getByRole('article', { name: /skyldes ikke befolkningsveksten/ })
    expect(growth).toHaveTextContent('16 133')
    // Each source: its entry under «Kilder og definisjoner», then the published document.
    expect(
      within(growth)
        .getAllByRole('link')
        .slice(0, 4)
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      '#kilde-users',
      'https://www.regjeringen.no/no/dokumenter/opptrappingsplan-for-heltid-og-god-bemanning-i-omsorgstjenesten/id2941520/',
      '#kilde-population',
      'https://www.ssb.no/statbank/table/07459/',
    ])
    expect(within(growth).getAllByRole('link', { name: /^ssb\.no/ })[0]).toHaveAttribute(
      'target',
      '_blank',
    )
  })

  it('shows three cards and folds the rest under «Vis … til», where they are still in the page', async () => {
    serveData()
    render(<App />)
    const deck = screen.getByRole('region', { name: 'Nøkkeltall og argumenter' })
    await within(deck).findByRole('article', { name: /Fortsatt deltid/ })
    const cards = within(deck).getAllByRole('article')
    const more = within(deck)
      .getAllByRole('group')
      .find((g) => /^Vis 13 tall og argumenter til/.test(g.textContent ?? ''))!
    expect(cards).toHaveLength(16)
    expect(cards.filter((c) => more.contains(c))).toHaveLength(13)
  })

  it('lists the provenance of every dataset under «Kilder og definisjoner»', async () => {
    serveData()
    render(<App />)
    const sources = screen.getByRole('region', { name: 'Kilder og definisjoner' })
    expect(
      await within(sources).findByRole('heading', {
        name: 'Årsverk og sysselsatte i omsorgstjenesten 2021',
      }),
    ).toBeInTheDocument()
    expect(
      within(sources).getByRole('heading', { name: /Befolkning etter aldersgruppe/ }),
    ).toBeInTheDocument()
    expect(within(sources).getAllByText('07459').length).toBeGreaterThan(0)
  })

  it('follows the data: a changed table changes the figures', async () => {
    serveData((file) => {
      if (file !== 'arsverk-2021.json') return undefined
      const data = readJson(file) as {
        groups: { arsverk: number; sysselsatte: number }[]
        total: { arsverk: number; sysselsatte: number }
      }
      data.groups[0]!.sysselsatte += 1000
      data.total.sysselsatte += 1000
      return new Response(JSON.stringify(data))
    })
    render(<App />)
    const potential = await screen.findByRole('article', {
      name: /^Heltid for alle tilsvarer/,
    })
    expect(potential).toHaveTextContent('55 105 årsverk')
  })

  it('a malformed file shows a Norwegian message for its figures only; retry recovers', async () => {
    let broken = true
    const fetchMock = serveData((file) => {
      if (file !== 'arsverk-2021.json' || !broken) return undefined
      const data = readJson(file) as { groups: { sysselsatte: unknown }[] }
      data.groups[3]!.sysselsatte = 'mange'
      return new Response(JSON.stringify(data))
    })
    render(<App />)
    const alerts = await screen.findAllByRole('alert')
    expect(alerts[0]).toHaveTextContent(
      'Datafilen «arsverk-2021.json» har innhold som ikke stemmer med det vi forventer.',
    )
    expect(alerts[0]).toHaveTextContent('arsverk-2021.json: groups[3].sysselsatte')
    // The rest still works.
    expect(
      await screen.findByRole('article', { name: 'Drøyt to av fem brukere er under 67 år' }),
    ).toBeInTheDocument()

    broken = false
    const user = userEvent.setup()
    const callsBefore = fetchMock.mock.calls.length
    await user.click(within(alerts[0]!).getByRole('button', { name: 'Prøv igjen' }))
    expect(
      await screen.findByRole('article', { name: /^Heltid for alle tilsvarer/ }),
    ).toBeInTheDocument()
    expect(fetchMock.mock.calls.length).toBe(callsBefore + 1)
    expect(screen.queryAllByRole('alert')).toHaveLength(0)
  })

  it('a network failure and a 404 each name the file', async () => {
    serveData((file) => {
      if (file === 'brukere-alder.json') return new Response('', { status: 404 })
      if (file === 'nokkeltall.json') throw new TypeError('Failed to fetch')
      return undefined
    })
    render(<App />)
    const alerts = await screen.findAllByRole('alert')
    const text = alerts.map((a) => a.textContent).join(' ')
    expect(text).toContain('Datafilen «brukere-alder.json» kunne ikke hentes fra serveren.')
    expect(text).toContain('Datafilen «nokkeltall.json» kunne ikke hentes. Sjekk nettforbindelsen')
    // The full-time card needs neither file.
    expect(
      await screen.findByRole('article', { name: 'Få helsefagarbeidere har heltid' }),
    ).toBeInTheDocument()
  })

  it('is written in Norwegian Bokmål with a skip link', () => {
    serveData()
    render(<App />)
    expect(screen.getByRole('link', { name: 'Hopp til innholdet' })).toHaveAttribute(
      'href',
      '#innhold',
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Heltid og deltid i omsorgstjenesten',
    )
  })
})
