import type { ReactNode } from 'react'
import { DataProblem } from '@/components/page/data-problem'
import { InBrowser } from '@/components/page/in-browser'
import { LoadingNote } from '@/components/page/loading-note'
import { describeError } from '@/data/load'
import { DATASETS, DatasetError, type DatasetName, type Datasets } from '@/data/schema'
import { combine, type DatasetStates } from '@/data/use-datasets'

/** What most sections get from the app: every file's state, and a way to load one again. */
export interface SectionProps {
  states: DatasetStates
  retry: (name: DatasetName) => void
}

interface WithDataProps<K extends DatasetName> {
  states: DatasetStates
  needs: readonly K[]
  retry: (name: DatasetName) => void
  children: (data: Pick<Datasets, K>) => ReactNode
  /**
   * Left out of the prerendered HTML, so the first screen arrives sooner: shown as
   * loading until the page runs, then drawn at once (the data are there by then).
   */
  inBrowserOnly?: boolean
}

/**
 * Renders `children` with the datasets a part of the page needs; while they load, a
 * note; if any failed, a Norwegian message for this part only, with a retry button.
 */
export function WithData<K extends DatasetName>({
  states,
  needs,
  retry,
  children,
  inBrowserOnly = false,
}: WithDataProps<K>) {
  const state = combine(states, needs)
  if (state.status === 'loading' && state.slow) {
    const slow = state.slowFiles ?? []
    return (
      <DataProblem
        messages={slow.map(
          (n) =>
            `Datafilen «${DATASETS[n].file}» tar lang tid å hente. Vi venter fortsatt; tallene vises når de kommer.`,
        )}
        onRetry={() => slow.forEach(retry)}
        still
      />
    )
  }
  if (state.status === 'loading') return <LoadingNote />
  if (state.status === 'error') {
    const failed = state.failed ?? []
    const errors = failed.map((n) => {
      const s = states[n]
      return s.status === 'error' ? s.error : undefined
    })
    const detail = errors
      .filter((e): e is DatasetError => e instanceof DatasetError)
      .map((e) => e.message)
      .join('\n')
    return (
      <DataProblem
        messages={errors.map(describeError)}
        detail={detail || undefined}
        onRetry={() => failed.forEach(retry)}
      />
    )
  }
  const data = state.data
  return inBrowserOnly ? (
    <InBrowser fallback={<LoadingNote />}>{children(data)}</InBrowser>
  ) : (
    <>{children(data)}</>
  )
}
