const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const
const LISTEN = { capture: true, passive: true } as const

let moved = false

const note = () => {
  moved = true
  for (const type of READER_INPUT) window.removeEventListener(type, note, LISTEN)
}

/**
 * Starts noting the reader's first scroll, tap, click or key press. Called by the entry
 * before anything else, as a reader may act long before the app has started.
 */
export function watchReaderInput(): void {
  for (const type of READER_INPUT) window.addEventListener(type, note, LISTEN)
}

/** Whether the reader has scrolled, tapped, clicked or typed since the page opened. */
export const readerHasActed = (): boolean => moved
