import { describe, expect, it } from 'vitest'
import { tableToCsv } from '@/components/tables/table-csv'

function table(html: string): HTMLTableElement {
  document.body.innerHTML = `<table>${html}</table>`
  return document.querySelector('table')!
}

describe('tableToCsv', () => {
  it('writes Excel-ready CSV: BOM, semicolons, decimal commas, plain numbers, no soft hyphens, source last', () => {
    const csv = tableToCsv(
      table(`
        <thead><tr><th><button>Gruppe<span aria-hidden="true">▲</span></button></th><th>Årsverk</th><th>Stillings\u00adstørrelse</th></tr></thead>
        <tbody>
          <tr><th>Helsefagarbeidere</th><td>50\u00a0095</td><td>79,2\u00a0%</td></tr>
          <tr><th>Sum; alle</th><td>148\u00a0820</td><td>\u22121,5</td></tr>
        </tbody>`),
      'Opptrappingsplanen, tabell «Årsverk og sysselsatte i omsorgstjenesten 2021»',
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Gruppe;Årsverk;Stillingsstørrelse',
      'Helsefagarbeidere;50095;79,2 %',
      '"Sum; alle";148820;-1,5',
      'Kilde: Opptrappingsplanen, tabell «Årsverk og sysselsatte i omsorgstjenesten 2021»',
      '',
    ])
  })

  it('leaves text that only looks like numbers alone when it is not grouped by thousands', () => {
    const csv = tableToCsv(table('<tr><td>2009 2011</td><td>0–49 år</td></tr>'), 'x')
    expect(csv.slice(1).split('\r\n')[0]).toBe('2009 2011;0–49 år')
  })
})
