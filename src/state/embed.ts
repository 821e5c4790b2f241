import { serializeView, type SectionId, type ViewState } from './view-state'

/**
 * Links and embed code for a view. Pure: give it the page's address without query or
 * fragment (e.g. "https://x.github.io/heltid-i-tall/") and a view.
 */

/** The full dashboard at the same view, opened at the section's anchor. */
export function fullViewUrl(pageUrl: string, view: ViewState): string {
  const search = serializeView({ ...view, embed: false, section: null, slide: null })
  return `${pageUrl}${search}${view.section ? `#${view.section}` : ''}`
}

/** The embedded view: the same filters, with embed=1 and the chosen section. */
export function embedUrl(pageUrl: string, view: ViewState, section: SectionId | null): string {
  return `${pageUrl}${serializeView({ ...view, embed: true, section, slide: null })}`
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The snippet an editor pastes into an article: an iframe that fills the column's width
 * and has no border, and the host script that sizes it to its content.
 */
export function embedSnippet(
  pageUrl: string,
  view: ViewState,
  section: SectionId | null,
  title: string,
): string {
  const src = escapeAttribute(embedUrl(pageUrl, view, section))
  return [
    `<iframe src="${src}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="600"`,
    `  style="border:0;width:100%;display:block" allow="clipboard-write; fullscreen; web-share"`,
    `  data-heltid-i-tall></iframe>`,
    `<script src="${escapeAttribute(pageUrl)}embed.js" async></script>`,
  ].join('\n')
}

/** The page's address without query or fragment, e.g. "https://x.github.io/heltid-i-tall/". */
export function pageUrlOf(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`
}
