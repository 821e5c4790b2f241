import type { Plugin } from 'vite'

/**
 * Drops stylesheet imports from a build that is not the app's own: the static chart embeds
 * draw with a few modules of src/components (the legend's dashes, the chart layout), whose
 * files import their stylesheets (`import './legend.css'`). The embeds take their rules
 * from the app's one built stylesheet instead (build/embed-page.ts), so such an import adds
 * nothing there, and no stylesheet of their own is written. The page's inline entry
 * (build/inline-entry.ts) uses it too: its stylesheet comes inline with the page.
 */
export function noCss(): Plugin {
  return {
    name: 'heltid-i-tall:no-css',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('.css') ? '\0no-css' : null),
    load: (id) => (id === '\0no-css' ? '' : null),
  }
}
