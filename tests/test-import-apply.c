/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applying import tables to a project: the snapshot and its provenance, mapping measures to
 * indicators once, the re-import diff and replacement, refusal of duplicate cells with
 * nothing left behind, undo, and suppressed cells stored as NULL — never 0. The tables are
 * built here by hand, so these tests do not depend on any reader.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-compare.h"
#include "sirkel-import.h"
#include "sirkel-store-private.h"
#include "sirkel-test-util.h"

static void
add_cell (SirkelImportTable *table,
          guint              measure,
          const char        *geo,
          SirkelGeoLevel     level,
          int                year,
          double             value,
          SirkelFlag         flag,
          const char        *raw)
{
  SirkelObservation *o = sirkel_import_table_append (table);
  g_autofree char *label = g_strdup_printf ("%d", year);

  o->measure = measure;
  o->geo = o->geo_raw = sirkel_import_table_intern (table, geo);
  o->geo_level = level;
  o->period_from = o->period_to = year;
  o->period_label = sirkel_import_table_intern (table, label);
  o->has_value = TRUE;
  o->value = value;
  if (flag != SIRKEL_FLAG_NONE)
    sirkel_import_table_set_flag (table, o, flag, raw);
}

/* A small SSB-like table: one measure, Bodø (1804), Nordland (18) and landet, 2021–2023. */
static SirkelImportTable *
make_table (const char *file_name,
            gboolean    revised)
{
  SirkelImportTable *table = sirkel_import_table_new ();
  guint m;

  g_free (table->source);
  table->source = g_strdup ("SSB");
  g_free (table->table_id);
  table->table_id = g_strdup ("99999");
  g_free (table->title);
  table->title = g_strdup ("Eksempeltabell");
  g_free (table->format);
  table->format = g_strdup ("ssb-csv");
  g_free (table->encoding);
  table->encoding = g_strdup ("ISO-8859-1");
  table->file_name = g_strdup (file_name);
  table->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, file_name, -1);
  m = sirkel_import_table_add_measure (table, "Bosatte", "Bosatte", "personer", 0);

  add_cell (table, m, "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2021, 52000, 0, NULL);
  add_cell (table, m, "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2022, revised ? 52100 : 52500, 0, NULL);
  add_cell (table, m, "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2023, 53000,
            revised ? SIRKEL_FLAG_SUPPRESSED : SIRKEL_FLAG_NONE, ":");
  add_cell (table, m, "18", SIRKEL_GEO_LEVEL_FYLKE, 2023, 0, SIRKEL_FLAG_NIL, "-");
  add_cell (table, m, "0", SIRKEL_GEO_LEVEL_LANDET, 2023, 5500000, 0, NULL);
  if (revised)
    add_cell (table, m, "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2024, 53400, 0, NULL);
  return table;
}

static void
test_first_and_re_import (void)
{
  g_autoptr(SirkelStore) store = sirkel_test_new_project ("reimport.sirkel");
  g_autoptr(SirkelImportTable) first = make_table ("bosatte-2023.csv", FALSE);
  g_autoptr(SirkelImportTable) second = make_table ("bosatte-2024.csv", TRUE);
  g_autoptr(SirkelImportChanges) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 actions;

  g_assert_true (sirkel_import_apply (store, first, NULL, &changes, &error));
  g_assert_no_error (error);
  g_assert_null (changes->replaced);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM data_import WHERE deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM indicator"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation"), ==, 5);
  /* Provenance. */
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM data_import WHERE file_name = 'bosatte-2023.csv' "
                                 "AND format = 'ssb-csv' AND encoding = 'ISO-8859-1' AND source = 'SSB' "
                                 "AND source_table = '99999' AND row_count = 5 AND length (sha256) = 64"), ==, 1);
  /* The nil cell is a real 0 with its flag; the unit and mapping are on the indicator. */
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation WHERE value = 0 AND flag = 'nil' "
                                 "AND flag_raw = '-'"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM indicator WHERE unit = 'personer' AND measure = 'Bosatte' "
                                 "AND source = 'SSB' AND source_table = '99999' AND decimals = 0"), ==, 1);

  /* The user maps the measure once … */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    gboolean has_row = FALSE;
    SirkelId indicator;

    g_assert_true (sirkel_store_prepare (store, "SELECT id FROM indicator", &stmt, NULL));
    g_assert_true (sirkel_store_step_row (store, stmt, &has_row, NULL));
    sirkel_id_from_bytes (&indicator, sqlite3_column_blob (stmt, 0), SIRKEL_ID_LEN);
    g_assert_true (sirkel_store_set (store, "indicator", &indicator, "title",
                                     g_variant_new_string ("Folketall"), &error));
    g_assert_true (sirkel_store_set (store, "indicator", &indicator, "polarity", g_variant_new_int64 (0), &error));
  }

  /* … and the next import of the same table reuses it, replaces the old one, and says what
   * changed. */
  g_clear_pointer (&changes, sirkel_import_changes_free);
  g_assert_true (sirkel_import_apply (store, second, NULL, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changes->replaced, ==, "bosatte-2023.csv");
  g_assert_cmpuint (changes->new_periods, ==, 1);
  g_assert_cmpuint (changes->revised, ==, 1);
  g_assert_cmpuint (changes->newly_suppressed, ==, 1);
  g_assert_cmpuint (changes->removed, ==, 0);
  g_assert_cmpuint (changes->unchanged, ==, 3);
  g_assert_nonnull (strstr (changes->summary, "bosatte-2023.csv"));
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM indicator"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM indicator WHERE title = 'Folketall'"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM data_import WHERE deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM data_import WHERE deleted_at IS NULL "
                                 "AND changes LIKE 'Replaces “bosatte-2023.csv”:%'"), ==, 1);
  /* The suppressed cell is NULL with its flag: never 0. */
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM observation o JOIN obs_series s ON s.key = o.series "
                                 "JOIN data_import i ON i.id = s.import_id WHERE i.deleted_at IS NULL "
                                 "AND o.period_from = 2023 AND s.geo = '1804' AND o.value IS NULL "
                                 "AND o.flag = 'suppressed' AND o.flag_raw = ':'"), ==, 1);

  /* One action each; undo brings the first import back. */
  actions = sirkel_test_sql_int (store, "SELECT count(*) FROM action");
  g_assert_true (sirkel_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM data_import WHERE deleted_at IS NULL "
                                 "AND file_name = 'bosatte-2023.csv'"), ==, 1);
  g_assert_cmpint (sirkel_test_sql_int (store, "SELECT count(*) FROM action"), ==, actions + 1);
}

static void
test_duplicates_leave_nothing (void)
{
  g_autoptr(SirkelStore) store = sirkel_test_new_project ("duplicates.sirkel");
  g_autoptr(SirkelImportTable) table = make_table ("dup.csv", FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_cell (table, 0, "1804", SIRKEL_GEO_LEVEL_KOMMUNE, 2021, 1, 0, NULL);
  before = sirkel_store_content_digest (store, NULL);
  g_assert_false (sirkel_import_apply (store, table, NULL, NULL, &error));
  g_assert_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE);
  g_assert_nonnull (strstr (error->message, "dup.csv"));
  after = sirkel_store_content_digest (store, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (sirkel_store_in_action (store));
}

/* Comparison with landet through a confidence interval from counts. */
static void
test_comparison_from_counts (void)
{
  g_autoptr(SirkelStore) store = sirkel_test_new_project ("compare.sirkel");
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GError) error = NULL;
  SirkelComparison result;
  SirkelId import_id, indicator;
  guint m;

  table->file_name = g_strdup ("lavinntekt.csv");
  table->sha256 = g_strdup ("0");
  g_free (table->source);
  table->source = g_strdup ("FHI");
  g_free (table->table_id);
  table->table_id = g_strdup ("LAVINNT");
  m = sirkel_import_table_add_measure (table, "RATE", "Andel", "prosent", 1);
  for (int year = 2019; year <= 2023; year++)
    {
      SirkelObservation *o;

      add_cell (table, m, "1804", SIRKEL_GEO_LEVEL_KOMMUNE, year, 14.0 + (year - 2019), 0, NULL);
      o = &g_array_index (table->observations, SirkelObservation, table->observations->len - 1);
      o->numerator = (14.0 + (year - 2019)) * 100;   /* per cent of 10 000 children */
      o->denominator = 10000;
      add_cell (table, m, "0", SIRKEL_GEO_LEVEL_LANDET, year, 11.0, 0, NULL);
      add_cell (table, m, "18", SIRKEL_GEO_LEVEL_FYLKE, year, 17.9, 0, NULL);
    }
  g_assert_true (sirkel_import_apply (store, table, &import_id, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    gboolean has_row = FALSE;

    g_assert_true (sirkel_store_prepare (store, "SELECT id FROM indicator", &stmt, NULL));
    g_assert_true (sirkel_store_step_row (store, stmt, &has_row, NULL));
    sirkel_id_from_bytes (&indicator, sqlite3_column_blob (stmt, 0), SIRKEL_ID_LEN);
  }
  g_assert_true (sirkel_store_set (store, "indicator", &indicator, "polarity", g_variant_new_int64 (-1), &error));

  /* 18 % of 10 000 against 11 %: the Wilson interval is about 17.3–18.8; clearly worse. */
  g_assert_true (sirkel_compare_indicator (store, &indicator, "1804", "0", &result, &error));
  g_assert_cmpint (result.klass, ==, SIRKEL_COMPARISON_WORSE);
  g_assert_cmpint (result.period_to, ==, 2023);
  g_assert_cmpfloat_with_epsilon (result.value, 18.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (result.reference, 11.0, 1e-9);
  g_assert_cmpfloat (result.ci_low, <, 18.0);
  g_assert_cmpfloat (result.ci_high, >, 18.0);
  g_assert_cmpfloat (result.ci_low, >, 17.0);
  /* Against the county (17.9 %), inside the interval: similar. */
  g_assert_true (sirkel_compare_indicator (store, &indicator, "1804", "18", &result, &error));
  g_assert_cmpint (result.klass, ==, SIRKEL_COMPARISON_SIMILAR);
  /* Rising 14 → 18 with lower-is-better: worsening. */
  g_assert_cmpint (sirkel_trend_indicator (store, &indicator, "1804", &error), ==, SIRKEL_TREND_RISING);
  g_assert_true (sirkel_trend_is_worsening (SIRKEL_TREND_RISING, -1));

  /* Removing the import takes its figures out of every comparison; undo brings them back. */
  g_assert_true (sirkel_store_delete (store, "data_import", &import_id, &error));
  g_assert_true (sirkel_compare_indicator (store, &indicator, "1804", "0", &result, &error));
  g_assert_cmpint (result.klass, ==, SIRKEL_COMPARISON_NO_DATA);
  g_assert_true (sirkel_store_undo (store, &error));
  g_assert_true (sirkel_compare_indicator (store, &indicator, "1804", "0", &result, &error));
  g_assert_cmpint (result.klass, ==, SIRKEL_COMPARISON_WORSE);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-apply/first-and-re-import", test_first_and_re_import);
  g_test_add_func ("/import-apply/duplicates-leave-nothing", test_duplicates_leave_nothing);
  g_test_add_func ("/import-apply/comparison-from-counts", test_comparison_from_counts);
  result = g_test_run ();
  sirkel_test_cleanup ();
  return result;
}
