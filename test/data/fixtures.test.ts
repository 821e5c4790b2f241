import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SHARED_DIR, SOURCES_DIR } from '../helpers/files'

const fixtures = ['seeds', 'data'].flatMap((dir) =>
  readdirSync(`${SOURCES_DIR}${dir}`).map((file) => `${dir}/${file}`),
)

describe('the source fixtures', () => {
  it('hold the plan and every source CSV the tracing tests read', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining([
        'seeds/003_2b6053aa48cae9a4.txt',
        'data/befolkning-aldersgrupper-1-januar.csv',
        'data/ssb-heltidsandel-fagutdanning-2023.csv',
        'data/ssb-omsorg-og-heltid-2023.csv',
        'data/ks-pai-heltid-nasjonalt.csv',
      ]),
    )
  })

  // Where the steering repository's shared/ stands beside the clone (CI, a work session),
  // the copies must not have drifted from it; a plain clone has only the copies.
  it.runIf(existsSync(SHARED_DIR)).each(fixtures)('%s is the same as in ../shared', (file) => {
    expect(readFileSync(`${SOURCES_DIR}${file}`)).toEqual(readFileSync(`${SHARED_DIR}${file}`))
  })
})
