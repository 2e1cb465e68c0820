/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example's oversikt and prioritisation, actions 3 and 4 of sirkel_example_fill (): one
 * assessment per category of forskrift om oversikt over folkehelsen § 3, the challenges and
 * resources (findings) with the indicators they rest on, and then the working group's criteria,
 * its scores for every challenge, the challenges marked as prioritised and the council's
 * decision.
 *
 * The findings[] table is in the order of the Finding enum (sirkel-example-private.h), so the
 * plan's goals can name the findings they answer. The scores are chosen so that the five
 * prioritised challenges come out on top.
 */
#define G_LOG_DOMAIN "sirkel-example-overview"

#include "config.h"

#include "sirkel-example-private.h"

/* ------------------------------------------------------------------------------------------
 * Oversikt: assessments per forskrift § 3 category, challenges and resources
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  const char *category;
  const char *title;
  const char *status;
  const char *body;
  const char *sources;
} AssessmentSpec;

static const AssessmentSpec assessments[] = {
  { "a", "Befolkningen blir eldre, og veksten har stoppet opp", "final",
    "Lundfjord har om lag 14 000 innbyggere. Folketallet har økt litt over tid, men veksten har "
    "vært lavere enn i landet, og de siste årene har folketallet stått stille eller gått litt "
    "ned.\n\n"
    "Befolkningen er eldre enn i landet: andelen over 80 år er tydelig høyere, og andelen barn "
    "og unge er noe lavere. Andelen som bor alene blant personer 45 år og eldre er på nivå med "
    "landet. Andelen innvandrere og norskfødte med innvandrerforeldre er lavere enn i landet, "
    "men øker.\n\n"
    "Aldringen gir flere innbyggere som trenger tjenester og færre i yrkesaktiv alder. Det gjør "
    "forebygging av fall og ensomhet blant eldre viktig, og det gjør det viktig at unge velger "
    "å bli boende eller å flytte tilbake.",
    "Generert eksempeldata etter mønster av folkehelseprofilen (befolkning). Lokal kunnskap fra "
    "planavdelingen (fiktiv)." },
  { "b", "Flere barn i lavinntektsfamilier og flere unge utenfor skole og arbeid", "final",
    "Andelen barn som bor i husholdninger med vedvarende lavinntekt er høyere i Lundfjord enn i "
    "landet, og forskjellen er statistisk sikker. Andelen har økt både i kommunen og i landet "
    "det siste tiåret. Andelen barn av enslige forsørgere er på nivå med landet. "
    "Inntektsulikheten (P90/P10) er lavere enn i landet; det betyr ikke at det er lite "
    "fattigdom, men at det er færre svært høye inntekter.\n\n"
    "Færre fullfører videregående opplæring enn i landet, og flere unge mellom 20 og 29 år står "
    "utenfor både arbeid og utdanning. Andelen uføretrygdede mellom 18 og 44 år er også klart "
    "høyere enn i landet og har økt. Disse indikatorene henger sammen og peker på en gruppe "
    "unge som står i fare for varig utenforskap.\n\n"
    "Trivselen på skolen er god på både 7. og 10. trinn, og mobbing og leseferdigheter på "
    "5. trinn er på nivå med landet. Skolene og helsestasjonen har et godt samarbeid, som er en "
    "viktig ressurs i arbeidet med barn og unge.",
    "Generert eksempeldata etter mønster av folkehelseprofilen og oppvekstprofilen (inntekt, "
    "utdanning, skole). NAV Lundfjord og skolene (fiktiv lokal kunnskap)." },
  { "c", "Godt drikkevann, og et nærmiljø ungdommene er fornøyd med", "draft",
    "Nesten alle innbyggerne får drikkevann med tilfredsstillende hygienisk kvalitet. For de to "
    "første årene i perioden mangler tall for kommunen.\n\n"
    "Ungdommene i Lundfjord er mer fornøyd med lokalmiljøet enn ungdom i landet, og klart flere "
    "er med i en fritidsorganisasjon. Det sterke lag- og foreningslivet, særlig idrettslaget, "
    "og det gode turstinettet nær boligområdene er ressurser kommunen kan bygge videre på. "
    "Nesten alle ungdommene føler seg trygge i nærmiljøet.\n\n"
    "Vurderingen av støy, luftkvalitet og radon er ikke ferdig og skal suppleres med kunnskap "
    "fra miljørettet helsevern ved neste rullering.",
    "Generert eksempeldata etter mønster av folkehelseprofilen og Ungdata. Miljørettet "
    "helsevern (fiktiv lokal kunnskap)." },
  { "d", "Flere hoftebrudd enn i landet, ellers skader på landsnivå", "final",
    "Skader behandlet i sykehus og trafikkskader ligger på nivå med landet. Blant barn og unge "
    "0–24 år er skadeforekomsten også på nivå med landet.\n\n"
    "Forekomsten av hoftebrudd er høyere enn i landet og har ikke gått like mye ned som "
    "nasjonalt. Med en økende andel eldre vil fallskader bli en større utfordring i årene "
    "framover, både for den enkelte og for helse- og omsorgstjenestene.\n\n"
    "Årsakene er sammensatte: glatte veier og fortau om vinteren, lite styrke- og "
    "balansetrening blant eldre, legemiddelbruk og boliger som ikke er tilpasset. Mange av "
    "disse forholdene kan kommunen påvirke.",
    "Generert eksempeldata etter mønster av folkehelseprofilen (skader). Hjemmetjenesten "
    "(fiktiv lokal kunnskap)." },
  { "e", "Mange ungdommer er lite fysisk aktive, og overvekten er høy", "final",
    "Andelen ungdommer som er lite fysisk aktive er klart høyere enn i landet, og andelen har "
    "økt. Andelen 17-åringer med overvekt eller fedme er også høyere enn i landet. Skjermtiden "
    "er på nivå med landet.\n\n"
    "Andelen ungdommer som har vært beruset er noe høyere enn i landet, men forskjellen er ikke "
    "statistisk sikker. Andelen gravide som røyker har gått kraftig ned; de siste årene er "
    "tallene for kommunen anonymisert fordi det er for få tilfeller.\n\n"
    "Lite fysisk aktivitet blant ungdom henger sammen med at mange slutter med organisert "
    "idrett i 14–15-årsalderen, og med lange avstander til aktivitetstilbud for ungdom som bor "
    "utenfor sentrum.",
    "Generert eksempeldata etter mønster av Ungdata og folkehelseprofilen. Ungdomsrådet "
    "(fiktiv lokal kunnskap)." },
  { "f", "Flere unge med psykiske plager og ensomhet enn i landet", "final",
    "Forventet levealder i Lundfjord er litt lavere enn i landet, men forskjellen er innenfor "
    "den statistiske usikkerheten. Kvinner lever i gjennomsnitt om lag fire år lenger enn "
    "menn.\n\n"
    "Flere unge mellom 15 og 29 år er i kontakt med fastlege eller legevakt for psykiske "
    "symptomer og lidelser enn i landet, og andelen øker. Ungdata viser at klart flere "
    "ungdommer er plaget av ensomhet enn i landet, og at jenter rapporterer mer ensomhet og "
    "flere depressive symptomer enn gutter.\n\n"
    "Bruken av legemidler mot KOLS og astma, type 2-diabetes og depresjon er på nivå med "
    "landet. Færre er behandlet i sykehus for hjerte- og karsykdom enn i landet.\n\n"
    "Psykiske plager og ensomhet blant unge er den største utfordringen innen helsetilstand, og "
    "de henger sammen med funnene om lavinntekt, frafall og lite fysisk aktivitet.",
    "Generert eksempeldata etter mønster av folkehelseprofilen og Ungdata. Helsestasjon for "
    "ungdom og fastlegene (fiktiv lokal kunnskap)." },
};

typedef struct
{
  const char *kind;
  const char *category;
  const char *title;
  const char *description;
  const char *causes;
  const char *consequences;
  const char *inequality;
  const char *age_group;
  const char *sources;
  const char *priority_reason;  /* NULL: not prioritised */
  const char *indicators[4];    /* keys, up to the first NULL */
} FindingSpec;

static const FindingSpec findings[N_FINDINGS] = {
  [F_LAVINNTEKT] = {
    "challenge", "b", "Barn som vokser opp i familier med vedvarende lavinntekt",
    "En større andel barn i Lundfjord enn i landet bor i husholdninger med vedvarende "
    "lavinntekt, og andelen har økt det siste tiåret.",
    "Mange arbeidsplasser i kommunen er deltidsstillinger i handel og omsorg, og flere familier "
    "har bare én inntekt. Lave boligpriser trekker til seg familier med lav inntekt.",
    "Barn i lavinntektsfamilier deltar sjeldnere i organiserte fritidsaktiviteter, har oftere "
    "dårligere helse og fullfører sjeldnere videregående opplæring. Lavinntekt i oppveksten "
    "øker risikoen for utenforskap som voksen.",
    "Lavinntekt er en av de viktigste årsakene til sosiale helseforskjeller. Barn av enslige "
    "forsørgere og barn med innvandrerbakgrunn er overrepresentert.",
    "0–17 år",
    "Generert eksempeldata (vedvarende lavinntekt, barn av enslige forsørgere). NAV og "
    "helsestasjonen (fiktiv lokal kunnskap).",
    "Høy og økende andel, klart høyere enn i landet, og stor betydning for sosial ulikhet i "
    "helse. Kommunen kan påvirke gjennom fritidskort, boligpolitikk og samarbeid med NAV.",
    { "lavinntekt_0_17", "enslige_forsorgere" } },
  [F_ENSOMHET] = {
    "challenge", "f", "Ensomhet blant ungdom",
    "Klart flere ungdommer på ungdomstrinnet er plaget av ensomhet enn i landet. Andelen har "
    "økt, særlig blant jenter.",
    "Ungdommene peker selv på få møteplasser utenfor skole og idrett, lange avstander og mye "
    "tid foran skjermen. Overgangen til en felles ungdomsskole for hele kommunen nevnes også.",
    "Ensomhet henger sammen med psykiske plager, dårligere skoleresultater og frafall, og kan "
    "følge den unge inn i voksenlivet.",
    "Ungdom fra familier med dårlig råd og ungdom som ikke deltar i organisert fritid er oftere "
    "plaget av ensomhet.",
    "13–15 år",
    "Generert eksempeldata etter mønster av Ungdata (ensomhet, depressive symptomer). "
    "Ungdomsrådet (fiktiv lokal kunnskap).",
    "Stort omfang og klart dårligere enn landet. Psykisk helse blant barn og unge er også "
    "satsingsområdet i Program for folkehelsearbeid i kommunene.",
    { "ensomhet", "depressive_symptomer" } },
  [F_FYSISK_AKTIVITET] = {
    "challenge", "e", "Lite fysisk aktivitet blant ungdom",
    "Andelen ungdommer som er lite fysisk aktive er klart høyere enn i landet, og andelen "
    "17-åringer med overvekt eller fedme er også høyere.",
    "Mange slutter med organisert idrett i 14–15-årsalderen, og det finnes få uorganiserte "
    "aktivitetstilbud. Skoleskyss og lange avstander gjør at få går eller sykler til skolen.",
    "Lite fysisk aktivitet øker risikoen for overvekt, muskel- og skjelettplager og psykiske "
    "plager, og vaner fra ungdomstiden følger ofte med inn i voksenlivet.",
    "Ungdom fra familier med lav inntekt deltar sjeldnere i organisert idrett, blant annet på "
    "grunn av kostnader til utstyr og kontingent.",
    "13–17 år",
    "Generert eksempeldata etter mønster av Ungdata og sesjonsdata. Idrettslaget (fiktiv "
    "lokal kunnskap).",
    "Stort omfang og klart dårligere enn landet. Kommunen har stort handlingsrom gjennom "
    "skolen, nærmiljøanlegg og samarbeid med idrettslaget.",
    { "lite_fysisk_aktive", "overvekt_17", "skjermtid" } },
  [F_PSYKISKE_PLAGER] = {
    "challenge", "f", "Psykiske plager og lidelser blant unge",
    "Flere unge mellom 15 og 29 år er i kontakt med fastlege eller legevakt for psykiske "
    "symptomer og lidelser enn i landet, og andelen øker år for år.",
    "Press knyttet til skole og utseende, ensomhet og rus, og at unge som står utenfor arbeid "
    "og utdanning har få faste holdepunkter i hverdagen. Noe av økningen kan skyldes at flere "
    "søker hjelp.",
    "Psykiske plager er en av de viktigste årsakene til frafall i skolen og til at unge havner "
    "utenfor arbeidslivet, og gir økt press på helsetjenestene.",
    "Unge kvinner har flere kontakter enn unge menn. Unge utenfor arbeid og utdanning er "
    "overrepresentert.",
    "15–29 år",
    "Generert eksempeldata etter mønster av folkehelseprofilen (primærhelsetjenesten, "
    "legemidler) og Ungdata. Fastlegene (fiktiv lokal kunnskap).",
    "Høy og økende forekomst, klart høyere enn i landet, og nær sammenheng med frafall og "
    "utenforskap.",
    { "psykiske_plager_15_29", "antidepressiva", "depressive_symptomer" } },
  [F_UTENFORSKAP] = {
    "challenge", "b", "Unge utenfor skole, arbeid og utdanning",
    "Færre fullfører videregående opplæring enn i landet, og flere unge mellom 20 og 29 år "
    "står utenfor arbeid og utdanning. Andelen uføretrygdede mellom 18 og 44 år er også klart "
    "høyere enn i landet.",
    "Få lokale læreplasser, lang reisevei til videregående skole og psykiske plager er de "
    "viktigste årsakene de lokale aktørene peker på.",
    "Å stå utenfor arbeid og utdanning som ung øker risikoen for varig utenforskap, lavinntekt "
    "og dårligere helse, og gir høye kostnader for den enkelte og for kommunen.",
    "Unge med foreldre med lav utdanning og unge som har vokst opp i lavinntektsfamilier er "
    "overrepresentert.",
    "16–29 år",
    "Generert eksempeldata (fullført videregående, NEET, uføretrygd). NAV og "
    "oppfølgingstjenesten (fiktiv lokal kunnskap).",
    "Alvorlige og langvarige konsekvenser for den enkelte, klart dårligere enn landet og tett "
    "knyttet til lavinntekt og psykisk helse.",
    { "neet_20_29", "ufore_18_44", "vgs_fullfort" } },
  [F_ALKOHOL] = {
    "challenge", "e", "Alkoholbruk blant ungdom",
    "Andelen ungdommer som har vært beruset er noe høyere enn i landet, men forskjellen er ikke "
    "statistisk sikker. Andelen har gått ned over tid, som i landet.",
    "Ungdommene forteller om lett tilgang til alkohol gjennom eldre venner og søsken, og om "
    "fester uten voksne til stede.",
    "Tidlig alkoholdebut øker risikoen for skader, vold og senere rusproblemer.",
    "Tallene viser ingen tydelige sosiale forskjeller i kommunen.",
    "13–19 år",
    "Generert eksempeldata etter mønster av Ungdata. Politiet og SLT-koordinator (fiktiv "
    "lokal kunnskap).",
    NULL,
    { "har_vaert_beruset" } },
  [F_FALLSKADER] = {
    "challenge", "d", "Fallskader og hoftebrudd blant eldre",
    "Forekomsten av hoftebrudd er høyere enn i landet. Kommunen har en større andel eldre enn "
    "landet, og andelen over 80 år vil øke.",
    "Glatte veier og fortau om vinteren, lite styrke- og balansetrening, legemidler som gir "
    "svimmelhet, og boliger som ikke er tilpasset.",
    "Hoftebrudd gir ofte varig redusert funksjon og økt behov for hjemmetjenester og "
    "sykehjemsplass.",
    "Eldre som bor alene og eldre med lav inntekt har høyere risiko.",
    "65 år og eldre",
    "Generert eksempeldata (hoftebrudd, skader, befolkning). Hjemmetjenesten (fiktiv lokal "
    "kunnskap).",
    NULL,
    { "hoftebrudd", "skader_sykehus", "andel_over_80" } },
  [F_SOSIAL_ULIKHET] = {
    "challenge", "b", "Sosiale helseforskjeller",
    "Utdanningsnivået er noe lavere enn i landet, og forventet levealder er litt lavere. "
    "Lavinntekt, frafall og utenforskap går igjen i de samme gruppene.",
    "Skjev fordeling av inntekt, utdanning og arbeid, og tjenester og fritidstilbud som ikke "
    "alltid når dem som trenger dem mest.",
    "Sosiale helseforskjeller gir tapte leveår og dårligere livskvalitet, og de forsterkes over "
    "generasjoner hvis kommunen ikke arbeider systematisk med utjevning.",
    "Utfordringen handler i seg selv om fordeling; tallene for utdanning og levealder bør "
    "brytes ned på utdanningsnivå når slike data finnes.",
    "alle aldre",
    "Generert eksempeldata (inntektsulikhet, utdanning, levealder).",
    NULL,
    { "inntektsulikhet", "utdanning_30_39", "forventet_levealder" } },
  [F_FRIVILLIGHET] = {
    "resource", "c", "Sterkt lag- og foreningsliv",
    "Klart flere ungdommer i Lundfjord er med i en fritidsorganisasjon enn i landet. "
    "Idrettslaget har mange medlemmer og et godt samarbeid med kommunen.",
    "Lang tradisjon for dugnad og frivillighet, kommunale driftstilskudd og gratis lån av "
    "haller.",
    "Lag og foreninger gir møteplasser, fysisk aktivitet og tilhørighet, og er viktige "
    "samarbeidspartnere i arbeidet mot ensomhet og lite fysisk aktivitet.",
    "Ikke alle deltar: barn fra lavinntektsfamilier deltar sjeldnere. Fritidskortet skal bidra "
    "til å jevne ut dette.",
    "alle aldre",
    "Generert eksempeldata etter mønster av Ungdata. Frivilligsentralen (fiktiv lokal "
    "kunnskap).",
    NULL,
    { "fritidsorganisasjon" } },
  [F_SKOLE_HELSESTASJON] = {
    "resource", "b", "Godt samarbeid mellom skole og helsestasjon",
    "Skolehelsetjenesten er til stede på alle skolene flere dager i uka, og skolene og "
    "helsestasjonen har faste samarbeidsmøter. Trivselen på skolen er god på både 7. og "
    "10. trinn.",
    "En bevisst satsing på skolehelsetjenesten over flere år og felles ledelse av "
    "oppvekstområdet.",
    "Kort vei til hjelp for elever og foreldre, og en god arena for tiltak som Psykologisk "
    "førstehjelp og PALS.",
    "Lav terskel for å oppsøke helsesykepleier gjør at også elever som ellers ikke søker hjelp, "
    "blir fanget opp.",
    "6–19 år",
    "Generert eksempeldata (trivsel). Skolene og helsestasjonen (fiktiv lokal kunnskap).",
    NULL,
    { "trives_7", "trives_10" } },
  [F_FRILUFTSLIV] = {
    "resource", "c", "Turstinett og nære friluftsområder",
    "Kommunen har et godt merket turstinett kort vei fra boligområdene, og ungdommene er mer "
    "fornøyd med lokalmiljøet enn ungdom i landet.",
    "Turlaget og kommunen har merket og skiltet stier i mange år, med spillemidler og støtte "
    "fra friluftsrådet.",
    "Nære friluftsområder gjør det lett å være fysisk aktiv i hverdagen, for alle aldre og "
    "uten kostnader.",
    "Friluftsliv er et lavterskeltilbud som også når dem som ikke deltar i organisert idrett.",
    "alle aldre",
    "Generert eksempeldata etter mønster av Ungdata. Turlaget (fiktiv lokal kunnskap).",
    NULL,
    { "fornoyd_lokalmiljo", "trygg_naermiljo" } },
};

/* ------------------------------------------------------------------------------------------
 * Prioritisation: criteria, scores for every challenge and the council's decision
 * ------------------------------------------------------------------------------------------ */

#define N_CRITERIA 5

typedef struct
{
  const char *title;
  const char *description;
  double      weight;
  int         scale_max;
} CriterionSpec;

static const CriterionSpec criteria[N_CRITERIA] = {
  { "Omfang",
    "Hvor mange som er berørt, og hvor stor forskjellen er fra fylket og landet.", 1.0, 3 },
  { "Alvorlighetsgrad",
    "Hvor alvorlige konsekvensene er for den enkelte og for samfunnet, på kort og lang sikt.",
    1.5, 3 },
  { "Utvikling over tid",
    "Om utfordringen blir større, er stabil eller blir mindre.", 1.0, 3 },
  { "Sosial ulikhet og fordeling",
    "Om utfordringen rammer noen grupper mer enn andre og bidrar til sosiale "
    "helseforskjeller.", 1.5, 3 },
  { "Påvirkbarhet",
    "Hvor stort handlingsrom kommunen har, og om det finnes virksomme tiltak.", 1.0, 3 },
};

/* Weighted sums 17, 15.5, 14, 15.5, 15, 9.5, 11 and 12.5: the five prioritised challenges
 * come out on top, as the working group's recommendation to the council said. */
static const int scores[N_CHALLENGES][N_CRITERIA] = {
  [F_LAVINNTEKT] = { 3, 3, 3, 3, 2 },
  [F_ENSOMHET] = { 3, 3, 3, 2, 2 },
  [F_FYSISK_AKTIVITET] = { 3, 2, 2, 2, 3 },
  [F_PSYKISKE_PLAGER] = { 3, 3, 3, 2, 2 },
  [F_UTENFORSKAP] = { 2, 3, 2, 3, 2 },
  [F_ALKOHOL] = { 2, 2, 1, 1, 2 },
  [F_FALLSKADER] = { 2, 3, 1, 1, 2 },
  [F_SOSIAL_ULIKHET] = { 2, 2, 2, 3, 1 },
};

static const char * const score_reasons[N_CHALLENGES][N_CRITERIA] = {
  [F_LAVINNTEKT] = {
    "Klart høyere andel enn i landet, og gjelder mange barn.",
    "Påvirker helse, skole og deltakelse gjennom hele oppveksten.",
    "Økende over ti år.",
    "En hovedårsak til sosiale forskjeller i oppveksten.",
    "Kommunen kan dempe konsekvensene, men har begrenset makt over inntektene." },
  [F_ENSOMHET] = {
    "Klart høyere enn i landet.",
    "Nær sammenheng med psykiske plager og frafall.",
    "Økende, særlig blant jenter.",
    "Noe skjevt fordelt etter familiens økonomi.",
    "Møteplasser og skolemiljø kan påvirkes, men effekten er usikker." },
  [F_FYSISK_AKTIVITET] = {
    "Klart høyere enn i landet.",
    "Gir risiko på sikt, men sjelden alvorlige følger på kort sikt.",
    "Svakt økende.",
    "Henger sammen med kostnadene ved organisert idrett.",
    "Stort handlingsrom gjennom skolen og nærmiljøet." },
  [F_PSYKISKE_PLAGER] = {
    "Høyere enn i landet, og gjelder mange.",
    "Kan gi frafall og varig utenforskap.",
    "Tydelig økende.",
    "Rammer unge utenfor arbeid og utdanning mest.",
    "Tidlig hjelp er mulig, men krever samarbeid med spesialisthelsetjenesten." },
  [F_UTENFORSKAP] = {
    "Færre berørt enn ved de andre utfordringene, men klart over landet.",
    "Svært alvorlige og langvarige konsekvenser.",
    "Stabilt høyt nivå.",
    "Sterkt sosialt skjevfordelt.",
    "Kommunen deler ansvaret med fylkeskommunen og NAV." },
  [F_ALKOHOL] = {
    "Noe høyere enn i landet, men ikke statistisk sikkert.",
    "Kan gi skader og tidlig rusdebut.",
    "Går ned over tid.",
    "Ingen tydelige sosiale forskjeller.",
    "Noen tiltak finnes, men få med dokumentert effekt." },
  [F_FALLSKADER] = {
    "Gjelder en mindre, men voksende gruppe.",
    "Hoftebrudd gir ofte varig funksjonstap.",
    "Nokså stabilt.",
    "Lite lokal kunnskap om skjevfordeling.",
    "Fallforebygging og vintervedlikehold kan påvirkes." },
  [F_SOSIAL_ULIKHET] = {
    "Gjelder hele befolkningen.",
    "Gir tapte leveår, men er sammensatt.",
    "Svakt økende.",
    "Handler i seg selv om fordeling.",
    "Vanskelig å påvirke direkte; må nås gjennom de andre utfordringene." },
};

/* The council's decision on the prioritised challenges. */
typedef struct
{
  const char *title;
  const char *decided_on;
  const char *decided_by;
  const char *case_number;
  const char *body;
} DecisionSpec;

static const DecisionSpec decision = {
  "Prioriterte folkehelseutfordringer 2024–2027", "2024-06-20", "Kommunestyret",
  "24/1234 (fiktivt)",
  "Kommunestyret vedtar disse prioriterte folkehelseutfordringene for perioden 2024–2027: barn "
  "som vokser opp i familier med vedvarende lavinntekt, ensomhet blant ungdom, psykiske plager og "
  "lidelser blant unge, unge utenfor skole, arbeid og utdanning, og lite fysisk aktivitet blant "
  "ungdom. Utfordringene følges opp i kommuneplanens samfunnsdel og i handlingsdelen. (Fiktivt "
  "vedtak i eksempelprosjektet.)",
};

/* ------------------------------------------------------------------------------------------
 * Actions 3 and 4
 * ------------------------------------------------------------------------------------------ */

/* Action 3: assessments, challenges and resources, and the indicators they rest on. */
gboolean
_sirkel_example_add_oversikt (Example  *ex,
                              GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (assessments); i++)
    if (!_sirkel_example_insert_row (ex, "assessment", NULL, error,
                                     "category", sirkel_value_text (assessments[i].category),
                                     "title", sirkel_value_text (assessments[i].title),
                                     "body", sirkel_value_text (assessments[i].body),
                                     "sources", sirkel_value_text (assessments[i].sources),
                                     "status", sirkel_value_text (assessments[i].status),
                                     NULL))
      return FALSE;

  for (Finding f = 0; f < N_FINDINGS; f++)
    {
      const FindingSpec *spec = &findings[f];

      if (!_sirkel_example_insert_row (ex, "finding", &ex->findings[f], error,
                                       "kind", sirkel_value_text (spec->kind),
                                       "title", sirkel_value_text (spec->title),
                                       "category", sirkel_value_text (spec->category),
                                       "description", sirkel_value_text (spec->description),
                                       "causes", sirkel_value_text (spec->causes),
                                       "consequences", sirkel_value_text (spec->consequences),
                                       "inequality", sirkel_value_text (spec->inequality),
                                       "age_group", sirkel_value_text (spec->age_group),
                                       "sources", sirkel_value_text (spec->sources),
                                       "sort", sirkel_value_int (f + 1),
                                       NULL))
        return FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (spec->indicators) && spec->indicators[k] != NULL; k++)
        {
          const SirkelId *indicator = _sirkel_example_indicator_id (ex, spec->indicators[k]);

          if (!_sirkel_example_insert_row (ex, "finding_indicator", NULL, error,
                                           "finding_id", sirkel_value_id (&ex->findings[f]),
                                           "indicator_id", sirkel_value_id (indicator),
                                           NULL))
            return FALSE;
        }
    }
  return TRUE;
}

/* Action 4: criteria and scores, the council's decision, and the challenges marked as
 * prioritised — as edits of the existing findings, the way a user would do it. */
gboolean
_sirkel_example_add_prioritisation (Example  *ex,
                                    GError  **error)
{
  SirkelId criterion_ids[N_CRITERIA];

  for (guint c = 0; c < N_CRITERIA; c++)
    if (!_sirkel_example_insert_row (ex, "criterion", &criterion_ids[c], error,
                                     "title", sirkel_value_text (criteria[c].title),
                                     "description", sirkel_value_text (criteria[c].description),
                                     "weight", sirkel_value_double (criteria[c].weight),
                                     "scale_max", sirkel_value_int (criteria[c].scale_max),
                                     "sort", sirkel_value_int (c + 1),
                                     NULL))
      return FALSE;

  for (Finding f = 0; f < N_CHALLENGES; f++)
    for (guint c = 0; c < N_CRITERIA; c++)
      if (!_sirkel_example_insert_row (ex, "score", NULL, error,
                                       "finding_id", sirkel_value_id (&ex->findings[f]),
                                       "criterion_id", sirkel_value_id (&criterion_ids[c]),
                                       "value", sirkel_value_int (scores[f][c]),
                                       "reason", sirkel_value_text (score_reasons[f][c]),
                                       NULL))
        return FALSE;

  for (Finding f = 0; f < N_CHALLENGES; f++)
    if (findings[f].priority_reason != NULL &&
        (!_sirkel_example_set_field (ex, "finding", &ex->findings[f], "prioritised",
                                     sirkel_value_int (1), error) ||
         !_sirkel_example_set_field (ex, "finding", &ex->findings[f], "priority_reason",
                                     sirkel_value_text (findings[f].priority_reason), error)))
      return FALSE;

  return _sirkel_example_insert_row (ex, "decision", NULL, error,
                                     "title", sirkel_value_text (decision.title),
                                     "subject", sirkel_value_text ("prioritisation"),
                                     "decided_on", sirkel_value_text (decision.decided_on),
                                     "decided_by", sirkel_value_text (decision.decided_by),
                                     "case_number", sirkel_value_text (decision.case_number),
                                     "body", sirkel_value_text (decision.body),
                                     NULL);
}
