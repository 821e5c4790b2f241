/** The message an embedded page posts to its host with its content height. */
export const HEIGHT_MESSAGE = 'heltid-i-tall:height'

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
