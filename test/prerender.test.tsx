import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '@/app'
import type { DatasetStates } from '@/data/use-datasets'
import { renderPage as prerenderPage } from '@/prerender'
import { dataFiles, loadAll, readJson } from './helpers/files'

const files = () => Object.fromEntries(dataFiles().map((f) => [f, readJson(f)]))
const readyStates = () =>
  Object.fromEntries(
    Object.entries(loadAll()).map(([name, data]) => [name, { status: 'ready', data }]),
  ) as DatasetStates

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
})

describe('the prerendered page', () => {
  it('holds the header, the headline figures and their sources, and no script', async () => {
    // eslint-disable-next-line testing-library/render-result-naming-convention -- HTML text, not a render result
    const markup = await prerenderPage(files())
    expect(markup).not.toContain('<script')
    document.body.innerHTML = `<div id="root">${markup}</div>`
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('regjeringens egne tall')
    const potential = screen.getByRole('article', {
      name: 'Heltid for alle tilsvarer omtrent SSBs anslåtte årsverksvekst til 2035',
    })
    expect(potential).toHaveTextContent(/54\s105 årsverk/)
    expect(within(potential).getAllByRole('link')[0]).toHaveAttribute('href', '#kilde-arsverk')
    // The long tables further down come with the script, so the first screen arrives sooner.
    const arsverk = screen.getByRole('region', { name: /^Årsverk og sysselsatte/ })
    expect(within(arsverk).queryByRole('table')).toBeNull()
    expect(within(arsverk).getByRole('status')).toHaveTextContent('Laster tall')
  })

  it('rejects a data file that does not validate, so the build fails', async () => {
    const broken = { ...files(), 'arsverk-2021.json': { provenance: {} } }
    await expect(prerenderPage(broken)).rejects.toThrow(/arsverk-2021\.json/)
  })

  it('hydrates without a mismatch, then draws the rest and responds to filters', async () => {
    // eslint-disable-next-line testing-library/render-result-naming-convention -- HTML text, not a render result
    const markup = await prerenderPage(files())
    const container = document.createElement('div')
    container.innerHTML = markup
    document.body.append(container)
    const heading = screen.getByRole('heading', { level: 1 })
    const problems: unknown[] = []
    await act(async () => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <App start={{ states: readyStates() }} />
        </StrictMode>,
        { onRecoverableError: (error) => void problems.push(error) },
      )
    })
    expect(problems).toEqual([])
    // The same element: hydrated, not rebuilt.
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading)
    const section = screen.getByRole('region', { name: /^Årsverk og sysselsatte/ })
    const table = await within(section).findByRole('table')
    expect(table).toHaveTextContent('Sykepleier')
    const user = userEvent.setup()
    await user.click(within(section).getByRole('checkbox', { name: 'Sykepleiere' }))
    expect(within(section).getByRole('table')).not.toHaveTextContent('Sykepleier')
  })
})
