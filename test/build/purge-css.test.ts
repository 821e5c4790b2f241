// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { purgeCss, usedIn } from '../../build/purge-css'

const used = usedIn(
  '<main class="chart x"><h3 id="t" class="chart__title">T</h3><svg><rect class="sc-bar"></rect></svg></main>',
)

describe('purgeCss', () => {
  it.each([
    ['.chart{margin:0}', '.chart{margin:0}'],
    ['.chart .chart__title{font-size:1rem}', '.chart .chart__title{font-size:1rem}'],
    ['.tool{color:red}', ''],
    ['.chart,.tool{color:red}', '.chart{color:red}'],
    ['button{font:inherit}', ''],
    ['h3,table{margin:0}', 'h3{margin:0}'],
    ['#t{color:red}#u{color:blue}', '#t{color:red}'],
    ['html.embedded[data-scheme=dark]{color-scheme:dark}', ''],
    [
      ':root{--bg:#fff}*,:after{box-sizing:border-box}',
      ':root{--bg:#fff}*,:after{box-sizing:border-box}',
    ],
    ['.chart:not(.tool) rect{fill:red}', '.chart:not(.tool) rect{fill:red}'],
    [
      '@media print{.chart{break-inside:avoid}.tool{display:none}}',
      '@media print{.chart{break-inside:avoid}}',
    ],
    ['@media (min-width:40em){.tool{display:none}}', ''],
    [
      '@keyframes spin{to{transform:rotate(1turn)}}',
      '@keyframes spin{to{transform:rotate(1turn)}}',
    ],
    ['@page{margin:1cm}', '@page{margin:1cm}'],
  ])('%s → %s', (css, kept) => {
    expect(purgeCss(css, used)).toBe(kept)
  })

  it('reads classes, ids and elements from HTML and SVG', () => {
    expect([...used.classes].sort()).toEqual(['chart', 'chart__title', 'sc-bar', 'x'])
    expect([...used.ids]).toEqual(['t'])
    expect(used.elements.has('rect')).toBe(true)
  })
})
