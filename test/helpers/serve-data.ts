import { vi } from 'vitest'
import { readJson } from './files'

type Override = (file: string) => Response | undefined

/** Serves public/data to the app through a stubbed fetch; `override` can break a file. */
export function serveData(override: Override = () => undefined) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const file = String(input).split('/').pop() ?? ''
    const replaced = override(file)
    if (replaced) return replaced
    return new Response(JSON.stringify(readJson(file)), { status: 200 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
