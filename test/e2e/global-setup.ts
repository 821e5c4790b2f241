import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { findChromium } from './chromium.mjs'
import { serveStatic } from './server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** Serves dist/ under a sub-path for every browser test; fails early with a clear message. */
export default async function setup(project: TestProject) {
  findChromium()
  const dist = resolve(process.cwd(), 'dist')
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the browser tests.')
  }
  const { server, url } = await serveStatic(dist)
  project.provide('baseUrl', url)
  return () => new Promise<void>((done) => server.close(() => done()))
}
