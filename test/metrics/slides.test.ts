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
    const slide = arsverkSlide(rows, '2021', source)!
    // Plan, 2021: 54 105 årsverk missing in all; 28 881 of them among assistants without training.
    expect(slide.text).toBe(
      '28\u00a0881 av de 54\u00a0105 årsverkene som manglet til heltid i 2021, fantes blant pleieassistenter uten helse- og sosialfaglig utdanning.',
    )
    expect(slide.title).toMatch(/^Flest årsverk mangler til heltid blant pleieassistenter/)
    expect(slide.chart?.tone).toBe('gap')
    expect(slide.chart?.bars).toHaveLength(SLIDE_BARS)
    // Counted in words, as the embed and the handout count them.
    expect(slide.chart?.caption).toBe(
      'Årsverk som mangler til heltid, 2021: de fem gruppene der flest årsverk mangler, av tolv',
    )
  })

  it('gives no slide without rows', () => {
    expect(arsverkSlide([], '2021', source)).toBeNull()
  })
})

describe('fullTimeSlide', () => {
  const fullTime = loadDataset('fullTime2023')
  const slide = fullTimeSlide(fullTimeRows(fullTime.rows), source)!

  it('shows both ends of the range its sentence names, counted as the embed counts them', () => {
    const labels = slide.chart!.bars.map((b) => b.display)
    expect(slide.text).toContain(labels[0]!)
    expect(slide.text).toContain(labels.at(-1)!)
    expect(slide.text).toContain('helse- og sosialtjenestene')
    expect(slide.text).toContain('4.\u00a0kvartal 2023')
    expect(slide.chart?.caption).toBe(
      'Andel med heltid, 4.\u00a0kvartal 2023: de to høyeste og tre laveste av elleve utdanningsgrupper',
    )
    expect(slide.chart?.scaleMax).toBe(100)
    expect(slide.chart?.tone).toBe('main')
  })
})

describe('workplaceSlide', () => {
  it('leads with what is missing, in the shop steward’s words, and compares in whole points', () => {
    const figures = workplaceFigures([
      { group: 'helsefagarbeider', employees: 4, percent: 50 },
      { group: 'sykepleier', employees: 2, percent: 100 },
    ])
    const slide = workplaceSlide(figures, 0.733, '2021', source)
    // 4 årsverk of 6 employees: 2 missing; 66,7 % against 73,3 % in 2021.
    expect(slide.title).toBe('Hos oss mangler 2 årsverk til heltid')
    expect(slide.highlight).toBe('2 årsverk')
    expect(slide.text).toContain('6 ansatte deler 4 årsverk')
    expect(slide.text).toContain('mot 73,3\u00a0% for de samme gruppene i landet i 2021')
    expect(slide.text).toContain('33\u00a0% har hel stilling')
    expect(`${slide.title} ${slide.text}`).not.toMatch(/hos dere/i)
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
