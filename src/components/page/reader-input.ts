const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const
const LISTEN = { capture: true, passive: true } as const

/*
 * The built page runs the entry inline, as its own copy of this module, apart from the
 * app's copy; both read and write one flag on the window, so the app sees what the entry
 * noted. Symbol.for gives both copies the same key.
 */
const MOVED = Symbol.for('heltid-i-tall:reader-acted')
const flags = globalThis as unknown as Record<symbol, boolean | undefined>

const note = () => {
  flags[MOVED] = true
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
export const readerHasActed = (): boolean => flags[MOVED] === true
