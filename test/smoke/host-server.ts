import { createServer, type Server } from 'node:http'

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Pages on a second origin (`localhost`, where the dashboard is served from 127.0.0.1):
 *
 * - `/artikkel/?src=…&height=…`: an article that embeds `src` with the snippet «Bygg inn»
 *   gives (an iframe marked `data-heltid-i-tall` that starts at `height`, and the host
 *   script `embed.js` from beside the embedded page);
 * - `/viewport/?src=…&width=…&height=…`: `src` alone in an iframe of that size, for an
 *   engine whose window cannot be made as small as a phone's viewport.
 */
export function serveHostPages(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const src = url.searchParams.get('src') ?? ''
    const height = Number(url.searchParams.get('height'))
    const width = Number(url.searchParams.get('width'))
    let body: string | null = null
    if (url.pathname === '/artikkel/' && src && height > 0) {
      body = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Artikkel</title></head>
        <body style="margin:0;background:#fff">
          <h1>En artikkel om heltid</h1>
          <iframe id="heltid-i-tall-embed" src="${escapeAttribute(src)}"
            title="Årsverk per utdanningsgruppe – Heltid i tall"
            width="100%" height="${height}" style="border:0;width:100%;display:block"
            data-heltid-i-tall></iframe>
          <p>Teksten fortsetter under.</p>
          <script src="${escapeAttribute(new URL('embed.js', src).href)}" async></script>
        </body></html>`
    } else if (url.pathname === '/viewport/' && src && width > 0 && height > 0) {
      body = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Visning</title></head>
        <body style="margin:0">
          <iframe src="${escapeAttribute(src)}" title="Heltid i tall"
            style="border:0;display:block;width:${width}px;height:${height}px"></iframe>
        </body></html>`
    }
    if (body === null) {
      res.writeHead(404).end('Not found')
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body)
  })
  return new Promise((done) => {
    server.listen(0, 'localhost', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      done({ server, url: `http://localhost:${port}/` })
    })
  })
}
