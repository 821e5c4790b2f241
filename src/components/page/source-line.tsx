import { Fragment, useContext } from 'react'
import { hostOf } from '@/metrics/sources'
import { EmbedContext } from './embed-context'
import { datasetOfSourceHref } from '@/metrics/sources'
import { PublishedSources } from './published-sources'
import './source-line.css'

export interface SourceRef {
  label: string
  /**
   * Link to the dataset's entry under «Kilder og definisjoner»; empty for a source
   * outside the datasets, which then links to its `url`.
   */
  href: string
  url?: string | undefined
}

interface SourceLineProps {
  sources: readonly SourceRef[]
  /** How Heltid i tall computed the figure from the sources, if it did. */
  method?: string
}

export function SourceLine({ sources, method }: SourceLineProps) {
  const { sourceBase: base, newTab } = useContext(EmbedContext)
  const published = useContext(PublishedSources)
  const target = newTab ? { target: '_blank', rel: 'noopener' } : {}
  return (
    <p className="source-line">
      <span className="source-line__label">Kilde: </span>
      {sources.map((source, i) => (
        <Fragment key={source.href + source.label}>
          {i > 0 && '; '}
          {source.href ? (
            <>
              <a href={`${base}${source.href}`} {...target}>
                {source.label}
                {newTab && <span className="visually-hidden"> (åpnes i ny fane)</span>}
              </a>
              <PublishedLink url={published[datasetOfSourceHref(source.href) ?? '']} />
            </>
          ) : (
            <>
              {source.label}
              <PublishedLink url={source.url} />
            </>
          )}
        </Fragment>
      ))}
      .{method && <span className="source-line__method"> {method}</span>}
    </p>
  )
}

/** « (ssb.no)»: the published document, in a new tab, after the entry it belongs to. */
function PublishedLink({ url }: { url: string | undefined }) {
  if (!url) return null
  return (
    <>
      {' ('}
      <a href={url} target="_blank" rel="noopener" className="source-line__published">
        {hostOf(url)}
        <span className="visually-hidden"> (åpnes i ny fane)</span>
      </a>
      )
    </>
  )
}
