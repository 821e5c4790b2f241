/** The message an embedded page posts to its host with its content height. */
export const HEIGHT_MESSAGE = 'heltid-i-tall:height'
/** The message the host script sends back: the host page's colour scheme. */
export const SCHEME_MESSAGE = 'heltid-i-tall:color-scheme'

/**
 * Inside an iframe, takes light or dark from the host page (public/embed.js sends it);
 * until told, an embed stays light. Only the parent window is listened to.
 */
export function followHostColorScheme(win: Window = window): () => void {
  if (win.parent === win) return () => {}
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; scheme?: unknown } | null
    if (event.source !== win.parent || data?.type !== SCHEME_MESSAGE) return
    win.document.documentElement.dataset.scheme = data.scheme === 'dark' ? 'dark' : 'light'
  }
  win.addEventListener('message', onMessage)
  return () => win.removeEventListener('message', onMessage)
}

/**
 * Inside an iframe, tells the parent page the content's height whenever it changes
 * (ResizeObserver, no polling), so the host script can size the iframe. The height is
 * not sensitive, so any parent may receive it. Returns a cleanup function.
 */
export function reportHeightToParent(win: Window = window): () => void {
  if (win.parent === win || typeof ResizeObserver === 'undefined') return () => {}
  const body = win.document.body
  let last = -1
  const report = () => {
    const height = Math.ceil(body.getBoundingClientRect().height)
    if (height !== last) {
      last = height
      win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*')
    }
  }
  const observer = new ResizeObserver(report)
  observer.observe(body)
  report()
  return () => observer.disconnect()
}
