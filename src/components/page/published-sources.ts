import { createContext } from 'react'

/**
 * Where each dataset's document is published (regjeringen.no, ssb.no, ks.no), by dataset
 * name, from the loaded data's provenance. A «Kilde:» line links there beside its entry
 * under «Kilder og definisjoner»; the page itself never fetches these addresses.
 */
export const PublishedSources = createContext<Readonly<Record<string, string>>>({})
