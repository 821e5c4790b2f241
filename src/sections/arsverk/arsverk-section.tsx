import { useChartOnly } from '@/state/view-store'
import { WithData, type SectionProps } from '../with-data'
import { ArsverkView } from './arsverk-view'
import './arsverk.css'

/** «Årsverk og sysselsatte per utdanningsgruppe»: the plan's table, and what is missing. */
export function ArsverkSection({ states, retry }: SectionProps) {
  const chartOnly = useChartOnly()
  return (
    <section className="section" aria-labelledby="arsverk-tittel" id="arsverk">
      <h2 id="arsverk-tittel" className={chartOnly ? 'visually-hidden' : undefined}>
        Årsverk og sysselsatte per utdanningsgruppe (2021)
      </h2>
      {!chartOnly && (
        <p className="section__intro">
          Hvor mange årsverk hver utdanningsgruppe hadde i 2021, hvor mange personer som delte dem,
          og hvor mange årsverk som manglet til heltid: så mange årsverk til ville det vært om alle
          hadde hatt hel stilling.
        </p>
      )}
      <WithData states={states} needs={['arsverk']} retry={retry} inBrowserOnly>
        {({ arsverk }) => <ArsverkView data={arsverk} />}
      </WithData>
    </section>
  )
}
