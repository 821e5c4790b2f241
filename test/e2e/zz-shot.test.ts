import { it, inject } from 'vitest'
import { launch } from './browser'
it('shots', async () => {
  const b = await launch()
  const sections = (process.env.SECTIONS ?? 'heltid,brukere').split(',')
  for (const [w, scheme] of [
    [375, 'light'],
    [1280, 'dark'],
  ] as const) {
    const c = await b.newContext({ viewport: { width: w, height: 1000 }, colorScheme: scheme })
    const p = await c.newPage()
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.text())
    })
    await p.goto(inject('baseUrl') + (process.env.Q ?? ''))
    await p.getByText('54\u00a0105 årsverk').first().waitFor()
    for (const s of sections) {
      await p.locator('#' + s).scrollIntoViewIfNeeded()
      await p.waitForTimeout(700)
      await p.locator('#' + s).screenshot({ path: `/tmp/sec-${s}-${w}.png` })
    }
    await c.close()
  }
  await b.close()
})
