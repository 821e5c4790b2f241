import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { App } from './app'
import { NAMES } from './data/files'
import { DATASETS, parseDataset } from './data/schema'
import type { DatasetStates } from './data/use-datasets'

/**
 * The page in its default view as HTML, for index.html at build time (build/prerender.ts runs
 * this in Node). `files` maps each data file's name to its parsed JSON: the files the
 * build ships, validated here as the browser will validate them. Charts render their
 * reserved box only; they are drawn in the browser.
 */
export async function renderPage(files: Record<string, unknown>): Promise<string> {
  const states = Object.fromEntries(
    NAMES.map((name) => [
      name,
      { status: 'ready', data: parseDataset(name, files[DATASETS[name].file]) },
    ]),
  ) as DatasetStates
  const page = (
    <StrictMode>
      <App start={{ states }} />
    </StrictMode>
  )
  // An error anywhere would leave a part of the page to the browser: fail the build instead.
  const errors: unknown[] = []
  const { prelude } = await prerender(page, {
    onError: (error) => void errors.push(error),
    // Every part stands in place in the HTML. (React would otherwise move large parts to
    // the end of the file and put them in place with inline script, which the
    // Content-Security-Policy forbids.)
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  if (errors.length > 0) throw new AggregateError(errors, 'The page could not be prerendered')
  const html = await new Response(prelude).text()
  if (html.includes('<script')) throw new Error('The prerendered page contains inline script')
  return html
}
