/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which measures of an FHI table become indicators (sirkel-import-measures.c), end to end:
 * real fixture files read through sirkel_import_read_file () and applied to a project file
 * on disk. By default a kube gives one indicator, MEIS, with TELLER and NEVNER stored on each
 * of its cells as numerator and denominator, and the snapshot names the measures left out;
 * JSON-stat tables get the same treatment after reading; SIRKEL_IMPORT_ALL_MEASURES makes
 * every measure an indicator; and a project that maps every measure is refused a
 * display-only read (nothing changes) until the file is read with all measures.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-import.h"
#include "sirkel-store-private.h"
#include "sirkel-test-util.h"

static SirkelImportTable *
read_fixture (const char        *dir,
              const char        *name,
              SirkelImportFlags  flags)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SirkelImportTable *table;

  table = sirkel_import_read_file (file, NULL, NULL, flags, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
test_display_choice (void)
{
  static const char * const kube[] = { "TELLER", "NEVNER", "RATE", "MEIS" };
  static const char * const friskvik[] = { "sumTELLER", "sumNEVNER", "RATE", "MALTALL", "SMR" };
  static const char * const rate[] = { "TELLER", "NEVNER", "RATE" };
  static const char * const smr[] = { "PREDTELLER", "SMR", "NORM" };
  static const char * const counts[] = { "TELLER", "NEVNER" };
  static const char * const words[] = { "Antall", "Prosent" };
  gboolean denominator = TRUE;

  g_assert_cmpint (sirkel_import_display_measure (kube, G_N_ELEMENTS (kube)), ==, 3);
  g_assert_cmpint (sirkel_import_display_measure (friskvik, G_N_ELEMENTS (friskvik)), ==, 3);
  g_assert_cmpint (sirkel_import_display_measure (rate, G_N_ELEMENTS (rate)), ==, 2);
  g_assert_cmpint (sirkel_import_display_measure (smr, G_N_ELEMENTS (smr)), ==, 1);
  g_assert_cmpint (sirkel_import_display_measure (counts, G_N_ELEMENTS (counts)), ==, -1);
  g_assert_cmpint (sirkel_import_display_measure (words, G_N_ELEMENTS (words)), ==, -1);

  g_assert_true (sirkel_import_measure_is_count ("sumTELLER", &denominator));
  g_assert_false (denominator);
  g_assert_true (sirkel_import_measure_is_count ("Nevner", &denominator));
  g_assert_true (denominator);
  g_assert_false (sirkel_import_measure_is_count ("PREDTELLER", NULL));
}

static void
test_describe (void)
{
  g_autofree char *both = sirkel_import_describe_other_measures ("TELLER,NEVNER,RATE");
  g_autofree char *counts = sirkel_import_describe_other_measures ("sumTELLER,sumNEVNER");
  g_autofree char *others = sirkel_import_describe_other_measures ("RATE,NORM");

  g_assert_null (sirkel_import_describe_other_measures (""));
  g_assert_null (sirkel_import_describe_other_measures (NULL));
  g_assert_cmpstr (both, ==, "The counts (TELLER, NEVNER) are kept with each figure as numerator and "
                   "denominator, and the other statistical measures (RATE) were left out. "
                   "Choose “All statistical measures” when importing (sirkel-cli import "
                   "--all-measures) to have every one as an indicator.");
  g_assert_cmpstr (counts, ==, "The counts (sumTELLER, sumNEVNER) are kept with each figure as numerator "
                   "and denominator, not as indicators of their own. Choose “All statistical "
                   "measures” when importing (sirkel-cli import --all-measures) to have them "
                   "as indicators too.");
  g_assert_cmpstr (others, ==, "The statistical measures RATE, NORM were left out. Choose “All "
                   "statistical measures” when importing (sirkel-cli import --all-measures) "
                   "to have every one as an indicator.");
}

/* kube-integer-geo.csv by default: thirteen cells of MEIS, the counts on them. */
static void
test_kube_display (void)
{
  g_autoptr(SirkelStore) store = sirkel_test_new_project ("kube-display.sirkel");
  g_autoptr(SirkelImportTable) table = read_fixture ("fhi", "kube-integer-geo.csv",
                                                     SIRKEL_IMPORT_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *others = NULL;
  g_autofree char *key = NULL;

  g_assert_cmpuint (table->measures->len, ==, 1);
  g_assert_cmpuint (table->observations->len, ==, 13);
  g_assert_true (sirkel_import_apply (store, table, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM indicator"), ==, 1);
  key = sirkel_test_sql_text (store, "SELECT key || '/' || measure || '/' || title FROM indicator");
  g_assert_cmpstr (key, ==, "kube_integer_geo/MEIS/kube-integer-geo");
  others = sirkel_test_sql_text (store, "SELECT other_measures FROM data_import");
  g_assert_cmpstr (others, ==, "TELLER,NEVNER,RATE");
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation"), ==, 13);
  /* Oslo, men 45–64: MEIS 1.02 with TELLER 510 and NEVNER 52000 (line 4 of the file). */
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation o JOIN obs_series s ON s.key = o.series "
                                 "WHERE s.geo = '0301' AND s.sex = 1 AND s.age_lo = 45 AND o.value = 1.02 "
                                 "AND o.numerator = 510 AND o.denominator = 52000"), ==, 1);
  /* The suppressed row: no value, no counts, never 0 (TELLER_uprikk's 12 is nowhere). */
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation o JOIN obs_series s ON s.key = o.series "
                                 "WHERE s.geo = '1804' AND s.sex = 2 AND o.value IS NULL "
                                 "AND o.numerator IS NULL AND o.flag = 'suppressed'"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation WHERE value = 0 OR numerator = 12"),
                   ==, 0);
}

/* fhi-nokkel.json lays TELLER and MEIS out as a dimension: after reading, MEIS stays and
 * each of its cells gets the TELLER of the same place, period and sex where that is a
 * number. */
static void
test_jsonstat_display (void)
{
  static const struct { const char *geo; int from, sex; double value, numerator; } cells[] = {
    { "0", 2021, 1, 14.2, 4800000 }, { "0", 2021, 2, 22.75, 5100000 },
    { "0", 2022, 1, 14.5, 4900000 }, { "0", 2022, 2, NAN, NAN },
    { "1804", 2021, 1, 15.1, 120 },  { "1804", 2021, 2, NAN, NAN },
    { "1804", 2022, 1, 16, NAN },    { "1804", 2022, 2, 24.5, NAN },
  };
  g_autoptr(SirkelImportTable) table = read_fixture ("jsonstat", "fhi-nokkel.json",
                                                     SIRKEL_IMPORT_FLAGS_NONE);
  g_autoptr(SirkelImportTable) all = read_fixture ("jsonstat", "fhi-nokkel.json",
                                                   SIRKEL_IMPORT_ALL_MEASURES);
  g_autofree char *others = sirkel_import_table_dup_other_measures (table);

  g_assert_cmpuint (table->measures->len, ==, 1);
  g_assert_cmpstr (((SirkelMeasure *) g_ptr_array_index (table->measures, 0))->key, ==, "MEIS");
  g_assert_cmpstr (((SirkelMeasure *) g_ptr_array_index (table->measures, 0))->unit, ==, "prosent");
  g_assert_cmpstr (others, ==, "TELLER");
  g_assert_cmpuint (table->observations->len, ==, G_N_ELEMENTS (cells));
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);

      g_test_message ("cell %u", i);
      g_assert_cmpuint (o->measure, ==, 0);
      g_assert_cmpstr (o->geo, ==, cells[i].geo);
      g_assert_cmpint (o->period_from, ==, cells[i].from);
      g_assert_cmpint (o->sex, ==, cells[i].sex);
      g_assert_cmpint (o->has_value, ==, !isnan (cells[i].value));
      if (o->has_value)
        g_assert_cmpfloat_with_epsilon (o->value, cells[i].value, 1e-9);
      if (isnan (cells[i].numerator))
        g_assert_true (isnan (o->numerator));
      else
        g_assert_cmpfloat (o->numerator, ==, cells[i].numerator);
      g_assert_true (isnan (o->denominator));
    }

  g_assert_cmpuint (all->measures->len, ==, 2);
  g_assert_cmpuint (all->observations->len, ==, 16);
  g_assert_cmpuint (all->other_measures->len, ==, 0);
}

/* A project that has every measure of the table as an indicator keeps getting them: a
 * display-only read is refused with nothing changed, and the read with all measures is
 * applied without new indicators. A first display-only import of another project makes
 * one indicator. */
static void
test_all_measures_mapping (void)
{
  g_autoptr(SirkelStore) store = sirkel_test_new_project ("kube-all.sirkel");
  g_autoptr(SirkelImportTable) all = read_fixture ("fhi", "kube-integer-geo.csv",
                                                   SIRKEL_IMPORT_ALL_MEASURES);
  g_autoptr(SirkelImportTable) shown = read_fixture ("fhi", "kube-integer-geo.csv",
                                                     SIRKEL_IMPORT_FLAGS_NONE);
  g_autoptr(SirkelImportTable) again = read_fixture ("fhi", "kube-integer-geo.csv",
                                                     SIRKEL_IMPORT_ALL_MEASURES);
  g_autoptr(SirkelImportChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *others = NULL;
  gint64 actions;

  g_assert_true (sirkel_import_apply (store, all, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM indicator"), ==, 4);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation"), ==, 52);
  others = sirkel_test_sql_text (store, "SELECT other_measures FROM data_import");
  g_assert_cmpstr (others, ==, "");
  actions = sirkel_test_sql_int (store, "SELECT count(*) FROM action");

  g_assert_false (sirkel_import_apply (store, shown, NULL, NULL, &error));
  g_assert_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_MEASURES);
  g_assert_cmpstr (error->message, ==, "kube-integer-geo.csv: the project has an indicator of the statistical "
                   "measure TELLER of this table, which was left out; import the file with "
                   "“All statistical measures”.");
  g_clear_error (&error);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM action"), ==, actions);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM data_import"), ==, 1);

  g_assert_true (sirkel_import_apply (store, again, NULL, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM indicator"), ==, 4);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM data_import WHERE deleted_at IS NULL"), ==, 1);
  g_assert_cmpuint (changes->unchanged, ==, 52);
  g_assert_cmpuint (changes->revised, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-measures/display-choice", test_display_choice);
  g_test_add_func ("/import-measures/describe", test_describe);
  g_test_add_func ("/import-measures/kube-display", test_kube_display);
  g_test_add_func ("/import-measures/jsonstat-display", test_jsonstat_display);
  g_test_add_func ("/import-measures/all-measures-mapping", test_all_measures_mapping);
  result = g_test_run ();
  sirkel_test_cleanup ();
  return result;
}
