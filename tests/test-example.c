/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example project: two stores filled independently hold the same content, and the content
 * is what the start page promises: a fictional municipality with a whole cycle of work, every
 * indicator with kommune, fylke and landet series, and suppressed cells that are NULL, never 0.
 */
#define G_LOG_DOMAIN "test-example"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sirkel-example.h"
#include "sirkel-store-private.h"

typedef struct
{
  char        *dir;
  SirkelStore *stores[2];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("sirkel-test-example-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->stores); i++)
    {
      g_autofree char *name = g_strdup_printf ("example-%u.sirkel", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      fixture->stores[i] = sirkel_store_create (path, &error);
      g_assert_no_error (error);
      g_assert_true (sirkel_example_fill (fixture->stores[i], &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->stores); i++)
    {
      g_autofree char *path = g_strdup (sirkel_store_get_path (fixture->stores[i]));
      g_autofree char *journal = g_strconcat (path, "-journal", NULL);

      sirkel_store_close (fixture->stores[i]);
      g_assert_finalize_object (fixture->stores[i]);
      g_assert_cmpint (g_unlink (path), ==, 0);
      g_unlink (journal);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

/* Runs a query that returns one integer. */
static gint64
query_int (SirkelStore *store,
           const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_store_step_row (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static char *
query_text (SirkelStore *store,
            const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = FALSE;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_store_step_row (store, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gint64
count_live (SirkelStore *store,
            const char  *table)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sirkel_store_count_rows (store, table, TRUE, &error);

  g_assert_no_error (error);
  return n;
}

static void
test_example_deterministic (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* No column is blanked first: the digest leaves out the file's identity (doc_meta and
   * revision), and sirkel_example_fill () seeds the store's ids, so even the history's action
   * ids must be equal. */
  a = sirkel_store_content_digest (fixture->stores[0], &error);
  g_assert_no_error (error);
  b = sirkel_store_content_digest (fixture->stores[1], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a, ==, b);
}

static void
test_example_counts (Fixture       *fixture,
                     gconstpointer  data)
{
  SirkelStore *store = fixture->stores[0];
  g_autofree char *categories = NULL;

  g_assert_cmpint (count_live (store, "project"), ==, 1);
  g_assert_cmpint (count_live (store, "geography"), ==, 3);
  g_assert_cmpint (count_live (store, "indicator"), >=, 30);
  g_assert_cmpint (count_live (store, "data_import"), ==, 1);

  g_assert_cmpint (count_live (store, "assessment"), ==, 6);
  categories = query_text (store, "SELECT group_concat (category, '') FROM (SELECT DISTINCT "
                           "category FROM assessment WHERE deleted_at IS NULL ORDER BY category)");
  g_assert_cmpstr (categories, ==, "abcdef");

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM finding WHERE deleted_at IS NULL "
                              "AND kind = 'challenge'"), >=, 7);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM finding WHERE deleted_at IS NULL "
                              "AND kind = 'challenge'"), <=, 9);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM finding WHERE deleted_at IS NULL "
                              "AND kind = 'resource'"), ==, 3);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM finding WHERE deleted_at IS NULL "
                              "AND prioritised = 1 AND priority_reason <> ''"), ==, 5);
  g_assert_cmpint (count_live (store, "decision"), ==, 1);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM goal WHERE deleted_at IS NULL "
                              "AND level = 'samfunnsmal' AND parent_id IS NULL"), ==, 3);
  /* Every delmål has a parent, an indicator with baseline and target, and a measure. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM goal g WHERE deleted_at IS NULL "
                              "AND level = 'effektmal' AND (parent_id IS NULL "
                              "OR indicator_id IS NULL OR baseline IS NULL OR target IS NULL "
                              "OR NOT EXISTS (SELECT 1 FROM measure_goal mg "
                              "WHERE mg.goal_id = g.id))"), ==, 0);

  g_assert_cmpint (count_live (store, "measure"), >=, 10);
  g_assert_cmpint (count_live (store, "measure"), <=, 14);
  /* One or two measures deliberately lack an evaluation plan. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM measure m WHERE NOT EXISTS "
                              "(SELECT 1 FROM evaluation e WHERE e.measure_id = m.id)"), >=, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM measure m WHERE NOT EXISTS "
                              "(SELECT 1 FROM evaluation e WHERE e.measure_id = m.id)"), <=, 2);
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT measure_id) FROM logic_element"),
                   >=, 6);
  g_assert_cmpint (count_live (store, "lesson"), >=, 4);
  g_assert_cmpint (count_live (store, "improvement_cycle"), ==, 2);
  g_assert_cmpint (count_live (store, "yearwheel_event"), >=, 8);

  g_assert_cmpint (count_live (store, "observation"), >=, 30 * 3 * 11);
  g_assert_cmpint (query_int (store, "SELECT row_count FROM data_import"), ==,
                   count_live (store, "observation"));
}

static void
test_example_observations (Fixture       *fixture,
                           gconstpointer  data)
{
  SirkelStore *store = fixture->stores[0];
  gint64 testable, values;

  /* A flagged cell has no value, and a cell without a value is flagged. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM observation WHERE flag <> '' "
                              "AND (value IS NOT NULL OR numerator IS NOT NULL "
                              "OR ci_low IS NOT NULL)"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM observation WHERE flag = '' "
                              "AND value IS NULL"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM observation WHERE flag = 'suppressed' AND flag_raw = ':'"), >=, 6);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM observation WHERE flag = 'missing' AND flag_raw = '..'"), >=, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM observation WHERE flag = 'not_computable' AND flag_raw = '.'"), >=, 1);

  /* Every indicator has both-sexes series for the kommune, the fylke and landet. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM indicator i WHERE deleted_at IS NULL "
                              "AND (SELECT count(DISTINCT geo) FROM obs_series s WHERE "
                              "s.indicator_id = i.id AND s.sex = 0 "
                              "AND s.geo IN ('9901', '99', '0')) <> 3"), ==, 0);
  /* … with at least eleven periods each. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM obs_series s WHERE (SELECT count(*) "
                              "FROM observation o WHERE o.series = s.key) < 11"), ==, 0);
  /* More than three quarters of the kommune's values can be tested: counts or an interval. */
  testable = query_int (store, "SELECT count(*) FROM observation o JOIN obs_series s "
                        "ON s.key = o.series WHERE s.geo = '9901' AND o.value IS NOT NULL "
                        "AND (o.denominator IS NOT NULL OR o.ci_low IS NOT NULL)");
  values = query_int (store, "SELECT count(*) FROM observation o JOIN obs_series s "
                      "ON s.key = o.series WHERE s.geo = '9901' AND o.value IS NOT NULL");
  g_assert_cmpint (testable * 4, >, values * 3);
}

static void
test_example_project (Fixture       *fixture,
                      gconstpointer  data)
{
  SirkelStore *store = fixture->stores[0];
  g_autofree char *title = query_text (store, "SELECT title FROM project");
  g_autofree char *description = query_text (store, "SELECT description FROM project");
  g_autofree char *kommune = query_text (store, "SELECT kommune FROM project");
  g_autofree char *folded_title = g_utf8_casefold (title, -1);
  g_autofree char *folded_description = g_utf8_casefold (description, -1);

  g_assert_cmpint (query_int (store, "SELECT is_example FROM project"), ==, 1);
  g_assert_cmpstr (kommune, ==, "9901");
  g_assert_nonnull (strstr (folded_title, "eksempel"));
  g_assert_nonnull (strstr (folded_description, "eksempel"));
  g_assert_nonnull (strstr (folded_description, "fiktiv"));

  /* Each step of the cycle is one action in the history, by the example's author. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM action WHERE kind = 'do'"), ==, 8);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM action WHERE author <> "
                              "'Eksempeldata' OR at <> '2026-01-15T09:00:00Z'"), ==, 0);
  g_assert_true (sirkel_store_can_undo (store));
}

static void
test_example_not_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sirkel-test-example-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "twice.sirkel", NULL);
  g_autoptr(SirkelStore) store = NULL;

  g_assert_no_error (error);
  store = sirkel_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_example_fill (store, &error));
  g_assert_no_error (error);

  g_assert_false (sirkel_example_fill (store, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_assert_cmpint (count_live (store, "project"), ==, 1);

  sirkel_store_close (store);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/example/deterministic", Fixture, NULL, fixture_set_up,
              test_example_deterministic, fixture_tear_down);
  g_test_add ("/example/counts", Fixture, NULL, fixture_set_up, test_example_counts,
              fixture_tear_down);
  g_test_add ("/example/observations", Fixture, NULL, fixture_set_up, test_example_observations,
              fixture_tear_down);
  g_test_add ("/example/project", Fixture, NULL, fixture_set_up, test_example_project,
              fixture_tear_down);
  g_test_add_func ("/example/not-empty", test_example_not_empty);

  return g_test_run ();
}
