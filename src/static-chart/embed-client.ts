import { followHostColorScheme, reportHeightToParent } from '@/components/share/embed-height'

/** The drawing code's file, relative to the site's root (set by the build). */
declare const __EMBED_FILTERED__: string

/**
 * The one script of a static chart embed (innebygd/<section>/), inline at the end of the
 * page, so it runs after the chart has painted and needs no request: it tells the host
 * page its height and takes the host's light or dark, as the app does when embedded. A
 * link with filters draws its chart from the data (filtered.ts, fetched only then); a
 * plain link's chart is already in the HTML.
 */
reportHeightToParent()
followHostColorScheme()
const root = document.documentElement
if (root.classList.contains('sc-pending')) {
  const url = new URL(`${root.dataset.root ?? './'}${__EMBED_FILTERED__}`, window.location.href)
  import(/* @vite-ignore */ url.href)
    .then((m: typeof import('./filtered')) => m.drawFiltered())
    .catch(() => root.classList.remove('sc-pending'))
}
