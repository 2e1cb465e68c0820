/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example's plan and tiltak, actions 5 and 6 of sirkel_example_fill (): the plans
 * (planstrategi, samfunnsdel, handlingsdel and a temaplan), hovedmål and delmål with the
 * findings they answer, and the measures with the goals they serve and their budget lines.
 *
 * Every delmål is measured by an indicator: its baseline is the kommune's latest generated
 * value and its target that value plus a fixed change, rounded like the indicator's figures.
 * The goals[] and measures[] tables are in the order of the Goal and Measure enums
 * (sirkel-example-private.h), which the evaluation phase uses too.
 */
#define G_LOG_DOMAIN "sirkel-example-plan"

#include "config.h"

#include "sirkel-catalog.h"
#include "sirkel-example-private.h"

/* ------------------------------------------------------------------------------------------
 * Plan: plans, hovedmål and delmål
 * ------------------------------------------------------------------------------------------ */

typedef enum
{
  P_PLANSTRATEGI,
  P_SAMFUNNSDEL,
  P_HANDLINGSDEL,
  P_TEMAPLAN,
  N_PLANS
} Plan;

typedef struct
{
  const char *kind;
  const char *title;
  const char *status;
  const char *adopted_on;
  const char *case_number;  /* fictional, like everything in the example */
  int         period_from;
  int         period_to;
  gboolean    public_health_discussed;
} PlanSpec;

static const PlanSpec plans[N_PLANS] = {
  [P_PLANSTRATEGI] = { "planstrategi", "Kommunal planstrategi 2024–2027", "adopted",
                       "2024-09-26", "2024/311", 2024, 2027, TRUE },
  [P_SAMFUNNSDEL] = { "samfunnsdel", "Kommuneplanens samfunnsdel 2025–2037", "adopted",
                      "2025-03-27", "2023/845", 2025, 2037, TRUE },
  [P_HANDLINGSDEL] = { "handlingsdel", "Handlingsdel med økonomiplan 2025–2028", "adopted",
                       "2024-12-12", "2024/502", 2025, 2028, TRUE },
  [P_TEMAPLAN] = { "temaplan", "Temaplan for psykisk helse og rus 2025–2028", "adopted",
                   "2025-06-19", "2025/127", 2025, 2028, TRUE },
};

typedef struct
{
  const char *level;
  int         parent;       /* a Goal, or -1 */
  Plan        plan;
  const char *title;
  const char *description;
  const char *indicator;    /* key; the baseline is the kommune's latest generated value */
  double      change;       /* target = baseline + change */
  const char *tags;
  guint       findings;     /* 1 << Finding */
} GoalSpec;

static const GoalSpec goals[N_GOALS] = {
  [GOAL_OPPVEKST] = {
    "samfunnsmal", -1, P_SAMFUNNSDEL,
    "Alle barn og unge i Lundfjord har en trygg og god oppvekst med like muligheter",
    "Kommunen skal sikre at alle barn og unge, uansett familiens økonomi, kan delta i "
    "fellesskapet på skolen og i fritiden.",
    NULL, 0, "0-24;livskvalitet", 1 << F_LAVINNTEKT | 1 << F_ENSOMHET },
  [GOAL_LAVINNTEKT] = {
    "effektmal", GOAL_OPPVEKST, P_SAMFUNNSDEL,
    "Færre barn vokser opp i familier med vedvarende lavinntekt",
    "Andelen barn i husholdninger med vedvarende lavinntekt skal ned mot nivået i landet.",
    "lavinntekt_0_17", -3.0, "0-24", 1 << F_LAVINNTEKT },
  [GOAL_ENSOMHET] = {
    "effektmal", GOAL_OPPVEKST, P_SAMFUNNSDEL,
    "Færre ungdommer er plaget av ensomhet",
    "Andelen ungdommer som er ganske mye eller veldig mye plaget av ensomhet, skal ned.",
    "ensomhet", -6.0, "0-24;psykisk helse", 1 << F_ENSOMHET },
  [GOAL_FRITID] = {
    "effektmal", GOAL_OPPVEKST, P_SAMFUNNSDEL,
    "Alle barn og unge kan delta i minst én organisert fritidsaktivitet",
    "Deltakelsen i organisert fritid skal opp, særlig blant barn i familier med lav inntekt.",
    "fritidsorganisasjon", 4.0, "0-24;livskvalitet", 1 << F_LAVINNTEKT | 1 << F_FYSISK_AKTIVITET },
  [GOAL_PSYKISK_HELSE] = {
    "samfunnsmal", -1, P_SAMFUNNSDEL,
    "Innbyggerne i Lundfjord har god psykisk helse og livskvalitet",
    "Kommunen skal fremme psykisk helse og livskvalitet og gi hjelp tidlig, med vekt på barn "
    "og unge.",
    NULL, 0, "psykisk helse;livskvalitet", 1 << F_ENSOMHET | 1 << F_PSYKISKE_PLAGER },
  [GOAL_PSYKISKE_PLAGER] = {
    "effektmal", GOAL_PSYKISK_HELSE, P_TEMAPLAN,
    "Færre unge har psykiske plager og lidelser",
    "Færre unge 15–29 år skal trenge hjelp fra fastlege eller legevakt for psykiske plager.",
    "psykiske_plager_15_29", -15.0, "0-24;psykisk helse", 1 << F_PSYKISKE_PLAGER },
  [GOAL_DEPRESJON] = {
    "effektmal", GOAL_PSYKISK_HELSE, P_TEMAPLAN,
    "Færre ungdommer har mange depressive symptomer",
    "Andelen ungdommer med et høyt nivå av depressive symptomer skal ned.",
    "depressive_symptomer", -3.0, "0-24;psykisk helse",
    1 << F_PSYKISKE_PLAGER | 1 << F_ENSOMHET },
  [GOAL_DELTAKELSE] = {
    "samfunnsmal", -1, P_SAMFUNNSDEL,
    "Lundfjord er et aktivt og inkluderende lokalsamfunn der alle kan delta i skole, arbeid og "
    "fritid",
    "Kommunen skal legge til rette for fysisk aktivitet i hverdagen og for at unge fullfører "
    "utdanning og kommer i arbeid.",
    NULL, 0, "0-24;livskvalitet", 1 << F_FYSISK_AKTIVITET | 1 << F_UTENFORSKAP },
  [GOAL_FYSISK_AKTIVITET] = {
    "effektmal", GOAL_DELTAKELSE, P_SAMFUNNSDEL,
    "Flere ungdommer er fysisk aktive hver uke",
    "Andelen ungdommer som er lite fysisk aktive, skal ned til nivået i landet.",
    "lite_fysisk_aktive", -6.0, "0-24", 1 << F_FYSISK_AKTIVITET },
  [GOAL_FULLFORING] = {
    "effektmal", GOAL_DELTAKELSE, P_SAMFUNNSDEL,
    "Flere fullfører videregående opplæring",
    "Andelen som fullfører videregående opplæring innen fem år, skal opp.",
    "vgs_fullfort", 5.0, "0-24", 1 << F_UTENFORSKAP },
  [GOAL_UTENFORSKAP] = {
    "effektmal", GOAL_DELTAKELSE, P_SAMFUNNSDEL,
    "Færre unge står utenfor arbeid og utdanning",
    "Andelen unge 20–29 år utenfor arbeid, utdanning og opplæring skal ned.",
    "neet_20_29", -2.5, "0-24", 1 << F_UTENFORSKAP },
};

/* ------------------------------------------------------------------------------------------
 * Tiltak
 * ------------------------------------------------------------------------------------------ */

#define FIRST_BUDGET_YEAR 2025
#define N_BUDGET_YEARS    3

typedef struct
{
  const char *title;
  const char *description;
  const char *responsible;
  const char *partners;
  const char *target_group;
  int         age_from;         /* -1: none */
  int         age_to;
  const char *arena;
  const char *prevention_level;
  const char *status;
  const char *start_date;
  const char *end_date;
  const char *funding;
  const char *q_feasible;
  const char *q_effective;
  const char *q_worth;
  const char *q_wanted;
  guint       goals;            /* 1 << Goal */
  double      budget[N_BUDGET_YEARS];  /* NOK per year from 2025; 0: no line */
  const char *funding_source;
} MeasureSpec;

static const MeasureSpec measures[N_MEASURES] = {
  [M_DUA] = {
    "De utrolige årene (DUÅ) – foreldregrupper",
    "Foreldreprogram i grupper for foreldre til barn med atferdsvansker. To grupper i året, "
    "ledet av sertifiserte gruppeledere fra familiesenteret.",
    "Familiesenteret", "Helsestasjonen; barnehagene; PPT",
    "Foreldre til barn 3–12 år med begynnende atferdsvansker", 3, 12, "family", "selective",
    "ongoing", "2025-01-06", "2027-12-31",
    "Kommunalt budsjett og tilskudd fra Program for folkehelsearbeid (fiktivt)",
    "Ja: familiesenteret har to sertifiserte gruppeledere og egnede lokaler.",
    "Ja: Ungsinn vurderer programmet til nivå 5, sterk dokumentasjon på effekt.",
    "Trolig: tidlig hjelp kan redusere behovet for mer omfattende tiltak i barnevern og skole "
    "senere.",
    "Ja: helsestasjonen henviser flere familier enn det er plass til.",
    1 << GOAL_DEPRESJON, { 280000, 290000, 300000 }, "Kommunalt budsjett og tilskudd" },
  [M_PALS] = {
    "PALS – positiv atferd, støttende læringsmiljø og samhandling",
    "Skoleomfattende tiltak som skal forebygge og redusere atferdsproblemer og styrke "
    "læringsmiljøet. Innføres på de tre barneskolene og ungdomsskolen.",
    "Oppvekst – grunnskole", "PPT; skolehelsetjenesten; foreldrenes arbeidsutvalg (FAU)",
    "Alle elever på 1.–10. trinn og alle ansatte i skolen", 6, 16, "school", "universal",
    "ongoing", "2024-08-15", "2027-06-30", "Kommunalt budsjett (grunnskole)",
    "Ja, men det krever at hele personalet deltar og at skoleledelsen prioriterer det over "
    "flere år.",
    "Ja: Ungsinn vurderer tiltaket til nivå 5, sterk dokumentasjon på effekt.",
    "Trolig: færre alvorlige hendelser gir mer tid til undervisning og mindre behov for "
    "spesialundervisning.",
    "Ja: foreldreutvalgene og elevrådene har bedt om et felles opplegg for et godt "
    "skolemiljø.",
    1 << GOAL_ENSOMHET | 1 << GOAL_DEPRESJON, { 350000, 320000, 300000 }, "Kommunalt budsjett" },
  [M_ZIPPY] = {
    "Zippys venner",
    "Undervisningsopplegg for 1.–4. trinn om følelser, vennskap og mestring av vanskelige "
    "situasjoner. Prøvd ut på to barneskoler skoleåret 2024–2025.",
    "Oppvekst – grunnskole", "Skolehelsetjenesten",
    "Elever på 1.–4. trinn", 6, 10, "school", "universal",
    "completed", "2024-08-19", "2025-06-20", "Tilskudd fra Statsforvalteren (fiktivt)",
    "Ja: opplegget er ferdig utarbeidet og kan gjennomføres av kontaktlærerne etter kurs.",
    "Ja: Ungsinn vurderer programmet til nivå 4, tilfredsstillende dokumentasjon på effekt.",
    "Trolig: lave kostnader per elev når lærerne først har fått kurs.",
    "Ja: lærerne på pilotskolene vil fortsette, og foreldrene har gitt gode tilbakemeldinger.",
    1 << GOAL_ENSOMHET, { 60000, 0, 0 }, "Tilskudd fra Statsforvalteren (fiktivt)" },
  [M_MOT] = {
    "MOT i ungdomsskolen",
    "Program som skal styrke ungdoms robusthet og motet til å leve, bry seg og si nei. "
    "Gjennomføres av MOT-coacher blant lærerne.",
    "Lundfjord ungdomsskole", "Idrettslaget; lokalt næringsliv",
    "Elever på 8.–10. trinn", 13, 16, "school", "universal",
    "ongoing", "2023-08-15", "2027-06-30", "Kommunalt budsjett og lokalt næringsliv (fiktivt)",
    "Ja: skolen har to MOT-coacher og faste timer i timeplanen.",
    "Usikkert: Ungsinn vurderer programmet til nivå 2 (teoretisk begrunnet); effekt er ikke "
    "dokumentert.",
    "Usikkert: kostnaden er moderat, men nytten er ikke dokumentert. Egenevalueringen skal gi "
    "grunnlag for å vurdere videreføring.",
    "Ja: elevene og foreldrene er positive, og tiltaket har bred lokal støtte.",
    1 << GOAL_FULLFORING | 1 << GOAL_ENSOMHET, { 90000, 90000, 90000 }, "Kommunalt budsjett" },
  [M_PSYKOLOGISK_FORSTEHJELP] = {
    "Psykologisk førstehjelp i skolen",
    "Undervisningsopplegg der elevene lærer å forstå og håndtere egne tanker og følelser. "
    "Helsesykepleier og lærer holder timene sammen på 5. og 8. trinn. Vurdert etter Ungsinns "
    "gamle skala (2013).",
    "Skolehelsetjenesten", "Grunnskolene",
    "Elever på 5. og 8. trinn", 10, 13, "school", "universal",
    "ongoing", "2024-01-08", "2027-12-31", "Kommunalt budsjett (helsestasjon og "
    "skolehelsetjeneste)",
    "Ja: helsesykepleierne har fått kurs, og materiellet er rimelig.",
    "Delvis: vurdert til nivå 2 etter Ungsinns gamle skala i 2013; en ny vurdering mangler.",
    "Trolig: lav kostnad, og opplegget kan gi tidligere hjelp til elever med psykiske plager.",
    "Ja: elever og lærere gir gode tilbakemeldinger, og ungdomsrådet har bedt om mer "
    "undervisning om psykisk helse.",
    1 << GOAL_PSYKISKE_PLAGER | 1 << GOAL_DEPRESJON, { 40000, 40000, 40000 },
    "Kommunalt budsjett" },
  [M_TIDLIG_INN] = {
    "Tidlig inn – kompetanse for ansatte som møter småbarnsfamilier",
    "Opplæring av ansatte i barnehager, helsestasjon og familiesenter i å oppdage og følge opp "
    "gravide og småbarnsforeldre med rusproblemer, psykiske vansker eller vold i familien.",
    "Helsestasjonen", "Barnehagene; familiesenteret; fastlegene",
    "Ansatte som møter gravide og familier med barn 0–6 år", 0, 6, "services",
    "selective",
    "completed", "2024-02-01", "2025-06-30", "Tilskudd (fiktivt) og kommunalt budsjett",
    "Ja: opplæringen er ferdig utviklet og kan gjennomføres med egne instruktører.",
    "Ikke vurdert i Ungsinn; opplæringen er godt beskrevet og bygger på kunnskap om tidlig "
    "innsats.",
    "Trolig: å oppdage problemer tidlig kan forebygge alvorlige vansker som er kostbare å "
    "behandle.",
    "Ja: de ansatte har etterspurt mer kompetanse på vanskelige samtaler med foreldre.",
    1 << GOAL_DEPRESJON, { 70000, 0, 0 }, "Kommunalt budsjett" },
  [M_FRITIDSKORT] = {
    "Fritidskortet og Fritidserklæringen",
    "Alle barn og unge 6–18 år får et digitalt fritidskort på 1000 kroner i året til "
    "kontingent og utstyr. Kommunen har sluttet seg til Fritidserklæringens mål om at alle "
    "barn skal kunne delta i minst én organisert fritidsaktivitet.",
    "Kultur og fritid", "Idrettslaget; kulturskolen; lag og foreninger; NAV",
    "Alle barn og unge 6–18 år, med ekstra oppfølging av barn i familier med lav inntekt", 6,
    18, "leisure", "universal",
    "ongoing", "2025-01-01", "2027-12-31",
    "Kommunalt budsjett og tilskudd til inkludering av barn og unge (fiktivt)",
    "Ja: kortet administreres i en digital løsning, og lag og foreninger er med.",
    "Ikke vurdert i Ungsinn; erfaringer fra andre kommuner tyder på økt deltakelse, men "
    "effekten på helse er ikke dokumentert.",
    "Usikkert: kostnaden er betydelig, og vi må følge med på om kortet når barna som ellers "
    "ikke ville deltatt.",
    "Ja: foreldre, lag og foreninger og ungdomsrådet støtter ordningen.",
    1 << GOAL_LAVINNTEKT | 1 << GOAL_FRITID, { 1200000, 1250000, 1300000 },
    "Kommunalt budsjett og tilskudd (fiktivt)" },
  [M_BARNETRAKK] = {
    "Barnetråkk i planarbeidet",
    "Barn på 4.–7. trinn registrerer skoleveier, lekeplasser og steder de liker eller synes "
    "er utrygge på et digitalt kart. Resultatene brukes i arealplanen og "
    "trafikksikkerhetsplanen.",
    "Plan og utvikling", "Barneskolene; barn og unges representant i plansaker",
    "Barn på 4.–7. trinn", 9, 12, "neighbourhood", "universal",
    "completed", "2025-03-01", "2025-06-15", "Kommunalt budsjett (plan)",
    "Ja: verktøyet er gratis, og skolene gjennomførte registreringen på en skoletime.",
    "Ikke vurdert i Ungsinn; tiltaket virker gjennom bedre planer, ikke direkte på helse.",
    "Ja: lav kostnad, og det gir kunnskap om barns bruk av nærmiljøet som ellers mangler.",
    "Ja: barna deltok engasjert, og politikerne vil gjenta det før neste arealplan.",
    1 << GOAL_FYSISK_AKTIVITET, { 25000, 0, 0 }, "Kommunalt budsjett" },
  [M_HELSEFREMMENDE_SKOLER] = {
    "Helsefremmende skoler",
    "Skolene arbeider etter ti kriterier for helsefremmende skoler, blant annet daglig fysisk "
    "aktivitet, sunne måltider og et godt psykososialt miljø, og gjør en egenevaluering hvert "
    "år.",
    "Oppvekst – grunnskole", "Skolehelsetjenesten; FAU; fylkeskommunen",
    "Alle elever i grunnskolen", 6, 16, "school", "universal",
    "ongoing", "2025-01-06", "2028-06-30", "Kommunalt budsjett",
    "Ja: kriteriene kan innføres gradvis, og fylkeskommunen tilbyr et nettverk.",
    "Ikke vurdert i Ungsinn; kriteriene bygger på kunnskap om skolens betydning for helse.",
    "Trolig: lave kostnader, og arbeidet samordner tiltak skolene allerede gjør.",
    "Ja: rektorene og FAU har sluttet seg til satsingen.",
    1 << GOAL_FYSISK_AKTIVITET | 1 << GOAL_DEPRESJON, { 50000, 50000, 50000 },
    "Kommunalt budsjett" },
  [M_AV_OG_TIL] = {
    "Av-og-til-kommune",
    "Kommunen blir Av-og-til-kommune og gjennomfører alkoholforebyggende kampanjer rettet mot "
    "voksne, med vekt på alkoholfrie arenaer der barn er til stede.",
    "Rus og psykisk helse", "Politiet; lag og foreninger; serveringsstedene",
    "Voksne, særlig foreldre til barn og ungdom", 18, -1, "neighbourhood", "universal",
    "planned", "2026-03-01", NULL, "Kommunalt budsjett (rusforebygging)",
    "Ja: konseptet er ferdig utviklet, og kampanjemateriell er tilgjengelig.",
    "Ikke vurdert i Ungsinn; holdningskampanjer alene har usikker effekt på alkoholbruken.",
    "Usikkert: lav kostnad, men nytten er vanskelig å måle.",
    "Ja: foreldreutvalgene ønsker flere alkoholfrie arrangementer.",
    1 << GOAL_PSYKISK_HELSE, { 0, 30000, 30000 }, "Kommunalt budsjett" },
  [M_LOS] = {
    "Los for ungdom i fare for å falle fra",
    "En los (miljøarbeider) følger opp ungdom med høyt fravær eller som har avbrutt "
    "videregående opplæring, og hjelper dem tilbake til skole, læreplass eller arbeid.",
    "Ungdomstjenesten", "Videregående skole; fylkeskommunens oppfølgingstjeneste; NAV",
    "Ungdom 15–21 år med høyt fravær eller som har avbrutt videregående opplæring", 15, 21,
    "school", "indicated",
    "ongoing", "2025-01-01", "2027-12-31",
    "Tilskudd fra fylkeskommunen (fiktivt) og kommunalt budsjett",
    "Ja: én los er ansatt, og samarbeidet med videregående skole er avklart.",
    "Ikke vurdert i Ungsinn; lignende ordninger i andre kommuner har lovende resultater, men "
    "dokumentasjonen er svak.",
    "Trolig: hver ungdom som fullfører utdanning, gir store gevinster for den enkelte og for "
    "samfunnet.",
    "Ja: ungdommene som har hatt los, er positive, og skolen ønsker ordningen videreført.",
    1 << GOAL_FULLFORING | 1 << GOAL_UTENFORSKAP, { 650000, 650000, 650000 },
    "Tilskudd fra fylkeskommunen (fiktivt)" },
  [M_UNGDOMSTEAM] = {
    "Ungdomsteamet – kommunen og NAV sammen",
    "Et tverrfaglig team med NAV-veileder, psykiatrisk sykepleier og miljøarbeider gir "
    "samordnet oppfølging til unge som står utenfor arbeid og utdanning.",
    "NAV Lundfjord og helse og omsorg", "Fastlegene; videregående skole; lokalt næringsliv",
    "Unge 16–29 år utenfor arbeid og utdanning", 16, 29, "services", "indicated",
    "ongoing", "2025-09-01", "2028-08-31", "Kommunalt budsjett og NAV",
    "Ja: teamet er bemannet med eksisterende stillinger som er samlokalisert.",
    "Ikke vurdert i Ungsinn; arbeidsrettet oppfølging har god støtte i forskning, men teamet "
    "som helhet er ikke evaluert.",
    "Trolig: kostnaden for samfunnet er svært høy når unge blir stående utenfor.",
    "Ja: ungdommene ønsker én fast kontaktperson i stedet for mange.",
    1 << GOAL_UTENFORSKAP | 1 << GOAL_PSYKISKE_PLAGER | 1 << GOAL_LAVINNTEKT,
    { 150000, 150000, 150000 }, "Kommunalt budsjett" },
};

/* ------------------------------------------------------------------------------------------
 * Actions 5 and 6
 * ------------------------------------------------------------------------------------------ */

/* Action 5: plans, hovedmål and delmål with baselines from the generated figures. */
gboolean
_sirkel_example_add_plan (Example  *ex,
                          GError  **error)
{
  SirkelId plan_ids[N_PLANS];

  for (Plan p = 0; p < N_PLANS; p++)
    if (!_sirkel_example_insert_row (ex, "plan", &plan_ids[p], error,
                                     "kind", sirkel_value_text (plans[p].kind),
                                     "title", sirkel_value_text (plans[p].title),
                                     "status", sirkel_value_text (plans[p].status),
                                     "adopted_on", sirkel_value_text (plans[p].adopted_on),
                                     "case_number", sirkel_value_text (plans[p].case_number),
                                     "period_from", sirkel_value_int (plans[p].period_from),
                                     "period_to", sirkel_value_int (plans[p].period_to),
                                     "public_health_discussed",
                                     sirkel_value_int (plans[p].public_health_discussed),
                                     NULL))
      return FALSE;

  for (Goal g = 0; g < N_GOALS; g++)
    {
      const GoalSpec *spec = &goals[g];
      const SirkelId *parent = spec->parent >= 0 ? &ex->goals[spec->parent] : NULL;
      gboolean measured = spec->indicator != NULL;
      const SirkelId *indicator = NULL;
      double baseline = 0;
      double target = 0;

      if (measured)
        {
          indicator = _sirkel_example_indicator_id (ex, spec->indicator);
          baseline = _sirkel_example_latest_kommune_value (ex, spec->indicator);
          target = _sirkel_example_round_like (spec->indicator, baseline + spec->change);
        }

      /* Parents come first in goals[], so their ids exist. */
      g_assert (spec->parent < (int) g);
      if (!_sirkel_example_insert_row (ex, "goal", &ex->goals[g], error,
                                       "parent_id", sirkel_value_id (parent),
                                       "level", sirkel_value_text (spec->level),
                                       "title", sirkel_value_text (spec->title),
                                       "description", sirkel_value_text (spec->description),
                                       "plan_id", sirkel_value_id (&plan_ids[spec->plan]),
                                       "indicator_id", sirkel_value_id (indicator),
                                       "baseline", measured ? sirkel_value_double (baseline)
                                                            : sirkel_value_null (),
                                       "baseline_year", measured ? sirkel_value_int (LAST_YEAR)
                                                                 : sirkel_value_null (),
                                       "target", measured ? sirkel_value_double (target)
                                                          : sirkel_value_null (),
                                       "target_year", measured ? sirkel_value_int (2027)
                                                               : sirkel_value_null (),
                                       "tags", sirkel_value_text (spec->tags),
                                       "sort", sirkel_value_int (g + 1),
                                       NULL))
        return FALSE;
      for (Finding f = 0; f < N_FINDINGS; f++)
        if ((spec->findings & (1u << f)) != 0 &&
            !_sirkel_example_insert_row (ex, "goal_finding", NULL, error,
                                         "goal_id", sirkel_value_id (&ex->goals[g]),
                                         "finding_id", sirkel_value_id (&ex->findings[f]),
                                         NULL))
          return FALSE;
    }
  return TRUE;
}

/* The measures taken from the bundled catalogue: their evidence rating and provider come
 * from there, so the example and the tiltaksbank never disagree. */
static const char *const catalog_ids[N_MEASURES] = {
  [M_DUA] = "dua-foreldreprogram",
  [M_PALS] = "pals",
  [M_ZIPPY] = "zippys-venner",
  [M_MOT] = "mot",
  [M_PSYKOLOGISK_FORSTEHJELP] = "psykologisk-forstehjelp",
  [M_TIDLIG_INN] = "tidlig-inn",
  [M_FRITIDSKORT] = "fritidserklaeringen",
  [M_BARNETRAKK] = "barnetrakk",
  [M_HELSEFREMMENDE_SKOLER] = "helsefremmende-skoler",
  [M_AV_OG_TIL] = "av-og-til-kommune",
};

static GVariant *
text_or_null (const char *text)
{
  return text != NULL ? sirkel_value_text (text) : sirkel_value_null ();
}

/* The kind of each partner named in measures[].partners (measure_partner.kind). */
static const char *
partner_kind (const char *name)
{
  static const struct { const char *name; const char *kind; } kinds[] = {
    { "Idrettslaget", "voluntary" },
    { "lag og foreninger", "voluntary" },
    { "foreldrenes arbeidsutvalg (FAU)", "users" },
    { "FAU", "users" },
    { "barn og unges representant i plansaker", "users" },
    { "lokalt næringsliv", "business" },
    { "serveringsstedene", "business" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (name, kinds[i].name))
      return kinds[i].kind;
  return "public";
}

/* The partners of a measure as measure_partner rows, and the research partner of its
 * evaluation where it has one. */
static gboolean
add_partners (Example          *ex,
              Measure           m,
              const char       *partners,
              GError          **error)
{
  g_auto(GStrv) names = g_strsplit (partners, "; ", -1);
  guint sort = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      /* Names are written in running text ("barnehagene"); a partner list starts each with a
       * capital letter. */
      g_autofree char *title = g_strdup (names[i]);
      gunichar first = g_utf8_get_char (title);
      g_autofree char *capital = NULL;
      char buffer[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_toupper (first), buffer);
      capital = g_strconcat (buffer, g_utf8_next_char (title), NULL);
      if (!_sirkel_example_insert_row (ex, "measure_partner", NULL, error,
                                       "measure_id", sirkel_value_id (&ex->measures[m]),
                                       "kind", sirkel_value_text (partner_kind (names[i])),
                                       "title", sirkel_value_text (capital),
                                       "sort", sirkel_value_int (++sort),
                                       NULL))
        return FALSE;
    }
  if (m == M_DUA || m == M_FRITIDSKORT || m == M_LOS)
    return _sirkel_example_insert_row (ex, "measure_partner", NULL, error,
                                       "measure_id", sirkel_value_id (&ex->measures[m]),
                                       "kind", sirkel_value_text ("research"),
                                       "title", sirkel_value_text ("Høgskolen i Eksempelfylket (fiktiv)"),
                                       "role", sirkel_value_text ("Forskningspartner i evalueringen"),
                                       "sort", sirkel_value_int (++sort),
                                       NULL);
  return TRUE;
}

/* Action 6: measures, the goals they serve, their partners and their budget lines. */
gboolean
_sirkel_example_add_measures (Example  *ex,
                              GError  **error)
{
  g_autoptr(SirkelCatalog) catalog = sirkel_catalog_load_bundled (error);

  if (catalog == NULL)
    return FALSE;
  for (Measure m = 0; m < N_MEASURES; m++)
    {
      const MeasureSpec *spec = &measures[m];
      const SirkelCatalogEntry *entry = catalog_ids[m] != NULL
                                        ? sirkel_catalog_find (catalog, catalog_ids[m]) : NULL;
      /* A role, not a person: the example names no one. */
      g_autofree char *contact = g_strdup_printf ("Leder, %s", spec->responsible);

      if (!_sirkel_example_insert_row (ex, "measure", &ex->measures[m], error,
                                       "title", sirkel_value_text (spec->title),
                                       "description", sirkel_value_text (spec->description),
                                       "catalog_ref", text_or_null (catalog_ids[m]),
                                       "provider", sirkel_value_text (entry != NULL && entry->provider != NULL
                                                                      ? entry->provider : ""),
                                       "evidence_scheme", text_or_null (entry != NULL ? entry->evidence_scheme : NULL),
                                       "evidence_level", text_or_null (entry != NULL ? entry->evidence_level : NULL),
                                       "evidence_edition", text_or_null (entry != NULL ? entry->evidence_edition : NULL),
                                       "evidence_year", entry != NULL && entry->evidence_year > 0
                                                        ? sirkel_value_int (entry->evidence_year)
                                                        : sirkel_value_null (),
                                       "evidence_source", sirkel_value_text (entry != NULL && entry->evidence_source != NULL
                                                                             ? entry->evidence_source : ""),
                                       "responsible", sirkel_value_text (spec->responsible),
                                       "contact", sirkel_value_text (contact),
                                       "target_group", sirkel_value_text (spec->target_group),
                                       "age_from", _sirkel_example_int_or_null (spec->age_from),
                                       "age_to", _sirkel_example_int_or_null (spec->age_to),
                                       "arena", sirkel_value_text (spec->arena),
                                       "prevention_level",
                                       sirkel_value_text (spec->prevention_level),
                                       "status", sirkel_value_text (spec->status),
                                       "start_date", sirkel_value_text (spec->start_date),
                                       "end_date", sirkel_value_text (spec->end_date),
                                       "funding", sirkel_value_text (spec->funding),
                                       "q_feasible", sirkel_value_text (spec->q_feasible),
                                       "q_effective", sirkel_value_text (spec->q_effective),
                                       "q_worth", sirkel_value_text (spec->q_worth),
                                       "q_wanted", sirkel_value_text (spec->q_wanted),
                                       "sort", sirkel_value_int (m + 1),
                                       NULL) ||
          !add_partners (ex, m, spec->partners, error))
        return FALSE;

      for (Goal g = 0; g < N_GOALS; g++)
        if ((spec->goals & (1u << g)) != 0 &&
            !_sirkel_example_insert_row (ex, "measure_goal", NULL, error,
                                         "measure_id", sirkel_value_id (&ex->measures[m]),
                                         "goal_id", sirkel_value_id (&ex->goals[g]),
                                         NULL))
          return FALSE;

      for (guint y = 0; y < N_BUDGET_YEARS; y++)
        {
          g_autofree char *title = NULL;

          if (spec->budget[y] <= 0)
            continue;
          title = g_strdup_printf ("Budsjett %u", FIRST_BUDGET_YEAR + y);
          if (!_sirkel_example_insert_row (ex, "budget_line", NULL, error,
                                           "measure_id", sirkel_value_id (&ex->measures[m]),
                                           "year", sirkel_value_int (FIRST_BUDGET_YEAR + y),
                                           "amount", sirkel_value_double (spec->budget[y]),
                                           "funding_source",
                                           sirkel_value_text (spec->funding_source),
                                           "title", sirkel_value_text (title),
                                           NULL))
            return FALSE;
        }
    }
  return TRUE;
}
