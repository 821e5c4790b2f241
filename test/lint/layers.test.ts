// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The one-way flow (data → metrics → state → components → sections → app) is held by
 * ESLint zones in eslint.config.js. These cases lint a line of code as if it stood in a
 * file of each layer, so a zone that stops working fails here, not in review.
 */
const eslint = new ESLint()

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const x = 1\n`, { filePath })
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports')
}

describe('imports run one way', () => {
  it.each([
    ['src/data/load-extra.ts', "import '@/metrics/format'"],
    ['src/metrics/extra.ts', "import '@/state/view-store'"],
    ['src/metrics/extra.ts', "import 'react'"],
    ['src/metrics/arguments/extra.ts', "import '../../components/tables/data-table'"],
    ['src/state/extra.ts', "import '@/components/tables/data-table'"],
    ['src/components/charts/extra.tsx', "import '@/state/view-store'"],
    ['src/components/charts/extra.tsx', "import '../../sections/arsverk/arsverk-view'"],
    ['src/sections/heltid/extra.tsx', "import '@/app'"],
    ['src/static-chart/extra.ts', "import 'recharts'"],
  ])('%s may not %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(true)
  })

  it.each([
    ['src/metrics/arguments/extra.ts', "import '../format'"],
    ['src/components/charts/extra.tsx', "import '@/metrics/format'"],
    ['src/sections/heltid/extra.tsx', "import '@/state/view-store'"],
    ['src/app-extra.tsx', "import '@/sections/heltid/heltid-section'"],
  ])('%s may %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(false)
  })
})
