/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starting the next period from the example project: the new file is a valid project for the
 * new period; it holds exactly the challenges, goals (with their tree), open measures (with
 * goal links, partners and logic model), carried lessons and yearly events of the source,
 * counted in the source with SQL of our own; every carried row links back to the row it came
 * from; statistics, evaluations and resources stay behind; the source is unchanged; and a
 * target that exists, a bad period or a folder that cannot be written fail with one sentence
 * and leave no file behind.
 */
#define G_LOG_DOMAIN "test-next-period"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "sirkel-example-file.h"
#include "sirkel-next-period.h"
#include "sirkel-test-util.h"

static char *example_path;

static gint64
count (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static char *
digest_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_carries_open_work (void)
{
  g_autofree char *target = sirkel_test_tmp_file ("next.sirkel");
  g_autofree char *before = digest_of (example_path);
  g_autofree char *after = NULL;
  g_autoptr(SirkelStore) source = NULL;
  g_autoptr(SirkelStore) opened = NULL;
  g_autofree char *attach = NULL;
  SirkelCarriedCounts counts = { 0 };
  SirkelCarriedCounts counted = { 0 };
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  source = sirkel_store_open (example_path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_next_period_count (source, &counted, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_next_period_create (source, "/shared/Lundfjord 2024-2027.sirkel", target,
                                            2028, 2031, "Folkehelse 2028–2031", "Test", &counts, &error));
  g_assert_no_error (error);
  /* The count the dialog shows beforehand is what was carried. */
  g_assert_cmpmem (&counted, sizeof counted, &counts, sizeof counts);
  sirkel_store_close (source);
  after = digest_of (example_path);
  g_assert_cmpstr (before, ==, after);

  /* The new file opens as a full, checked project of the current schema. */
  opened = sirkel_store_open (target, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (sirkel_store_integrity_check (opened, problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  sirkel_store_close (opened);

  g_assert_cmpint (count (target, "SELECT count(*) FROM project WHERE period_from = 2028 AND "
                          "period_to = 2031 AND title = 'Folkehelse 2028–2031' AND kommune = '9901' "
                          "AND previous_file = '/shared/Lundfjord 2024-2027.sirkel'"), ==, 1);

  /* What was carried, against the source counted independently. */
  g_assert_cmpint (counts.challenges, ==,
                   count (example_path, "SELECT count(*) FROM finding WHERE deleted_at IS NULL AND kind = 'challenge'"));
  g_assert_cmpint (counts.goals, ==, count (example_path, "SELECT count(*) FROM goal WHERE deleted_at IS NULL"));
  g_assert_cmpint (counts.measures, ==,
                   count (example_path, "SELECT count(*) FROM measure WHERE deleted_at IS NULL AND "
                          "status NOT IN ('completed', 'stopped')"));
  g_assert_cmpint (counts.measures, <,
                   count (example_path, "SELECT count(*) FROM measure WHERE deleted_at IS NULL"));
  g_assert_cmpint (counts.lessons, ==,
                   count (example_path, "SELECT count(*) FROM lesson WHERE deleted_at IS NULL AND carry_forward = 1"));
  g_assert_cmpint (counts.events, ==,
                   count (example_path, "SELECT count(*) FROM yearwheel_event WHERE deleted_at IS NULL AND year IS NULL"));
  g_assert_cmpint (counts.challenges, >, 0);
  g_assert_cmpint (counts.goals, >, 0);
  g_assert_cmpint (counts.lessons, >, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM finding"), ==, counts.challenges);
  g_assert_cmpint (count (target, "SELECT count(*) FROM finding WHERE prioritised = 1"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM goal"), ==, counts.goals);
  g_assert_cmpint (count (target, "SELECT count(*) FROM measure"), ==, counts.measures);
  g_assert_cmpint (count (target, "SELECT count(*) FROM lesson"), ==, counts.lessons);

  /* Left behind: statistics, evaluations, resources, assessments, decisions, old budgets. */
  g_assert_cmpint (count (target, "SELECT count(*) FROM observation"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM data_import"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM evaluation"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM measurement"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM assessment"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM decision"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM budget_line WHERE year < 2028"), ==, 0);

  /* Every carried row links back to a live row of the same table in the source, and the
   * structure between them survived: the goal tree, goal–challenge and measure–goal links. */
  g_assert_cmpint (sqlite3_open_v2 (target, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  attach = g_strdup_printf ("ATTACH '%s' AS src", example_path);
  g_assert_cmpint (sqlite3_exec (db, attach, NULL, NULL, NULL), ==, SQLITE_OK);
  {
    static const char *const checks[][2] = {
      { "SELECT count(*) FROM carried_item", NULL },
      { "SELECT count(*) FROM carried_item c WHERE c.source_file = '/shared/Lundfjord 2024-2027.sirkel' "
        "AND c.source_period = '2024–2027' AND c.source_project = (SELECT id FROM src.project)", NULL },
      { "SELECT count(*) FROM goal g JOIN carried_item c ON c.entity_id = g.id "
        "JOIN src.goal s ON s.id = c.source_id WHERE g.title = s.title AND g.level = s.level", "goal" },
      { "SELECT count(*) FROM measure m JOIN carried_item c ON c.entity_id = m.id "
        "JOIN src.measure s ON s.id = c.source_id WHERE m.title = s.title AND m.status = s.status", "measure" },
      { "SELECT count(*) FROM finding f JOIN carried_item c ON c.entity_id = f.id "
        "JOIN src.finding s ON s.id = c.source_id WHERE f.title = s.title AND f.causes = s.causes", "finding" },
      { "SELECT count(*) FROM lesson l JOIN carried_item c ON c.entity_id = l.id "
        "JOIN src.lesson s ON s.id = c.source_id WHERE l.body = s.body", "lesson" },
    };
    gint64 total = 1 + counts.challenges + counts.goals + counts.measures + counts.lessons;
    gint64 expect[] = { total, total, counts.goals, counts.measures, counts.challenges, counts.lessons };

    for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
      {
        sqlite3_stmt *stmt = NULL;

        g_assert_cmpint (sqlite3_prepare_v2 (db, checks[i][0], -1, &stmt, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, expect[i]);
        sqlite3_finalize (stmt);
      }
  }
  sqlite3_close (db);

  g_assert_cmpint (count (target, "SELECT count(*) FROM goal WHERE parent_id IS NOT NULL"), ==,
                   count (example_path, "SELECT count(*) FROM goal WHERE deleted_at IS NULL AND parent_id IS NOT NULL"));
  g_assert_cmpint (count (target, "SELECT count(*) FROM goal g JOIN goal p ON p.id = g.parent_id"), ==,
                   count (target, "SELECT count(*) FROM goal WHERE parent_id IS NOT NULL"));
  g_assert_cmpint (count (target, "SELECT count(*) FROM goal_finding"), ==,
                   count (example_path, "SELECT count(*) FROM goal_finding gf JOIN finding f ON f.id = gf.finding_id "
                          "WHERE gf.deleted_at IS NULL AND f.deleted_at IS NULL AND f.kind = 'challenge'"));
  g_assert_cmpint (count (target, "SELECT count(*) FROM measure_goal"), ==,
                   count (example_path, "SELECT count(*) FROM measure_goal mg JOIN measure m ON m.id = mg.measure_id "
                          "WHERE mg.deleted_at IS NULL AND m.deleted_at IS NULL "
                          "AND m.status NOT IN ('completed', 'stopped')"));
  g_assert_cmpint (count (target, "SELECT count(*) FROM logic_element"), ==,
                   count (example_path, "SELECT count(*) FROM logic_element l JOIN measure m ON m.id = l.measure_id "
                          "WHERE l.deleted_at IS NULL AND m.deleted_at IS NULL "
                          "AND m.status NOT IN ('completed', 'stopped')"));
  /* A lesson keeps a link only to an item that came along. */
  g_assert_cmpint (count (target, "SELECT count(*) FROM lesson WHERE (source_entity IS NULL) <> (source_id IS NULL)"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM lesson l WHERE source_entity = 'measure' AND "
                          "NOT EXISTS (SELECT 1 FROM measure m WHERE m.id = l.source_id)"), ==, 0);
  /* The whole start is one action in the new file's history. */
  g_assert_cmpint (count (target, "SELECT count(*) FROM action"), ==, 1);

  g_unlink (target);
}

static void
test_refuses_cleanly (void)
{
  g_autofree char *target = sirkel_test_tmp_file ("exists.sirkel");
  g_autofree char *missing = sirkel_test_tmp_file ("no-such-folder/next.sirkel");
  g_autoptr(SirkelStore) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  source = sirkel_store_open (example_path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (target, "mine", -1, NULL));
  g_assert_false (sirkel_next_period_create (source, NULL, target, 2028, 2031, NULL, NULL, NULL, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "exists.sirkel"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mine");

  g_assert_false (sirkel_next_period_create (source, NULL, missing, 2031, 2028, NULL, NULL, NULL, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (sirkel_next_period_create (source, NULL, missing, 2028, 2031, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_unlink (target);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  example_path = sirkel_test_tmp_file ("example.sirkel");
  if (!sirkel_example_write (example_path, &error))
    g_error ("%s", error->message);
  g_test_add_func ("/next-period/carries-open-work", test_carries_open_work);
  g_test_add_func ("/next-period/refuses-cleanly", test_refuses_cleanly);
  status = g_test_run ();
  sirkel_test_cleanup ();
  g_free (example_path);
  return status;
}
