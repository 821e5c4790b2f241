import { followHostColorScheme, reportHeightToParent } from '@/components/embed-height'

/**
 * The one script of a static chart embed (innebygd/<section>/), loaded after the chart
 * has painted: it tells the host page its height and takes the host's light or dark, as
 * the app does when embedded. A link with filters draws its chart here, from the data
 * (filtered.ts, loaded only then); a plain link's chart is already in the HTML.
 */
reportHeightToParent()
followHostColorScheme()
if (document.documentElement.classList.contains('sc-pending')) {
  void import('./filtered').then((m) => m.drawFiltered())
}
