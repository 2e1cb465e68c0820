/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON-stat reader on hand-written fixtures (tests/data/import/jsonstat/): every observation
 * of every small file is compared with values written down by hand. Then the shape errors, and
 * hostile inputs built in memory (overflowing sizes, a huge cube with a tiny value, long
 * strings, deep nesting, bad UTF-8, truncated text), each of which must be refused in bounded
 * time: every read here is timed and must return within two seconds.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sirkel-readers.h"

typedef struct
{
  const char     *measure;
  const char     *geo_raw;
  const char     *geo;
  SirkelGeoLevel  level;
  int             from, to, part;
  const char     *period_label;
  int             sex, age_lo, age_hi;
  const char     *dims;
  gboolean        has_value;
  double          value;
  SirkelFlag      flag;
  const char     *flag_raw;
} Expected;

/* An ordinary value. */
#define V(x) TRUE, (x), SIRKEL_FLAG_NONE, ""
/* A cell of a yearly table without sex or age. */
#define SSB(measure, raw, geo, level, year) \
  measure, raw, geo, SIRKEL_GEO_LEVEL_##level, year, year, 0, #year, 0, 0, 120, ""

/* Reads @data and checks that the reader came back within two seconds. */
static SirkelImportTable *
read_bytes (GBytes        *bytes,
            const char    *encoding,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  ok = sirkel_jsonstat_read (bytes, encoding, table, cancellable, error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  if (!ok)
    {
      g_assert (error == NULL || *error != NULL);
      return NULL;
    }
  g_assert (error == NULL || *error == NULL);
  return g_steal_pointer (&table);
}

static SirkelImportTable *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return read_bytes (bytes, NULL, NULL, error);
}

static SirkelImportTable *
read_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "jsonstat", name,
                                                 NULL);
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &local);
  g_assert_no_error (local);
  bytes = g_bytes_new_take (contents, len);
  g_assert_true (sirkel_jsonstat_sniff (g_bytes_get_data (bytes, NULL), len));
  return read_bytes (bytes, NULL, NULL, error);
}

static void
check_observations (SirkelImportTable *table,
                    const Expected    *expected,
                    guint              n)
{
  g_assert_cmpuint (table->observations->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);
      const Expected *e = &expected[i];
      const SirkelMeasure *m;

      g_test_message ("observation %u", i);
      g_assert_cmpuint (o->measure, <, table->measures->len);
      m = g_ptr_array_index (table->measures, o->measure);
      g_assert_cmpstr (m->key, ==, e->measure);
      g_assert_cmpstr (o->geo_raw, ==, e->geo_raw);
      g_assert_cmpstr (o->geo, ==, e->geo);
      g_assert_cmpint (o->geo_level, ==, e->level);
      g_assert_cmpint (o->period_from, ==, e->from);
      g_assert_cmpint (o->period_to, ==, e->to);
      g_assert_cmpint (o->period_part, ==, e->part);
      g_assert_cmpstr (o->period_label, ==, e->period_label);
      g_assert_cmpint (o->sex, ==, e->sex);
      g_assert_cmpint (o->age_lo, ==, e->age_lo);
      g_assert_cmpint (o->age_hi, ==, e->age_hi);
      g_assert_cmpstr (o->dims, ==, e->dims);
      g_assert_cmpint (o->has_value, ==, e->has_value);
      if (e->has_value)
        g_assert_cmpfloat_with_epsilon (o->value, e->value, 1e-9);
      g_assert_cmpint (o->flag, ==, e->flag);
      g_assert_cmpstr (o->flag_raw, ==, e->flag_raw);
      g_assert_true (isnan (o->numerator));
      g_assert_true (isnan (o->denominator));
      g_assert_true (isnan (o->ci_low));
      g_assert_true (isnan (o->ci_high));
    }
}

static void
check_measure (SirkelImportTable *table,
               guint              i,
               const char        *key,
               const char        *label,
               const char        *unit,
               int                decimals)
{
  const SirkelMeasure *m;

  g_assert_cmpuint (i, <, table->measures->len);
  m = g_ptr_array_index (table->measures, i);
  g_assert_cmpstr (m->key, ==, key);
  g_assert_cmpstr (m->label, ==, label);
  g_assert_cmpstr (m->unit, ==, unit);
  g_assert_cmpint (m->decimals, ==, decimals);
}

static void
check_identity (SirkelImportTable *table,
                const char        *encoding,
                const char        *source,
                const char        *table_id,
                const char        *title)
{
  g_assert_cmpstr (table->format, ==, "jsonstat");
  g_assert_cmpstr (table->encoding, ==, encoding);
  g_assert_cmpstr (table->source, ==, source);
  g_assert_cmpstr (table->table_id, ==, table_id);
  g_assert_cmpstr (table->title, ==, title);
}

/* @needles: the warnings, in order, each given by a fragment. */
static void
check_warnings (SirkelImportTable  *table,
                const char * const *needles)
{
  guint n = needles != NULL ? g_strv_length ((char **) needles) : 0;

  for (guint i = 0; i < table->warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (table->warnings, i));
  g_assert_cmpuint (table->warnings->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_nonnull (strstr (g_ptr_array_index (table->warnings, i), needles[i]));
}

static void
check_error (GError     *error,
             int         code,
             const char *fragment)
{
  g_assert_error (error, SIRKEL_IMPORT_ERROR, code);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
}

/* ------------------------------------------------------------------------------------------
 * Fixtures
 * ------------------------------------------------------------------------------------------ */

/* SSB PxWebApi JSON-stat2: object index (listed out of order), role, K- codes and a
 * pseudo-region, status object with every SSB symbol, units and decimals, extension.px. */
static void
test_ssb_region_tid (void)
{
  static const Expected expected[] = {
    { SSB ("Bosatte", "K-1804", "1804", KOMMUNE, 2023), V (53000) },
    { SSB ("Bosatte", "K-1804", "1804", KOMMUNE, 2024), V (53400) },
    { SSB ("AndelEldre", "K-1804", "1804", KOMMUNE, 2023), FALSE, 0, SIRKEL_FLAG_MISSING, ".." },
    { SSB ("AndelEldre", "K-1804", "1804", KOMMUNE, 2024), TRUE, 17.5, SIRKEL_FLAG_PROVISIONAL,
      "*" },
    { SSB ("Bosatte", "K-1865", "1865", KOMMUNE, 2023), V (9700) },
    { SSB ("Bosatte", "K-1865", "1865", KOMMUNE, 2024), V (9650) },
    { SSB ("AndelEldre", "K-1865", "1865", KOMMUNE, 2023), V (21.25) },
    { SSB ("AndelEldre", "K-1865", "1865", KOMMUNE, 2024), FALSE, 0, SIRKEL_FLAG_SUPPRESSED, ":" },
    { SSB ("Bosatte", "K-Rest", "K-Rest", PSEUDO, 2023), TRUE, 0, SIRKEL_FLAG_NIL, "-" },
    { SSB ("Bosatte", "K-Rest", "K-Rest", PSEUDO, 2024), TRUE, 0, SIRKEL_FLAG_NIL, "-" },
    { SSB ("AndelEldre", "K-Rest", "K-Rest", PSEUDO, 2023), FALSE, 0, SIRKEL_FLAG_NOT_APPLICABLE,
      "." },
    { SSB ("AndelEldre", "K-Rest", "K-Rest", PSEUDO, 2024), FALSE, 0,
      SIRKEL_FLAG_MISSING_PROVISIONAL, "..." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = read_fixture ("ssb-region-tid.json", &error);

  g_assert_no_error (error);
  check_identity (table, "UTF-8", "SSB", "99999",
                  "Eksempel, etter region, statistikkvariabel og år");
  g_assert_cmpuint (table->measures->len, ==, 2);
  check_measure (table, 0, "Bosatte", "Bosatte", "personer", 0);
  check_measure (table, 1, "AndelEldre", "Andel 80 år og eldre", "prosent", 1);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  check_warnings (table, NULL);
}

/* FHI Statistikk json-stat2 (nøkkel): array index, role null, status "", unit null, string
 * symbols inside value with a legend in extension, an unknown letter, a number as text, an
 * extra dimension (SOES) in dims. */
static void
test_fhi_nokkel (void)
{
#define FHI(geo, level, from, to, label, sex, measure) \
  measure, geo, geo, level, from, to, 0, label, sex, 13, 19, "SOES=0"
  static const Expected expected[] = {
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2021, 2023, "2021_2023", 1, "TELLER"), V (4800000) },
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2021, 2023, "2021_2023", 1, "MEIS"), V (14.2) },
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2021, 2023, "2021_2023", 2, "TELLER"), V (5100000) },
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2021, 2023, "2021_2023", 2, "MEIS"), V (22.75) },
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2022, 2024, "2022_2024", 1, "TELLER"), V (4900000) },
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2022, 2024, "2022_2024", 1, "MEIS"), V (14.5) },
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2022, 2024, "2022_2024", 2, "TELLER"),
      FALSE, 0, SIRKEL_FLAG_SUPPRESSED, ":" },
    { FHI ("0", SIRKEL_GEO_LEVEL_LANDET, 2022, 2024, "2022_2024", 2, "MEIS"),
      FALSE, 0, SIRKEL_FLAG_SUPPRESSED, ":" },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2021, 2023, "2021_2023", 1, "TELLER"), V (120) },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2021, 2023, "2021_2023", 1, "MEIS"), V (15.1) },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2021, 2023, "2021_2023", 2, "TELLER"),
      FALSE, 0, SIRKEL_FLAG_MISSING, ".." },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2021, 2023, "2021_2023", 2, "MEIS"),
      FALSE, 0, SIRKEL_FLAG_NOT_COMPUTABLE, "x" },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, 2024, "2022_2024", 1, "TELLER"),
      FALSE, 0, SIRKEL_FLAG_UNKNOWN, "k" },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, 2024, "2022_2024", 1, "MEIS"), V (16) },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, 2024, "2022_2024", 2, "TELLER"),
      FALSE, 0, SIRKEL_FLAG_MISSING, "" },
    { FHI ("1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, 2024, "2022_2024", 2, "MEIS"), V (24.5) },
  };
#undef FHI
  static const char * const warnings[] = { "“k” is not known", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = read_fixture ("fhi-nokkel.json", &error);

  g_assert_no_error (error);
  check_identity (table, "UTF-8", "FHI", "", "Ensomhet (UNGDATA)");
  g_assert_cmpuint (table->measures->len, ==, 2);
  check_measure (table, 0, "TELLER", "antall", "", -1);
  check_measure (table, 1, "MEIS", "prosent (standardisert)", "prosent", 1);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  check_warnings (table, warnings);
}

/* A national SSB table (no geo dimension, no role member), status as an array, a quarter,
 * sex by code and age by label ("999D" = "Alle aldre"), nil '-' as a real 0. */
static void
test_ssb_national_status_array (void)
{
#define NAT(sex, lo, hi) \
  "Fodte", "", "0", SIRKEL_GEO_LEVEL_LANDET, 2025, 2025, 4, "2025K4", sex, lo, hi, ""
  static const Expected expected[] = {
    { NAT (1, 0, 120), V (100) },
    { NAT (1, 15, 24), V (50.5) },
    { NAT (2, 0, 120), FALSE, 0, SIRKEL_FLAG_MISSING, ".." },
    { NAT (2, 15, 24), TRUE, 0, SIRKEL_FLAG_NIL, "-" },
  };
#undef NAT
  static const char * const warnings[] = { "no geography dimension", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = read_fixture ("ssb-national-status-array.json", &error);

  g_assert_no_error (error);
  check_identity (table, "UTF-8", "SSB", "12345",
                  "Fødte, etter kjønn, alder, statistikkvariabel og kvartal");
  g_assert_cmpuint (table->measures->len, ==, 1);
  check_measure (table, 0, "Fodte", "Levendefødte", "personer", 0);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  check_warnings (table, warnings);
}

/* JSON-stat 1.x: {"dataset": {…}} with id, size and role inside "dimension". */
static void
test_jsonstat1_dataset (void)
{
  static const Expected expected[] = {
    { SSB ("Personer", "0", "0", LANDET, 2022), V (5425270) },
    { SSB ("Personer", "0", "0", LANDET, 2023), V (5488984) },
    { SSB ("Personer", "03", "03", FYLKE, 2022), V (699827) },
    { SSB ("Personer", "03", "03", FYLKE, 2023), V (709037) },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = read_fixture ("jsonstat1-dataset.json", &error);

  g_assert_no_error (error);
  check_identity (table, "UTF-8", "SSB", "07459",
                  "Befolkning, etter region, statistikkvariabel og år");
  check_measure (table, 0, "Personer", "Personer", "personer", 0);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  check_warnings (table, NULL);
}

/* JSON-stat 1.x named dataset: sparse value and status objects (only the listed cells), a
 * dimension without index (one category), no metric dimension (one measure "value"), other
 * dimensions sorted into dims, a number as text, and a number whose status means "no value". */
static void
test_jsonstat1_named_sparse (void)
{
  static const Expected expected[] = {
    { "value", "3101", "3101", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2021, 0, "2019_2021", 0, 0, 120,
      "INNVKAT=20;MAAL=ANDEL;UTDANN=1", V (12.5) },
    { "value", "3101", "3101", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, 2024, 0, "2022_2024", 0, 0, 120,
      "INNVKAT=20;MAAL=ANDEL;UTDANN=0", V (13.25) },
    { "value", "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, 2024, 0, "2022_2024", 0, 0, 120,
      "INNVKAT=20;MAAL=ANDEL;UTDANN=1", FALSE, 0, SIRKEL_FLAG_SUPPRESSED, ":" },
    { "value", "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2021, 0, "2019_2021", 0, 0, 120,
      "INNVKAT=20;MAAL=ANDEL;UTDANN=0", FALSE, 0, SIRKEL_FLAG_MISSING_PROVISIONAL, "..." },
  };
  static const char * const warnings[] = { "$.befolkning.value[\"6\"] is 10, but its status “...”",
                                            "$.befolkning.value lists 4 of the 8 cells", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = read_fixture ("jsonstat1-named-sparse.json", &error);

  g_assert_no_error (error);
  check_identity (table, "UTF-8", "", "", "Befolkning etter utdanning");
  g_assert_cmpuint (table->measures->len, ==, 1);
  check_measure (table, 0, "value", "Befolkning etter utdanning", "", -1);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  check_warnings (table, warnings);
}

/* A UTF-8 BOM (warned), FHI detected by its source, FHI's '-' as "not available" (no value),
 * and ALDER "0" labelled "Alle aldre" read as all ages. */
static void
test_utf8_bom (void)
{
  static const Expected expected[] = {
    { "TELLER", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 2024, 0, "2024_2024", 0, 0, 120, "",
      V (53400) },
    { "TELLER", "1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 2024, 0, "2024_2024", 0, 0, 120, "",
      FALSE, 0, SIRKEL_FLAG_NOT_AVAILABLE, "-" },
  };
  static const char * const warnings[] = { "byte order mark", "the code “0” is labelled “Alle aldre”; it was read as all ages",
                                           NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = read_fixture ("utf8-bom.json", &error);

  g_assert_no_error (error);
  check_identity (table, "UTF-8 with BOM", "FHI", "", "Befolkning i Bodø og Vågan");
  check_measure (table, 0, "TELLER", "antall", "", -1);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  check_warnings (table, warnings);
}

static void
test_bad_value_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = read_fixture ("bad-value-length.json", &error);

  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_SHAPE, "$.value has 3 entries, the sizes multiply to 4");
}

/* The same numbers whatever the locale: GTK calls setlocale, and nb_NO uses a decimal comma. */
static void
test_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;

  if (setlocale (LC_ALL, "nb_NO.UTF-8") == NULL && setlocale (LC_ALL, "nb_NO.utf8") == NULL)
    {
      g_test_skip ("no nb_NO locale");
      return;
    }
  table = read_fixture ("fhi-nokkel.json", &error);
  setlocale (LC_ALL, saved);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (g_array_index (table->observations, SirkelObservation, 1).value,
                                  14.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (table->observations, SirkelObservation, 3).value,
                                  22.75, 1e-9);
}

/* ------------------------------------------------------------------------------------------
 * Small inline datasets: the remaining rules
 * ------------------------------------------------------------------------------------------ */

/* A two-cell SSB-style cube with @value and @status spliced in. */
static char *
small_cube (const char *value,
            const char *extra)
{
  return g_strdup_printf ("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"11111: Test\","
                          "\"id\":[\"Region\",\"Tid\"],\"size\":[1,2],"
                          "\"dimension\":{\"Region\":{\"category\":{\"index\":[\"3001\"]}},"
                          "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\"]}}},"
                          "\"value\":%s%s}", value, extra);
}

static void
test_value_rules (void)
{
  static const struct
  {
    const char *value;
    const char *extra;
    int         code;       /* -1: read */
    const char *fragment;
  } cases[] = {
    { "[1,2]", ",\"status\":[\"..\"]", -1, NULL },                          /* one for all */
    { "[1,2]", ",\"status\":[\"..\",null,\":\"]", SIRKEL_IMPORT_ERROR_SHAPE,
      "$.status has 3 entries, the sizes multiply to 2" },
    { "[1,2]", ",\"status\":{\"2\":\"..\"}", SIRKEL_IMPORT_ERROR_SHAPE,
      "$.status has the key “2”, which is not a cell offset below 2" },
    { "{\"0\":1,\"00\":2}", "", SIRKEL_IMPORT_ERROR_SHAPE, "$.value lists the cell 0 twice" },
    { "{\"-1\":1}", "", SIRKEL_IMPORT_ERROR_SHAPE, "$.value has the key “-1”" },
    { "[1,\"12,5\"]", "", SIRKEL_IMPORT_ERROR_VALUE,
      "$.value[1] is neither a number nor a symbol" },
    { "[1,true]", "", SIRKEL_IMPORT_ERROR_VALUE, "$.value[1] is neither" },
    { "[1,[2]]", "", SIRKEL_IMPORT_ERROR_VALUE, "$.value[1] is neither" },
    { "[1,1e400]", "", SIRKEL_IMPORT_ERROR_VALUE, "$.value[1] is neither" },
    { "[1,5]", ",\"status\":{\"1\":\"-\"}", SIRKEL_IMPORT_ERROR_VALUE,
      "$.value[1] is 5, but its status “-” says it is exactly 0" },
    { "[1,2]", ",\"status\":[\"..\",7]", SIRKEL_IMPORT_ERROR_VALUE,
      "$.status: the entry for cell 1" },
    { "null", "", SIRKEL_IMPORT_ERROR_FORMAT, "$.value is missing" },
    { "[1,2]", ",\"status\":5", SIRKEL_IMPORT_ERROR_FORMAT, "$.status is neither" },
    { "{}", ",\"status\":\":\"", SIRKEL_IMPORT_ERROR_FORMAT, "$.value lists no cells" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = small_cube (cases[i].value, cases[i].extra);
      g_autoptr(GError) error = NULL;
      g_autoptr(SirkelImportTable) table = NULL;

      g_test_message ("case %u: %s", i, text);
      table = read_text (text, &error);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          continue;
        }
      g_assert_null (table);
      check_error (error, cases[i].code, cases[i].fragment);
    }
}

/* A status string for all cells; "" as no status; a numeric value with an unknown symbol keeps
 * its number; SSB's '*' with no number has nothing to be provisional about. */
static void
test_status_forms (void)
{
  g_autofree char *all = small_cube ("[null,null]", ",\"status\":\":\"");
  g_autofree char *empty = small_cube ("[3,null]", ",\"status\":\"\"");
  g_autofree char *unknown = small_cube ("[3,null]", ",\"status\":[\"e\",\"*\"]");
  g_autoptr(SirkelImportTable) t1 = NULL, t2 = NULL, t3 = NULL;
  const SirkelObservation *o;

  t1 = read_text (all, NULL);
  g_assert_nonnull (t1);
  for (guint i = 0; i < 2; i++)
    {
      o = &g_array_index (t1->observations, SirkelObservation, i);
      g_assert_false (o->has_value);
      g_assert_cmpint (o->flag, ==, SIRKEL_FLAG_SUPPRESSED);
      g_assert_cmpstr (o->flag_raw, ==, ":");
    }

  t2 = read_text (empty, NULL);
  g_assert_nonnull (t2);
  o = &g_array_index (t2->observations, SirkelObservation, 0);
  g_assert_true (o->has_value);
  g_assert_cmpfloat (o->value, ==, 3);
  g_assert_cmpint (o->flag, ==, SIRKEL_FLAG_NONE);
  o = &g_array_index (t2->observations, SirkelObservation, 1);
  g_assert_false (o->has_value);
  g_assert_cmpint (o->flag, ==, SIRKEL_FLAG_MISSING);
  g_assert_cmpstr (o->flag_raw, ==, "");

  t3 = read_text (unknown, NULL);
  g_assert_nonnull (t3);
  o = &g_array_index (t3->observations, SirkelObservation, 0);
  g_assert_true (o->has_value);
  g_assert_cmpfloat (o->value, ==, 3);
  g_assert_cmpint (o->flag, ==, SIRKEL_FLAG_NONE);
  g_assert_cmpstr (o->flag_raw, ==, "e");
  o = &g_array_index (t3->observations, SirkelObservation, 1);
  g_assert_false (o->has_value);
  g_assert_cmpint (o->flag, ==, SIRKEL_FLAG_UNKNOWN);
  g_assert_cmpstr (o->flag_raw, ==, "*");
  g_assert_cmpuint (t3->warnings->len, ==, 1);
}

/* The legend as the API's /flag list ({Title, Text, Value}); Value is the SPVFLAGG code. */
static void
test_legend_list (void)
{
  static const char text[] =
    "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"Test\",\"id\":[\"GEO\",\"AAR\"],"
    "\"size\":[1,3],\"dimension\":{\"GEO\":{\"category\":{\"index\":[\"46\"]}},"
    "\"AAR\":{\"category\":{\"index\":[\"2020_2020\",\"2021_2021\",\"2022_2022\"]}}},"
    "\"extension\":{\"Flags\":[{\"Value\":3,\"Title\":\"?\",\"Text\":\"Skjult\"},"
    "{\"Title\":\"m\",\"Text\":\"Data ikke tilgjengelig\"},{\"Title\":\"z\",\"Text\":\"Noe\"}]},"
    "\"value\":[\"?\",\"m\",\"z\"]}";
  g_autoptr(SirkelImportTable) table = read_text (text, NULL);
  const SirkelObservation *o;

  g_assert_nonnull (table);
  g_assert_cmpstr (table->source, ==, "FHI");
  o = &g_array_index (table->observations, SirkelObservation, 0);
  g_assert_cmpint (o->geo_level, ==, SIRKEL_GEO_LEVEL_FYLKE);
  g_assert_cmpint (o->flag, ==, SIRKEL_FLAG_SUPPRESSED);
  g_assert_cmpint (g_array_index (table->observations, SirkelObservation, 1).flag, ==,
                   SIRKEL_FLAG_NOT_AVAILABLE);
  g_assert_cmpint (g_array_index (table->observations, SirkelObservation, 2).flag, ==,
                   SIRKEL_FLAG_UNKNOWN);
  g_assert_cmpstr (g_array_index (table->observations, SirkelObservation, 2).flag_raw, ==, "z");
}

/* Dimensions: broken indexes and shapes are refused with the JSON path. */
static void
test_dimension_rules (void)
{
  static const struct
  {
    const char *dims;
    const char *sizes;
    const char *ids;
    int         code;
    const char *fragment;
  } cases[] = {
    { "\"Tid\":{\"category\":{\"index\":{\"2023\":0,\"2024\":0}}}", "[2]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "gives position 0 to both" },
    { "\"Tid\":{\"category\":{\"index\":{\"2023\":0,\"2024\":2}}}", "[2]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "a position outside 0–1" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2023\"]}}", "[2]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "$.dimension.Tid.category.index[1]" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\",\"2025\"]}}", "[2]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE,
      "$.dimension.Tid.category.index has 3 categories, but size[0] is 2" },
    { "\"Tid\":{\"category\":{\"label\":{\"2023\":\"a\",\"2024\":\"b\"}}}", "[2]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "index is missing" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\"]}}", "[2,1]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "$.id names 1 dimensions, but $.size gives 2 sizes" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\"]}}", "[0]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "$.size[0] is not a whole number of at least 1" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\"]}}", "[2.0]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "$.size[0]" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\"]}}", "[2,1]", "[\"Tid\",\"Tid\"]",
      SIRKEL_IMPORT_ERROR_SHAPE, "$.id[1]" },
    { "\"Tid\":{}", "[2]", "[\"Tid\"]", SIRKEL_IMPORT_ERROR_FORMAT, "$.dimension.Tid.category" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"i fjor\"]}}", "[2]", "[\"Tid\"]",
      SIRKEL_IMPORT_ERROR_VALUE, "“i fjor” is not a year" },
    { "\"X\":{\"category\":{\"index\":[\"a\",\"b\"]}}", "[2]", "[\"X\"]",
      SIRKEL_IMPORT_ERROR_FORMAT, "no time dimension" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\"]}},"
      "\"X\":{\"category\":{\"index\":[\"a=b\"]}}",
      "[2,1]", "[\"Tid\",\"X\"]", SIRKEL_IMPORT_ERROR_VALUE, "contains “;” or “=”" },
    { "\"Tid\":{\"category\":{\"index\":[\"2023\",\"2024\"]}},"
      "\"Region\":{\"category\":{\"index\":[\" \"]}}",
      "[2,1]", "[\"Tid\",\"Region\"]", SIRKEL_IMPORT_ERROR_VALUE, "is not a geography code" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SirkelImportTable) table = NULL;

      text = g_strdup_printf ("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":%s,\"size\":%s,"
                              "\"dimension\":{%s},\"value\":[1,2]}",
                              cases[i].ids, cases[i].sizes, cases[i].dims);
      g_test_message ("case %u: %s", i, text);
      table = read_text (text, &error);
      g_assert_null (table);
      check_error (error, cases[i].code, cases[i].fragment);
    }
}

/* Sex and age: FHI's sentinel 9 is kept (warned); unreadable categories keep the dimension
 * whole in dims; a second geo dimension becomes an ordinary one; role entries may be null. */
static void
test_roles (void)
{
  static const char text[] =
    "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"T\","
    "\"id\":[\"aar\",\"Kommune\",\"Region\",\"KJONN\",\"Alder\"],\"size\":[1,1,1,1,1],"
    "\"role\":{\"geo\":[null,\"Region\"],\"time\":null,\"metric\":[\"Nope\"]},"
    "\"dimension\":{\"aar\":{\"category\":{\"index\":[\"2020\"]}},"
    "\"Kommune\":{\"category\":{\"index\":[\"0301\"]}},"
    "\"Region\":{\"category\":{\"index\":[\"K-3001\"]}},"
    "\"KJONN\":{\"category\":{\"index\":[\"9\"]}},"
    "\"Alder\":{\"category\":{\"index\":[\"ungdom\"],\"label\":{\"ungdom\":\"Ungdom\"}}}},"
    "\"value\":[7]}";
  static const char * const warnings[] = { "$.role.metric names “Nope”",
                                           "“Kommune” looks like a second geo dimension",
                                           "“9” is the code for an unknown sex",
                                           "“ungdom” is not an age group",
                                           NULL };
  g_autoptr(SirkelImportTable) table = read_text (text, NULL);
  const SirkelObservation *o;

  g_assert_nonnull (table);
  o = &g_array_index (table->observations, SirkelObservation, 0);
  g_assert_cmpstr (o->geo_raw, ==, "K-3001");
  g_assert_cmpstr (o->geo, ==, "3001");
  g_assert_cmpint (o->sex, ==, 9);
  g_assert_cmpint (o->age_lo, ==, 0);
  g_assert_cmpint (o->age_hi, ==, 120);
  g_assert_cmpstr (o->dims, ==, "Alder=ungdom;Kommune=0301");
  g_assert_cmpint (o->period_from, ==, 2020);
  g_assert_cmpfloat (o->value, ==, 7);
  check_warnings (table, warnings);
}

/* The age code decides over a label that reads differently, except for FHI's old "0" labelled
 * "Alle aldre". */
static void
test_age_code_and_label (void)
{
  static const char text[] =
    "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"T\",\"id\":[\"AAR\",\"ALDER\"],"
    "\"size\":[1,2],\"dimension\":{\"AAR\":{\"category\":{\"index\":[\"2024_2024\"]}},"
    "\"ALDER\":{\"category\":{\"index\":[\"16_120\",\"0\"],"
    "\"label\":{\"16_120\":\"16 år+\",\"0\":\"Alle aldre\"}}}},\"value\":[1,2]}";
  /* "16 år+" and 16_120 agree, so no warning about that label. */
  static const char * const warnings[] = { "the code “0” is labelled “Alle aldre”",
                                           "no geography dimension", NULL };
  g_autoptr(SirkelImportTable) table = read_text (text, NULL);
  const SirkelObservation *o;

  g_assert_nonnull (table);
  o = &g_array_index (table->observations, SirkelObservation, 0);
  g_assert_cmpint (o->age_lo, ==, 16);
  g_assert_cmpint (o->age_hi, ==, 120);
  o = &g_array_index (table->observations, SirkelObservation, 1);
  g_assert_cmpint (o->age_lo, ==, 0);
  g_assert_cmpint (o->age_hi, ==, 120);
  check_warnings (table, warnings);
}

/* Not JSON-stat, or JSON-stat without figures. */
static void
test_not_jsonstat (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *fragment;
  } cases[] = {
    { "", SIRKEL_IMPORT_ERROR_FORMAT, "empty" },
    { "[1,2,3]", SIRKEL_IMPORT_ERROR_FORMAT, "top level is not an object" },
    { "{\"a\":{\"b\":1}}", SIRKEL_IMPORT_ERROR_FORMAT, "not a JSON-stat dataset" },
    { "{\"class\":\"collection\",\"link\":{}}", SIRKEL_IMPORT_ERROR_FORMAT, "“collection”" },
    { "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Tid\"],\"size\":[1],"
      "\"dimension\":{\"Tid\":{\"category\":{\"index\":[\"2024\"]}}}}",
      SIRKEL_IMPORT_ERROR_FORMAT, "$.value is missing" },
    { "{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":[]}", SIRKEL_IMPORT_ERROR_FORMAT,
      "needs “dimension”, “id” and “size”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SirkelImportTable) table = read_text (cases[i].text, &error);

      g_assert_null (table);
      check_error (error, cases[i].code, cases[i].fragment);
    }
}

static void
test_two_datasets (void)
{
  static const char text[] =
    "{\"a\":{\"dimension\":{\"id\":[\"Tid\"],\"size\":[1],"
    "\"Tid\":{\"category\":{\"index\":[\"2020\"]}}},"
    "\"value\":[1]},"
    "\"b\":{\"dimension\":{\"id\":[\"Tid\"],\"size\":[1],"
    "\"Tid\":{\"category\":{\"index\":[\"2021\"]}}},"
    "\"value\":[2]}}";
  static const char * const warnings[] = { "holds 2 datasets; only the first, “a”",
                                           "no geography dimension", NULL };
  g_autoptr(SirkelImportTable) table = read_text (text, NULL);

  g_assert_nonnull (table);
  g_assert_cmpuint (table->observations->len, ==, 1);
  g_assert_cmpint (g_array_index (table->observations, SirkelObservation, 0).period_from, ==, 2020);
  check_warnings (table, warnings);
}

static void
test_sniff (void)
{
  static const struct
  {
    const char *text;
    gboolean    expected;
  } cases[] = {
    { "{\"version\":\"2.0\",\"class\":\"dataset\"", TRUE },
    { "\xef\xbb\xbf  \n{\"dataset\":{", TRUE },
    { "{\"x\":{\"dimension\":{}}}", TRUE },
    { "{\"name\":\"something else\"}", FALSE },
    { "\"GEO\";\"AAR\";\"dimension\"", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (sirkel_jsonstat_sniff ((const guint8 *) cases[i].text, strlen (cases[i].text)),
                     ==, cases[i].expected);
}

static void
test_cancelled (void)
{
  g_autofree char *text = small_cube ("[1,2]", "");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;

  g_cancellable_cancel (cancellable);
  table = read_bytes (bytes, NULL, cancellable, &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_guards (void)
{
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();

  g_test_expect_message ("sirkel-jsonstat-reader", G_LOG_LEVEL_CRITICAL, "*bytes != NULL*");
  g_assert_false (sirkel_jsonstat_read (NULL, NULL, table, NULL, NULL));
  g_test_assert_expected_messages ();
}

/* ------------------------------------------------------------------------------------------
 * Hostile inputs: refused in bounded time and memory (read_bytes asserts < 2 s)
 * ------------------------------------------------------------------------------------------ */

static void
test_hostile_size_overflow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;

  table = read_text ("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\",\"c\"],"
                     "\"size\":[4294967296,4294967296,4294967296],\"dimension\":{},\"value\":[]}",
                     &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_TOO_LARGE,
               "$.size: the sizes multiply to more than 2^64");
  g_clear_error (&error);

  /* json-glib 1.6 would read this as -1, or wrap it to a small size. */
  table = read_text ("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],"
                     "\"size\":[18446744073709551617],\"dimension\":{},\"value\":[1]}", &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_VALUE,
               "Line 1, column 55: the integer 18446744073709551617");
  g_clear_error (&error);

  table = read_text ("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],"
                     "\"size\":[1],\"dimension\":{},\"value\":[-9223372036854775809]}", &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_VALUE, "too large to read exactly");
}

#define CUBE_HEAD "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\",\"Tid\"],"

/* Builds a two-dimensional cube n × n with n codes per dimension and @value. */
static char *
big_cube (guint       n,
          const char *value)
{
  GString *text = g_string_new (CUBE_HEAD);

  g_string_append_printf (text, "\"size\":[%u,%u],\"dimension\":{\"Region\":{\"category\":"
                          "{\"index\":[", n, n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s\"%u\"", i > 0 ? "," : "", 10000000 + i);
  g_string_append (text, "]}},\"Tid\":{\"category\":{\"index\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s\"%u\"", i > 0 ? "," : "", 1900 + i % 300);
  g_string_append_printf (text, "]}}},\"value\":%s}", value);
  return g_string_free (text, FALSE);
}

static void
test_hostile_huge_product (void)
{
  guint n = (guint) sqrt ((double) SIRKEL_IMPORT_MAX_CELLS);
  g_autofree char *tiny_array = big_cube (n, "[1,2,3]");
  g_autofree char *expected = g_strdup_printf ("$.value has 3 entries, the sizes multiply to %u",
                                               n * n);
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;

  /* Over the bound: refused before anything is built. */
  table = read_text ("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\"],"
                     "\"size\":[100000,100000],\"dimension\":{},\"value\":[1]}", &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_TOO_LARGE, "the sizes multiply to 10000000000 cells");
  g_clear_error (&error);

  /* Within the bound but a tiny value list: a shape error. */
  g_assert_cmpuint (n * n, <=, SIRKEL_IMPORT_MAX_CELLS);
  table = read_text (tiny_array, &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_SHAPE, expected);
}

/* Within the file size bound, but more values than any table Sirkel reads: refused on the
 * text, before json-glib spends some 80 bytes on each. */
static void
test_hostile_many_values (void)
{
  gsize n = 2 * SIRKEL_IMPORT_MAX_CELLS + 2 * 1024 * 1024;
  char *text = g_malloc (2 * n + 2);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;

  text[0] = '[';
  for (gsize i = 0; i < n; i++)
    {
      text[1 + 2 * i] = '0';
      text[2 + 2 * i] = ',';
    }
  text[2 * n] = ']';
  text[2 * n + 1] = '\0';
  bytes = g_bytes_new_take (text, 2 * n + 1);
  table = read_bytes (bytes, NULL, NULL, &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_TOO_LARGE, "JSON values, more than a table of");
}

/* A tiny sparse value object in a cube of MAX_CELLS cells: one observation, not millions. */
static void
test_hostile_sparse (void)
{
  guint rows = (guint) (SIRKEL_IMPORT_MAX_CELLS / 1000);
  GString *text = g_string_new (CUBE_HEAD);
  g_autofree char *json = NULL;
  g_autoptr(SirkelImportTable) table = NULL;
  g_autoptr(GError) error = NULL;
  const SirkelObservation *o;

  g_string_append_printf (text, "\"size\":[%u,1000],\"dimension\":{\"Region\":{\"category\":"
                          "{\"index\":[", rows);
  for (guint i = 0; i < rows; i++)
    g_string_append_printf (text, "%s\"%u\"", i > 0 ? "," : "", 10000000 + i);
  g_string_append (text, "]}},\"Tid\":{\"category\":{\"index\":[");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "%s\"%uU%02u\"", i > 0 ? "," : "", 1900 + i / 50, 1 + i % 50);
  g_string_append_printf (text, "]}}},\"value\":{\"%u\":4.5}}", rows * 1000 - 1);
  json = g_string_free (text, FALSE);

  table = read_text (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->observations->len, ==, 1);
  o = &g_array_index (table->observations, SirkelObservation, 0);
  g_assert_cmpuint (atoi (o->geo_raw), ==, 10000000 + rows - 1);
  g_assert_cmpint (o->geo_level, ==, SIRKEL_GEO_LEVEL_GRUNNKRETS);
  g_assert_cmpint (o->period_from, ==, 1919);
  g_assert_cmpint (o->period_part, ==, SIRKEL_PERIOD_WEEK_BASE + 50);
  g_assert_cmpfloat (o->value, ==, 4.5);
}

static void
test_hostile_long_string (void)
{
  const gsize sizes[] = { 2 * 1024 * 1024, 20 * 1024 * 1024 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SirkelImportTable) table = NULL;
      g_autoptr(GBytes) bytes = NULL;
      char *text = g_malloc (sizes[i] + 64);
      gsize n = 0;

      n += g_snprintf (text, 64, "{\"version\":\"2.0\",\n\"label\":\"");
      memset (text + n, 'a', sizes[i]);
      n += sizes[i];
      n += g_snprintf (text + n, 64, "\"}");
      bytes = g_bytes_new_take (text, n);
      table = read_bytes (bytes, NULL, NULL, &error);
      g_assert_null (table);
      check_error (error, SIRKEL_IMPORT_ERROR_TOO_LARGE, "Line 2, column 9: a text is longer than");
    }
}

static void
test_hostile_deep_nesting (void)
{
  gsize n = 100000;
  g_autofree char *text = g_malloc (2 * n + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;

  memset (text, '[', n);
  memset (text + n, ']', n);
  text[2 * n] = '\0';
  table = read_text (text, &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_TOO_LARGE, "Line 1, column 65 (byte 64)");
  g_clear_error (&error);

  /* Unterminated, and inside an object. */
  memset (text, '{', 10);
  memcpy (text + 10, "\"a\":", 4);
  memset (text + 14, '[', n - 14);
  text[n] = '\0';
  table = read_text (text, &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_TOO_LARGE, "nested deeper than 64 levels");
}

static void
test_hostile_encoding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;

  table = read_text ("{\"version\":\"2.0\",\n\"label\":\"Bod\xf8\"}", &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_ENCODING,
               "Line 2, column 13 (byte 30): the file is not valid UTF-8");
  g_clear_error (&error);

  table = read_text ("{\"label\":\"a\\u0000b\"}", &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_ENCODING, "NUL character");
  g_clear_error (&error);

  /* A BOM followed by bytes that are not UTF-8. */
  table = read_text ("\xef\xbb\xbf{\"label\":\"\xff\"}", &error);
  g_assert_null (table);
  g_assert_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING);
}

static void
test_hostile_truncated (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "jsonstat",
                                                 "ssb-region-tid.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = NULL;
  const char *cut;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  /* A download that stopped in the middle of the figures. */
  cut = strstr (contents, "9700");
  g_assert_nonnull (cut);
  contents[cut - contents] = '\0';
  table = read_text (contents, &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_FORMAT, "Line 36, column 38: the file is not valid JSON");
  g_clear_error (&error);

  table = read_text ("{\"label\":\"unterminated", &error);
  g_assert_null (table);
  check_error (error, SIRKEL_IMPORT_ERROR_FORMAT, "Line 1, column ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/jsonstat/ssb-region-tid", test_ssb_region_tid);
  g_test_add_func ("/import/jsonstat/fhi-nokkel", test_fhi_nokkel);
  g_test_add_func ("/import/jsonstat/ssb-national-status-array", test_ssb_national_status_array);
  g_test_add_func ("/import/jsonstat/jsonstat1-dataset", test_jsonstat1_dataset);
  g_test_add_func ("/import/jsonstat/jsonstat1-named-sparse", test_jsonstat1_named_sparse);
  g_test_add_func ("/import/jsonstat/utf8-bom", test_utf8_bom);
  g_test_add_func ("/import/jsonstat/bad-value-length", test_bad_value_length);
  g_test_add_func ("/import/jsonstat/locale", test_locale);
  g_test_add_func ("/import/jsonstat/value-rules", test_value_rules);
  g_test_add_func ("/import/jsonstat/status-forms", test_status_forms);
  g_test_add_func ("/import/jsonstat/legend-list", test_legend_list);
  g_test_add_func ("/import/jsonstat/dimension-rules", test_dimension_rules);
  g_test_add_func ("/import/jsonstat/roles", test_roles);
  g_test_add_func ("/import/jsonstat/age-code-and-label", test_age_code_and_label);
  g_test_add_func ("/import/jsonstat/not-jsonstat", test_not_jsonstat);
  g_test_add_func ("/import/jsonstat/two-datasets", test_two_datasets);
  g_test_add_func ("/import/jsonstat/sniff", test_sniff);
  g_test_add_func ("/import/jsonstat/cancelled", test_cancelled);
  g_test_add_func ("/import/jsonstat/guards", test_guards);
  g_test_add_func ("/import/jsonstat/hostile/size-overflow", test_hostile_size_overflow);
  g_test_add_func ("/import/jsonstat/hostile/huge-product", test_hostile_huge_product);
  g_test_add_func ("/import/jsonstat/hostile/many-values", test_hostile_many_values);
  g_test_add_func ("/import/jsonstat/hostile/sparse", test_hostile_sparse);
  g_test_add_func ("/import/jsonstat/hostile/long-string", test_hostile_long_string);
  g_test_add_func ("/import/jsonstat/hostile/deep-nesting", test_hostile_deep_nesting);
  g_test_add_func ("/import/jsonstat/hostile/encoding", test_hostile_encoding);
  g_test_add_func ("/import/jsonstat/hostile/truncated", test_hostile_truncated);

  return g_test_run ();
}
