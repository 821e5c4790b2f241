import { describe, expect, it } from 'vitest'
import { arsverkRows } from '@/metrics/arsverk-table'
import { fullTimeRows } from '@/metrics/full-time'
import {
  arsverkSlide,
  buildSlides,
  fullTimeSlide,
  SLIDE_BARS,
  workplaceSlide,
} from '@/metrics/slides'
import { workplaceFigures } from '@/metrics/workplace'
import { loadDataset } from '../helpers/files'

const source = { label: 'Kilde', href: '#kilde' }
const arsverk = loadDataset('arsverk')
const rows = arsverkRows(
  arsverk.groups,
  arsverk.levels,
  arsverk.groups.map((g) => g.id),
  false,
)

describe('arsverkSlide', () => {
  it('leads with the group where most årsverk are missing, as in the plan’s table', () => {
    const slide = arsverkSlide(rows, source)!
    // Plan, 2021: 54 105 årsverk missing in all; 28 881 of them among assistants without training.
    expect(slide.text).toBe(
      'Det gjelder 28\u00a0881 av i alt 54\u00a0105 årsverk som mangler til heltid (tall for 2021).',
    )
    expect(slide.title).toMatch(/^Flest årsverk mangler til heltid blant pleieassistenter/)
    expect(slide.chart?.tone).toBe('gap')
    expect(slide.chart?.bars).toHaveLength(SLIDE_BARS)
    expect(slide.chart?.caption).toContain(`de ${SLIDE_BARS} største av ${rows.length} grupper`)
  })

  it('gives no slide without rows', () => {
    expect(arsverkSlide([], source)).toBeNull()
  })
})

describe('fullTimeSlide', () => {
  const fullTime = loadDataset('fullTime2023')
  const slide = fullTimeSlide(fullTimeRows(fullTime.rows), source)!

  it('shows both ends of the range its sentence names', () => {
    const labels = slide.chart!.bars.map((b) => b.display)
    expect(slide.text).toContain(labels[0]!)
    expect(slide.text).toContain(labels.at(-1)!)
    expect(slide.chart?.scaleMax).toBe(100)
    expect(slide.chart?.tone).toBe('main')
  })
})

describe('workplaceSlide', () => {
  it('states the unit against the nation in whole points', () => {
    const figures = workplaceFigures([
      { group: 'helsefagarbeider', employees: 4, percent: 50 },
      { group: 'sykepleier', employees: 2, percent: 100 },
    ])
    const slide = workplaceSlide(figures, 0.733, source)
    // 4 årsverk of 6 employees: 66,7 %, 7 points under 73,3 %.
    expect(slide.title).toBe('Stillingene hos dere er 7 prosentpoeng mindre enn i landet')
    expect(slide.highlight).toBe('66,7\u00a0%')
    expect(slide.text).toContain('4 årsverk fordelt på 6 ansatte')
    expect(slide.text).toContain('33\u00a0% har hel stilling')
  })
})

describe('buildSlides', () => {
  it('keeps the chosen cards only, then charts, then the workplace', () => {
    const card = (id: string) => ({ id, title: id, highlight: '1', text: 't', sources: [] })
    const chart = { id: 'c', title: 'c', text: 't', sources: [] }
    const slides = buildSlides(
      [card('a'), card('b'), card('c2')],
      ['c2', 'a'],
      [chart, null],
      chart,
    )
    expect(slides.map((s) => s.id)).toEqual(['a', 'c2', 'c', 'c'])
  })
})
