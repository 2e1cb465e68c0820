/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The delimited readers on their fixtures (tests/data/import/{fhi,ssb-csv,udir,long-csv}):
 * every observation of every small file is compared with values written down by hand, the
 * sniffers claim their own files and no other's, the malformed files are refused with the
 * line named, and one import runs under a decimal-comma locale (nb_NO.UTF-8) with the same
 * numbers. The tokenizer and the hostile inputs are in test-import-csv-tokenizer.c.
 */
#define G_LOG_DOMAIN "test-import-csv"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sirkel-import.h"
#include "sirkel-readers.h"

#define N NAN

typedef gboolean (*ReadFunc)  (GBytes *, const char *, SirkelImportTable *, GCancellable *,
                               GError **);
typedef gboolean (*SniffFunc) (const guint8 *, gsize);

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
  double          value;        /* NaN: has_value is FALSE */
  SirkelFlag      flag;
  const char     *flag_raw;
  double          numerator, denominator;
} Expect;

static GBytes *
load (const char *dir,
      const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", dir, name, NULL);
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

/* @all_measures: every measure of an FHI table, as SIRKEL_IMPORT_ALL_MEASURES asks. */
static SirkelImportTable *
read_full (ReadFunc    read,
           const char *dir,
           const char *name,
           gboolean    all_measures)
{
  g_autoptr(GBytes) bytes = load (dir, name);
  g_autoptr(GError) error = NULL;
  SirkelImportTable *table = sirkel_import_table_new ();

  table->all_measures = all_measures;
  g_assert_true (read (bytes, NULL, table, NULL, &error));
  g_assert_no_error (error);
  return table;
}

static SirkelImportTable *
read_ok (ReadFunc    read,
         const char *dir,
         const char *name)
{
  return read_full (read, dir, name, FALSE);
}

static void
read_fails (ReadFunc    read,
            const char *dir,
            const char *name,
            int         code,
            const char *message)
{
  g_autoptr(GBytes) bytes = load (dir, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();

  g_assert_false (read (bytes, NULL, table, NULL, &error));
  g_assert_error (error, SIRKEL_IMPORT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_number (double got,
               double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (got));
  else
    g_assert_cmpfloat_with_epsilon (got, expected, 1e-9);
}

static void
assert_obs (SirkelImportTable *table,
            guint              index,
            const Expect      *e)
{
  SirkelObservation *obs = &g_array_index (table->observations, SirkelObservation, index);
  SirkelMeasure *measure = g_ptr_array_index (table->measures, obs->measure);

  g_test_message ("observation %u", index);
  g_assert_cmpstr (measure->key, ==, e->measure);
  g_assert_cmpstr (obs->geo_raw, ==, e->geo_raw);
  g_assert_cmpstr (obs->geo, ==, e->geo);
  g_assert_cmpint (obs->geo_level, ==, e->level);
  g_assert_cmpint (obs->period_from, ==, e->from);
  g_assert_cmpint (obs->period_to, ==, e->to);
  g_assert_cmpint (obs->period_part, ==, e->part);
  g_assert_cmpstr (obs->period_label, ==, e->period_label);
  g_assert_cmpint (obs->sex, ==, e->sex);
  g_assert_cmpint (obs->age_lo, ==, e->age_lo);
  g_assert_cmpint (obs->age_hi, ==, e->age_hi);
  g_assert_cmpstr (obs->dims, ==, e->dims);
  g_assert_cmpint (obs->has_value, ==, !isnan (e->value));
  if (obs->has_value)
    g_assert_cmpfloat_with_epsilon (obs->value, e->value, 1e-9);
  g_assert_cmpint (obs->flag, ==, e->flag);
  g_assert_cmpstr (obs->flag_raw, ==, e->flag_raw);
  assert_number (obs->numerator, e->numerator);
  assert_number (obs->denominator, e->denominator);
}

static void
assert_all (SirkelImportTable *table,
            const Expect      *expected,
            guint              n)
{
  g_assert_cmpuint (table->observations->len, ==, n);
  for (guint i = 0; i < n; i++)
    assert_obs (table, i, &expected[i]);
}

static double
value_at (SirkelImportTable *table,
          guint              index)
{
  return g_array_index (table->observations, SirkelObservation, index).value;
}

static gboolean
has_warning (SirkelImportTable *table,
             const char        *text)
{
  for (guint i = 0; i < table->warnings->len; i++)
    if (strstr (g_ptr_array_index (table->warnings, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------------------------------
 * FHI
 * ------------------------------------------------------------------------------------------ */

/* A long FHI file whose rows all carry the same measures: one line per row, then expanded. */
typedef struct
{
  const char     *geo_raw, *geo;
  SirkelGeoLevel  level;
  int             sex, age_lo, age_hi;
  const char     *dims;
  SirkelFlag      flag;        /* the row's flag: every value is absent when it is set */
  const char     *flag_raw;
  double          v[6];
} FhiRow;

static void
assert_fhi_rows (SirkelImportTable  *table,
                 const char * const *measures,
                 guint               n_measures,
                 int                 from,
                 int                 to,
                 const char         *label,
                 const FhiRow       *rows,
                 guint               n_rows)
{
  g_assert_cmpuint (table->measures->len, ==, n_measures);
  g_assert_cmpuint (table->observations->len, ==, n_rows * n_measures);
  for (guint r = 0; r < n_rows; r++)
    for (guint m = 0; m < n_measures; m++)
      {
        const FhiRow *row = &rows[r];
        Expect e = {
          measures[m], row->geo_raw, row->geo, row->level, from, to, 0, label, row->sex,
          row->age_lo, row->age_hi, row->dims, row->v[m], row->flag, row->flag_raw,
          m < 2 ? N : row->v[0], m < 2 ? N : row->v[1],
        };

        assert_obs (table, r * n_measures + m, &e);
      }
}

/* The same rows read by default: one cell per row, of the display measure @measure (column
 * @shown of FhiRow.v), with the first two columns (TELLER, NEVNER) as numerator and
 * denominator; the other measures listed as left out. */
static void
assert_fhi_display (SirkelImportTable  *table,
                    const char         *measure,
                    guint               shown,
                    const char         *other_measures,
                    int                 from,
                    int                 to,
                    const char         *label,
                    const FhiRow       *rows,
                    guint               n_rows)
{
  g_autofree char *others = sirkel_import_table_dup_other_measures (table);

  g_assert_cmpuint (table->measures->len, ==, 1);
  g_assert_cmpstr (others, ==, other_measures);
  g_assert_cmpuint (table->observations->len, ==, n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      const FhiRow *row = &rows[r];
      Expect e = {
        measure, row->geo_raw, row->geo, row->level, from, to, 0, label, row->sex,
        row->age_lo, row->age_hi, row->dims, row->v[shown], row->flag, row->flag_raw,
        row->v[0], row->v[1],
      };

      assert_obs (table, r, &e);
    }
}

static void
test_fhi_kube (void)
{
  static const char * const measures[] = { "TELLER", "NEVNER", "RATE", "MEIS" };
  static const FhiRow rows[] = {
    { "0", "0", SIRKEL_GEO_LEVEL_LANDET, 0, 0, 120, "UTDANN=0", 0, "", { 52000, 5500000, 0.95,
      0.95 } },
    { "3", "03", SIRKEL_GEO_LEVEL_FYLKE, 0, 0, 120, "UTDANN=0", 0, "", { 6100, 700000, 0.87,
      0.88 } },
    { "301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 1, 45, 64, "UTDANN=0", 0, "", { 510, 52000, 0.98,
      1.02 } },
    { "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2, 15, 24, "UTDANN=0", SIRKEL_FLAG_SUPPRESSED, "3",
      { N, N, N, N } },
    { "1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 0, 0, 120, "UTDANN=0", SIRKEL_FLAG_MISSING, "1",
      { N, N, N, N } },
    { "1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 1, 0, 120, "UTDANN=0", SIRKEL_FLAG_NOT_COMPUTABLE,
      "2", { N, N, N, N } },
    { "1866", "1866", SIRKEL_GEO_LEVEL_KOMMUNE, 0, 0, 120, "UTDANN=0", SIRKEL_FLAG_NOT_AVAILABLE,
      "4", { N, N, N, N } },
    { "1867", "1867", SIRKEL_GEO_LEVEL_KOMMUNE, 0, 0, 120, "UTDANN=0", SIRKEL_FLAG_SUPPRESSED,
      "-1", { N, N, N, N } },
    { "1868", "1868", SIRKEL_GEO_LEVEL_KOMMUNE, 0, 0, 120, "UTDANN=0", SIRKEL_FLAG_MISSING, "9",
      { N, N, N, N } },
    { "30101", "030101", SIRKEL_GEO_LEVEL_BYDEL, 0, 0, 120, "UTDANN=0", 0, "", { 40, 1000, 4,
      4.1 } },
    { "30199", "030199", SIRKEL_GEO_LEVEL_UNKNOWN, 0, 0, 120, "UTDANN=0", 0, "", { 1, 10, 10,
      10 } },
    { "GGG", "GGG", SIRKEL_GEO_LEVEL_UNKNOWN, 0, 0, 120, "GEO=GGG;SENTINEL=GEO;UTDANN=0", 0, "",
      { 5, 100, 5, 5 } },
    { "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 0, -1, -1,
      "ALDER=999_999;KJONN=9;SENTINEL=KJONN,ALDER,UTDANN;UTDANN=9", 0, "", { 7, 70, 10, 1e-05 } },
  };
  g_autoptr(SirkelImportTable) table = read_full (sirkel_fhi_csv_read, "fhi",
                                                   "kube-integer-geo.csv", TRUE);
  g_autoptr(SirkelImportTable) shown = read_ok (sirkel_fhi_csv_read, "fhi", "kube-integer-geo.csv");

  g_assert_cmpstr (table->format, ==, "fhi-csv");
  g_assert_cmpstr (table->source, ==, "FHI");
  g_assert_cmpstr (table->table_id, ==, "");
  g_assert_cmpstr (table->encoding, ==, "UTF-8");
  /* TELLER_uprikk is never a measure: the suppressed row's 12 must not appear anywhere. */
  assert_fhi_rows (table, measures, 4, 2019, 2021, "2019_2021", rows, G_N_ELEMENTS (rows));
  g_assert_cmpuint (table->other_measures->len, ==, 0);
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_true (has_warning (table, "(“3” → “03”)"));

  /* By default: MEIS, with TELLER and NEVNER on it; RATE is left out. */
  assert_fhi_display (shown, "MEIS", 3, "TELLER,NEVNER,RATE", 2019, 2021, "2019_2021", rows,
                      G_N_ELEMENTS (rows));
  g_assert_cmpuint (shown->warnings->len, ==, 1);
  g_assert_true (has_warning (shown, "(“3” → “03”)"));
}

static void
test_fhi_geoniv (void)
{
  static const char * const measures[] = {
    "sumTELLER", "sumNEVNER", "RATE", "SMR", "MEIS", "RATE.n",
  };
  static const FhiRow rows[] = {
    { "0", "0", SIRKEL_GEO_LEVEL_LANDET, 0, 0, 120, "ETAB=0", 0, "", { 300, 1000, 30, 100, 30.5,
      3 } },
    { "3", "03", SIRKEL_GEO_LEVEL_FYLKE, 0, 0, 120, "ETAB=0", 0, "", { 40, 100, 40, 110, 40.2,
      3 } },
    { "301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 0, 0, 120, "ETAB=0", 0, "", { 20, 50, 40, 105, 39.9,
      3 } },
    { "30101", "030101", SIRKEL_GEO_LEVEL_BYDEL, 0, 0, 120, "ETAB=0", SIRKEL_FLAG_SUPPRESSED, "3",
      { N, N, N, N, N, N } },
  };
  g_autoptr(SirkelImportTable) table =
    read_full (sirkel_fhi_csv_read, "fhi", "kube-geoniv-friskvik.csv", TRUE);
  g_autoptr(SirkelImportTable) shown =
    read_ok (sirkel_fhi_csv_read, "fhi", "kube-geoniv-friskvik.csv");

  g_assert_cmpstr (table->table_id, ==, "LESEFERD_UNGDATA");
  assert_fhi_rows (table, measures, 6, 2021, 2023, "2021_2023", rows, G_N_ELEMENTS (rows));
  g_assert_cmpuint (table->warnings->len, ==, 0);
  assert_fhi_display (shown, "MEIS", 4, "sumTELLER,sumNEVNER,RATE,SMR,RATE.n", 2021, 2023,
                      "2021_2023", rows, G_N_ELEMENTS (rows));
  g_assert_cmpuint (shown->warnings->len, ==, 0);
}

static void
test_fhi_csv3_bom (void)
{
  static const char * const measures[] = { "TELLER", "NEVNER", "MEIS" };
  static const FhiRow rows[] = {
    { "0", "0", SIRKEL_GEO_LEVEL_LANDET, 0, 16, 16, "SOES=0", 0, "", { 100, 1000, 10 } },
    { "03", "03", SIRKEL_GEO_LEVEL_FYLKE, 2, 16, 16, "SOES=1", 0, "", { 20, 100, 20.5 } },
    { "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 1, 16, 16, "SOES=3", 0, "", { 5, 50, 10 } },
  };
  g_autoptr(SirkelImportTable) table = read_full (sirkel_fhi_csv_read, "fhi", "csv3-bom-crlf.csv",
                                                   TRUE);
  g_autoptr(SirkelImportTable) shown = read_ok (sirkel_fhi_csv_read, "fhi", "csv3-bom-crlf.csv");

  g_assert_cmpstr (table->encoding, ==, "UTF-8 with BOM");
  assert_fhi_rows (table, measures, 3, 2024, 2024, "2024_2024", rows, G_N_ELEMENTS (rows));
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_true (has_warning (table, "byte order mark"));
  assert_fhi_display (shown, "MEIS", 2, "TELLER,NEVNER", 2024, 2024, "2024_2024", rows,
                      G_N_ELEMENTS (rows));
}

static void
test_fhi_csv2_labels (void)
{
  static const Expect expected[] = {
    { "Antall", "Hele landet", "0", SIRKEL_GEO_LEVEL_LANDET, 2011, 2015, 0, "2011-2015", 0, 0, 74,
      "", 1200, 0, "", N, N },
    { "Prosent", "Hele landet", "0", SIRKEL_GEO_LEVEL_LANDET, 2011, 2015, 0, "2011-2015", 0, 0, 74,
      "", 12.5, 0, "", N, N },
    { "Antall", "Bodø", "Bodø", SIRKEL_GEO_LEVEL_OTHER, 2011, 2015, 0, "2011-2015", 1, 0, 74, "",
      30, 0, "", N, N },
    { "Prosent", "Bodø", "Bodø", SIRKEL_GEO_LEVEL_OTHER, 2011, 2015, 0, "2011-2015", 1, 0, 74, "",
      11, 0, "", N, N },
    { "Antall", "Bodø", "Bodø", SIRKEL_GEO_LEVEL_OTHER, 2011, 2015, 0, "2011-2015", 2, 0, 120, "",
      N, SIRKEL_FLAG_MISSING, "", N, N },
    { "Prosent", "Bodø", "Bodø", SIRKEL_GEO_LEVEL_OTHER, 2011, 2015, 0, "2011-2015", 2, 0, 120, "",
      N, SIRKEL_FLAG_MISSING, "", N, N },
  };
  g_autoptr(SirkelImportTable) table = read_ok (sirkel_fhi_csv_read, "fhi", "csv2-labels.csv");

  assert_all (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_true (has_warning (table, "Line 3: the geography column holds names (“Bodø”)"));
}

static void
test_fhi_dataowner (void)
{
  static const char * const measures[] = { "TELLER", "NEVNER", "RATE" };
  static const FhiRow rows[] = {
    { "03", "03", SIRKEL_GEO_LEVEL_FYLKE, 0, 0, 120, "KODEGRUPPE=Hjerte \"og\" kar\r\nsykdom", 0,
      "",
      { 15, 1000, 1.5 } },
    { "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 0, 0, 120, "KODEGRUPPE=A",
      SIRKEL_FLAG_NOT_AVAILABLE, "4",
      { N, N, N } },
    { "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2, 0, 120, "KODEGRUPPE=A", 0, "", { 7, 500, 1.4 } },
  };
  g_autoptr(SirkelImportTable) table = read_full (sirkel_fhi_csv_read, "fhi",
                                                   "dataowner-quoted.csv", TRUE);
  g_autoptr(SirkelImportTable) shown = read_ok (sirkel_fhi_csv_read, "fhi", "dataowner-quoted.csv");

  assert_fhi_rows (table, measures, 3, 2022, 2022, "2022_2022", rows, G_N_ELEMENTS (rows));
  g_assert_cmpuint (table->warnings->len, ==, 0);
  /* No MEIS: RATE is the display measure. */
  assert_fhi_display (shown, "RATE", 2, "TELLER,NEVNER", 2022, 2022, "2022_2022", rows,
                      G_N_ELEMENTS (rows));
}

static void
test_fhi_kommunehelsa (void)
{
  static const Expect expected[] = {
    { "Andel", "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 0, 0, 120, "",
      12.5, 0, "", N, N },
    { "Antall", "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 0, 0, 120, "",
      1200, 0, "", N, N },
    { "Andel", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 0, 0, 120, "", N,
      SIRKEL_FLAG_SUPPRESSED, ":", N, N },
    { "Antall", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 0, 0, 120, "", N,
      SIRKEL_FLAG_SUPPRESSED, ":", N, N },
    { "Andel", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 1, 0, 120, "", N,
      SIRKEL_FLAG_MISSING, "..", N, N },
    { "Antall", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 1, 0, 120, "", N,
      SIRKEL_FLAG_NOT_COMPUTABLE, ".", N, N },
    /* FHI's '-' is "not available": no value, never the SSB zero. */
    { "Andel", "1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 2, 0, 120, "", N,
      SIRKEL_FLAG_NOT_AVAILABLE, "-", N, N },
    { "Antall", "1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 2, 0, 120, "", 3,
      0, "", N, N },
    { "Andel", "1866", "1866", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 2, 0, 120, "", 7.5,
      0, "", N, N },
    { "Antall", "1866", "1866", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2019, 0, "2019", 2, 0, 120, "", 15,
      0, "", N, N },
  };
  g_autoptr(SirkelImportTable) table =
    read_ok (sirkel_fhi_csv_read, "fhi", "kommunehelsa-latin1.csv");

  g_assert_cmpstr (table->encoding, ==, "WINDOWS-1252");
  assert_all (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_true (has_warning (table, "Line 6: column “Andel” mixes “.” and “,”"));
}

static void
test_fhi_malformed (void)
{
  read_fails (sirkel_fhi_csv_read, "fhi", "malformed-row.csv", SIRKEL_IMPORT_ERROR_SHAPE,
              "Line 3: expected 7 fields, found 8.");
}

/* ------------------------------------------------------------------------------------------
 * SSB
 * ------------------------------------------------------------------------------------------ */

static void
test_ssb_statbank (void)
{
#define B(raw, geo, level, y, v, f, s) \
  { "Bosatte", raw, geo, level, y, y, 0, #y, 0, 0, 120, "", v, f, s, N, N }
  static const Expect expected[] = {
    B ("K-1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 53000, 0, ""),
    B ("K-1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 53400, 0, ""),
    B ("K-1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 9700, 0, ""),
    /* SSB's '-' is nil: a real 0. */
    B ("K-1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 0, SIRKEL_FLAG_NIL, "-"),
    B ("K-21-22", "K-21-22", SIRKEL_GEO_LEVEL_PSEUDO, 2023, N, SIRKEL_FLAG_MISSING, ".."),
    B ("K-21-22", "K-21-22", SIRKEL_GEO_LEVEL_PSEUDO, 2024, N, SIRKEL_FLAG_SUPPRESSED, ":"),
    B ("0", "0", SIRKEL_GEO_LEVEL_LANDET, 2023, N, SIRKEL_FLAG_MISSING_PROVISIONAL, "..."),
    B ("0", "0", SIRKEL_GEO_LEVEL_LANDET, 2024, N, SIRKEL_FLAG_NOT_APPLICABLE, "."),
    B ("K-Rest", "K-Rest", SIRKEL_GEO_LEVEL_PSEUDO, 2023, 12, 0, ""),
    B ("K-Rest", "K-Rest", SIRKEL_GEO_LEVEL_PSEUDO, 2024, 0, 0, ""),
  };
#undef B
  g_autoptr(SirkelImportTable) table =
    read_ok (sirkel_ssb_csv_read, "ssb-csv", "statbank-latin1-crlf.csv");

  g_assert_cmpstr (table->format, ==, "ssb-csv");
  g_assert_cmpstr (table->source, ==, "SSB");
  g_assert_cmpstr (table->encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (table->table_id, ==, "99999");
  g_assert_cmpstr (table->title, ==, "Eksempeltabell, etter region, statistikkvariabel og år");
  assert_all (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

static void
test_ssb_english (void)
{
  static const Expect expected[] = {
    { "Persons", "3801", "3801", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 1, 1, 1, "", 150,
      0, "", N, N },
    { "Persons", "3801", "3801", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 2024, 0, "2024", 1, 1, 1, "", 160,
      0, "", N, N },
    { "Persons", "3801", "3801", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 2, 105, 120, "",
      2, 0, "", N, N },
    { "Persons", "3801", "3801", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 2024, 0, "2024", 2, 105, 120, "",
      1, 0, "", N, N },
    { "Persons", "03", "03", SIRKEL_GEO_LEVEL_FYLKE, 2023, 2023, 0, "2023", 0, 0, 120, "", 700000,
      0, "", N, N },
    { "Persons", "03", "03", SIRKEL_GEO_LEVEL_FYLKE, 2024, 2024, 0, "2024", 0, 0, 120, "", 709000,
      0, "", N, N },
  };
  g_autoptr(SirkelImportTable) table =
    read_ok (sirkel_ssb_csv_read, "ssb-csv", "statbank-english-age.csv");

  g_assert_cmpstr (table->table_id, ==, "07459");
  g_assert_cmpstr (table->title, ==, "Population, by region, sex, age and year");
  assert_all (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

static void
test_ssb_excel (void)
{
  static const Expect expected[] = {
    { "Arbeidsledige", "K-1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2025, 2025, 3, "2025K3", 0, 0,
      120, "", 2.5, 0, "", N, N },
    { "Arbeidsledige", "K-1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2025, 2025, 4, "2025K4", 0, 0,
      120, "", 2.7, 0, "", N, N },
    { "Arbeidsledige", "K-1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2025, 2025, 3, "2025K3", 0, 0,
      120, "", 3.1, 0, "", N, N },
    { "Arbeidsledige", "K-1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2025, 2025, 4, "2025K4", 0, 0,
      120, "", 0, SIRKEL_FLAG_NIL, "-", N, N },
  };
  g_autoptr(SirkelImportTable) table = read_ok (sirkel_ssb_csv_read, "ssb-csv", "excel-bom.csv");

  g_assert_cmpstr (table->encoding, ==, "UTF-8 with BOM");
  g_assert_cmpstr (table->table_id, ==, "99999");
  g_assert_cmpstr (table->title, ==, "Arbeidsledige, etter region og kvartal");
  assert_all (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 2);
  g_assert_true (has_warning (table, "byte order mark"));
  g_assert_true (has_warning (table, "Line 4: a trailing separator was ignored."));
}

static void
test_ssb_comma (void)
{
  static const Expect expected[] = {
    { "Bosatte", "K-1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 0, 0, 120, "",
      53000, 0, "", N, N },
    { "Bosatte", "K-1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 2024, 0, "2024", 0, 0, 120, "",
      53400, 0, "", N, N },
    { "Bosatte", "K-1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 0, 0, 120, "",
      9700, 0, "", N, N },
    { "Bosatte", "K-1865", "1865", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 2024, 0, "2024", 0, 0, 120, "",
      9650, 0, "", N, N },
  };
  g_autoptr(SirkelImportTable) table =
    read_ok (sirkel_ssb_csv_read, "ssb-csv", "comma-no-heading.csv");

  g_assert_cmpstr (table->table_id, ==, "");
  assert_all (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

/* The same '-' in two files: SSB's nil is a real 0, FHI's "not available" is no value. */
static void
test_dash (void)
{
  g_autoptr(SirkelImportTable) ssb =
    read_ok (sirkel_ssb_csv_read, "ssb-csv", "statbank-latin1-crlf.csv");
  g_autoptr(SirkelImportTable) fhi =
    read_ok (sirkel_fhi_csv_read, "fhi", "kommunehelsa-latin1.csv");
  g_autoptr(SirkelImportTable) kube = read_ok (sirkel_fhi_csv_read, "fhi", "kube-integer-geo.csv");
  SirkelObservation *nil = &g_array_index (ssb->observations, SirkelObservation, 3);
  SirkelObservation *na = &g_array_index (fhi->observations, SirkelObservation, 6);
  SirkelObservation *flag4 = &g_array_index (kube->observations, SirkelObservation, 6);  /* MEIS */

  g_assert_cmpstr (nil->flag_raw, ==, "-");
  g_assert_true (nil->has_value);
  g_assert_cmpfloat (nil->value, ==, 0);
  g_assert_cmpint (nil->flag, ==, SIRKEL_FLAG_NIL);
  g_assert_cmpstr (na->flag_raw, ==, "-");
  g_assert_false (na->has_value);
  g_assert_cmpint (na->flag, ==, SIRKEL_FLAG_NOT_AVAILABLE);
  g_assert_cmpstr (flag4->flag_raw, ==, "4");
  g_assert_false (flag4->has_value);
  g_assert_cmpint (flag4->flag, ==, SIRKEL_FLAG_NOT_AVAILABLE);
}

/* ------------------------------------------------------------------------------------------
 * Udir
 * ------------------------------------------------------------------------------------------ */

static void
test_udir (void)
{
#define ALL "PART2=Alle eierformer;PART3=Alle trinn"
#define OFF "PART2=Offentlig;PART3=8. trinn"
#define SY SIRKEL_PERIOD_SCHOOL_YEAR
  static const Expect expected[] = {
    { "Andel", "0", "0", SIRKEL_GEO_LEVEL_LANDET, 2011, 2012, SY, "2011-12", 0, 0, 120, ALL, 5.1,
      0, "", N, N },
    { "Andel", "0", "0", SIRKEL_GEO_LEVEL_LANDET, 2022, 2023, SY, "2022-23", 0, 0, 120, ALL, 4.8,
      0, "", N, N },
    { "Andel", "0", "0", SIRKEL_GEO_LEVEL_LANDET, 2022, 2023, SY, "2022-23", 2, 0, 120, OFF, 3.9,
      0, "", N, N },
    { "Andel", "18", "18", SIRKEL_GEO_LEVEL_FYLKE, 2011, 2012, SY, "2011-12", 0, 0, 120, ALL, 6.0,
      0, "", N, N },
    { "Andel", "18", "18", SIRKEL_GEO_LEVEL_FYLKE, 2022, 2023, SY, "2022-23", 0, 0, 120, ALL, 5.5,
      0, "", N, N },
    { "Andel", "18", "18", SIRKEL_GEO_LEVEL_FYLKE, 2022, 2023, SY, "2022-23", 2, 0, 120, OFF, N,
      SIRKEL_FLAG_SUPPRESSED, "*", N, N },
    { "Andel", "974123456", "974123456", SIRKEL_GEO_LEVEL_OTHER, 2011, 2012, SY, "2011-12", 0, 0,
      120, ALL, N, SIRKEL_FLAG_SUPPRESSED, "*", N, N },
    { "Andel", "974123456", "974123456", SIRKEL_GEO_LEVEL_OTHER, 2022, 2023, SY, "2022-23", 0, 0,
      120, ALL, N, SIRKEL_FLAG_MISSING, "", N, N },
    { "Andel", "974123456", "974123456", SIRKEL_GEO_LEVEL_OTHER, 2022, 2023, SY, "2022-23", 2, 0,
      120, OFF, 12.25, 0, "", N, N },
  };
#undef ALL
#undef OFF
#undef SY
  g_autoptr(SirkelImportTable) table = read_ok (sirkel_udir_read, "udir", "udir-utf16le.csv");

  g_assert_cmpstr (table->format, ==, "udir");
  g_assert_cmpstr (table->source, ==, "Udir");
  g_assert_cmpstr (table->encoding, ==, "UTF-16LE");
  g_assert_cmpuint (table->measures->len, ==, 1);
  assert_all (table, expected, G_N_ELEMENTS (expected));
  /* The .Brudd note is a warning, never a number. */
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (table->warnings, 0), ==,
                   "Line 5: note on a break in the series (2022-23.Alle eierformer.Alle trinn."
                   "Begge kjønn.Andel.Brudd): Ny beregningsmåte fra dette skoleåret");
}

/* ------------------------------------------------------------------------------------------
 * Sirkel long CSV
 * ------------------------------------------------------------------------------------------ */

static void
test_long_basic (void)
{
  static const Expect expected[] = {
    { "roykere", "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 0, 0, 120, "",
      12.5, 0, "", 125, 1000 },
    { "roykere", "0301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2019, 2021, 0, "2019_2021", 1, 15, 24,
      "", 13, 0, "", N, N },
    { "roykere", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2011, 2015, 0, "2011-2015", 2, 45, 120,
      "", N, SIRKEL_FLAG_MISSING, "", N, N },
    { "roykere", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2011, 2012, SIRKEL_PERIOD_SCHOOL_YEAR,
      "2011-12", 2, 16, 16,
      "skole=Eksempel skole", N, SIRKEL_FLAG_SUPPRESSED, ":", N, N },
    { "trivsel", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2025, 2025, 4, "2025K4", 0, 0, 120, "",
      N, SIRKEL_FLAG_NOT_AVAILABLE, "-", N, N },
    { "trivsel", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 2024, 0, "2024", 1, 0, 120, "", 0,
      SIRKEL_FLAG_NIL, "nil", N, N },
    { "trivsel", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 2, 0, 120, "",
      4.5, SIRKEL_FLAG_PROVISIONAL, "provisional", N, N },
    { "trivsel", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, 2022, 0, "2022", 0, 0, 120, "", N,
      SIRKEL_FLAG_SUPPRESSED, "suppressed", N, N },
    { "trivsel", "1804", "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2021, 2021, 0, "2021", 0, 0, 120, "", N,
      SIRKEL_FLAG_UNKNOWN, "q", N, N },
  };
  g_autoptr(SirkelImportTable) table = read_ok (sirkel_long_csv_read, "long-csv", "long-basic.csv");
  SirkelMeasure *roykere, *trivsel;
  SirkelObservation *first;

  g_assert_cmpstr (table->format, ==, "csv");
  g_assert_cmpstr (table->source, ==, "");
  assert_all (table, expected, G_N_ELEMENTS (expected));
  first = &g_array_index (table->observations, SirkelObservation, 0);
  g_assert_cmpfloat_with_epsilon (first->ci_low, 10.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (first->ci_high, 14.5, 1e-9);
  for (guint i = 1; i < table->observations->len; i++)
    {
      g_assert_true (isnan (g_array_index (table->observations, SirkelObservation, i).ci_low));
      g_assert_true (isnan (g_array_index (table->observations, SirkelObservation, i).ci_high));
    }
  g_assert_cmpuint (table->measures->len, ==, 2);
  roykere = g_ptr_array_index (table->measures, 0);
  trivsel = g_ptr_array_index (table->measures, 1);
  g_assert_cmpstr (roykere->label, ==, "Andel som røyker");
  g_assert_cmpstr (roykere->unit, ==, "prosent");
  g_assert_cmpstr (trivsel->label, ==, "Trivsel");
  g_assert_cmpstr (trivsel->unit, ==, "");
  g_assert_cmpuint (table->warnings->len, ==, 2);
  g_assert_true (has_warning (table, "Line 9: the flag “suppressed” means no value"));
  g_assert_true (has_warning (table, "Line 10: unknown symbol “q”; no value was imported."));
}

static void
test_long_semicolon (void)
{
  static const Expect expected[] = {
    { "andel", "3", "03", SIRKEL_GEO_LEVEL_FYLKE, 2023, 2023, 0, "2023", 0, 0, 120,
      "Kommunedel=Sentrum", 12.5, 0, "", N, N },
    { "andel", "301", "0301", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 0, 0, 120,
      "Kommunedel=Nord", 7.25, 0, "", N, N },
    { "andel", "4601", "4601", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 2023, 0, "2023", 0, 0, 120,
      "Kommunedel=Sør", 8, 0, "", N, N },
  };
  g_autoptr(SirkelImportTable) table =
    read_ok (sirkel_long_csv_read, "long-csv", "long-semicolon-latin1.csv");

  g_assert_cmpstr (table->encoding, ==, "WINDOWS-1252");
  assert_all (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_true (has_warning (table, "(“3” → “03”)"));
}

static void
test_long_ragged (void)
{
  read_fails (sirkel_long_csv_read, "long-csv", "long-ragged.csv", SIRKEL_IMPORT_ERROR_SHAPE,
              "Line 3: expected 4 fields, found 3.");
}

static void
test_long_errors (void)
{
  static const struct { const char *text; int code; const char *message; } cases[] = {
    { "indicator,geo,period\na,0301,2023\n", SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 1: the header has no “value” column (required: indicator, geo, period, value)." },
    { "indicator,geo,period,value,Geo\n", SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 1: the column “Geo” appears twice." },
    { "indicator,geo,period,value\na,0301,2023,1\na,0301,2023,2\n", SIRKEL_IMPORT_ERROR_SHAPE,
      "Line 3: the same indicator, place, period, sex, age and dimensions as line 2." },
    { "indicator,geo,period,value\na,0301,in 2023,1\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2: “in 2023” is not a period." },
    { "indicator;geo;period;value\na;0301;2023;1 234\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2, column “value”: “1 234” looks like a number with thousands separators, which "
      "Sirkel does not guess at." },
    { "indicator;geo;period;value\na;0301;2023;12a\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2, column “value”: “12a” is neither a number nor a missing-value symbol." },
    { "indicator,geo,period,value,sex\na,0301,2023,1,x\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2: “x” is not a sex (0, 1, 2, begge, menn, kvinner)." },
    { "indicator,geo,period,value,flag\na,0301,2023,5,nil\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2: the flag “nil” means 0, but the value is 5." },
    { "indicator,geo,period,value,numerator\na,0301,2023,1,x\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2, column “numerator”: “x” is not a number." },
    { "indicator,geo,period,value,flag\na,0301,2023,,provisional\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2: the flag “provisional” marks a provisional number, but the value column holds "
      "none." },
    { "indicator,geo,period,value,age\na,0301,2023,1,old\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2: “old” is not an age or an age range." },
    { "indicator,geo,period,value\n,0301,2023,1\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2: the “indicator” cell is empty." },
    { "indicator,geo,period,value\n", SIRKEL_IMPORT_ERROR_FORMAT, NULL },
    { "", SIRKEL_IMPORT_ERROR_FORMAT, "The file is empty." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
      g_autoptr(GError) error = NULL;
      gboolean ok = sirkel_long_csv_read (bytes, NULL, table, NULL, &error);

      g_test_message ("case %u", i);
      if (cases[i].message == NULL)
        {
          /* A header alone is an empty table, not an error. */
          g_assert_true (ok);
          g_assert_cmpuint (table->observations->len, ==, 0);
          continue;
        }
      g_assert_false (ok);
      g_assert_error (error, SIRKEL_IMPORT_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* ------------------------------------------------------------------------------------------
 * Sniffing and the locale
 * ------------------------------------------------------------------------------------------ */

static void
test_sniff (void)
{
  static const struct { const char *dir, *name; guint reader; } files[] = {
    { "fhi", "kube-integer-geo.csv", 0 }, { "fhi", "kube-geoniv-friskvik.csv", 0 },
    { "fhi", "csv3-bom-crlf.csv", 0 }, { "fhi", "csv2-labels.csv", 0 },
    { "fhi", "dataowner-quoted.csv", 0 }, { "fhi", "kommunehelsa-latin1.csv", 0 },
    { "fhi", "malformed-row.csv", 0 },
    { "ssb-csv", "statbank-latin1-crlf.csv", 1 }, { "ssb-csv", "statbank-english-age.csv", 1 },
    { "ssb-csv", "excel-bom.csv", 1 }, { "ssb-csv", "comma-no-heading.csv", 1 },
    { "udir", "udir-utf16le.csv", 2 },
    { "long-csv", "long-basic.csv", 3 }, { "long-csv", "long-semicolon-latin1.csv", 3 },
    { "long-csv", "long-ragged.csv", 3 },
  };
  static const SniffFunc sniffs[] = {
    sirkel_fhi_csv_sniff, sirkel_ssb_csv_sniff, sirkel_udir_sniff, sirkel_long_csv_sniff,
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = load (files[i].dir, files[i].name);
      gsize len = 0;
      const guint8 *data = g_bytes_get_data (bytes, &len);

      g_test_message ("%s", files[i].name);
      for (guint s = 0; s < G_N_ELEMENTS (sniffs); s++)
        g_assert_cmpint (sniffs[s] (data, len), ==, s == files[i].reader);
    }
  /* The other importers' fixtures are not claimed either. */
  for (guint d = 0; d < 2; d++)
    {
      const char *other = d == 0 ? "jsonstat" : "px";
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", other, NULL);
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autoptr(GBytes) bytes = load (other, name);
          gsize len = 0;
          const guint8 *data = g_bytes_get_data (bytes, &len);

          g_test_message ("%s", name);
          for (guint s = 0; s < G_N_ELEMENTS (sniffs); s++)
            g_assert_false (sniffs[s] (data, len));
        }
    }
  for (guint s = 0; s < G_N_ELEMENTS (sniffs); s++)
    {
      g_assert_false (sniffs[s] ((const guint8 *) "", 0));
      g_assert_false (sniffs[s] ((const guint8 *) "{\"version\":\"2.0\"}", 17));
      g_assert_false (sniffs[s] ((const guint8 *) "CHARSET=\"ANSI\";\r\nMATRIX=\"X\";\r\n", 30));
    }
}

/* The numbers of two decimal-comma and decimal-point files are the same under nb_NO, where
 * strtod would read "0.95" as 0. */
static void
test_locale (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(SirkelImportTable) kube = NULL;
      g_autoptr(SirkelImportTable) helsa = NULL;
      g_autoptr(SirkelImportTable) excel = NULL;

      g_assert_nonnull (setlocale (LC_ALL, "nb_NO.UTF-8"));
      g_assert_cmpfloat (strtod ("1,5", NULL), ==, 1.5);

      kube = read_full (sirkel_fhi_csv_read, "fhi", "kube-integer-geo.csv", TRUE);
      g_assert_cmpfloat_with_epsilon (value_at (kube, 2), 0.95, 1e-12);
      g_assert_cmpfloat_with_epsilon (value_at (kube, 51), 1e-05, 1e-15);
      helsa = read_ok (sirkel_fhi_csv_read, "fhi", "kommunehelsa-latin1.csv");
      g_assert_cmpfloat_with_epsilon (value_at (helsa, 0), 12.5, 1e-12);
      g_assert_cmpfloat_with_epsilon (value_at (helsa, 8), 7.5, 1e-12);
      excel = read_ok (sirkel_ssb_csv_read, "ssb-csv", "excel-bom.csv");
      g_assert_cmpfloat_with_epsilon (value_at (excel, 1), 2.7, 1e-12);
      test_fhi_kube ();
      test_long_basic ();
      test_udir ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Old kommune codes read as today's through sirkel_import_read_file (): SSB's both-codes
 * layout, a 2019 code, a conflict, a merged and a split kommune. Values written by hand. */
static const SirkelObservation *
find_cell (SirkelImportTable *table,
           const char        *geo,
           int                year)
{
  const SirkelObservation *found = NULL;

  for (guint i = 0; i < table->observations->len; i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);

      if (g_str_equal (o->geo, geo) && o->period_from == year)
        {
          g_assert_null (found);  /* never two cells for one key */
          found = o;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static void
test_renumbered (void)
{
  static const struct { const char *geo; int year; double value; } values[] = {
    { "3101", 2022, 31400 }, { "3101", 2023, 31500 }, { "3101", 2024, 31600 },
    { "3118", 2022, 45000 }, { "3118", 2023, 45310 }, { "3118", 2024, 45500 },
    { "0122", 2022, 5400 }, { "1507", 2023, 67000 }, { "1508", 2024, 58000 },
    { "1580", 2024, 9500 }, { "0301", 2024, 720000 },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "ssb-csv",
                                                 "renumbered.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelImportTable) table = sirkel_import_read_file (file, NULL, NULL, SIRKEL_IMPORT_FLAGS_NONE, NULL, &error);
  g_autoptr(GString) warnings = g_string_new (NULL);
  const SirkelObservation *o;

  g_assert_no_error (error);
  g_assert_cmpstr (table->format, ==, "ssb-csv");
  /* 10 places × 3 years, less 3 + 3 + 3 cells where 0101, 3001 and 3014 met today's code. */
  g_assert_cmpuint (table->observations->len, ==, 21);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      o = find_cell (table, values[i].geo, values[i].year);
      g_assert_true (o->has_value);
      g_assert_cmpfloat (o->value, ==, values[i].value);
      g_assert_cmpint (o->geo_level, ==, SIRKEL_GEO_LEVEL_KOMMUNE);
    }
  /* The value came from the old code's row, and the row says so. */
  g_assert_cmpstr (find_cell (table, "3101", 2022)->geo_raw, ==, "3001");
  g_assert_cmpstr (find_cell (table, "3101", 2024)->geo_raw, ==, "3101");
  /* Retired kommuner keep their code and their flags. */
  o = find_cell (table, "0122", 2023);
  g_assert_false (o->has_value);
  g_assert_cmpint (o->flag, ==, SIRKEL_FLAG_NOT_APPLICABLE);
  o = find_cell (table, "1507", 2024);
  g_assert_false (o->has_value);

  for (guint i = 0; i < table->warnings->len; i++)
    g_string_append_printf (warnings, "%s\n", (char *) g_ptr_array_index (table->warnings, i));
  g_assert_cmpuint (table->warnings->len, ==, 3);
  g_assert_nonnull (strstr (warnings->str, "1 cell was published with different figures"));
  g_assert_nonnull (strstr (warnings->str, "3 kommune codes from before the 2020 or 2024 renumbering"));
  g_assert_nonnull (strstr (warnings->str, "2 kommune codes belong to kommuner that no longer exist"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-csv/fhi/kube", test_fhi_kube);
  g_test_add_func ("/import-csv/fhi/geoniv", test_fhi_geoniv);
  g_test_add_func ("/import-csv/fhi/csv3-bom", test_fhi_csv3_bom);
  g_test_add_func ("/import-csv/fhi/csv2-labels", test_fhi_csv2_labels);
  g_test_add_func ("/import-csv/fhi/dataowner", test_fhi_dataowner);
  g_test_add_func ("/import-csv/fhi/kommunehelsa", test_fhi_kommunehelsa);
  g_test_add_func ("/import-csv/fhi/malformed", test_fhi_malformed);
  g_test_add_func ("/import-csv/ssb/statbank", test_ssb_statbank);
  g_test_add_func ("/import-csv/ssb/english", test_ssb_english);
  g_test_add_func ("/import-csv/ssb/excel", test_ssb_excel);
  g_test_add_func ("/import-csv/ssb/comma", test_ssb_comma);
  g_test_add_func ("/import-csv/ssb/dash-beside-fhi", test_dash);
  g_test_add_func ("/import-csv/ssb/renumbered", test_renumbered);
  g_test_add_func ("/import-csv/udir", test_udir);
  g_test_add_func ("/import-csv/long/basic", test_long_basic);
  g_test_add_func ("/import-csv/long/semicolon", test_long_semicolon);
  g_test_add_func ("/import-csv/long/ragged", test_long_ragged);
  g_test_add_func ("/import-csv/long/errors", test_long_errors);
  g_test_add_func ("/import-csv/sniff", test_sniff);
  g_test_add_func ("/import-csv/locale", test_locale);
  return g_test_run ();
}
