import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createGzip } from 'node:zlib'
import { extname, join, normalize, resolve } from 'node:path'

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

export const SUB_PATH = '/heltid-i-tall/'

/**
 * Serves the built site from `root` under a sub-path, as GitHub Pages serves a project
 * site: text compressed with gzip when the browser accepts it. Anything outside the
 * sub-path is a 404, so an absolute asset URL fails the tests.
 * Used by the browser tests and by the benchmark.
 * @param {string} root
 * @param {string} [host]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serveStatic(root, host = '127.0.0.1') {
  const base = resolve(root)
  const server = createServer((req, res) => {
    let path
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      res.writeHead(400).end('Bad request')
      return
    }
    if (path === SUB_PATH.slice(0, -1)) {
      res.writeHead(301, { Location: SUB_PATH }).end()
      return
    }
    if (!path.startsWith(SUB_PATH)) {
      res.writeHead(404).end('Not found')
      return
    }
    let file = normalize(join(base, path.slice(SUB_PATH.length)))
    if (!file.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end('Not found')
      return
    }
    // GitHub Pages answers every request with this header; so does the test server.
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const gzip =
      /^(text\/|application\/json|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(200, {
      'Content-Type': type,
      'Access-Control-Allow-Origin': '*',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    const body = createReadStream(file)
    if (gzip) body.pipe(createGzip()).pipe(res)
    else body.pipe(res)
  })
  return new Promise((done) => {
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      done({ server, url: `http://${host}:${port}${SUB_PATH}` })
    })
  })
}
