/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example project, written by code: the fictional municipality Lundfjord (9901) in the
 * fictional Eksempelfylket (99). sirkel_example_fill () walks the cycle the way a coordinator
 * would, one action per step (project, statistics, oversikt, prioritisation, plan, tiltak,
 * evaluering, læring), so the history reads like real work.
 *
 * Most of this file is data: the tables below are the content, and the functions at the end
 * only insert them. The statistics are generated: a smooth national series, a fylke close to
 * it, and a noisier kommune that is clearly worse than landet on some indicators, clearly
 * better on a few and similar on the rest, with suppressed cells (":", "..", ".") that are NULL
 * and never 0. Observations are not entities; like an import, they are written with prepared
 * statements into one data_import snapshot.
 *
 * Determinism: row ids come from one seeded GRand and the generated figures from another, so
 * adding a row does not change every figure. The store's clock is fixed and left fixed. The
 * figures use only + − × ÷, floor () and sqrt (), which IEEE 754 defines exactly, so they do
 * not depend on the C library. Two things stay random because the store makes them: the file's
 * own document and lineage ids (doc_meta) and the ids of the history's actions.
 */
#define G_LOG_DOMAIN "sirkel-example"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-example.h"
#include "sirkel-store-private.h"

#define ID_SEED    20261115
#define VALUE_SEED 20261116
#define FIRST_YEAR 2012
#define LAST_YEAR  2024
#define NOW        "2026-01-15T09:00:00Z"
#define AUTHOR     "Eksempeldata"
#define SOURCE     "Generert (fiktiv, etter mønster av FHI)"

/* ------------------------------------------------------------------------------------------
 * Indicators and how their figures are generated
 * ------------------------------------------------------------------------------------------ */

typedef enum
{
  SPREAD_NONE,    /* no interval: the comparison says "not tested" */
  SPREAD_COUNTS,  /* numerator and denominator, each summed over the period */
  SPREAD_CI,      /* ci_low and ci_high for the kommune and the fylke */
} Spread;

typedef struct
{
  const char *key;
  const char *title;
  const char *description;      /* " Generert eksempeldata." is appended */
  const char *source_table;
  const char *measure;
  const char *unit;
  int         decimals;
  int         period_length;
  const char *standardisation;
  int         polarity;
  const char *category;
  const char *age_group;
  int         age_lo;
  int         age_hi;
  /* landet is start + trend × (middle of the period − 2012). The kommune lies `kommune` away
   * from landet with noise of standard deviation `noise`; the fylke lies a fifth of the way,
   * with a quarter of the noise. */
  double      start;
  double      trend;
  double      kommune;
  double      noise;
  Spread      spread;
  double      people;           /* the kommune's denominator per year */
  double      ci_half;          /* > 0: the kommune's CI half-width (values that are not shares) */
  double      sex_gap;          /* ≠ 0: series per sex too, women and girls this much higher */
  double      minimum;          /* lowest possible value (0 unless the value can be negative) */
} IndicatorSpec;

static const IndicatorSpec indicators[] = {
  /* a: Befolkning */
  { "befolkningsvekst", "Befolkningsvekst",
    "Årlig endring i folketallet, i prosent av folketallet ved inngangen til året.",
    "BEFOLK_VEKST", "RATE", "prosent", 2, 1, "none", 0, "a", "alle aldre", 0, 120,
    1.30, -0.06, -0.75, 0.30, SPREAD_NONE, 0, 0, 0, -100 },
  { "andel_0_17", "Barn og unge 0–17 år",
    "Andel av befolkningen som er 0–17 år.",
    "BEFOLK_ALDER", "RATE", "prosent", 1, 1, "none", 0, "a", "0–17 år", 0, 17,
    22.8, -0.18, -1.2, 0.25, SPREAD_COUNTS, 14000, 0, 0, 0 },
  { "andel_over_80", "Andel over 80 år",
    "Andel av befolkningen som er 80 år eller eldre.",
    "BEFOLK_ALDER", "RATE", "prosent", 1, 1, "none", 0, "a", "80 år og eldre", 80, 120,
    4.4, 0.03, 1.6, 0.10, SPREAD_COUNTS, 14000, 0, 0, 0 },
  { "bor_alene_45", "Personer som bor alene, 45 år og eldre",
    "Andel personer 45 år og eldre som bor i enpersonshusholdninger.",
    "BOR_ALENE", "RATE", "prosent", 1, 1, "none", -1, "a", "45 år og eldre", 45, 120,
    23.2, 0.08, 0.6, 0.5, SPREAD_COUNTS, 7000, 0, 0, 0 },
  { "innvandrere", "Innvandrere og norskfødte med innvandrerforeldre",
    "Andel av befolkningen som er innvandrere eller norskfødte med innvandrerforeldre.",
    "BEFOLK_INNVKAT", "RATE", "prosent", 1, 1, "none", 0, "a", "alle aldre", 0, 120,
    14.1, 0.45, -6.0, 0.3, SPREAD_COUNTS, 14000, 0, 0, 0 },

  /* b: Oppvekst og levekår */
  { "lavinntekt_0_17", "Vedvarende lavinntekt, barn 0–17 år",
    "Andel barn 0–17 år som bor i husholdninger med inntekt under 60 prosent av nasjonal "
    "median tre år på rad (EU-skala), treårig gjennomsnitt.",
    "INNTEKT_LAVINNT_VEDV", "RATE", "prosent", 1, 3, "none", -1, "b", "0–17 år", 0, 17,
    8.2, 0.30, 4.5, 0.6, SPREAD_COUNTS, 2900, 0, 0, 0 },
  { "enslige_forsorgere", "Barn av enslige forsørgere",
    "Andel barn 0–17 år som bor med en enslig forsørger (mottakere av utvidet barnetrygd).",
    "ENSLIGE_FORSORGERE", "RATE", "prosent", 1, 1, "none", -1, "b", "0–17 år", 0, 17,
    16.6, -0.12, 0.3, 0.4, SPREAD_COUNTS, 2900, 0, 0, 0 },
  { "inntektsulikhet", "Inntektsulikhet (P90/P10)",
    "Forholdet mellom inntekten til husholdningen på 90-persentilen og på 10-persentilen "
    "(EU-skala). Høyere tall betyr større ulikhet.",
    "INNTEKT_ULIKHET", "RATE", "ratio", 1, 1, "none", -1, "b", "alle aldre", 0, 120,
    2.60, 0.012, -0.35, 0.04, SPREAD_NONE, 0, 0, 0, 0 },
  { "vgs_fullfort", "Fullført videregående opplæring",
    "Andel elever som startet i videregående opplæring og fullførte med studie- eller "
    "yrkeskompetanse innen fem år, treårig gjennomsnitt.",
    "UTDANN_VGS_FULLFORT", "RATE", "prosent", 0, 3, "none", 1, "b", "16–20 år", 16, 20,
    73.0, 0.55, -6.5, 1.0, SPREAD_COUNTS, 170, 0, 0, 0 },
  { "utdanning_30_39", "Videregående eller høyere utdanning, 30–39 år",
    "Andel personer 30–39 år med videregående eller høyere utdanning som høyeste fullførte "
    "utdanning.",
    "UTDANN_HOYESTE", "RATE", "prosent", 1, 1, "none", 1, "b", "30–39 år", 30, 39,
    80.6, 0.25, -0.8, 0.5, SPREAD_COUNTS, 1500, 0, 0, 0 },
  { "trives_7", "Trives på skolen, 7. trinn",
    "Andel elever på 7. trinn som trives godt eller svært godt på skolen (etter mønster av "
    "Elevundersøkelsen), treårig gjennomsnitt.",
    "ELEVUNDER_TRIVSEL", "RATE", "prosent", 0, 3, "none", 1, "b", "7. trinn", 12, 12,
    86.0, 0.10, 1.5, 1.2, SPREAD_COUNTS, 160, 0, 0, 0 },
  { "trives_10", "Trives på skolen, 10. trinn",
    "Andel elever på 10. trinn som trives godt eller svært godt på skolen (etter mønster av "
    "Elevundersøkelsen), treårig gjennomsnitt.",
    "ELEVUNDER_TRIVSEL", "RATE", "prosent", 0, 3, "none", 1, "b", "10. trinn", 15, 15,
    82.5, 0.05, 1.0, 1.4, SPREAD_COUNTS, 160, 0, 0, 0 },
  { "mobbet", "Mobbet på skolen, 7. og 10. trinn",
    "Andel elever som er blitt mobbet av andre elever på skolen to til tre ganger i måneden "
    "eller oftere, treårig gjennomsnitt.",
    "ELEVUNDER_MOBBING", "RATE", "prosent", 1, 3, "none", -1, "b", "7. og 10. trinn", 12, 15,
    6.8, 0.12, 0.4, 0.7, SPREAD_COUNTS, 320, 0, 0, 0 },
  { "lesing_5_laveste", "Laveste mestringsnivå i lesing, 5. trinn",
    "Andel elever på 5. trinn på laveste mestringsnivå i nasjonal prøve i lesing, treårig "
    "gjennomsnitt.",
    "NASJPROVER", "RATE", "prosent", 0, 3, "none", -1, "b", "5. trinn", 10, 10,
    24.0, 0.05, 1.5, 1.5, SPREAD_COUNTS, 160, 0, 0, 0 },
  { "neet_20_29", "Unge utenfor arbeid og utdanning (NEET), 20–29 år",
    "Andel personer 20–29 år som verken er i arbeid, utdanning eller opplæring.",
    "NEET", "RATE", "prosent", 1, 1, "none", -1, "b", "20–29 år", 20, 29,
    9.4, 0.06, 3.6, 0.6, SPREAD_COUNTS, 1500, 0, 0, 0 },
  { "ufore_18_44", "Uføretrygdede, 18–44 år",
    "Andel personer 18–44 år som mottar uføretrygd.",
    "UFORE", "RATE", "prosent", 1, 1, "none", -1, "b", "18–44 år", 18, 44,
    2.1, 0.09, 1.5, 0.15, SPREAD_COUNTS, 4500, 0, 0, 0 },

  /* c: Miljø */
  { "drikkevann", "Drikkevann, tilfredsstillende hygienisk kvalitet",
    "Andel personer tilknyttet vannverk som leverer drikkevann med tilfredsstillende "
    "resultater for E. coli.",
    "DRIKKEVANN_ECOLI", "RATE", "prosent", 1, 1, "none", 1, "c", "alle aldre", 0, 120,
    97.0, 0.12, 1.0, 0.4, SPREAD_NONE, 0, 0, 0, 0 },
  { "fornoyd_lokalmiljo", "Fornøyd med lokalmiljøet (Ungdata)",
    "Andel elever på ungdomstrinnet som er fornøyd med lokalmiljøet sitt, treårig "
    "gjennomsnitt, standardisert for alder og kjønn.",
    "UNGDATA_LOKALMILJO", "MEIS", "prosent", 0, 3, "ak", 1, "c", "ungdomstrinnet", 13, 15,
    67.0, 0.25, 8.0, 1.5, SPREAD_CI, 140, 0, 0, 0 },
  { "fritidsorganisasjon", "Med i fritidsorganisasjon (Ungdata)",
    "Andel elever på ungdomstrinnet som er med i minst én fritidsorganisasjon, klubb, lag "
    "eller forening, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "UNGDATA_FRITID", "MEIS", "prosent", 0, 3, "ak", 1, "c", "ungdomstrinnet", 13, 15,
    64.0, -0.15, 9.5, 1.5, SPREAD_CI, 140, 0, 0, 0 },
  { "trygg_naermiljo", "Trygg i nærmiljøet (Ungdata)",
    "Andel elever på ungdomstrinnet som føler seg trygge i nærmiljøet sitt, treårig "
    "gjennomsnitt, standardisert for alder og kjønn.",
    "UNGDATA_TRYGGHET", "MEIS", "prosent", 0, 3, "ak", 1, "c", "ungdomstrinnet", 13, 15,
    93.0, 0.05, 1.0, 1.0, SPREAD_CI, 140, 0, 0, 0 },

  /* d: Skader og ulykker */
  { "skader_sykehus", "Skader, behandlet i sykehus",
    "Personer skadet og behandlet i sykehus, per 1000 innbyggere, treårig gjennomsnitt, "
    "standardisert for alder og kjønn.",
    "SKADER_SYKEHUS", "MEIS", "per 1000", 1, 3, "ak", -1, "d", "alle aldre", 0, 120,
    13.4, -0.06, 0.2, 0.25, SPREAD_CI, 14000, 0, 0, 0 },
  { "skader_0_24", "Skader blant barn og unge, behandlet i sykehus",
    "Personer 0–24 år skadet og behandlet i sykehus, per 1000 innbyggere 0–24 år, treårig "
    "gjennomsnitt, standardisert for kjønn.",
    "SKADER_SYKEHUS", "MEIS", "per 1000", 1, 3, "k", -1, "d", "0–24 år", 0, 24,
    15.2, -0.10, 0.6, 0.8, SPREAD_CI, 4000, 0, 0, 0 },
  { "hoftebrudd", "Hoftebrudd",
    "Personer 65 år og eldre behandlet i sykehus for hoftebrudd, per 1000 innbyggere 65 år "
    "og eldre, tiårig gjennomsnitt, standardisert for alder og kjønn.",
    "HOFTEBRUDD", "MEIS", "per 1000", 1, 10, "ak", -1, "d", "65 år og eldre", 65, 120,
    8.4, -0.12, 2.0, 0.3, SPREAD_CI, 2900, 0, 0, 0 },
  { "trafikkskader", "Trafikkskader, behandlet i sykehus",
    "Personer skadet i trafikken og behandlet i sykehus, per 1000 innbyggere, treårig "
    "gjennomsnitt, standardisert for alder og kjønn.",
    "SKADER_TRAFIKK", "MEIS", "per 1000", 2, 3, "ak", -1, "d", "alle aldre", 0, 120,
    1.65, -0.03, 0.15, 0.12, SPREAD_CI, 14000, 0, 0, 0 },

  /* e: Helserelatert atferd */
  { "royking_gravide", "Røyking i svangerskapet",
    "Andel fødende som oppga at de røykte ved begynnelsen av svangerskapet, treårig "
    "gjennomsnitt.",
    "MFR_ROYK", "RATE", "prosent", 1, 3, "none", -1, "e", "fødende kvinner", 15, 49,
    6.6, -0.42, 1.4, 0.8, SPREAD_COUNTS, 130, 0, 0, 0 },
  { "lite_fysisk_aktive", "Lite fysisk aktive (Ungdata)",
    "Andel elever på ungdomstrinnet som blir andpustne eller svette av fysisk aktivitet "
    "sjeldnere enn hver uke, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "UNGDATA_FYSAK", "MEIS", "prosent", 0, 3, "ak", -1, "e", "ungdomstrinnet", 13, 15,
    13.5, 0.18, 7.5, 1.2, SPREAD_CI, 140, 0, 2.0, 0 },
  { "har_vaert_beruset", "Har vært beruset (Ungdata)",
    "Andel elever på ungdomstrinnet som har vært tydelig beruset minst én gang det siste "
    "året, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "UNGDATA_RUS", "MEIS", "prosent", 0, 3, "ak", -1, "e", "ungdomstrinnet", 13, 15,
    13.0, -0.25, 1.5, 0.8, SPREAD_CI, 140, 0, 0, 0 },
  { "overvekt_17", "Overvekt og fedme, 17 år",
    "Andel 17-åringer med overvekt eller fedme (KMI 25 eller høyere) ved sesjon, fireårig "
    "gjennomsnitt, standardisert for kjønn.",
    "SESJON_KMI", "MEIS", "prosent", 0, 4, "k", -1, "e", "17 år", 17, 17,
    22.0, 0.20, 5.5, 1.2, SPREAD_CI, 170, 0, 0, 0 },
  { "skjermtid", "Skjermtid over fire timer (Ungdata)",
    "Andel elever på ungdomstrinnet som bruker fire timer eller mer daglig foran en skjerm "
    "utenom skolen, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "UNGDATA_SKJERM", "MEIS", "prosent", 0, 3, "ak", -1, "e", "ungdomstrinnet", 13, 15,
    32.0, 0.9, -1.0, 1.5, SPREAD_CI, 140, 0, 0, 0 },

  /* f: Helsetilstand */
  { "forventet_levealder", "Forventet levealder",
    "Forventet levealder ved fødsel, 15-årig gjennomsnitt. Serier for hvert kjønn viser "
    "forskjellen mellom kvinner og menn.",
    "DODE_LEVEALDER", "MEIS", "år", 1, 15, "none", 1, "f", "ved fødsel", 0, 0,
    81.0, 0.12, -0.7, 0.15, SPREAD_CI, 0, 1.0, 4.0, 0 },
  { "psykiske_plager_15_29", "Psykiske symptomer og lidelser, 15–29 år (primærhelsetjenesten)",
    "Brukere av fastlege og legevakt med psykiske symptomer eller lidelser, per 1000 "
    "innbyggere 15–29 år, treårig gjennomsnitt, standardisert for kjønn.",
    "KUHR_PSYK", "MEIS", "per 1000", 0, 3, "k", -1, "f", "15–29 år", 15, 29,
    148.0, 4.0, 24.0, 4.0, SPREAD_CI, 2400, 0, 60.0, 0 },
  { "antidepressiva", "Brukere av antidepressiva",
    "Personer som har hentet ut minst én resept på antidepressiva i løpet av året, per 1000 "
    "innbyggere, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "LMR_ANTIDEPR", "MEIS", "per 1000", 0, 3, "ak", -1, "f", "alle aldre", 0, 120,
    70.0, 1.1, 1.0, 0.8, SPREAD_CI, 14000, 0, 0, 0 },
  { "kols_astma", "KOLS og astma, legemiddelbrukere 45–74 år",
    "Personer 45–74 år som har hentet ut legemidler mot KOLS eller astma, per 1000 "
    "innbyggere, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "LMR_KOLS", "MEIS", "per 1000", 0, 3, "ak", -1, "f", "45–74 år", 45, 74,
    118.0, 0.4, -3.0, 3.0, SPREAD_CI, 5200, 0, 0, 0 },
  { "diabetes_type2", "Type 2-diabetes, legemiddelbrukere 30–74 år",
    "Personer 30–74 år som har hentet ut legemidler mot type 2-diabetes, per 1000 "
    "innbyggere, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "LMR_DIABETES", "MEIS", "per 1000", 0, 3, "ak", -1, "f", "30–74 år", 30, 74,
    41.0, 0.7, 2.0, 1.5, SPREAD_CI, 7400, 0, 0, 0 },
  { "hjerte_kar", "Hjerte- og karsykdom, pasienter i sykehus 0–74 år",
    "Pasienter 0–74 år behandlet i sykehus for hjerte- og karsykdom, per 1000 innbyggere, "
    "treårig gjennomsnitt, standardisert for alder og kjønn.",
    "HKR_SYKEHUS", "MEIS", "per 1000", 1, 3, "ak", -1, "f", "0–74 år", 0, 74,
    14.2, -0.15, -2.4, 0.4, SPREAD_CI, 12000, 0, 0, 0 },
  { "ensomhet", "Ensomhet (Ungdata)",
    "Andel elever på ungdomstrinnet som har vært ganske mye eller veldig mye plaget av "
    "ensomhet den siste uka, treårig gjennomsnitt, standardisert for alder og kjønn.",
    "UNGDATA_ENSOMHET", "MEIS", "prosent", 0, 3, "ak", -1, "f", "ungdomstrinnet", 13, 15,
    17.0, 0.6, 8.0, 1.5, SPREAD_CI, 140, 0, 12.0, 0 },
  { "depressive_symptomer", "Depressive symptomer (Ungdata)",
    "Andel elever på ungdomstrinnet med et høyt nivå av depressive symptomer (gjennomsnitt 3 "
    "eller høyere på en skala fra 1 til 4), treårig gjennomsnitt, standardisert for alder og "
    "kjønn.",
    "UNGDATA_DEPR", "MEIS", "prosent", 0, 3, "ak", -1, "f", "ungdomstrinnet", 13, 15,
    14.0, 0.45, 3.0, 1.3, SPREAD_CI, 140, 0, 12.0, 0 },
};

#define N_INDICATORS G_N_ELEMENTS (indicators)

typedef enum
{
  GEO_LANDET,
  GEO_FYLKE,
  GEO_KOMMUNE,
  N_GEOS
} Geo;

typedef struct
{
  const char *code;
  const char *level;
  const char *title;
  const char *parent;
  double      size;    /* population relative to the kommune */
  double      share;   /* how much of the kommune's difference from landet the area has */
  double      noise;   /* noise relative to the kommune's */
} GeoSpec;

static const GeoSpec geos[N_GEOS] = {
  [GEO_LANDET] = { "0", "landet", "Landet (generert)", NULL, 390, 0.0, 0.0 },
  [GEO_FYLKE] = { "99", "fylke", "Eksempelfylket (fiktivt)", "0", 26, 0.2, 0.25 },
  [GEO_KOMMUNE] = { "9901", "kommune", "Lundfjord (fiktiv)", "99", 1, 1.0, 1.0 },
};

/* Kommune cells that the "source" suppressed: too few cases (":"), missing (".."), or not
 * computable ("."). Their value is NULL, never 0. */
typedef struct
{
  const char *key;
  int         sex;
  int         period_to;
  const char *flag;
} SuppressedCell;

static const SuppressedCell suppressed[] = {
  { "royking_gravide", 0, 2021, ":" },
  { "royking_gravide", 0, 2022, ":" },
  { "royking_gravide", 0, 2023, ":" },
  { "royking_gravide", 0, 2024, ":" },
  { "ensomhet", 1, 2014, ":" },
  { "ensomhet", 1, 2015, ":" },
  { "depressive_symptomer", 1, 2014, ":" },
  { "drikkevann", 0, 2012, ".." },
  { "drikkevann", 0, 2013, ".." },
  { "inntektsulikhet", 0, 2012, "." },
};

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
  { "a", "Befolkningssammensetning", "final",
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
  { "b", "Oppvekst- og levekårsforhold", "final",
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
  { "c", "Fysisk, biologisk, kjemisk og sosialt miljø", "draft",
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
  { "d", "Skader og ulykker", "final",
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
  { "e", "Helserelatert atferd", "final",
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
  { "f", "Helsetilstand", "final",
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

typedef enum
{
  F_LAVINNTEKT,
  F_ENSOMHET,
  F_FYSISK_AKTIVITET,
  F_PSYKISKE_PLAGER,
  F_UTENFORSKAP,
  F_ALKOHOL,
  F_FALLSKADER,
  F_SOSIAL_ULIKHET,
  N_CHALLENGES,
  F_FRIVILLIGHET = N_CHALLENGES,
  F_SKOLE_HELSESTASJON,
  F_FRILUFTSLIV,
  N_FINDINGS
} Finding;

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
  int         period_from;
  int         period_to;
  gboolean    public_health_discussed;
} PlanSpec;

static const PlanSpec plans[N_PLANS] = {
  [P_PLANSTRATEGI] = { "planstrategi", "Kommunal planstrategi 2024–2027", "adopted",
                       "2024-09-26", 2024, 2027, TRUE },
  [P_SAMFUNNSDEL] = { "samfunnsdel", "Kommuneplanens samfunnsdel 2025–2037", "adopted",
                      "2025-03-27", 2025, 2037, TRUE },
  [P_HANDLINGSDEL] = { "handlingsdel", "Handlingsdel med økonomiplan 2025–2028", "adopted",
                       "2024-12-12", 2025, 2028, TRUE },
  [P_TEMAPLAN] = { "temaplan", "Temaplan for psykisk helse og rus 2025–2028", "adopted",
                   "2025-06-19", 2025, 2028, TRUE },
};

typedef enum
{
  GOAL_OPPVEKST,
  GOAL_LAVINNTEKT,
  GOAL_ENSOMHET,
  GOAL_FRITID,
  GOAL_PSYKISK_HELSE,
  GOAL_PSYKISKE_PLAGER,
  GOAL_DEPRESJON,
  GOAL_DELTAKELSE,
  GOAL_FYSISK_AKTIVITET,
  GOAL_FULLFORING,
  GOAL_UTENFORSKAP,
  N_GOALS
} Goal;

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

typedef enum
{
  M_DUA,
  M_PALS,
  M_ZIPPY,
  M_MOT,
  M_PSYKOLOGISK_FORSTEHJELP,
  M_TIDLIG_INN,
  M_FRITIDSKORT,
  M_BARNETRAKK,
  M_HELSEFREMMENDE_SKOLER,
  M_AV_OG_TIL,
  M_LOS,
  M_UNGDOMSTEAM,
  N_MEASURES
} Measure;

#define FIRST_BUDGET_YEAR 2025
#define N_BUDGET_YEARS    3

typedef struct
{
  const char *title;
  const char *description;
  const char *evidence_scheme;  /* NULL: not rated */
  const char *evidence_level;
  int         evidence_year;    /* 0: unknown */
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
    "Ungsinn", "5", 2020,
    "Familiesenteret", "Helsestasjonen; barnehagene; PPT",
    "Foreldre til barn 3–12 år med begynnende atferdsvansker", 3, 12, "familie", "selective",
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
    "Ungsinn", "5", 2018,
    "Oppvekst – grunnskole", "PPT; skolehelsetjenesten; foreldrenes arbeidsutvalg (FAU)",
    "Alle elever på 1.–10. trinn og alle ansatte i skolen", 6, 16, "skole", "universal",
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
    "Ungsinn", "4", 0,
    "Oppvekst – grunnskole", "Skolehelsetjenesten",
    "Elever på 1.–4. trinn", 6, 10, "skole", "universal",
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
    "Ungsinn", "2", 2021,
    "Lundfjord ungdomsskole", "Idrettslaget; lokalt næringsliv",
    "Elever på 8.–10. trinn", 13, 16, "skole", "universal",
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
    "Ungsinn", "2", 2013,
    "Skolehelsetjenesten", "Grunnskolene",
    "Elever på 5. og 8. trinn", 10, 13, "skole", "universal",
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
    NULL, NULL, 0,
    "Helsestasjonen", "Barnehagene; familiesenteret; fastlegene",
    "Ansatte som møter gravide og familier med barn 0–6 år", 0, 6, "kommunale tjenester",
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
    NULL, NULL, 0,
    "Kultur og fritid", "Idrettslaget; kulturskolen; lag og foreninger; NAV",
    "Alle barn og unge 6–18 år, med ekstra oppfølging av barn i familier med lav inntekt", 6,
    18, "fritid", "universal",
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
    NULL, NULL, 0,
    "Plan og utvikling", "Barneskolene; barn og unges representant i plansaker",
    "Barn på 4.–7. trinn", 9, 12, "nærmiljø", "universal",
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
    NULL, NULL, 0,
    "Oppvekst – grunnskole", "Skolehelsetjenesten; FAU; fylkeskommunen",
    "Alle elever i grunnskolen", 6, 16, "skole", "universal",
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
    NULL, NULL, 0,
    "Rus og psykisk helse", "Politiet; lag og foreninger; serveringsstedene",
    "Voksne, særlig foreldre til barn og ungdom", 18, -1, "nærmiljø", "universal",
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
    NULL, NULL, 0,
    "Ungdomstjenesten", "Videregående skole; fylkeskommunens oppfølgingstjeneste; NAV",
    "Ungdom 15–21 år med høyt fravær eller som har avbrutt videregående opplæring", 15, 21,
    "skole", "indicated",
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
    NULL, NULL, 0,
    "NAV Lundfjord og helse og omsorg", "Fastlegene; videregående skole; lokalt næringsliv",
    "Unge 16–29 år utenfor arbeid og utdanning", 16, 29, "kommunale tjenester", "indicated",
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
} LessonSpec;

static const LessonSpec lessons[] = {
  { "Oppstart ved skoleårets begynnelse gir bedre gjennomføring",
    "Skolen som startet Zippys venner i august, gjennomførte flere økter enn skolen som startet "
    "etter jul. Zippys venner er avsluttet, og lærdommen er tatt inn i rutinen for nye "
    "skoleprogram: de starter når timeplanen legges.",
    "measure", M_ZIPPY, "2025-06-20", FALSE },
  { "Helsesykepleier og lærer bør undervise sammen",
    "Timene i Psykologisk førstehjelp fungerte best når helsesykepleier og lærer holdt dem "
    "sammen. Læreren kjenner klassen, og helsesykepleieren gjør det lettere for elevene å søke "
    "hjelp senere.",
    "evaluation", M_PSYKOLOGISK_FORSTEHJELP, "2025-06-30", TRUE },
  { "Opplæring må følges av faste rutiner",
    "Ansatte som hadde fått opplæring i Tidlig inn, følte seg tryggere, men tok sjelden opp "
    "temaene uten faste rutiner. Refleksjonsmøtene må inn i årsplanen, ellers blir de avlyst i "
    "travle perioder.",
    "evaluation", M_TIDLIG_INN, "2025-10-31", TRUE },
  { "Hvert tiltak trenger en evalueringsplan før oppstart",
    "Barnetråkk ble gjennomført, og registreringene ble brukt i arbeidet med arealplanen, men "
    "ingen laget en evalueringsplan. Vi vet derfor lite om hvordan barnas innspill påvirket "
    "planen. Alle nye tiltak skal ha en enkel evalueringsplan før de starter.",
    "measure", M_BARNETRAKK, "2025-09-15", TRUE },
  { "Barnepass og kveldsmat øker oppmøtet",
    "Oppmøtet i DUÅ-gruppene økte tydelig da familiene fikk tilbud om barnepass og kveldsmat. "
    "Praktiske hindringer stenger ofte ute de familiene som trenger tilbudet mest.",
    "evaluation", M_DUA, "2025-06-15", TRUE },
  { "Universelle tilbud når ikke alle av seg selv",
    "Fritidskortet ble tatt i bruk av færre barn i familier med lav inntekt enn av andre. "
    "Universelle tiltak må kombineres med oppsøkende arbeid for å jevne ut forskjeller.",
    "measure", M_FRITIDSKORT, "2025-12-31", TRUE },
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
 * Filling the store
 * ------------------------------------------------------------------------------------------ */

typedef struct
{
  guint spec;   /* index into indicators[] */
  Geo   geo;
  int   sex;
} Series;

typedef struct
{
  guint       series;        /* index into Example.series; obs_series.key is this + 1 */
  int         period_from;
  int         period_to;
  const char *flag;          /* "" when the cell has a value */
  double      value;
  double      numerator;
  double      denominator;
  double      ci_low;
  double      ci_high;
  guint       has_counts : 1;
  guint       has_ci : 1;
} Cell;

typedef struct
{
  SirkelStore *store;
  GRand       *ids;          /* every row id, in insertion order */
  GRand       *noise;        /* every generated figure */
  GArray      *series;       /* of Series */
  GArray      *cells;        /* of Cell, grouped by series, periods in ascending order */
  SirkelId     project;
  SirkelId     indicators[N_INDICATORS];
  SirkelId     findings[N_FINDINGS];
  SirkelId     criteria[N_CRITERIA];
  SirkelId     plans[N_PLANS];
  SirkelId     goals[N_GOALS];
  SirkelId     measures[N_MEASURES];
  SirkelId     evaluations[N_MEASURES];           /* zero where a measure has none */
  SirkelId     logic_elements[G_N_ELEMENTS (logic_elements)];
} Example;

static void
example_clear (Example *ex)
{
  g_clear_pointer (&ex->ids, g_rand_free);
  g_clear_pointer (&ex->noise, g_rand_free);
  g_clear_pointer (&ex->series, g_array_unref);
  g_clear_pointer (&ex->cells, g_array_unref);
}

static gboolean insert_row (Example     *ex,
                            const char  *entity,
                            SirkelId    *id,
                            GError     **error,
                            const char  *first_field,
                            ...) G_GNUC_NULL_TERMINATED;

/* Inserts a row with the next deterministic id, and takes over the values. sirkel_value_* ()
 * return full references today and sirkel_store_insertv () adds and drops one of its own, so
 * the array must drop ours; g_variant_take_ref () keeps that right if the constructors ever
 * return floating references like g_variant_new_* (). */
static gboolean
insert_row (Example     *ex,
            const char  *entity,
            SirkelId    *id,
            GError     **error,
            const char  *first_field,
            ...)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  SirkelId local;
  va_list args;

  if (id == NULL)
    id = &local;
  sirkel_id_from_rand (id, ex->ids);

  va_start (args, first_field);
  for (const char *field = first_field; field != NULL; field = va_arg (args, const char *))
    {
      g_ptr_array_add (fields, (gpointer) field);
      g_ptr_array_add (values, g_variant_take_ref (va_arg (args, GVariant *)));
    }
  va_end (args);

  return sirkel_store_insertv (ex->store, entity, id, (const char * const *) fields->pdata,
                               (GVariant **) values->pdata, fields->len, error);
}

/* Changes one field; takes over @value like insert_row (). */
static gboolean
set_field (Example         *ex,
           const char      *entity,
           const SirkelId  *id,
           const char      *field,
           GVariant        *value,
           GError         **error)
{
  g_autoptr(GVariant) owned = g_variant_take_ref (value);

  return sirkel_store_set (ex->store, entity, id, field, owned, error);
}

static GVariant *
int_or_null (int value)
{
  return value >= 0 ? sirkel_value_int (value) : sirkel_value_null ();
}

static guint
indicator_index (const char *key)
{
  for (guint i = 0; i < N_INDICATORS; i++)
    if (g_str_equal (indicators[i].key, key))
      return i;
  g_assert_not_reached ();
  return 0;
}

/* Noise of standard deviation @sd: the sum of four uniform numbers (Irwin–Hall) is close
 * enough to normal, and needs no libm function. */
static double
draw_noise (Example *ex,
            double   sd)
{
  double sum = 0;

  for (guint i = 0; i < 4; i++)
    sum += g_rand_double (ex->noise);
  return (sum - 2.0) * 1.7320508075688772 * sd;
}

static double
round_to (double value,
          int    decimals)
{
  static const double scale[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };

  g_assert (decimals >= 0 && decimals < (int) G_N_ELEMENTS (scale));
  /* Adding 0.0 turns a negative zero into a positive one. */
  return floor (value * scale[decimals] + 0.5) / scale[decimals] + 0.0;
}

/* What a share is multiplied by to give the indicator's unit. */
static double
unit_scale (const char *unit)
{
  if (g_str_equal (unit, "per 1000"))
    return 1000;
  return 100;
}

static const char *
suppression_flag (guint spec,
                  Geo   geo,
                  int   sex,
                  int   period_to)
{
  if (geo != GEO_KOMMUNE)
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (suppressed); i++)
    if (g_str_equal (suppressed[i].key, indicators[spec].key) && suppressed[i].sex == sex &&
        suppressed[i].period_to == period_to)
      return suppressed[i].flag;
  return "";
}

static void
generate_cell (Example *ex,
               guint    series_index,
               int      period_from,
               int      period_to)
{
  const Series *series = &g_array_index (ex->series, Series, series_index);
  const IndicatorSpec *spec = &indicators[series->spec];
  const GeoSpec *geo = &geos[series->geo];
  double middle = (period_from + period_to) / 2.0;
  double sex_factor = series->sex != 0 ? 1.4 : 1.0;
  double people = spec->people * geo->size * (period_to - period_from + 1) *
                  (series->sex != 0 ? 0.5 : 1.0);
  double scale = unit_scale (spec->unit);
  double maximum = g_str_equal (spec->unit, "prosent") ? 100.0 : G_MAXDOUBLE;
  double value;
  Cell cell = { series_index, period_from, period_to, "", 0, 0, 0, 0, 0, FALSE, FALSE };

  value = spec->start + spec->trend * (middle - FIRST_YEAR) + geo->share * spec->kommune;
  if (series->sex != 0)
    value += series->sex == 1 ? -spec->sex_gap / 2 : spec->sex_gap / 2;
  /* Landet stays smooth; the noise is drawn before suppression so that the suppression list
   * does not shift the other figures. */
  if (geo->noise > 0)
    value += draw_noise (ex, spec->noise * geo->noise * sex_factor);
  value = CLAMP (value, spec->minimum, maximum);

  cell.flag = suppression_flag (series->spec, series->geo, series->sex, period_to);
  if (*cell.flag != '\0')
    {
      g_array_append_val (ex->cells, cell);
      return;
    }

  if (spec->spread == SPREAD_COUNTS)
    {
      cell.denominator = floor (people + 0.5);
      cell.numerator = floor (value / scale * cell.denominator + 0.5);
      value = cell.numerator / cell.denominator * scale;
      cell.has_counts = TRUE;
    }
  cell.value = round_to (value, spec->decimals);

  /* Landet's interval would be too narrow to matter, as in the real profiles. */
  if (spec->spread == SPREAD_CI && series->geo != GEO_LANDET)
    {
      double half;

      if (spec->ci_half > 0)
        half = spec->ci_half / sqrt (geo->size) * sex_factor;
      else
        {
          double p = cell.value / scale;

          half = 1.96 * sqrt (p * (1 - p) / people) * scale;
        }
      cell.ci_low = round_to (MAX (cell.value - half, 0), spec->decimals);
      cell.ci_high = round_to (MIN (cell.value + half, maximum), spec->decimals);
      cell.has_ci = TRUE;
    }
  g_array_append_val (ex->cells, cell);
}

/* Yearly indicators cover 2012–2024; the others have one row per rolling window, from the
 * window that ends in 2014 to the one that ends in 2024. */
static void
generate_observations (Example *ex)
{
  for (guint i = 0; i < N_INDICATORS; i++)
    for (Geo geo = 0; geo < N_GEOS; geo++)
      for (int sex = 0; sex <= (indicators[i].sex_gap != 0 ? 2 : 0); sex++)
        {
          Series series = { i, geo, sex };
          int length = indicators[i].period_length;
          int first = length == 1 ? FIRST_YEAR : FIRST_YEAR + 2;

          g_array_append_val (ex->series, series);
          for (int to = first; to <= LAST_YEAR; to++)
            generate_cell (ex, ex->series->len - 1, to - length + 1, to);
        }
}

/* The SHA-256 of the observations as the CSV that `sirkel-cli observations --csv` writes,
 * standing in for the hash of an imported file. */
static char *
dup_observations_sha256 (Example *ex)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) line = NULL;

  line = g_string_new ("indicator,geo,period_from,period_to,sex,age,value,flag\n");
  g_checksum_update (sum, (const guchar *) line->str, line->len);
  for (guint i = 0; i < ex->cells->len; i++)
    {
      const Cell *cell = &g_array_index (ex->cells, Cell, i);
      const Series *series = &g_array_index (ex->series, Series, cell->series);
      const IndicatorSpec *spec = &indicators[series->spec];
      char number[G_ASCII_DTOSTR_BUF_SIZE] = "";
      char format[8];

      if (*cell->flag == '\0')
        {
          g_snprintf (format, sizeof format, "%%.%df", spec->decimals);
          g_ascii_formatd (number, sizeof number, format, cell->value);
        }
      g_string_printf (line, "%s,%s,%d,%d,%d,%d_%d,%s,%s\n", spec->key, geos[series->geo].code,
                       cell->period_from, cell->period_to, series->sex, spec->age_lo,
                       spec->age_hi, number, cell->flag);
      g_checksum_update (sum, (const guchar *) line->str, line->len);
    }
  return g_strdup (g_checksum_get_string (sum));
}

/* The kommune's latest unsuppressed value for both sexes: the baseline of goals. */
static double
latest_kommune_value (Example    *ex,
                      const char *key)
{
  guint spec = indicator_index (key);
  gboolean found = FALSE;
  double value = 0;

  for (guint i = 0; i < ex->cells->len; i++)
    {
      const Cell *cell = &g_array_index (ex->cells, Cell, i);
      const Series *series = &g_array_index (ex->series, Series, cell->series);

      if (series->spec == spec && series->geo == GEO_KOMMUNE && series->sex == 0 &&
          *cell->flag == '\0')
        {
          value = cell->value;
          found = TRUE;
        }
    }
  g_assert (found);
  return value;
}

static gboolean
bind_optional (SirkelStore   *store,
               sqlite3_stmt  *stmt,
               int            index,
               gboolean       present,
               double         value,
               GError       **error)
{
  return sirkel_store_check (store, present ? sqlite3_bind_double (stmt, index, value)
                                            : sqlite3_bind_null (stmt, index), error);
}

static gboolean
insert_observations (Example         *ex,
                     const SirkelId  *import_id,
                     GError         **error)
{
  g_autoptr(sqlite3_stmt) series_stmt = NULL;
  g_autoptr(sqlite3_stmt) cell_stmt = NULL;
  SirkelStore *store = ex->store;

  if (!sirkel_store_prepare (store, "INSERT INTO obs_series (key, import_id, indicator_id, geo, "
                             "geo_raw, sex, age_lo, age_hi, dims) "
                             "VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, '')", &series_stmt, error) ||
      !sirkel_store_prepare (store, "INSERT INTO observation (series, period_from, period_to, "
                             "period_part, value, flag, numerator, denominator, ci_low, ci_high) "
                             "VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8, ?9)", &cell_stmt, error))
    return FALSE;

  for (guint i = 0; i < ex->series->len; i++)
    {
      const Series *series = &g_array_index (ex->series, Series, i);
      const IndicatorSpec *spec = &indicators[series->spec];

      if (!sirkel_store_check (store, sqlite3_bind_int64 (series_stmt, 1, i + 1), error) ||
          !sirkel_store_bind_id (store, series_stmt, 2, import_id, error) ||
          !sirkel_store_bind_id (store, series_stmt, 3, &ex->indicators[series->spec], error) ||
          !sirkel_store_check (store, sqlite3_bind_text (series_stmt, 4, geos[series->geo].code,
                                                         -1, SQLITE_STATIC), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (series_stmt, 5, series->sex), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (series_stmt, 6, spec->age_lo), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (series_stmt, 7, spec->age_hi), error) ||
          !sirkel_store_step_done (store, series_stmt, error) ||
          !sirkel_store_check (store, sqlite3_reset (series_stmt), error))
        return FALSE;
    }

  for (guint i = 0; i < ex->cells->len; i++)
    {
      const Cell *cell = &g_array_index (ex->cells, Cell, i);
      gboolean has_value = *cell->flag == '\0';

      if (!sirkel_store_check (store, sqlite3_bind_int64 (cell_stmt, 1, cell->series + 1), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (cell_stmt, 2, cell->period_from), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (cell_stmt, 3, cell->period_to), error) ||
          !bind_optional (store, cell_stmt, 4, has_value, cell->value, error) ||
          !sirkel_store_check (store, sqlite3_bind_text (cell_stmt, 5, cell->flag, -1,
                                                         SQLITE_STATIC), error) ||
          !bind_optional (store, cell_stmt, 6, cell->has_counts, cell->numerator, error) ||
          !bind_optional (store, cell_stmt, 7, cell->has_counts, cell->denominator, error) ||
          !bind_optional (store, cell_stmt, 8, cell->has_ci, cell->ci_low, error) ||
          !bind_optional (store, cell_stmt, 9, cell->has_ci, cell->ci_high, error) ||
          !sirkel_store_step_done (store, cell_stmt, error) ||
          !sirkel_store_check (store, sqlite3_reset (cell_stmt), error))
        return FALSE;
    }
  return TRUE;
}

/* Action 1: the project and its geography. */
static gboolean
add_project (Example  *ex,
             GError  **error)
{
  if (!insert_row (ex, "project", &ex->project, error,
                   "title", sirkel_value_text ("Lundfjord kommune (eksempel)"),
                   "kommune", sirkel_value_text (geos[GEO_KOMMUNE].code),
                   "kommune_name", sirkel_value_text (geos[GEO_KOMMUNE].title),
                   "fylke", sirkel_value_text (geos[GEO_FYLKE].code),
                   "fylke_name", sirkel_value_text (geos[GEO_FYLKE].title),
                   "period_from", sirkel_value_int (2024),
                   "period_to", sirkel_value_int (2027),
                   "doc_language", sirkel_value_text ("nb"),
                   "is_example", sirkel_value_int (1),
                   "description", sirkel_value_text (
                     "Dette er et eksempelprosjekt for å prøve Sirkel. Lundfjord er en fiktiv "
                     "kommune, og all statistikk er generert og viser ikke virkelige forhold."),
                   NULL))
    return FALSE;

  for (Geo geo = 0; geo < N_GEOS; geo++)
    if (!insert_row (ex, "geography", NULL, error,
                     "code", sirkel_value_text (geos[geo].code),
                     "level", sirkel_value_text (geos[geo].level),
                     "title", sirkel_value_text (geos[geo].title),
                     "parent", sirkel_value_text (geos[geo].parent),
                     NULL))
      return FALSE;
  return TRUE;
}

/* Action 2: the indicators and one snapshot of generated observations. */
static gboolean
add_statistics (Example  *ex,
                GError  **error)
{
  g_autofree char *now = sirkel_store_dup_now (ex->store);
  g_autofree char *sha256 = NULL;
  SirkelId import_id;

  for (guint i = 0; i < N_INDICATORS; i++)
    {
      const IndicatorSpec *spec = &indicators[i];
      g_autofree char *description = g_strconcat (spec->description, " Generert eksempeldata.",
                                                  NULL);

      if (!insert_row (ex, "indicator", &ex->indicators[i], error,
                       "key", sirkel_value_text (spec->key),
                       "title", sirkel_value_text (spec->title),
                       "description", sirkel_value_text (description),
                       "source", sirkel_value_text (SOURCE),
                       "source_table", sirkel_value_text (spec->source_table),
                       "measure", sirkel_value_text (spec->measure),
                       "unit", sirkel_value_text (spec->unit),
                       "decimals", sirkel_value_int (spec->decimals),
                       "period_length", sirkel_value_int (spec->period_length),
                       "standardisation", sirkel_value_text (spec->standardisation),
                       "polarity", sirkel_value_int (spec->polarity),
                       "category", sirkel_value_text (spec->category),
                       "age_group", sirkel_value_text (spec->age_group),
                       "sort", sirkel_value_int (i + 1),
                       NULL))
        return FALSE;
    }

  generate_observations (ex);
  sha256 = dup_observations_sha256 (ex);
  if (!insert_row (ex, "data_import", &import_id, error,
                   "title", sirkel_value_text ("Generert eksempeldata"),
                   "file_name", sirkel_value_text ("eksempeldata-generert.csv"),
                   "sha256", sirkel_value_text (sha256),
                   "format", sirkel_value_text ("generated"),
                   "encoding", sirkel_value_text ("UTF-8"),
                   "source", sirkel_value_text ("Generert eksempeldata (fiktiv)"),
                   "source_table", sirkel_value_text (""),
                   "imported_at", sirkel_value_text (now),
                   "row_count", sirkel_value_int (ex->cells->len),
                   "warnings", sirkel_value_text (""),
                   NULL))
    return FALSE;
  return insert_observations (ex, &import_id, error);
}

/* Action 3: assessments, challenges and resources, and the indicators they rest on. */
static gboolean
add_oversikt (Example  *ex,
              GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (assessments); i++)
    if (!insert_row (ex, "assessment", NULL, error,
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

      if (!insert_row (ex, "finding", &ex->findings[f], error,
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
        if (!insert_row (ex, "finding_indicator", NULL, error,
                         "finding_id", sirkel_value_id (&ex->findings[f]),
                         "indicator_id",
                         sirkel_value_id (&ex->indicators[indicator_index (spec->indicators[k])]),
                         NULL))
          return FALSE;
    }
  return TRUE;
}

/* Action 4: criteria and scores, the council's decision, and the challenges marked as
 * prioritised — as edits of the existing findings, the way a user would do it. */
static gboolean
add_prioritisation (Example  *ex,
                    GError  **error)
{
  for (guint c = 0; c < N_CRITERIA; c++)
    if (!insert_row (ex, "criterion", &ex->criteria[c], error,
                     "title", sirkel_value_text (criteria[c].title),
                     "description", sirkel_value_text (criteria[c].description),
                     "weight", sirkel_value_double (criteria[c].weight),
                     "scale_max", sirkel_value_int (criteria[c].scale_max),
                     "sort", sirkel_value_int (c + 1),
                     NULL))
      return FALSE;

  for (Finding f = 0; f < N_CHALLENGES; f++)
    for (guint c = 0; c < N_CRITERIA; c++)
      if (!insert_row (ex, "score", NULL, error,
                       "finding_id", sirkel_value_id (&ex->findings[f]),
                       "criterion_id", sirkel_value_id (&ex->criteria[c]),
                       "value", sirkel_value_int (scores[f][c]),
                       "reason", sirkel_value_text (score_reasons[f][c]),
                       NULL))
        return FALSE;

  for (Finding f = 0; f < N_CHALLENGES; f++)
    if (findings[f].priority_reason != NULL &&
        (!set_field (ex, "finding", &ex->findings[f], "prioritised", sirkel_value_int (1),
                     error) ||
         !set_field (ex, "finding", &ex->findings[f], "priority_reason",
                     sirkel_value_text (findings[f].priority_reason), error)))
      return FALSE;

  return insert_row (ex, "decision", NULL, error,
                     "title", sirkel_value_text ("Prioriterte folkehelseutfordringer 2024–2027"),
                     "subject", sirkel_value_text ("prioritisation"),
                     "decided_on", sirkel_value_text ("2024-06-20"),
                     "decided_by", sirkel_value_text ("Kommunestyret"),
                     "case_number", sirkel_value_text ("24/1234 (fiktivt)"),
                     "body", sirkel_value_text (
                       "Kommunestyret vedtar disse prioriterte folkehelseutfordringene for "
                       "perioden 2024–2027: barn som vokser opp i familier med vedvarende "
                       "lavinntekt, ensomhet blant ungdom, psykiske plager og lidelser blant "
                       "unge, unge utenfor skole, arbeid og utdanning, og lite fysisk aktivitet "
                       "blant ungdom. Utfordringene følges opp i kommuneplanens samfunnsdel og i "
                       "handlingsdelen. (Fiktivt vedtak i eksempelprosjektet.)"),
                     NULL);
}

/* Action 5: plans, hovedmål and delmål with baselines from the generated figures. */
static gboolean
add_plan (Example  *ex,
          GError  **error)
{
  for (Plan p = 0; p < N_PLANS; p++)
    if (!insert_row (ex, "plan", &ex->plans[p], error,
                     "kind", sirkel_value_text (plans[p].kind),
                     "title", sirkel_value_text (plans[p].title),
                     "status", sirkel_value_text (plans[p].status),
                     "adopted_on", sirkel_value_text (plans[p].adopted_on),
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
      guint i = measured ? indicator_index (spec->indicator) : 0;
      double baseline = measured ? latest_kommune_value (ex, spec->indicator) : 0;

      /* Parents come first in goals[], so their ids exist. */
      g_assert (spec->parent < (int) g);
      if (!insert_row (ex, "goal", &ex->goals[g], error,
                       "parent_id", sirkel_value_id (parent),
                       "level", sirkel_value_text (spec->level),
                       "title", sirkel_value_text (spec->title),
                       "description", sirkel_value_text (spec->description),
                       "plan_id", sirkel_value_id (&ex->plans[spec->plan]),
                       "indicator_id", sirkel_value_id (measured ? &ex->indicators[i] : NULL),
                       "baseline", measured ? sirkel_value_double (baseline) : sirkel_value_null (),
                       "baseline_year",
                       measured ? sirkel_value_int (LAST_YEAR) : sirkel_value_null (),
                       "target", measured ? sirkel_value_double (round_to (baseline + spec->change,
                                                                           indicators[i].decimals))
                                          : sirkel_value_null (),
                       "target_year", measured ? sirkel_value_int (2027) : sirkel_value_null (),
                       "tags", sirkel_value_text (spec->tags),
                       "sort", sirkel_value_int (g + 1),
                       NULL))
        return FALSE;
      for (Finding f = 0; f < N_FINDINGS; f++)
        if ((spec->findings & (1u << f)) != 0 &&
            !insert_row (ex, "goal_finding", NULL, error,
                         "goal_id", sirkel_value_id (&ex->goals[g]),
                         "finding_id", sirkel_value_id (&ex->findings[f]),
                         NULL))
          return FALSE;
    }
  return TRUE;
}

/* Action 6: measures, the goals they serve and their budget lines. */
static gboolean
add_measures (Example  *ex,
              GError  **error)
{
  for (Measure m = 0; m < N_MEASURES; m++)
    {
      const MeasureSpec *spec = &measures[m];

      if (!insert_row (ex, "measure", &ex->measures[m], error,
                       "title", sirkel_value_text (spec->title),
                       "description", sirkel_value_text (spec->description),
                       "evidence_scheme", sirkel_value_text (spec->evidence_scheme),
                       "evidence_level", sirkel_value_text (spec->evidence_level),
                       "evidence_year", spec->evidence_year > 0
                                        ? sirkel_value_int (spec->evidence_year)
                                        : sirkel_value_null (),
                       "responsible", sirkel_value_text (spec->responsible),
                       "partners", sirkel_value_text (spec->partners),
                       "target_group", sirkel_value_text (spec->target_group),
                       "age_from", int_or_null (spec->age_from),
                       "age_to", int_or_null (spec->age_to),
                       "arena", sirkel_value_text (spec->arena),
                       "prevention_level", sirkel_value_text (spec->prevention_level),
                       "status", sirkel_value_text (spec->status),
                       "start_date", sirkel_value_text (spec->start_date),
                       "end_date", sirkel_value_text (spec->end_date),
                       "funding", sirkel_value_text (spec->funding),
                       "q_feasible", sirkel_value_text (spec->q_feasible),
                       "q_effective", sirkel_value_text (spec->q_effective),
                       "q_worth", sirkel_value_text (spec->q_worth),
                       "q_wanted", sirkel_value_text (spec->q_wanted),
                       "sort", sirkel_value_int (m + 1),
                       NULL))
        return FALSE;

      for (Goal g = 0; g < N_GOALS; g++)
        if ((spec->goals & (1u << g)) != 0 &&
            !insert_row (ex, "measure_goal", NULL, error,
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
          if (!insert_row (ex, "budget_line", NULL, error,
                           "measure_id", sirkel_value_id (&ex->measures[m]),
                           "year", sirkel_value_int (FIRST_BUDGET_YEAR + y),
                           "amount", sirkel_value_double (spec->budget[y]),
                           "funding_source", sirkel_value_text (spec->funding_source),
                           "title", sirkel_value_text (title),
                           NULL))
            return FALSE;
        }
    }
  return TRUE;
}

static const SirkelId *
find_logic_element (Example    *ex,
                    Measure     measure,
                    const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (logic_elements); i++)
    if (logic_elements[i].measure == measure && g_str_equal (logic_elements[i].kind, kind))
      return &ex->logic_elements[i];
  g_assert_not_reached ();
  return NULL;
}

static gboolean
add_eval_indicator (Example                  *ex,
                    const EvalIndicatorSpec  *spec,
                    GError                  **error)
{
  const SirkelId *logic = spec->logic_kind != NULL
                          ? find_logic_element (ex, spec->measure, spec->logic_kind) : NULL;
  const SirkelId *indicator = NULL;
  double offset = 0;
  SirkelId id;

  if (spec->indicator != NULL)
    {
      indicator = &ex->indicators[indicator_index (spec->indicator)];
      offset = latest_kommune_value (ex, spec->indicator);
    }
  if (!insert_row (ex, "eval_indicator", &id, error,
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
    if (!insert_row (ex, "measurement", NULL, error,
                     "eval_indicator_id", sirkel_value_id (&id),
                     "measured_on", sirkel_value_text (spec->measured[k].date),
                     "value", sirkel_value_double (offset + spec->measured[k].value),
                     "title", sirkel_value_text (spec->measured[k].title),
                     NULL))
      return FALSE;
  return TRUE;
}

/* Action 7: evaluation plans, logic models, evaluation indicators and measured values. */
static gboolean
add_evaluations (Example  *ex,
                 GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (evaluations); i++)
    {
      const EvaluationSpec *spec = &evaluations[i];

      if (!insert_row (ex, "evaluation", &ex->evaluations[spec->measure], error,
                       "measure_id", sirkel_value_id (&ex->measures[spec->measure]),
                       "kind", sirkel_value_text (spec->kind),
                       "title", sirkel_value_text (spec->title),
                       "method", sirkel_value_text (spec->method),
                       "partner", sirkel_value_text (spec->partner),
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
    if (!insert_row (ex, "logic_element", &ex->logic_elements[i], error,
                     "measure_id", sirkel_value_id (&ex->measures[logic_elements[i].measure]),
                     "kind", sirkel_value_text (logic_elements[i].kind),
                     "title", sirkel_value_text (logic_elements[i].title),
                     "sort", sirkel_value_int (i + 1),
                     NULL))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (eval_indicators); i++)
    if (!add_eval_indicator (ex, &eval_indicators[i], error))
      return FALSE;
  return TRUE;
}

/* Action 8: lessons, improvement cycles and the årshjul. */
static gboolean
add_learning (Example  *ex,
              GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (lessons); i++)
    {
      const LessonSpec *spec = &lessons[i];
      gboolean from_evaluation = g_str_equal (spec->source_entity, "evaluation");
      const SirkelId *source = from_evaluation ? &ex->evaluations[spec->source]
                                               : &ex->measures[spec->source];

      g_assert (!sirkel_id_is_zero (source));
      if (!insert_row (ex, "lesson", NULL, error,
                       "title", sirkel_value_text (spec->title),
                       "body", sirkel_value_text (spec->body),
                       "source_entity", sirkel_value_text (spec->source_entity),
                       "source_id", sirkel_value_id (source),
                       "learned_on", sirkel_value_text (spec->learned_on),
                       "carry_forward", sirkel_value_int (spec->carry_forward),
                       NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (cycles); i++)
    {
      const CycleSpec *spec = &cycles[i];

      if (!insert_row (ex, "improvement_cycle", NULL, error,
                       "measure_id", sirkel_value_id (&ex->measures[spec->measure]),
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

      if (!insert_row (ex, "yearwheel_event", NULL, error,
                       "title", sirkel_value_text (spec->title),
                       "kind", sirkel_value_text (spec->kind),
                       "month", sirkel_value_int (spec->month),
                       "day", spec->day > 0 ? sirkel_value_int (spec->day) : sirkel_value_null (),
                       "year",
                       spec->year > 0 ? sirkel_value_int (spec->year) : sirkel_value_null (),
                       "responsible", sirkel_value_text (spec->responsible),
                       "description", sirkel_value_text (spec->description),
                       NULL))
        return FALSE;
    }
  return TRUE;
}

typedef gboolean (*StepFunc) (Example *ex, GError **error);

/* The history labels are file content, so they are bokmål like the rest of the example and
 * not translated: the file must not depend on the locale it was written in. */
static const struct
{
  const char *label;
  StepFunc    run;
} steps[] = {
  { "Opprett eksempelprosjektet", add_project },
  { "Importer generert statistikk", add_statistics },
  { "Skriv oversikten", add_oversikt },
  { "Prioriter folkehelseutfordringene", add_prioritisation },
  { "Legg inn planer og mål", add_plan },
  { "Legg inn tiltak", add_measures },
  { "Legg inn evalueringsplaner", add_evaluations },
  { "Legg inn læring og årshjul", add_learning },
};

/**
 * sirkel_example_fill:
 * @store: an empty store, fresh from sirkel_store_create ()
 *
 * Fills @store with the whole example project, one action per step of the cycle. The content
 * is the same every time: ids and figures come from fixed seeds, and the store's clock is set
 * to 2026-01-15T09:00:00Z and its author to "Eksempeldata" (both stay set afterwards, so that
 * publishing the store is reproducible too). The file's own ids and the history's action ids
 * are made by the store and stay random.
 *
 * Returns: %FALSE with @error set if the store is not empty or a step failed; the failing
 *   step is rolled back, the ones before it stay
 */
gboolean
sirkel_example_fill (SirkelStore  *store,
                     GError      **error)
{
  g_autoptr(GDateTime) now = NULL;
  Example ex = { 0 };
  gint64 projects;
  gboolean ok = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (!sirkel_store_in_action (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  projects = sirkel_store_count_rows (store, "project", FALSE, error);
  if (projects < 0)
    return FALSE;
  if (projects > 0)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                           _("The example project can only be written into an empty project "
                             "file."));
      return FALSE;
    }

  now = g_date_time_new_from_iso8601 (NOW, NULL);
  sirkel_store_set_fixed_time (store, now);
  sirkel_store_set_author (store, AUTHOR);

  ex.store = store;
  ex.ids = g_rand_new_with_seed (ID_SEED);
  ex.noise = g_rand_new_with_seed (VALUE_SEED);
  ex.series = g_array_new (FALSE, FALSE, sizeof (Series));
  ex.cells = g_array_new (FALSE, FALSE, sizeof (Cell));

  for (guint i = 0; ok && i < G_N_ELEMENTS (steps); i++)
    {
      if (!sirkel_store_begin (store, steps[i].label, error))
        ok = FALSE;
      else if (!steps[i].run (&ex, error))
        {
          sirkel_store_rollback (store);
          ok = FALSE;
        }
      else
        ok = sirkel_store_commit (store, error);
    }

  example_clear (&ex);
  return ok;
}
