import { create } from 'zustand'
import type { WorkplaceRow } from '@/metrics/workplace'

/**
 * The workplace calculator's rows, as typed. Deliberately not mirrored in the URL query
 * (a link is made only when the reader asks, in the fragment) and never stored or sent.
 */
interface WorkplaceState {
  rows: WorkplaceRow[]
  /** The rows «Tøm» removed, kept until the next change so «Angre» can bring them back. */
  cleared: WorkplaceRow[] | null
  /** Whether the workplace figures go on the printed sheet and into the slides. */
  onHandout: boolean
  addRow: (group: string) => void
  updateRow: (id: string, change: Partial<Omit<WorkplaceRow, 'id'>>) => void
  removeRow: (id: string) => void
  appendRows: (rows: Omit<WorkplaceRow, 'id'>[]) => void
  clear: () => void
  undoClear: () => void
  setOnHandout: (on: boolean) => void
}

let nextId = 1
const withId = (row: Omit<WorkplaceRow, 'id'>): WorkplaceRow => ({ id: `rad-${nextId++}`, ...row })

export const useWorkplaceStore = create<WorkplaceState>()((set) => ({
  rows: [],
  cleared: null,
  onHandout: true,
  addRow: (group) =>
    set((s) => ({
      rows: [...s.rows, withId({ group, employees: '', percent: '' })],
      cleared: null,
    })),
  updateRow: (id, change) =>
    set((s) => ({ rows: s.rows.map((r) => (r.id === id ? { ...r, ...change } : r)) })),
  removeRow: (id) => set((s) => ({ rows: s.rows.filter((r) => r.id !== id) })),
  appendRows: (rows) => set((s) => ({ rows: [...s.rows, ...rows.map(withId)], cleared: null })),
  clear: () => set((s) => ({ rows: [], cleared: s.rows.length > 0 ? s.rows : s.cleared })),
  undoClear: () => set((s) => (s.cleared ? { rows: s.cleared, cleared: null } : {})),
  setOnHandout: (onHandout) => set({ onHandout }),
}))
