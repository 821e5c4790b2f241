import { useSyncExternalStore } from 'react'

const neverChanges = () => () => {}

/**
 * A value only the browser can give (the page's address, a browser feature, today's date),
 * read while rendering. The prerendered HTML and the render that hydrates it both use
 * `prerendered`, so they match; React then renders once more with `read()`. A page that is
 * not hydrated uses `read()` from the start.
 *
 * `read` must return a primitive, so two reads with nothing changed are equal (===). The
 * component re-reads it whenever it renders; nothing here subscribes to changes.
 */
export function useClientValue<T extends string | number | boolean | null>(
  read: () => T,
  prerendered: T,
): T {
  return useSyncExternalStore(neverChanges, read, () => prerendered)
}
