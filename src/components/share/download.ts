/**
 * Saves a file in the browser (no request is made). Returns false where the page may not
 * download (a sandboxed iframe has an opaque origin), so the caller can offer another way.
 */
/** A sandboxed iframe without allow-same-origin has an opaque origin and cannot download. */
export function canDownload(): boolean {
  return typeof window !== 'undefined' && window.origin !== 'null'
}

export function downloadBlob(filename: string, blob: Blob): boolean {
  if (!canDownload()) return false
  try {
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    return true
  } catch {
    return false
  }
}

export function downloadText(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): boolean {
  return downloadBlob(filename, new Blob([text], { type }))
}
