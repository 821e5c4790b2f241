// Kept whole because it is the one contract for every file in public/data: the field
// types (text, count, percent, provenance) are shared by all schemas, and a reader
// checking a data file reads its schema here top to bottom, declarations only.
import * as v from 'valibot'
import { DATA_FILES, type DatasetName } from './files'

/**
 * The one place that knows the shape of every file in public/data.
 * `parseDataset` throws a `DatasetError` whose message names the file and the
 * field path, e.g. `arsverk-2021.json: groups[3].sysselsatte: Invalid type: …`.
 */

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100))
const percentPoints = v.pipe(v.number(), v.minValue(-100), v.maxValue(100))
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s"<>]+$/, 'must be an https URL'))
const id = v.pipe(v.string(), v.regex(/^[a-z0-9+-]+$/, 'must be a lowercase id'))

const ProvenanceSchema = v.object({
  title: text,
  document: text,
  publisher: text,
  section: text,
  /** A short source line, where publisher + document would be too long for one. */
  citation: v.optional(text),
  table: v.optional(text),
  ssbTable: v.optional(v.pipe(v.string(), v.regex(/^\d{5}$/, 'must be a five-digit SSB table id'))),
  /** The published document, for the reader to open; the page never fetches it. */
  url: v.optional(httpsUrl),
  referenceDate: text,
  unit: text,
  notes: v.array(text),
  attribution: text,
})

const unique = <T>(items: readonly T[], key: (item: T) => string) =>
  new Set(items.map(key)).size === items.length

export const ArsverkSchema = v.pipe(
  v.object({
    provenance: ProvenanceSchema,
    levels: v.pipe(
      v.array(v.object({ id, label: text, shortLabel: v.optional(text), textName: text })),
      v.minLength(1),
    ),
    groups: v.pipe(
      v.array(
        v.object({
          id,
          /** The group's label, plural as every label on the page ("Sykepleiere"). */
          name: text,
          /** A label short enough for a chart's category axis; the full name is in the table. */
          shortName: text,
          /** The plan's own row label where it differs from `name` ("Sykepleier"). */
          sourceName: v.optional(text),
          /** The group as running text names it: plural, lower case ("sykepleiere"). */
          textName: text,
          level: id,
          arsverk: count,
          sysselsatte: count,
        }),
      ),
      v.minLength(1),
      v.check((groups) => unique(groups, (g) => g.id), 'group ids must be unique'),
    ),
    total: v.object({ arsverk: count, sysselsatte: count }),
  }),
  v.forward(
    v.check(
      (d) => d.groups.every((g) => d.levels.some((l) => l.id === g.level)),
      'every group must name one of the listed levels',
    ),
    ['groups'],
  ),
  v.forward(
    v.check(
      (d) => d.groups.reduce((sum, g) => sum + g.arsverk, 0) === d.total.arsverk,
      'the groups must add up to the published total',
    ),
    ['total', 'arsverk'],
  ),
  v.forward(
    v.check(
      (d) => d.groups.reduce((sum, g) => sum + g.sysselsatte, 0) === d.total.sysselsatte,
      'the groups must add up to the published total',
    ),
    ['total', 'sysselsatte'],
  ),
)

export const UsersSchema = v.pipe(
  v.object({
    provenance: ProvenanceSchema,
    ageGroups: v.pipe(v.array(v.object({ id, label: text })), v.minLength(1)),
    years: v.pipe(v.array(v.pipe(count, v.minValue(1900))), v.minLength(1)),
    rows: v.array(v.object({ ageGroup: id, year: count, users: count, frequencyPercent: percent })),
  }),
  v.forward(
    v.check(
      (d) =>
        d.rows.length === d.ageGroups.length * d.years.length &&
        d.ageGroups.every((a) =>
          d.years.every((y) => d.rows.some((r) => r.ageGroup === a.id && r.year === y)),
        ),
      'must hold exactly one row for every age group and year',
    ),
    ['rows'],
  ),
)

export const PopulationSchema = v.pipe(
  v.object({
    provenance: ProvenanceSchema,
    ageGroups: v.pipe(v.array(id), v.minLength(1)),
    rows: v.pipe(
      v.array(v.object({ year: count, population: v.record(id, count) })),
      v.minLength(1),
      v.check((rows) => unique(rows, (r) => String(r.year)), 'years must be unique'),
    ),
  }),
  v.forward(
    v.check(
      (d) =>
        d.rows.every(
          (r) =>
            Object.keys(r.population).length === d.ageGroups.length &&
            d.ageGroups.every((a) => a in r.population),
        ),
      'every row must give the population of every age group',
    ),
    ['rows'],
  ),
)

export const FullTime2021Schema = v.object({
  provenance: ProvenanceSchema,
  definition: text,
  coverage: text,
  quote: text,
  rows: v.pipe(v.array(v.object({ id, group: text, percent })), v.minLength(1)),
})

const FullTime2023Row = v.object({
  id,
  /** The group's label, plural as every label on the page ("Sykepleiere"). */
  name: text,
  /** SSB's own label for the education, as published ("Sykepleier"). */
  group: text,
  /** A label short enough for a chart's category axis, where `name` is long. */
  shortName: v.optional(text),
  /** The group in running text, plural and lower case («helsefagarbeidere»). */
  textName: text,
  percent2023: percent,
  changeSince2022: percentPoints,
  changeSince2016: percentPoints,
})

export const FullTime2023Schema = v.object({
  provenance: ProvenanceSchema,
  definition: text,
  coverage: text,
  rows: v.pipe(v.array(FullTime2023Row), v.minLength(1)),
  all: FullTime2023Row,
})

export const KEY_FIGURE_UNITS = ['prosent', 'arsverk', 'personer', 'mrd-kr', 'forhold'] as const
export const QUALIFIERS = ['om lag', 'rundt', 'nærmere', 'i overkant av', 'i underkant av'] as const

export const KeyFiguresSchema = v.object({
  provenance: ProvenanceSchema,
  figures: v.pipe(
    v.array(
      v.object({
        id,
        label: text,
        value: v.pipe(v.number(), v.finite()),
        unit: v.picklist(KEY_FIGURE_UNITS),
        qualifier: v.nullable(v.picklist(QUALIFIERS)),
        year: text,
        groups: v.optional(v.array(id)),
        heading: text,
        quote: text,
        citedSource: v.optional(text),
      }),
    ),
    v.check((figures) => unique(figures, (f) => f.id), 'figure ids must be unique'),
  ),
  /** The plan's own words, without a number: quoted verbatim under their heading. */
  statements: v.pipe(
    v.array(v.object({ id, label: text, heading: text, quote: text })),
    v.check((statements) => unique(statements, (s) => s.id), 'statement ids must be unique'),
  ),
})

const KsPoint = v.object({
  year: v.pipe(count, v.minValue(1900)),
  value: percent,
  /** The sentence the figure stands in, verbatim. */
  quote: text,
  url: httpsUrl,
  note: v.optional(text),
  /** Whom the figure covers, as its own sentence says, where that differs from the series'. */
  population: v.optional(text),
})

export const KsFullTimeSchema = v.object({
  provenance: ProvenanceSchema,
  definition: text,
  turnusDefinition: text,
  coverage: text,
  series: v.pipe(
    v.array(
      v.object({
        id,
        label: text,
        population: text,
        measure: v.picklist(['heltidsandel', 'stillingsstorrelse']),
        points: v.pipe(
          v.array(KsPoint),
          v.minLength(1),
          v.check(
            (points) => points.every((p, i) => i === 0 || p.year > points[i - 1]!.year),
            'years must rise, one point a year',
          ),
        ),
      }),
    ),
    v.minLength(1),
    v.check((series) => unique(series, (s) => s.id), 'series ids must be unique'),
  ),
})

export const Arsverk2023Schema = v.object({
  provenance: ProvenanceSchema,
  definition: text,
  figures: v.pipe(
    v.array(
      v.object({
        id,
        label: text,
        /** The row's label as SSB prints it (nynorsk). */
        sourceLabel: text,
        value: count,
        changeSince2022Percent: percentPoints,
        changeSince2019Percent: percentPoints,
      }),
    ),
    v.minLength(1),
    v.check((figures) => unique(figures, (f) => f.id), 'figure ids must be unique'),
  ),
})

export type Provenance = v.InferOutput<typeof ProvenanceSchema>
export type ArsverkData = v.InferOutput<typeof ArsverkSchema>
export type EducationGroup = ArsverkData['groups'][number]
export type UsersData = v.InferOutput<typeof UsersSchema>
export type PopulationData = v.InferOutput<typeof PopulationSchema>
export type FullTime2021Data = v.InferOutput<typeof FullTime2021Schema>
export type FullTime2023Data = v.InferOutput<typeof FullTime2023Schema>
export type FullTime2023Row = v.InferOutput<typeof FullTime2023Row>
export type KeyFiguresData = v.InferOutput<typeof KeyFiguresSchema>
export type KeyFigure = KeyFiguresData['figures'][number]
export type Statement = KeyFiguresData['statements'][number]
export type KsFullTimeData = v.InferOutput<typeof KsFullTimeSchema>
export type KsSeries = KsFullTimeData['series'][number]
export type Arsverk2023Data = v.InferOutput<typeof Arsverk2023Schema>

/** Every data file the dashboard loads, by file name. */
export const DATASETS = {
  arsverk: { file: DATA_FILES.arsverk, schema: ArsverkSchema },
  users: { file: DATA_FILES.users, schema: UsersSchema },
  population: { file: DATA_FILES.population, schema: PopulationSchema },
  fullTime2021: { file: DATA_FILES.fullTime2021, schema: FullTime2021Schema },
  fullTime2023: { file: DATA_FILES.fullTime2023, schema: FullTime2023Schema },
  keyFigures: { file: DATA_FILES.keyFigures, schema: KeyFiguresSchema },
  ksFullTime: { file: DATA_FILES.ksFullTime, schema: KsFullTimeSchema },
  arsverk2023: { file: DATA_FILES.arsverk2023, schema: Arsverk2023Schema },
} as const satisfies Record<DatasetName, unknown>

export type { DatasetName }
export type Datasets = {
  [K in DatasetName]: v.InferOutput<(typeof DATASETS)[K]['schema']>
}

export type DatasetErrorKind = 'network' | 'http' | 'json' | 'schema'

export class DatasetError extends Error {
  override name = 'DatasetError'
  constructor(
    readonly file: string,
    /** The technical detail, e.g. `groups[3].sysselsatte: Invalid type: …`. */
    readonly detail: string,
    readonly kind: DatasetErrorKind = 'schema',
  ) {
    super(`${file}: ${detail}`)
  }
}

function formatPath(path: v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '(root)'
  return path
    .map((item, i) => {
      const key = item.key
      if (typeof key === 'number') return `[${key}]`
      const name = String(key)
      return i === 0 ? name : `.${name}`
    })
    .join('')
}

/** Validates parsed JSON against the dataset's schema; throws a `DatasetError` naming file and path. */
export function parseDataset<K extends DatasetName>(name: K, input: unknown): Datasets[K] {
  const { file, schema } = DATASETS[name]
  const result = v.safeParse(schema as v.GenericSchema, input, { abortPipeEarly: true })
  if (!result.success) {
    const issue = result.issues[0]
    throw new DatasetError(file, `${formatPath(issue.path)}: ${issue.message}`)
  }
  return result.output as Datasets[K]
}
