/**
 * The three charts that can be embedded alone, as the page's chart-only embeds show them
 * (sections/arsverk/arsverk-view.tsx, heltid/ssb-2023.tsx, brukere/users-view.tsx), built
 * from the data and a view with the page's own metric functions: rows, order, finding,
 * summary and words all come from src/metrics (the groups and short chart from
 * arsverk-view.ts and full-time.ts, subtitles and table words from chart-embeds.ts),
 * colours, axes, formats and tooltips from components/charts/chart-config.ts, so the
 * static chart follows any change there. One file per chart; this one is their entry.
 */

export { CHART_EMBEDS } from './embed-spec'
export type { ChartEmbed, ChartSection, SourceSpec, TableSpec } from './embed-spec'
export { arsverkEmbed } from './arsverk-embed'
export { fullTimeEmbed } from './full-time-embed'
export { usersEmbed } from './users-embed'
