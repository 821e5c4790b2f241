import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UpdateNotice } from '@/sections/update-notice'
import { DEFAULT_VIEW } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'
import { useWorkplaceStore } from '@/state/workplace-store'

const registration = vi.hoisted(() => ({
  onNeedRefresh: undefined as undefined | (() => void),
  onNeedReload: undefined as undefined | (() => void),
  updateSW: vi.fn(async (_reload?: boolean) => {}),
}))
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh?: () => void; onNeedReload?: () => void }) => {
    registration.onNeedRefresh = options.onNeedRefresh
    registration.onNeedReload = options.onNeedReload
    return registration.updateSW
  },
}))

afterEach(() => {
  useWorkplaceStore.setState({ rows: [], cleared: null })
  vi.unstubAllGlobals()
  registration.onNeedRefresh = undefined
  registration.onNeedReload = undefined
  registration.updateSW.mockClear()
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

describe('the update notice', () => {
  it('says quietly that a new version is ready, and reloads only when asked', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    useViewStore.getState().replace(DEFAULT_VIEW)
    const user = userEvent.setup()
    render(<UpdateNotice />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    act(() => registration.onNeedRefresh?.())
    expect(screen.getByRole('status')).toHaveTextContent('Ny versjon av Heltid i tall.')
    expect(registration.updateSW).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Last inn på nytt' }))
    expect(registration.updateSW).toHaveBeenCalledWith(true)
  })

  it('another tab starting the new version does not reload this one', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    useViewStore.getState().replace(DEFAULT_VIEW)
    useWorkplaceStore
      .getState()
      .appendRows([{ group: 'sykepleier', employees: '3', percent: '80' }])
    const user = userEvent.setup()
    render(<UpdateNotice />)
    act(() => registration.onNeedRefresh?.())
    // The reader in another tab pressed «Last inn på nytt»: the new version takes over here too.
    act(() => registration.onNeedReload?.())
    expect(reload).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('oppdatert i en annen fane')

    // Reloading here would lose the rows: asked first, and «Ikke nå» keeps them.
    await user.click(screen.getByRole('button', { name: 'Last inn på nytt' }))
    expect(reload).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('Radene i Min arbeidsplass forsvinner')
    await user.click(screen.getByRole('button', { name: 'Ikke nå' }))
    expect(reload).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Last inn på nytt' }))
    await user.click(screen.getByRole('button', { name: 'Last inn likevel' }))
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('the tab where the reader asked reloads when the new version takes over', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    useViewStore.getState().replace(DEFAULT_VIEW)
    const user = userEvent.setup()
    render(<UpdateNotice />)
    act(() => registration.onNeedRefresh?.())
    await user.click(screen.getByRole('button', { name: 'Last inn på nytt' }))
    expect(registration.updateSW).toHaveBeenCalledWith(true)
    act(() => registration.onNeedReload?.())
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('registers nothing inside an embed', () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    useViewStore.getState().replace({ ...DEFAULT_VIEW, embed: true })
    render(<UpdateNotice />)
    expect(registration.onNeedRefresh).toBeUndefined()
  })
})
