import { useChartOnly } from '@/state/view-store'
import { WithData, type SectionProps } from '../with-data'
import { Arsverk2023 } from './arsverk-2023'
import { KsTrend } from './ks-trend'
import { Plan2021 } from './plan-2021'
import { SickLeave } from './sick-leave'
import { Ssb2023 } from './ssb-2023'
import './heltid.css'

/**
 * «Heltid og deltid»: the plan's shares for 2021, KS' register to 2023, årsverk in 2021
 * and 2023, SSB's shares by education and sick leave, each part waiting only for its own
 * data. Embedded alone, the section is SSB's chart by education.
 */
export function FullTimeSection({ states, retry }: SectionProps) {
  const chartOnly = useChartOnly()
  if (chartOnly) {
    return (
      <section className="section" aria-labelledby="heltid-tittel" id="heltid">
        <h2 id="heltid-tittel" className="visually-hidden">
          Heltid og deltid
        </h2>
        <WithData states={states} needs={['fullTime2023']} retry={retry} inBrowserOnly>
          {(data) => <Ssb2023 {...data} chartOnly={chartOnly} />}
        </WithData>
      </section>
    )
  }
  return (
    <section className="section" aria-labelledby="heltid-tittel" id="heltid">
      <h2 id="heltid-tittel">Heltid og deltid</h2>
      <p className="section__intro">
        Planens tall for 2021, utviklingen til 2023 i arbeidsgivernes register (KS) og SSBs tall
        etter utdanning. KS og SSB definerer heltid ulikt, så tallene deres står aldri i samme
        serie.
      </p>
      <WithData states={states} needs={['fullTime2021']} retry={retry} inBrowserOnly>
        {(data) => <Plan2021 {...data} />}
      </WithData>
      <WithData states={states} needs={['ksFullTime']} retry={retry} inBrowserOnly>
        {(data) => <KsTrend {...data} />}
      </WithData>
      <WithData states={states} needs={['arsverk', 'arsverk2023']} retry={retry} inBrowserOnly>
        {(data) => <Arsverk2023 {...data} />}
      </WithData>
      <WithData states={states} needs={['fullTime2023']} retry={retry} inBrowserOnly>
        {(data) => <Ssb2023 {...data} />}
      </WithData>
      <WithData states={states} needs={['keyFigures']} retry={retry} inBrowserOnly>
        {(data) => <SickLeave {...data} />}
      </WithData>
    </section>
  )
}
