import { create } from 'zustand'
import {
  type ArsverkColumn,
  CHART_SECTIONS,
  DEFAULT_VIEW,
  type EmbedPart,
  type FullTimeColumn,
  type Sort,
  type ViewState,
} from './view-state'
import { parseView, serializeView } from './view-url'

interface ViewActions {
  setGroups: (groups: string[] | null) => void
  setByLevel: (byLevel: boolean) => void
  setMeasure: (measure: ViewState['measure']) => void
  setArsverkSort: (sort: Sort<ArsverkColumn>) => void
  setFullTimeSort: (sort: Sort<FullTimeColumn>) => void
  setUsersMeasure: (measure: ViewState['usersMeasure']) => void
  setAgeGroups: (ageGroups: string[] | null) => void
  setYears: (fromYear: number | null, toYear: number | null) => void
  setScenario: (
    scenario: Partial<
      Pick<ViewState, 'scenarioKind' | 'scenarioTarget' | 'scenarioGroup' | 'scenarioBenchmark'>
    >,
  ) => void
  setSlide: (slide: number | null) => void
  setHandout: (handout: string[] | null) => void
  /** Replaces the whole view, e.g. from the URL after the back button. */
  replace: (view: ViewState) => void
}

export type ViewStore = ViewState & ViewActions

const initialView = (): ViewState =>
  typeof window === 'undefined' ? DEFAULT_VIEW : parseView(window.location.search)

/** The one store: every filter on the page, with its actions. Nothing derived lives here. */
export const useViewStore = create<ViewStore>()((set) => ({
  ...initialView(),
  setGroups: (groups) => set({ groups }),
  setByLevel: (byLevel) => set({ byLevel }),
  setMeasure: (measure) => set({ measure }),
  setArsverkSort: (arsverkSort) => set({ arsverkSort }),
  setFullTimeSort: (fullTimeSort) => set({ fullTimeSort }),
  setUsersMeasure: (usersMeasure) => set({ usersMeasure }),
  setAgeGroups: (ageGroups) => set({ ageGroups }),
  setYears: (fromYear, toYear) => set({ fromYear, toYear }),
  setScenario: (scenario) => set(scenario),
  setSlide: (slide) => set({ slide }),
  setHandout: (handout) => set({ handout }),
  replace: (view) => set(view),
}))

function viewOf(state: ViewStore): ViewState {
  return {
    groups: state.groups,
    byLevel: state.byLevel,
    measure: state.measure,
    arsverkSort: state.arsverkSort,
    fullTimeSort: state.fullTimeSort,
    usersMeasure: state.usersMeasure,
    ageGroups: state.ageGroups,
    fromYear: state.fromYear,
    toYear: state.toYear,
    scenarioKind: state.scenarioKind,
    scenarioTarget: state.scenarioTarget,
    scenarioGroup: state.scenarioGroup,
    scenarioBenchmark: state.scenarioBenchmark,
    slide: state.slide,
    handout: state.handout,
    embedPart: state.embedPart,
    embed: state.embed,
    section: state.section,
  }
}

/**
 * Mirrors the store in the URL: each change pushes a history entry (so the back button
 * undoes it), and back/forward restore the view from the URL. Returns a cleanup function.
 */
export function syncViewWithUrl(win: Window = window): () => void {
  let restoring = false
  const unsubscribe = useViewStore.subscribe((state) => {
    const { location, history } = win
    const search = serializeView(viewOf(state), location.search)
    if (search === location.search) return
    const url = `${location.pathname}${search}${location.hash}`
    // Restoring from the URL only tidies it; a reader's change is a new history entry.
    if (restoring) history.replaceState(history.state, '', url)
    else history.pushState(null, '', url)
  })
  const onPopState = () => {
    restoring = true
    try {
      useViewStore.getState().replace(parseView(win.location.search))
    } finally {
      restoring = false
    }
  }
  win.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}

/**
 * In an embed of a chart section with `del=diagram` or `del=diagram-tabell`: which part to
 * show. Null everywhere else (the full page, a whole embedded section).
 */
export function useChartOnly(): Exclude<EmbedPart, 'seksjon'> | null {
  return useViewStore((s) =>
    s.embed && s.embedPart !== 'seksjon' && CHART_SECTIONS.some((id) => id === s.section)
      ? s.embedPart
      : null,
  )
}
