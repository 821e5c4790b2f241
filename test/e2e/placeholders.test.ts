import { describe, expect, inject, it } from 'vitest'
import { browserForFile } from './browser'

/**
 * Sections below the first are skipped by the browser until approached
 * (content-visibility), and stand in with a placeholder height until first laid out. A
 * placeholder far from the section's real height makes the page jump when it is reached,
 * and checks that measure boxes (target size) see overlap. The placeholders are set per
 * section in the stylesheet; this test measures each section on a phone and holds each
 * placeholder to within a margin of it.
 */

const baseUrl = inject('baseUrl')
const browser = browserForFile()

/** How far a placeholder may be from the section's measured height, as a share. */
const MARGIN = 0.2

describe('placeholder heights', () => {
  it(`are within ${MARGIN * 100} % of each section's height at 375 px`, async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 812 } })
    const page = await context.newPage()
    await page.goto(baseUrl)
    await page.locator('#arsverk table').waitFor({ state: 'attached' })
    await page.mouse.move(180, 400)
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 1000)
    await page.locator('#hva-om .scenario-result').waitFor()
    await page.locator('#arbeidsplass').getByRole('button', { name: 'Legg til rad' }).waitFor()
    const sections = await page.locator('main > .section').evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        placeholder: /(\d+)px/.exec(getComputedStyle(el).containIntrinsicHeight)?.[1] ?? null,
        skipped: getComputedStyle(el).contentVisibility === 'auto',
      })),
    )
    const off: string[] = []
    for (const s of sections) {
      if (!s.skipped || s.placeholder === null) continue
      const section = page.locator(`#${s.id}`)
      await section.scrollIntoViewIfNeeded()
      // A section skipped while its tool loaded keeps its stale size until laid out again:
      // measure once the height has held for a few frames.
      const height = await section.evaluate(async (el) => {
        let last = -1
        let same = 0
        for (let frame = 0; frame < 60 && same < 3; frame++) {
          await new Promise(requestAnimationFrame)
          const h = el.getBoundingClientRect().height
          same = h === last ? same + 1 : 0
          last = h
        }
        return last
      })
      const placeholder = Number(s.placeholder)
      console.info(`#${s.id}: ${Math.round(height)} px, placeholder ${placeholder} px`)
      if (Math.abs(placeholder - height) > MARGIN * height)
        off.push(`#${s.id}: placeholder ${placeholder} px, measured ${Math.round(height)} px`)
    }
    // Every section after the first is skipped while off screen, and has a placeholder.
    expect(sections.filter((s) => s.skipped).length).toBe(sections.length - 1)
    expect(off).toEqual([])
    await context.close()
  })
})
