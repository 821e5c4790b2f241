/** The terms the page uses, defined once: årsverk, sysselsatte, stillingsstørrelse, heltid, brukerfrekvens. */
export function Definitions() {
  return (
    <dl className="definitions">
      <dt>Årsverk</dt>
      <dd>
        Avtalt arbeidstid regnet om til hele stillinger. To personer i halv stilling er til sammen
        ett årsverk.
      </dd>
      <dt>Sysselsatte</dt>
      <dd>
        Personer som jobber i tjenesten, uansett stillingsstørrelse. Hver person telles én gang.
      </dd>
      <dt>Gjennomsnittlig stillingsstørrelse</dt>
      <dd>Årsverk delt på sysselsatte. Dette er planens egen definisjon.</dd>
      <dt id="begrep-mangler-til-heltid">Årsverk som mangler til heltid</dt>
      <dd>
        Sysselsatte minus årsverk: hvor mye større de samme personenes avtalte stillinger ville
        vært, regnet i årsverk, om alle hadde hel stilling. Mye av arbeidet blir likevel gjort, som
        ekstravakter, merarbeid og med vikarer; tallet sier hvor mye som ikke ligger i faste,
        avtalte stillinger. Planen regner på samme måte når den skriver{' '}
        {'«om lag 55\u00a0000 flere årsverk»'}. Heltid i tall bruker dette ene navnet overalt.
      </dd>
      <dt>Heltid</dt>
      <dd>
        SSB: avtalt stilling på 100 % eller mer i hovedarbeidsforholdet. KS (arbeidsgivernes
        PAI-register, 1. desember) legger sammen alle stillingene en person har i kommunen. En som
        har to deltidsstillinger, kan derfor telle som heltidsansatt hos KS, men ikke hos SSB. Ved
        hvert heltidstall står det hvilken definisjon det bruker.
      </dd>
      <dt>Brukerfrekvens</dt>
      <dd>
        Andelen av befolkningen i en aldersgruppe som mottar omsorgstjenester 31. desember. Heltid i
        tall deler antall brukere på befolkningen 1. januar året etter. Slik blir alle de 35
        brukerfrekvensene lik planens.
      </dd>
    </dl>
  )
}
