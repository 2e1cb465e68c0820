/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example's evaluering and læring, actions 7 and 8 of sirkel_example_fill (): evaluation
 * plans, logic models, evaluation indicators with their measured values, and then lessons,
 * improvement cycles and the årshjul.
 *
 * Two measures deliberately have no evaluation plan, so the traceability check has something
 * to show. Evaluation indicators that follow a statistical indicator are written as
 * differences from the kommune's latest generated value, so they stay consistent with the
 * statistics.
 */
#define G_LOG_DOMAIN "sirkel-example-evaluation"

#include "config.h"

#include "sirkel-example-private.h"

/* ------------------------------------------------------------------------------------------
 * Evaluering: one evaluation plan per measure, except Barnetråkk (completed without one) and
 * Av-og-til-kommune (planned), so the traceability check has something to show
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  Measure     measure;
  const char *kind;
  const char *title;
  const char *method;
  const char *partner;
  const char *context;
  const char *input;
  const char *process;
  const char *product;
  const char *findings;
  const char *status;
  const char *due_date;
} EvaluationSpec;

static const EvaluationSpec evaluations[] = {
  { M_DUA, "process", "Prosessevaluering av DUÅ-foreldregruppene",
    "Oppmøteregistrering, spørreskjema til foreldrene før og etter kurset, og fokusgruppe med "
    "gruppelederne.",
    "Høgskolen i Eksempelfylket (fiktiv)",
    "Familiesenteret har hatt lange ventelister for foreldreveiledning. DUÅ ble valgt fordi "
    "programmet har sterk dokumentasjon på effekt.",
    "To sertifiserte gruppeledere, 14 samlinger per gruppe, lokaler, barnepass og kveldsmat.",
    "Den første gruppen startet i januar 2025. Oppmøtet var lavere enn ventet i starten, men "
    "økte da familiene fikk tilbud om barnepass og kveldsmat.",
    "", "", "ongoing", "2026-06-30" },
  { M_PALS, "self", "Egenevaluering av PALS etter første skoleår",
    "Registrering av alvorlige atferdshendelser hver måned, elevundersøkelsen og "
    "refleksjonsmøter i PALS-teamene.",
    "",
    "Skolene hadde ulike regler og reaksjoner, og lærerne opplevde uro i mange klasser.",
    "Ett PALS-team på hver skole, veiledning to ganger i semesteret og fire fellesmøter for "
    "hele personalet.",
    "Alle fire skoler innførte felles forventninger og ros-systemer. Ungdomsskolen kom senere "
    "i gang enn barneskolene.",
    "Færre alvorlige hendelser på tre av fire skoler.",
    "Gjennomføringen er god på barneskolene, men svakere på ungdomsskolen. Skolene trenger mer "
    "felles planleggingstid for å holde trykket oppe.",
    "completed", "2025-08-31" },
  { M_ZIPPY, "process", "Prosessevaluering av Zippys venner på to skoler",
    "Logg over gjennomførte økter, korte elevintervjuer og spørreskjema til lærerne.",
    "",
    "Lærerne ønsket et felles opplegg for å snakke om følelser og vennskap på småtrinnet.",
    "Kurs for seks lærere, materiell og en time i uka i 24 uker.",
    "Den ene skolen startet i august, den andre etter jul. Skolen som startet i august, "
    "gjennomførte flere økter.",
    "I gjennomsnitt ble 22 av 24 økter gjennomført. Elevene likte samtalene og rollespillene "
    "best.",
    "Opplegget er godt mottatt og lar seg gjennomføre innenfor ordinær undervisning. Oppstart "
    "ved skoleårets begynnelse gir best gjennomføring.",
    "completed", "2025-09-30" },
  { M_MOT, "self", "Egenevaluering av MOT i ungdomsskolen",
    "Årlig spørreskjema til elevene på 9. trinn og samtaler med MOT-coachene.",
    "",
    "MOT har vært brukt i mange år uten at kommunen har vurdert om tiltaket bør videreføres.",
    "To MOT-coacher og seks skoletimer per trinn i året.",
    "Alle planlagte timer er gjennomført de to siste skoleårene.",
    "", "", "ongoing", "2026-06-30" },
  { M_PSYKOLOGISK_FORSTEHJELP, "process", "Prosessevaluering av Psykologisk førstehjelp",
    "Logg over gjennomførte timer, spørreskjema til elevene og fokusgruppe med lærere og "
    "helsesykepleiere.",
    "",
    "Ungdomsrådet og elevrådene ba om mer undervisning om psykisk helse.",
    "Fire helsesykepleiere med kurs og fire undervisningstimer per klasse.",
    "Timene ble gjennomført i alle klasser på 5. og 8. trinn. I noen klasser holdt "
    "helsesykepleier timene alene.",
    "Alle elever på 5. og 8. trinn fikk opplegget.",
    "Timene fungerte best når helsesykepleier og lærer holdt dem sammen. Elevene ønsker mer tid "
    "til samtale og mindre tavleundervisning.",
    "completed", "2025-06-30" },
  { M_TIDLIG_INN, "self", "Egenevaluering av opplæringen i Tidlig inn",
    "Deltakerlister, spørreskjema til de ansatte før og etter opplæringen og gjennomgang av "
    "rutiner.",
    "",
    "Ansatte i barnehage og helsestasjon opplevde det som vanskelig å ta opp rus, psykiske "
    "vansker og vold med foreldre.",
    "Tre instruktører, seks samlinger og tid til refleksjon i personalgruppene.",
    "Opplæringen ble gjennomført som planlagt, men refleksjonsmøtene ble ofte avlyst i "
    "travle perioder.",
    "88 prosent av de ansatte har fått opplæring.",
    "De ansatte føler seg tryggere i samtalene, men tar sjeldnere opp temaene systematisk uten "
    "faste rutiner og refleksjonsmøter.",
    "completed", "2025-10-31" },
  { M_FRITIDSKORT, "effect", "Effektevaluering av fritidskortet",
    "Sammenligning av deltakelse før og etter innføringen (Ungdata 2023 og 2026) og bruksdata "
    "fra fritidskortet etter familiens inntekt.",
    "Høgskolen i Eksempelfylket (fiktiv)",
    "Barn fra familier med lav inntekt deltar sjeldnere i organisert fritid.",
    "Fritidskort til alle barn 6–18 år, digital løsning og oppsøkende informasjon.",
    "Kortet er tatt i bruk av om lag halvparten av barna, men færre i familiene med lavest "
    "inntekt.",
    "", "", "ongoing", "2027-03-31" },
  { M_HELSEFREMMENDE_SKOLER, "self", "Årlig egenevaluering som helsefremmende skoler",
    "Skolene vurderer seg selv etter de ti kriteriene hver vår, og resultatene drøftes i "
    "skolemiljøutvalgene.",
    "",
    "Skolene hadde mange enkeltstående helsetiltak uten felles retning.",
    "En koordinator på hver skole og deltakelse i fylkeskommunens nettverk.",
    "To skoler oppfyller alle kriteriene etter første år; de andre mangler daglig fysisk "
    "aktivitet på alle trinn.",
    "", "", "ongoing", "2026-06-30" },
  { M_LOS, "effect", "Effektevaluering av losordningen",
    "Sammenligning av fullføring og fravær for ungdom med los og en sammenlignbar gruppe fra "
    "årene før ordningen.",
    "Høgskolen i Eksempelfylket (fiktiv)",
    "Færre fullfører videregående opplæring enn i landet.",
    "Én los i full stilling og samarbeid med skolen og oppfølgingstjenesten.",
    "", "", "", "planned", "2027-12-31" },
  { M_UNGDOMSTEAM, "process", "Prosessevaluering av ungdomsteamet",
    "Intervjuer med ungdommene og de ansatte, og registrering av hvem teamet når.",
    "",
    "Unge utenfor arbeid og utdanning møtte mange ulike hjelpere uten felles plan.",
    "NAV-veileder, psykiatrisk sykepleier og miljøarbeider, samlokalisert.",
    "", "", "", "planned", "2026-12-31" },
};

/* Logic models (ressurser → aktiviteter → resultater → effekter) for six measures. */
typedef struct
{
  Measure     measure;
  const char *kind;
  const char *title;
} LogicSpec;

static const LogicSpec logic_elements[] = {
  { M_DUA, "input", "To sertifiserte gruppeledere, lokaler, barnepass og materiell" },
  { M_DUA, "activity", "Foreldregrupper med 14 ukentlige samlinger, to grupper i året" },
  { M_DUA, "output", "24 foreldre fullfører programmet hvert år" },
  { M_DUA, "short_outcome", "Foreldrene bruker mer ros og tydelige grenser, og det blir færre "
                            "konflikter hjemme" },
  { M_DUA, "long_outcome", "Færre barn med atferdsvansker i barnehage og skole" },
  { M_DUA, "impact", "Bedre psykisk helse og livskvalitet blant barn og unge" },
  { M_DUA, "assumption", "Foreldrene som trenger det mest, blir henvist og klarer å møte opp" },

  { M_PALS, "input", "PALS-team på hver skole, veiledning og fellestid for personalet" },
  { M_PALS, "activity", "Felles forventninger, ros-systemer og reaksjonstrapp på alle skolene" },
  { M_PALS, "output", "Alle fire skoler har innført PALS" },
  { M_PALS, "short_outcome", "Færre alvorlige atferdshendelser og roligere klassemiljø" },
  { M_PALS, "long_outcome", "Bedre trivsel og mindre mobbing" },
  { M_PALS, "impact", "Bedre psykisk helse og mindre ensomhet blant barn og unge" },

  { M_PSYKOLOGISK_FORSTEHJELP, "input", "Helsesykepleiere med kurs og undervisningsmateriell" },
  { M_PSYKOLOGISK_FORSTEHJELP, "activity", "Fire undervisningstimer per klasse på 5. og "
                                           "8. trinn" },
  { M_PSYKOLOGISK_FORSTEHJELP, "output", "Alle elever på 5. og 8. trinn får opplegget" },
  { M_PSYKOLOGISK_FORSTEHJELP, "short_outcome", "Elevene kjenner igjen egne tanker og "
                                                "følelser og vet hvor de kan få hjelp" },
  { M_PSYKOLOGISK_FORSTEHJELP, "long_outcome", "Flere søker hjelp tidlig" },
  { M_PSYKOLOGISK_FORSTEHJELP, "impact", "Færre unge med psykiske plager og lidelser" },

  { M_FRITIDSKORT, "input", "Budsjett til fritidskort, digital løsning og informasjon på "
                            "flere språk" },
  { M_FRITIDSKORT, "activity", "Fritidskort til alle barn 6–18 år og oppsøkende informasjon "
                               "til familier med lav inntekt" },
  { M_FRITIDSKORT, "output", "Andelen barn som har brukt fritidskortet" },
  { M_FRITIDSKORT, "short_outcome", "Flere barn fra familier med lav inntekt deltar i "
                                    "organisert fritid" },
  { M_FRITIDSKORT, "long_outcome", "Mindre forskjeller i deltakelse etter familiens inntekt" },
  { M_FRITIDSKORT, "impact", "Bedre livskvalitet og mindre ensomhet blant barn og unge" },
  { M_FRITIDSKORT, "assumption", "Lag og foreninger har plass til nye medlemmer" },

  { M_HELSEFREMMENDE_SKOLER, "input", "En koordinator på hver skole og fylkeskommunens "
                                      "nettverk" },
  { M_HELSEFREMMENDE_SKOLER, "activity", "Daglig fysisk aktivitet, skolemåltid og arbeid med "
                                         "det psykososiale miljøet" },
  { M_HELSEFREMMENDE_SKOLER, "output", "Antall skoler som oppfyller alle ti kriteriene" },
  { M_HELSEFREMMENDE_SKOLER, "short_outcome", "Elevene er mer fysisk aktive i skoletiden" },
  { M_HELSEFREMMENDE_SKOLER, "long_outcome", "Færre ungdommer er lite fysisk aktive" },
  { M_HELSEFREMMENDE_SKOLER, "impact", "Bedre helse og mindre sosial ulikhet i helse" },

  { M_LOS, "input", "Én los i full stilling" },
  { M_LOS, "activity", "Tett individuell oppfølging, hjemmebesøk og samarbeid med skolen og "
                       "NAV" },
  { M_LOS, "output", "25 ungdommer får oppfølging hvert år" },
  { M_LOS, "short_outcome", "Lavere fravær og færre avbrudd" },
  { M_LOS, "long_outcome", "Flere fullfører videregående opplæring" },
  { M_LOS, "impact", "Færre unge utenfor arbeid og utdanning" },
};

typedef struct
{
  const char *date;
  double      value;
  const char *title;
} MeasurementSpec;

/* With an indicator key, baseline, target and measured values are differences from the
 * kommune's latest generated value of that indicator. */
typedef struct
{
  Measure         measure;
  const char     *logic_kind;   /* the logic element it measures, or NULL */
  const char     *indicator;    /* key, or NULL */
  const char     *title;
  const char     *unit;
  int             polarity;
  double          baseline;
  const char     *baseline_date;
  double          target;
  const char     *target_date;
  MeasurementSpec measured[3];  /* up to the first without a date */
} EvalIndicatorSpec;

static const EvalIndicatorSpec eval_indicators[] = {
  { M_DUA, "output", NULL, "Foreldre som fullfører minst 10 av 14 samlinger", "prosent", 1,
    60, "2025-01-06", 80, "2027-06-30",
    { { "2025-06-15", 68, "Vårgruppen 2025" }, { "2025-12-15", 75, "Høstgruppen 2025" } } },
  { M_DUA, "short_outcome", NULL, "Foreldre som rapporterer færre konflikter hjemme", "prosent",
    1, 20, "2025-01-06", 60, "2027-06-30",
    { { "2025-06-15", 48, "Etter vårgruppen" }, { "2025-12-15", 55, "Etter høstgruppen" } } },
  { M_PALS, "short_outcome", NULL, "Alvorlige atferdshendelser per måned, alle skoler",
    "antall", -1, 14, "2024-08-15", 8, "2027-06-30",
    { { "2024-12-20", 13, "Høsten 2024" }, { "2025-06-20", 10, "Våren 2025" },
      { "2025-12-19", 9, "Høsten 2025" } } },
  { M_ZIPPY, NULL, NULL, "Elever som sier de har lært nye måter å takle vanskelige følelser på",
    "prosent", 1, 40, "2024-08-19", 70, "2025-06-20",
    { { "2025-01-31", 58, "Midtveis" }, { "2025-06-20", 74, "Ved avslutning" } } },
  { M_MOT, NULL, NULL, "Elever på 9. trinn som opplever MOT-timene som nyttige", "prosent", 1,
    50, "2023-08-15", 75, "2026-06-30",
    { { "2024-06-14", 61, "Skoleåret 2023–2024" }, { "2025-06-13", 66, "Skoleåret 2024–2025" } } },
  { M_PSYKOLOGISK_FORSTEHJELP, "output", NULL, "Elever på 5. og 8. trinn som har fått "
    "opplegget", "prosent", 1, 0, "2024-01-08", 100, "2025-06-30",
    { { "2024-06-14", 45, "Våren 2024" }, { "2024-12-20", 78, "Høsten 2024" },
      { "2025-06-20", 100, "Våren 2025" } } },
  { M_TIDLIG_INN, NULL, NULL, "Ansatte i barnehage og helsestasjon med opplæring i Tidlig inn",
    "prosent", 1, 10, "2024-02-01", 90, "2025-06-30",
    { { "2024-12-13", 55, "Etter høstens samlinger" }, { "2025-06-27", 88, "Ved avslutning" } } },
  { M_FRITIDSKORT, "output", NULL, "Barn og unge 6–18 år som har brukt fritidskortet",
    "prosent", 1, 0, "2025-01-01", 60, "2027-12-31",
    { { "2025-06-30", 34, "Første halvår 2025" }, { "2025-12-31", 47, "Hele 2025" } } },
  { M_FRITIDSKORT, "short_outcome", NULL, "Barn i familier med lav inntekt som har brukt "
    "fritidskortet", "prosent", 1, 0, "2025-01-01", 50, "2027-12-31",
    { { "2025-06-30", 18, "Første halvår 2025" }, { "2025-12-31", 24, "Hele 2025" } } },
  { M_HELSEFREMMENDE_SKOLER, "output", NULL, "Skoler som oppfyller alle ti kriteriene",
    "antall skoler", 1, 0, "2025-01-06", 4, "2028-06-30",
    { { "2025-06-20", 1, "Egenevaluering våren 2025" },
      { "2025-12-19", 2, "Oppfølging høsten 2025" } } },
  { M_LOS, "short_outcome", NULL, "Ungdom med los som fortsatt er i opplæring etter ett år",
    "prosent", 1, 55, "2025-01-01", 75, "2027-12-31",
    { { "2025-06-30", 64, "Første halvår 2025" }, { "2025-12-31", 69, "Hele 2025" } } },
  { M_LOS, "long_outcome", "vgs_fullfort", "Fullført videregående opplæring, kommunen",
    "prosent", 1, 0, "2024-12-31", 5, "2027-12-31",
    { { "2025-06-30", 1, "Foreløpig lokal telling" },
      { "2025-12-31", 1, "Foreløpig lokal telling" } } },
  { M_UNGDOMSTEAM, NULL, NULL, "Unge i ungdomsteamet som er i arbeid eller utdanning etter seks "
    "måneder", "prosent", 1, 25, "2025-09-01", 50, "2027-09-01",
    { { "2025-10-31", 27, "Første telling" }, { "2025-12-31", 31, "Andre telling" } } },
};

/* ------------------------------------------------------------------------------------------
 * Læring: lessons, improvement cycles and the årshjul
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  const char *title;
  const char *body;
  const char *source_entity;  /* "measure" or "evaluation" (the measure's evaluation) */
  Measure     source;
  const char *learned_on;
  gboolean    carry_forward;
  const char *kind;           /* experience, improvement or decision */
} LessonSpec;

static const LessonSpec lessons[] = {
  { "Oppstart ved skoleårets begynnelse gir bedre gjennomføring",
    "Skolen som startet Zippys venner i august, gjennomførte flere økter enn skolen som startet "
    "etter jul. Zippys venner er avsluttet, og lærdommen er tatt inn i rutinen for nye "
    "skoleprogram: de starter når timeplanen legges.",
    "measure", M_ZIPPY, "2025-06-20", FALSE, "improvement" },
  { "Helsesykepleier og lærer bør undervise sammen",
    "Timene i Psykologisk førstehjelp fungerte best når helsesykepleier og lærer holdt dem "
    "sammen. Læreren kjenner klassen, og helsesykepleieren gjør det lettere for elevene å søke "
    "hjelp senere.",
    "evaluation", M_PSYKOLOGISK_FORSTEHJELP, "2025-06-30", TRUE, "experience" },
  { "Opplæring må følges av faste rutiner",
    "Ansatte som hadde fått opplæring i Tidlig inn, følte seg tryggere, men tok sjelden opp "
    "temaene uten faste rutiner. Refleksjonsmøtene må inn i årsplanen, ellers blir de avlyst i "
    "travle perioder.",
    "evaluation", M_TIDLIG_INN, "2025-10-31", TRUE, "improvement" },
  { "Hvert tiltak trenger en evalueringsplan før oppstart",
    "Barnetråkk ble gjennomført, og registreringene ble brukt i arbeidet med arealplanen, men "
    "ingen laget en evalueringsplan. Vi vet derfor lite om hvordan barnas innspill påvirket "
    "planen. Alle nye tiltak skal ha en enkel evalueringsplan før de starter.",
    "measure", M_BARNETRAKK, "2025-09-15", TRUE, "decision" },
  { "Barnepass og kveldsmat øker oppmøtet",
    "Oppmøtet i DUÅ-gruppene økte tydelig da familiene fikk tilbud om barnepass og kveldsmat. "
    "Praktiske hindringer stenger ofte ute de familiene som trenger tilbudet mest.",
    "evaluation", M_DUA, "2025-06-15", TRUE, "experience" },
  { "Universelle tilbud når ikke alle av seg selv",
    "Fritidskortet ble tatt i bruk av færre barn i familier med lav inntekt enn av andre. "
    "Universelle tiltak må kombineres med oppsøkende arbeid for å jevne ut forskjeller.",
    "measure", M_FRITIDSKORT, "2025-12-31", TRUE, "experience" },
};

/* The yearly status to the council, for the years of the period so far. */
static const struct
{
  int         year;
  const char *done;
  const char *learned;
  const char *changes;
} statuses[] = {
  { 2024,
    "Oversiktsdokumentet ble lagt fram for kommunestyret, og utfordringene ble prioritert. PALS "
    "startet på alle skolene i august, og Zippys venner ble prøvd ut på to barneskoler.",
    "Arbeidet går best der tiltakseieren har satt av tid og har en fast kontaktperson. Flere "
    "tiltak manglet en plan for hvordan de skal evalueres.",
    "Alle nye tiltak skal ha en enkel evalueringsplan før de starter, og tiltakseierne melder "
    "status til folkehelsekoordinatoren hvert halvår." },
  { 2025,
    "DUÅ-foreldregruppene, Psykologisk førstehjelp, Tidlig inn og fritidskortet kom i gang. "
    "Barnetråkk og Zippys venner ble avsluttet. To forbedringssykluser ble startet.",
    "Praktiske hindringer som barnepass og manglende elektronisk ID stenger ute de familiene "
    "som trenger tilbudene mest. Opplæring uten faste rutiner gir liten endring i praksis.",
    "Tilbud til familier planlegges med barnepass og hjelp til registrering. Refleksjonsmøtene i "
    "Tidlig inn settes inn i årsplanen til helsestasjonen og barnehagene." },
  { 2026,
    "Ungdata-undersøkelsen ble gjennomført på ungdomstrinnet i mars. Losordningen og "
    "ungdomsteamet fikk sitt første hele driftsår, og alle pågående tiltak har nå en "
    "evalueringsplan unntatt Av-og-til-kommune.",
    "Faste møter mellom ungdom og los gir lavere fravær, men tallene er foreløpige. "
    "Samarbeidet med frivilligheten fungerer best når det er knyttet til et konkret tilbud.",
    "Ungdata-resultatene tas inn i den løpende oversikten før arbeidet med nytt "
    "oversiktsdokument i 2027. Av-og-til-kommune får en evalueringsplan før oppstart." },
};

typedef struct
{
  Measure     measure;
  const char *title;
  const char *aim;
  const char *indicator_text;
  const char *change_idea;
  const char *plan_text;
  const char *do_text;
  const char *study_text;
  const char *act_text;
  const char *status;
  const char *started_on;
} CycleSpec;

static const CycleSpec cycles[] = {
  { M_FRITIDSKORT, "Flere barn i familier med lav inntekt bruker fritidskortet",
    "Andelen barn i familier med lav inntekt som har brukt fritidskortet, skal øke fra om lag "
    "20 til 40 prosent innen juni 2026.",
    "Andelen av barna i familier som mottar økonomisk sosialhjelp eller bostøtte, som har brukt "
    "kortet (telling hver måned fra fritidskortløsningen).",
    "NAV-veilederen og helsesykepleieren viser familien fritidskortet og hjelper med å "
    "registrere det i samtalen.",
    "Prøves ut i én måned på helsestasjonen og NAV-kontoret. Vi venter at minst halvparten av "
    "familiene som får hjelp, tar kortet i bruk.",
    "Gjennomført i oktober 2025: 23 familier fikk hjelp til registreringen.",
    "15 av 23 familier tok kortet i bruk innen fire uker, og andelen i målgruppen økte fra 18 "
    "til 24 prosent. Registreringen tok lengre tid for familier uten elektronisk ID.",
    "Endringen blir fast praksis. I neste syklus prøver vi et papirskjema for familier uten "
    "elektronisk ID.",
    "act", "2025-09-29" },
  { M_LOS, "Lavere fravær med fast ukemøte med losen",
    "Fraværet blant ungdom med los skal ned fra 18 til 10 prosent innen skoleårets slutt.",
    "Gjennomsnittlig udokumentert fravær per uke blant ungdom med los (skolens "
    "fraværsregistrering).",
    "Et fast møte mellom ungdommen og losen hver mandag morgen på skolen.",
    "Prøves ut med åtte ungdommer i seks uker fra november 2025.",
    "Gjennomført for sju av åtte ungdommer; én sluttet å møte etter to uker.",
    "Foreløpig har fraværet gått ned fra 18 til 13 prosent. Tallene gjennomgås i januar.",
    "",
    "study", "2025-11-03" },
};

typedef struct
{
  const char *title;
  const char *kind;
  int         month;
  int         day;    /* 0: the whole month */
  int         year;   /* 0: every year */
  const char *responsible;
  const char *description;
} YearwheelSpec;

static const YearwheelSpec yearwheel[] = {
  { "Folkehelseprofilen publiseres", "oversikt", 2, 0, 0, "Folkehelsekoordinator",
    "Nye profiler kommer vanligvis i januar–mars. Importer de nye tallene og se hva som har "
    "endret seg." },
  { "Løpende oversikt rulleres", "oversikt", 4, 30, 0, "Folkehelsekoordinator",
    "Årlig gjennomgang av indikatorer, utfordringer og ressurser med den tverrfaglige "
    "arbeidsgruppen." },
  { "Innspill til handlingsdel og økonomiplan", "budget", 5, 15, 0, "Kommunedirektørens "
    "ledergruppe",
    "Tiltak og budsjettbehov meldes inn før budsjettkonferansen." },
  { "Årsrapport og internkontroll for folkehelsearbeidet", "reporting", 6, 19, 0,
    "Kommunedirektøren",
    "Rapport til kommunestyret om folkehelsearbeidet etter kommuneloven § 25-1." },
  { "Rullering av tiltak og budsjett per tiltak", "budget", 9, 15, 0, "Folkehelsekoordinator",
    "Tiltakene i handlingsdelen gjennomgås før formannskapets innstilling." },
  { "Evalueringsmøte for tiltakene", "evaluation", 10, 15, 0, "Folkehelsekoordinator",
    "Tiltakseierne legger fram evalueringer og erfaringer; lærdommene tas inn i oversikten." },
  { "Folkehelseforum med lag og foreninger", "other", 11, 6, 0, "Frivilligsentralen",
    "Felles møte om tiltak for barn og unge og fordeling av tilskudd." },
  { "Budsjett og økonomiplan vedtas", "budget", 12, 12, 0, "Kommunestyret",
    "Vedtaket gjør prioriteringene i handlingsdelen bindende for neste år." },
  { "Ungdata-undersøkelsen gjennomføres", "ungdata", 3, 0, 2026, "Folkehelsekoordinator og "
    "skolene",
    "Gjennomføres hvert tredje år om våren (2023, 2026, 2029) på ungdomstrinnet." },
  { "Ungdata-resultatene presenteres", "ungdata", 9, 0, 2026, "Folkehelsekoordinator",
    "Resultatene legges fram for ungdomsrådet, skolene og kommunestyret." },
  { "Nytt oversiktsdokument ferdig", "oversikt", 6, 30, 2027, "Folkehelsekoordinator",
    "Samlet oversiktsdokument hvert fjerde år; det skal være klart før arbeidet med "
    "planstrategien starter etter valget." },
  { "Kommunal planstrategi 2028–2031 vedtas", "planstrategi", 6, 0, 2028, "Kommunestyret",
    "Senest ett år etter at det nye kommunestyret er konstituert; folkehelseutfordringene skal "
    "drøftes." },
};

/* ------------------------------------------------------------------------------------------
 * Actions 7 and 8
 * ------------------------------------------------------------------------------------------ */

/* @logic_ids holds the ids of logic_elements[], in its order. */
static const SirkelId *
find_logic_element (const SirkelId *logic_ids,
                    Measure         measure,
                    const char     *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (logic_elements); i++)
    if (logic_elements[i].measure == measure && g_str_equal (logic_elements[i].kind, kind))
      return &logic_ids[i];
  g_assert_not_reached ();
  return NULL;
}

static gboolean
add_eval_indicator (Example                  *ex,
                    const SirkelId           *logic_ids,
                    const EvalIndicatorSpec  *spec,
                    GError                  **error)
{
  const SirkelId *logic = spec->logic_kind != NULL
                          ? find_logic_element (logic_ids, spec->measure, spec->logic_kind)
                          : NULL;
  const SirkelId *indicator = NULL;
  double offset = 0;
  SirkelId id;

  if (spec->indicator != NULL)
    {
      indicator = _sirkel_example_indicator_id (ex, spec->indicator);
      offset = _sirkel_example_latest_kommune_value (ex, spec->indicator);
    }
  if (!_sirkel_example_insert_row (ex, "eval_indicator", &id, error,
                                   "measure_id", sirkel_value_id (&ex->measures[spec->measure]),
                                   "logic_element_id", sirkel_value_id (logic),
                                   "indicator_id", sirkel_value_id (indicator),
                                   "title", sirkel_value_text (spec->title),
                                   "unit", sirkel_value_text (spec->unit),
                                   "polarity", sirkel_value_int (spec->polarity),
                                   "baseline", sirkel_value_double (offset + spec->baseline),
                                   "baseline_date", sirkel_value_text (spec->baseline_date),
                                   "target", sirkel_value_double (offset + spec->target),
                                   "target_date", sirkel_value_text (spec->target_date),
                                   NULL))
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (spec->measured) && spec->measured[k].date != NULL; k++)
    if (!_sirkel_example_insert_row (ex, "measurement", NULL, error,
                                     "eval_indicator_id", sirkel_value_id (&id),
                                     "measured_on", sirkel_value_text (spec->measured[k].date),
                                     "value",
                                     sirkel_value_double (offset + spec->measured[k].value),
                                     "title", sirkel_value_text (spec->measured[k].title),
                                     NULL))
      return FALSE;
  return TRUE;
}

/* Action 7: evaluation plans, logic models, evaluation indicators and measured values. */
gboolean
_sirkel_example_add_evaluations (Example  *ex,
                                 GError  **error)
{
  SirkelId logic_ids[G_N_ELEMENTS (logic_elements)];

  for (guint i = 0; i < G_N_ELEMENTS (evaluations); i++)
    {
      const EvaluationSpec *spec = &evaluations[i];
      const SirkelId *measure = &ex->measures[spec->measure];

      if (!_sirkel_example_insert_row (ex, "evaluation", &ex->evaluations[spec->measure], error,
                                       "measure_id", sirkel_value_id (measure),
                                       "kind", sirkel_value_text (spec->kind),
                                       "title", sirkel_value_text (spec->title),
                                       "method", sirkel_value_text (spec->method),
                                       "partner", sirkel_value_text (spec->partner),
                                       /* Self-evaluations are the measure owner's own; the
                                        * others are led by the coordinator. */
                                       "responsible",
                                       sirkel_value_text (g_str_equal (spec->kind, "self")
                                                          ? "Tiltaksansvarlig enhet"
                                                          : "Folkehelsekoordinator"),
                                       "context", sirkel_value_text (spec->context),
                                       "input", sirkel_value_text (spec->input),
                                       "process", sirkel_value_text (spec->process),
                                       "product", sirkel_value_text (spec->product),
                                       "findings", sirkel_value_text (spec->findings),
                                       "status", sirkel_value_text (spec->status),
                                       "due_date", sirkel_value_text (spec->due_date),
                                       NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (logic_elements); i++)
    {
      const LogicSpec *spec = &logic_elements[i];

      if (!_sirkel_example_insert_row (ex, "logic_element", &logic_ids[i], error,
                                       "measure_id", sirkel_value_id (&ex->measures[spec->measure]),
                                       "kind", sirkel_value_text (spec->kind),
                                       "title", sirkel_value_text (spec->title),
                                       "sort", sirkel_value_int (i + 1),
                                       NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (eval_indicators); i++)
    if (!add_eval_indicator (ex, logic_ids, &eval_indicators[i], error))
      return FALSE;
  return TRUE;
}

/* Action 8: lessons, improvement cycles and the årshjul. */
gboolean
_sirkel_example_add_learning (Example  *ex,
                              GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (lessons); i++)
    {
      const LessonSpec *spec = &lessons[i];
      gboolean from_evaluation = g_str_equal (spec->source_entity, "evaluation");
      const SirkelId *source = from_evaluation ? &ex->evaluations[spec->source]
                                               : &ex->measures[spec->source];

      g_assert (!sirkel_id_is_zero (source));
      if (!_sirkel_example_insert_row (ex, "lesson", NULL, error,
                                       "title", sirkel_value_text (spec->title),
                                       "body", sirkel_value_text (spec->body),
                                       "source_entity", sirkel_value_text (spec->source_entity),
                                       "source_id", sirkel_value_id (source),
                                       "learned_on", sirkel_value_text (spec->learned_on),
                                       "carry_forward", sirkel_value_int (spec->carry_forward),
                                       "kind", sirkel_value_text (spec->kind),
                                       NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (!_sirkel_example_insert_row (ex, "annual_status", NULL, error,
                                     "year", sirkel_value_int (statuses[i].year),
                                     "done", sirkel_value_text (statuses[i].done),
                                     "learned", sirkel_value_text (statuses[i].learned),
                                     "changes", sirkel_value_text (statuses[i].changes),
                                     NULL))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (cycles); i++)
    {
      const CycleSpec *spec = &cycles[i];
      const SirkelId *measure = &ex->measures[spec->measure];

      if (!_sirkel_example_insert_row (ex, "improvement_cycle", NULL, error,
                                       "measure_id", sirkel_value_id (measure),
                                       "title", sirkel_value_text (spec->title),
                                       "aim", sirkel_value_text (spec->aim),
                                       "indicator_text", sirkel_value_text (spec->indicator_text),
                                       "change_idea", sirkel_value_text (spec->change_idea),
                                       "plan_text", sirkel_value_text (spec->plan_text),
                                       "do_text", sirkel_value_text (spec->do_text),
                                       "study_text", sirkel_value_text (spec->study_text),
                                       "act_text", sirkel_value_text (spec->act_text),
                                       "status", sirkel_value_text (spec->status),
                                       "started_on", sirkel_value_text (spec->started_on),
                                       NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (yearwheel); i++)
    {
      const YearwheelSpec *spec = &yearwheel[i];

      if (!_sirkel_example_insert_row (ex, "yearwheel_event", NULL, error,
                                       "title", sirkel_value_text (spec->title),
                                       "kind", sirkel_value_text (spec->kind),
                                       "month", sirkel_value_int (spec->month),
                                       "day", spec->day > 0 ? sirkel_value_int (spec->day)
                                                            : sirkel_value_null (),
                                       "year", spec->year > 0 ? sirkel_value_int (spec->year)
                                                              : sirkel_value_null (),
                                       "responsible", sirkel_value_text (spec->responsible),
                                       "description", sirkel_value_text (spec->description),
                                       NULL))
        return FALSE;
    }
  return TRUE;
}
