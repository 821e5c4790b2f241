import { formatInteger, formatShare } from './format'
import { averagePositionSize, scenario, shareOfNeed, type WorkforceRow } from './workforce'

/**
 * «Hva om…»: raise the average position size of one group, of every group, or of every
 * group to the level of a chosen group, and see the extra årsverk.
 */
export type ScenarioSpec =
  /** Target average position size (fraction) for one group, or for all when groupId is null. */
  | { kind: 'mal'; target: number; groupId: string | null }
  /** Every group up to the average position size of the benchmark group. */
  | { kind: 'niva'; benchmarkId: string }

export interface ScenarioGroup extends WorkforceRow {
  id: string
  name: string
  /** The name in running text, plural and lower case («sykepleiere»). */
  textName: string
}

export interface ScenarioRow {
  id: string
  name: string
  current: number | null
  /** The target applied to this group, or null when it is left as it is. */
  target: number | null
  arsverk: number
  scenarioArsverk: number
  extra: number
}

export interface ScenarioResult {
  rows: ScenarioRow[]
  totalExtra: number
  /** totalExtra / the 2035 need, or null without a need. */
  shareOfNeed: number | null
  /** The target as a fraction (for «niva», the benchmark's level); null if it cannot be found. */
  target: number | null
  benchmarkName: string | null
}

export function runScenario(
  groups: readonly ScenarioGroup[],
  spec: ScenarioSpec,
  need: number | undefined,
): ScenarioResult {
  const benchmark = spec.kind === 'niva' ? groups.find((g) => g.id === spec.benchmarkId) : undefined
  const target =
    spec.kind === 'mal' ? spec.target : benchmark ? averagePositionSize(benchmark) : null
  const applies = (g: ScenarioGroup) =>
    target !== null && (spec.kind === 'niva' || spec.groupId === null || spec.groupId === g.id)
  const { rows, totalExtra } = scenario(groups, (g) => (applies(g) ? target : null))
  return {
    rows: rows.map((r) => ({
      id: r.row.id,
      name: r.row.name,
      current: averagePositionSize(r.row),
      target: r.target,
      arsverk: r.row.arsverk,
      scenarioArsverk: r.arsverk,
      extra: r.extra,
    })),
    totalExtra,
    shareOfNeed: need === undefined ? null : shareOfNeed(totalExtra, need),
    target,
    benchmarkName: benchmark?.textName ?? null,
  }
}

/**
 * The result in one sentence, for the reader and for the copy button. The figures are the
 * plan's for 2021, so the sentence says «i 2021»; what the calculation adds is «årsverk
 * i tillegg», a quantity of its own: only a target of 100 % gives the årsverk missing to
 * full-time.
 */
export function scenarioSentence(
  result: ScenarioResult,
  spec: ScenarioSpec,
  groups: readonly ScenarioGroup[],
  needText: string | null,
  year = '2021',
  /** When SSB made its projection («2019»), where the citation says. */
  projectedIn?: string,
): string {
  const extra = formatInteger(result.totalExtra)
  const need =
    needText && result.shareOfNeed !== null
      ? ` Det tilsvarer om lag ${formatShare(result.shareOfNeed, 0)} av de ${needText}ene SSB${projectedIn ? ` i ${projectedIn}` : ''} anslo at tjenesten kan trenge å vokse med fram til 2035.`
      : ''
  if (result.target === null) return 'Velg en gruppe å sammenligne med.'
  const level = formatShare(result.target)
  if (spec.kind === 'niva') {
    return `Hvis alle grupper i ${year} hadde hatt minst like stor gjennomsnittlig stillingsstørrelse som ${result.benchmarkName} (${level}), ville omsorgstjenesten hatt ${extra} årsverk i tillegg.${need}`
  }
  const group = groups.find((g) => g.id === spec.groupId)
  const who = group ? group.textName : 'alle grupper'
  return `Hvis ${who} i ${year} hadde hatt en gjennomsnittlig stillingsstørrelse på minst ${level}, ville omsorgstjenesten hatt ${extra} årsverk i tillegg.${need}`
}

/**
 * The calculation the reader chose, from the view's parameters: a target for one group
 * or all («mal», target in percent), or every group up to a benchmark's level («niva»).
 * An unknown group counts as none; without a benchmark, the group with the largest
 * average position is the benchmark.
 */
export function scenarioSpec(
  groups: readonly ScenarioGroup[],
  view: {
    kind: 'mal' | 'niva'
    targetPercent: number
    groupId: string | null
    benchmarkId: string | null
  },
): ScenarioSpec {
  const known = (id: string | null) => (id !== null && groups.some((g) => g.id === id) ? id : null)
  if (view.kind === 'mal') {
    return { kind: 'mal', target: view.targetPercent / 100, groupId: known(view.groupId) }
  }
  const highest = [...groups].sort(
    (a, b) => (averagePositionSize(b) ?? 0) - (averagePositionSize(a) ?? 0),
  )[0]
  return { kind: 'niva', benchmarkId: known(view.benchmarkId) ?? highest?.id ?? '' }
}

/**
 * The calculation per group as table text: the extra årsverk first (a phone shows it
 * beside the group before any scrolling), then position size and årsverk in `year` and in
 * the calculation; «uendret» where the group already is at or above the target. The sum
 * row adds the årsverk columns.
 */
export function scenarioTable(result: ScenarioResult) {
  const extra = (n: number) => (n > 0 ? `+${formatInteger(n)}` : '0')
  return {
    rows: result.rows.map((r) => ({
      key: r.id,
      header: r.name,
      cells: [
        extra(r.extra),
        formatShare(r.current),
        r.target === null || (r.current ?? 0) >= r.target ? 'uendret' : formatShare(r.target),
        formatInteger(r.arsverk),
        formatInteger(r.scenarioArsverk),
      ],
    })),
    footer: {
      key: 'sum',
      header: 'Sum',
      cells: [
        `+${formatInteger(result.totalExtra)}`,
        '',
        '',
        formatInteger(result.rows.reduce((s, r) => s + r.arsverk, 0)),
        formatInteger(result.rows.reduce((s, r) => s + r.scenarioArsverk, 0)),
      ],
    },
  }
}
