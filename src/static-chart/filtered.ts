import { DATA_FILES } from '@/data/files'
import { parseDataset } from '@/data/schema'
import { fullViewUrl } from '@/state/embed'
import { parseView } from '@/state/view-url'
import { arsverkEmbed, fullTimeEmbed, usersEmbed, type ChartEmbed } from './charts'
import { embedBody } from './html'

/** The dataset each chart is drawn from, and how. */
const DRAW = {
  arsverk: async (load) => arsverkEmbed(parseDataset('arsverk', await load('arsverk')), view()),
  heltid: async (load) =>
    fullTimeEmbed(parseDataset('fullTime2023', await load('fullTime2023')), view()),
  brukere: async (load) => usersEmbed(parseDataset('users', await load('users')), view()),
} satisfies Record<
  string,
  (load: (name: keyof typeof DATA_FILES) => Promise<unknown>) => Promise<ChartEmbed>
>

const view = () => parseView(window.location.search)

/** Says so under the chart when the link's choice could not be drawn; the plain chart stays. */
function notDrawn(main: Element) {
  const note = document.createElement('p')
  note.className = 'data-problem'
  note.setAttribute('role', 'status')
  note.textContent = 'Utvalget i lenken kunne ikke vises. Her er diagrammet for alle tallene.'
  main.prepend(note)
}

/**
 * Draws the chart for the view in the link (filters, sort), in place of the plain chart
 * the page was built with. The page says which chart and part it is, and where the site's
 * root lies (<html data-section data-part data-root>).
 */
export async function drawFiltered(): Promise<void> {
  const root = document.documentElement
  const main = document.querySelector('main')
  const section = root.dataset.section
  const siteRoot = root.dataset.root ?? './'
  try {
    if (!main || !(section === 'arsverk' || section === 'heltid' || section === 'brukere')) return
    const load = async (name: keyof typeof DATA_FILES) => {
      const url = new URL(`${siteRoot}data/${DATA_FILES[name]}`, window.location.href)
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${DATA_FILES[name]}: HTTP ${response.status}`)
      return (await response.json()) as unknown
    }
    const embed = await DRAW[section](load)
    const { html, css } = embedBody(embed, {
      withTable: root.dataset.part === 'diagram-tabell',
      fullPage: fullViewUrl(siteRoot, { ...view(), section: null }),
    })
    // The chart's own rules (tick labels by width) through the CSSOM: the page's
    // Content-Security-Policy allows no new <style> element, and needs none.
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    main.innerHTML = html
  } catch {
    if (main) notDrawn(main)
  } finally {
    root.classList.remove('sc-pending')
  }
}
