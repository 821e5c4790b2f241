import { createContext } from 'react'

/**
 * What parts of the page need to know about being embedded. On the full page «Kilde:»
 * links are anchors to «Kilder og definisjoner»; in an embedded section, which has none,
 * they open the full view at that anchor in a new tab. `fullUrl` is the same view in the
 * full dashboard, offered where an embedded page may not download.
 */
export interface EmbedInfo {
  sourceBase: string
  newTab: boolean
  embedded: boolean
  fullUrl: string
}

export const EmbedContext = createContext<EmbedInfo>({
  sourceBase: '',
  newTab: false,
  embedded: false,
  fullUrl: '',
})
