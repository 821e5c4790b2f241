import { Fragment } from 'react'

export interface SourceRef {
  label: string
  /** Link to the dataset's entry under «Kilder og definisjoner». */
  href: string
}

interface SourceLineProps {
  sources: readonly SourceRef[]
  /** How Heltid i tall computed the figure from the sources, if it did. */
  method?: string
}

export function SourceLine({ sources, method }: SourceLineProps) {
  return (
    <p className="source-line">
      <span className="source-line__label">Kilde: </span>
      {sources.map((source, i) => (
        <Fragment key={source.href + source.label}>
          {i > 0 && '; '}
          <a href={source.href}>{source.label}</a>
        </Fragment>
      ))}
      .{method && <span className="source-line__method"> {method}</span>}
    </p>
  )
}
