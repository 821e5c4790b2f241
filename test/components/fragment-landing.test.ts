import { describe, expect, it } from 'vitest'
import { fragmentId } from '@/components/fragment-landing'

describe('fragmentId', () => {
  it('names the element a fragment points to', () => {
    expect(fragmentId('#kilde-users')).toBe('kilde-users')
    expect(fragmentId('brukere')).toBe('brukere')
    expect(fragmentId('#%C3%A5rsverk')).toBe('årsverk')
  })

  it('names nothing for an empty, malformed or workplace fragment', () => {
    expect(fragmentId('')).toBeNull()
    expect(fragmentId('#')).toBeNull()
    expect(fragmentId('#%E0%A4%A')).toBeNull()
    expect(fragmentId('#arbeidsplass=helsefagarbeider.6.75')).toBeNull()
  })
})
