import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UpdateNotice } from '@/sections/update-notice'
import { DEFAULT_VIEW } from '@/state/view-state'
import { useViewStore } from '@/state/view-store'

const registration = vi.hoisted(() => ({
  onNeedRefresh: undefined as undefined | (() => void),
  updateSW: vi.fn(async (_reload?: boolean) => {}),
}))
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh?: () => void }) => {
    registration.onNeedRefresh = options.onNeedRefresh
    return registration.updateSW
  },
}))

afterEach(() => {
  registration.onNeedRefresh = undefined
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

  it('registers nothing inside an embed', () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    useViewStore.getState().replace({ ...DEFAULT_VIEW, embed: true })
    render(<UpdateNotice />)
    expect(registration.onNeedRefresh).toBeUndefined()
  })
})
