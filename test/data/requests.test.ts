import { afterEach, describe, expect, it, vi } from 'vitest'
import { DATA_FILES, fetchAll, NAMES } from '@/data/files'
import { requestAll, settleWithin } from '@/data/requests'
import { readJson } from '../helpers/files'

const serveFiles = (broken: string[] = [], never: string[] = []) => {
  const fetch = vi.fn((url: string) => {
    const file = url.split('/').pop() ?? ''
    if (never.includes(file)) return new Promise<Response>(() => {})
    if (broken.includes(file)) return Promise.resolve(new Response('{', { status: 200 }))
    return Promise.resolve(new Response(JSON.stringify(readJson(file)), { status: 200 }))
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('loading the data files before React starts', () => {
  it('goes on with the fetches the entry began: each file is fetched once', async () => {
    const fetch = serveFiles()
    const early = fetchAll()
    expect(fetch).toHaveBeenCalledTimes(NAMES.length)
    const states = await settleWithin(requestAll(early), 1000)
    expect(fetch).toHaveBeenCalledTimes(NAMES.length)
    expect(fetch.mock.calls.map(([url]) => url)).toContain('/data/arsverk-2021.json')
    expect(Object.values(states ?? {}).map((s) => s.status)).toEqual(
      Array(NAMES.length).fill('ready'),
    )
  })

  it('a broken file settles as an error; the others are ready', async () => {
    serveFiles([DATA_FILES.users])
    const states = await settleWithin(requestAll(), 1000)
    expect(states?.users.status).toBe('error')
    expect(states?.arsverk.status).toBe('ready')
  })

  it('gives up waiting after the time given, while the late file goes on loading', async () => {
    serveFiles([], [DATA_FILES.keyFigures])
    const requests = requestAll()
    expect(await settleWithin(requests, 20)).toBeNull()
    expect(requests.get('keyFigures')?.controller.signal.aborted).toBe(false)
  })
})
