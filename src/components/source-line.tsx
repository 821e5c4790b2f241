import { Fragment, useContext } from 'react'
import { EmbedContext } from './embed-context'

export interface SourceRef {
  label: string
  /** Link to the dataset's entry under «Kilder og definisjoner». */
  href: string
  /** The published document on its own site, opened by the reader, never fetched. */
  published?: { href: string; label: string } | undefined
}

interface SourceLineProps {
  sources: readonly SourceRef[]
  /** How Heltid i tall computed the figure from the sources, if it did. */
  method?: string
}

export function SourceLine({ sources, method }: SourceLineProps) {
  const { sourceBase: base, newTab } = useContext(EmbedContext)
  const target = newTab ? { target: '_blank', rel: 'noopener' } : {}
  return (
    <p className="source-line">
      <span className="source-line__label">Kilde: </span>
      {sources.map((source, i) => (
        <Fragment key={source.href + source.label}>
          {i > 0 && '; '}
          <a href={`${base}${source.href}`} {...target}>
            {source.label}
            {newTab && <span className="visually-hidden"> (åpnes i ny fane)</span>}
          </a>
          {source.published && (
            <>
              {' ('}
              <a href={source.published.href} target="_blank" rel="noopener">
                {source.published.label}
                <span className="visually-hidden"> (åpnes i ny fane)</span>
              </a>
              )
            </>
          )}
        </Fragment>
      ))}
      .{method && <span className="source-line__method"> {method}</span>}
    </p>
  )
}
