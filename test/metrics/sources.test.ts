import { describe, expect, it } from 'vitest'
import { NAMES } from '@/data/files'
import {
  datasetOfSourceHref,
  datasetSource,
  planSectionLabel,
  shortSourceLabel,
  sourceAnchor,
  sourceHref,
  sourceLabel,
  sourceLine,
  sourceWithAttribution,
} from '@/metrics/sources'

const PLAN = 'Opptrappingsplan for heltid og god bemanning i omsorgstjenesten'
const ssb = {
  document: 'Statistikkbanken',
  publisher: 'Statistisk sentralbyrå',
  section: 'Tabell 07459',
  ssbTable: '07459',
  attribution: 'Kilde: Statistisk sentralbyrå',
}

describe('source labels', () => {
  it('names a plan table, a plan section and an SSB table as a reader would look them up', () => {
    expect(
      sourceLabel({ document: PLAN, publisher: 'HOD', section: '3.1', table: 'Tabell 3.1' }),
    ).toBe('Opptrappingsplanen, tabell «Tabell 3.1»')
    expect(sourceLabel({ document: PLAN, publisher: 'HOD', section: 'Høy andel deltid' })).toBe(
      'Opptrappingsplanen, avsnittet «Høy andel deltid»',
    )
    expect(sourceLabel(ssb)).toBe('Statistisk sentralbyrå, tabell 07459')
    expect(shortSourceLabel(ssb)).toBe('SSB, tabell 07459')
    expect(planSectionLabel('Høy andel deltid')).toBe(
      'Opptrappingsplanen, avsnittet «Høy andel deltid»',
    )
  })

  it('writes «Kilde:» once and names the publisher once', () => {
    expect(sourceLine('Kilde: SSB')).toBe('Kilde: SSB')
    expect(sourceLine('SSB')).toBe('Kilde: SSB')
    expect(sourceWithAttribution(ssb)).toBe('Statistisk sentralbyrå, tabell 07459')
  })
})

describe('links to «Kilder og definisjoner»', () => {
  it('gives every dataset an anchor, and a link to it leads back to the dataset', () => {
    for (const name of NAMES) {
      expect(sourceHref(name)).toBe(`#${sourceAnchor(name)}`)
      expect(datasetOfSourceHref(sourceHref(name))).toBe(name)
    }
    expect(new Set(NAMES.map(sourceAnchor)).size).toBe(NAMES.length)
  })

  it('does not read a dataset out of any other link', () => {
    expect(datasetOfSourceHref('#heltid')).toBeNull()
    expect(datasetOfSourceHref('https://www.ssb.no/')).toBeNull()
  })

  it('pairs a dataset’s label with its link', () => {
    expect(datasetSource('fullTime2023', ssb)).toEqual({
      label: 'Statistisk sentralbyrå, tabell 07459',
      href: '#kilde-fullTime2023',
    })
  })
})
