import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fragmentId } from '@/components/page/fragment-landing'

describe('fragmentId', () => {
  it('names the element a fragment points to', () => {
    expect(fragmentId('#kilde-users')).toBe('kilde-users')
    expect(fragmentId('brukere')).toBe('brukere')
    expect(fragmentId('#%C3%A5rsverk')).toBe('årsverk')
  })

  it('names nothing for an empty or malformed fragment', () => {
    expect(fragmentId('')).toBeNull()
    expect(fragmentId('#')).toBeNull()
    expect(fragmentId('#%E0%A4%A')).toBeNull()
    expect(fragmentId('#visning=andel')).toBeNull()
  })

  it('lands a workplace link (rows in the fragment) on the workplace results', () => {
    expect(fragmentId('#arbeidsplass=helsefagarbeider~6~75')).toBe('arbeidsplass-resultat')
  })

  it('any fragment gives an id or nothing, without throwing (1 000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const id = fragmentId(`#${text}`)
        if (id !== null) expect(id.length).toBeGreaterThan(0)
        if (text !== '' && !text.includes('=') && !text.startsWith('arbeidsplass=')) {
          expect(fragmentId(`#${encodeURIComponent(text)}`)).toBe(text)
        }
      }),
      { numRuns: 1_000 },
    )
  })
})
