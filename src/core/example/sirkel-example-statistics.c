/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example's statistics, actions 1 and 2 of sirkel_example_fill (): the project row and its
 * geography (landet, the fictional fylke 99 and kommune 9901), the indicators, after the
 * pattern of the folkehelseprofil, and one data_import snapshot of generated observations.
 *
 * The figures are generated: a smooth national series, a fylke close to it, and a noisier
 * kommune that is clearly worse than landet on some indicators, clearly better on a few and
 * similar on the rest, with suppressed cells (":", "..", ".") that are NULL and never 0.
 * Observations are not entities; like an import, they are written with prepared statements
 * into the snapshot. The noise comes from Example.noise in one fixed order (indicator,
 * geography, sex, period), and the figures use only + − × ÷, floor () and sqrt (), which
 * IEEE 754 defines exactly, so they do not depend on the C library.
 *
 * The later phases name indicators by key: _sirkel_example_indicator_id () gives the row id,
 * _sirkel_example_latest_kommune_value () a goal's baseline, and _sirkel_example_round_like ()
 * rounds a target the way the indicator's own figures are rounded.
 */
#define G_LOG_DOMAIN "sirkel-example-statistics"

#include "config.h"

#include <math.h>

#include "sirkel-store-private.h"
#include "sirkel-example-private.h"
#include "sirkel-text.h"

#define FIRST_YEAR 2012
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
 * Generating the figures
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
                             "geo_raw, sex, age_lo, age_hi, dims, geo_level) "
                             "VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, '', ?8)", &series_stmt, error) ||
      !sirkel_store_prepare (store, "INSERT INTO observation (series, period_from, period_to, "
                             "period_part, value, flag, numerator, denominator, ci_low, ci_high, "
                             "flag_raw, period_label) "
                             "VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", &cell_stmt, error))
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
          !sirkel_store_check (store, sqlite3_bind_text (series_stmt, 8,
                                                         geos[series->geo].level,
                                                         -1, SQLITE_STATIC), error) ||
          !sirkel_store_step_done (store, series_stmt, error) ||
          !sirkel_store_check (store, sqlite3_reset (series_stmt), error))
        return FALSE;
    }

  for (guint i = 0; i < ex->cells->len; i++)
    {
      const Cell *cell = &g_array_index (ex->cells, Cell, i);
      gboolean has_value = *cell->flag == '\0';
      /* The generated cells use FHI's symbols; the file stores their meaning and the symbol. */
      SirkelFlag flag = has_value ? SIRKEL_FLAG_NONE : sirkel_flag_for_symbol ("fhi", cell->flag);
      g_autofree char *label = cell->period_from == cell->period_to
                               ? g_strdup_printf ("%d", cell->period_from)
                               : g_strdup_printf ("%d_%d", cell->period_from, cell->period_to);

      if (!sirkel_store_check (store, sqlite3_bind_int64 (cell_stmt, 1, cell->series + 1), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (cell_stmt, 2, cell->period_from), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (cell_stmt, 3, cell->period_to), error) ||
          !bind_optional (store, cell_stmt, 4, has_value, cell->value, error) ||
          !sirkel_store_check (store, sqlite3_bind_text (cell_stmt, 5, sirkel_flag_to_key (flag), -1,
                                                         SQLITE_STATIC), error) ||
          !sirkel_store_check (store, sqlite3_bind_text (cell_stmt, 10, cell->flag, -1,
                                                         SQLITE_STATIC), error) ||
          !sirkel_store_check (store, sqlite3_bind_text (cell_stmt, 11, label, -1,
                                                         SQLITE_TRANSIENT), error) ||
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

/* ------------------------------------------------------------------------------------------
 * Actions 1 and 2
 * ------------------------------------------------------------------------------------------ */

/* Action 1: the project and its geography. */
gboolean
_sirkel_example_add_project (Example  *ex,
                             GError  **error)
{
  if (!_sirkel_example_insert_row (ex, "project", &ex->project, error,
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
                                     "Dette er et eksempelprosjekt for å prøve Sirkel. Lundfjord "
                                     "er en fiktiv kommune, og all statistikk er generert og "
                                     "viser ikke virkelige forhold."),
                                   NULL))
    return FALSE;

  for (Geo geo = 0; geo < N_GEOS; geo++)
    if (!_sirkel_example_insert_row (ex, "geography", NULL, error,
                                     "code", sirkel_value_text (geos[geo].code),
                                     "level", sirkel_value_text (geos[geo].level),
                                     "title", sirkel_value_text (geos[geo].title),
                                     "parent", sirkel_value_text (geos[geo].parent),
                                     NULL))
      return FALSE;
  return TRUE;
}

/* Action 2: the indicators and one snapshot of generated observations. */
gboolean
_sirkel_example_add_statistics (Example  *ex,
                                GError  **error)
{
  g_autofree char *now = sirkel_store_dup_now (ex->store);
  g_autofree char *sha256 = NULL;
  SirkelId import_id;

  g_assert (ex->indicators == NULL && ex->series == NULL && ex->cells == NULL);
  ex->indicators = g_new0 (SirkelId, N_INDICATORS);
  ex->series = g_array_new (FALSE, FALSE, sizeof (Series));
  ex->cells = g_array_new (FALSE, FALSE, sizeof (Cell));

  for (guint i = 0; i < N_INDICATORS; i++)
    {
      const IndicatorSpec *spec = &indicators[i];
      g_autofree char *description = g_strconcat (spec->description, " Generert eksempeldata.",
                                                  NULL);

      if (!_sirkel_example_insert_row (ex, "indicator", &ex->indicators[i], error,
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
  if (!_sirkel_example_insert_row (ex, "data_import", &import_id, error,
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

/* ------------------------------------------------------------------------------------------
 * What the later phases read: indicators by key
 * ------------------------------------------------------------------------------------------ */

const SirkelId *
_sirkel_example_indicator_id (Example    *ex,
                              const char *key)
{
  g_assert (ex->indicators != NULL);
  return &ex->indicators[indicator_index (key)];
}

/* Rounds @value to the decimals of the indicator @key, as its generated figures are. */
double
_sirkel_example_round_like (const char *key,
                            double      value)
{
  return round_to (value, indicators[indicator_index (key)].decimals);
}

/* The kommune's latest unsuppressed value for both sexes: the baseline of goals. */
double
_sirkel_example_latest_kommune_value (Example    *ex,
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
