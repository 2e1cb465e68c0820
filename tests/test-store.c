/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project file: create, open, the checks that refuse files Sirkel did not write or that
 * were damaged, the newer-version rule, migrations, and the history with undo and redo. Every
 * test works on real SQLite files in a temporary folder.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sirkel-history.h"
#include "sirkel-schema.h"
#include "sirkel-store.h"
#include "sirkel-store-private.h"
#include "sirkel-test-util.h"




/* A new project file with one project row, closed. */
static char *
make_project (const char *name)
{
  g_autofree char *path = sirkel_test_tmp_file (name);
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };

  store = sirkel_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_store_insert (store, "project", &id, &error,
                                      "title", sirkel_value_text ("Testby"),
                                      "kommune", sirkel_value_text ("0301"),
                                      "period_from", sirkel_value_int (2024),
                                      "period_to", sirkel_value_int (2027), NULL));
  g_assert_no_error (error);
  sirkel_store_close (store);
  return g_steal_pointer (&path);
}

static void
test_create_open (void)
{
  g_autofree char *path = make_project ("create.sirkel");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;
  SirkelId revision;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >=, 100);
  g_assert_cmpmem (data, 16, "SQLite format 3", 16);
  g_assert_cmpmem (data + 68, 4, "SRKL", 4);
  g_assert_cmpint (data[63], ==, SIRKEL_SCHEMA_VERSION);
  /* journal_mode=DELETE: the header's read and write version bytes are 1, not 2 (WAL). */
  g_assert_cmpint (data[18], ==, 1);
  g_assert_cmpint (data[19], ==, 1);

  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_store_get_read_only (store));
  g_assert_cmpint (sirkel_store_get_file_version (store), ==, SIRKEL_SCHEMA_VERSION);
  g_assert_false (sirkel_store_get_revision (store, &revision));
  g_assert_cmpint (sirkel_store_count_rows (store, "project", TRUE, &error), ==, 1);
  g_clear_object (&store);

  /* A second create on the same path never overwrites. */
  g_assert_null (sirkel_store_create (path, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_EXISTS);
}

static void
expect_refused (const char       *path,
                SirkelStoreError  code,
                const char       *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelStore) store = NULL;
  g_autofree char *name = g_path_get_basename (path);

  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, SIRKEL_STORE_ERROR, (int) code);
  /* One sentence that names the file. */
  g_assert_nonnull (strstr (error->message, name));
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
}

static void
test_refuse_foreign (void)
{
  g_autofree char *plain = sirkel_test_tmp_file ("other-app.sqlite");
  g_autofree char *text = sirkel_test_tmp_file ("notes.sirkel");
  g_autofree char *empty = sirkel_test_tmp_file ("empty.sirkel");
  g_autofree char *wrong_id = make_project ("wrong-id.sirkel");

  sirkel_test_raw_exec (plain, "CREATE TABLE t (x); INSERT INTO t VALUES (1)");
  expect_refused (plain, SIRKEL_STORE_ERROR_NOT_SIRKEL, NULL);

  g_assert_true (g_file_set_contents (text, "kommune;verdi\n0301;1,5\n", -1, NULL));
  expect_refused (text, SIRKEL_STORE_ERROR_NOT_SIRKEL, NULL);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  expect_refused (empty, SIRKEL_STORE_ERROR_NOT_SIRKEL, NULL);

  sirkel_test_raw_exec (wrong_id, "PRAGMA application_id = 1234");
  expect_refused (wrong_id, SIRKEL_STORE_ERROR_NOT_SIRKEL, NULL);
}

static void
test_refuse_altered_schema (void)
{
  g_autofree char *trigger = make_project ("trigger.sirkel");
  g_autofree char *view = make_project ("view.sirkel");
  g_autofree char *extra = make_project ("extra.sirkel");
  g_autofree char *index = make_project ("index.sirkel");

  sirkel_test_raw_exec (trigger, "CREATE TRIGGER evil AFTER INSERT ON goal BEGIN DELETE FROM goal; END");
  expect_refused (trigger, SIRKEL_STORE_ERROR_SCHEMA, "evil");

  /* A table swapped for a view, as in the published fts3_tokenizer attacks. */
  sirkel_test_raw_exec (view, "DROP TABLE lesson; CREATE VIEW lesson AS SELECT fts3_tokenizer('simple') AS id");
  expect_refused (view, SIRKEL_STORE_ERROR_SCHEMA, "lesson");

  sirkel_test_raw_exec (extra, "CREATE TABLE stolen (secret TEXT)");
  expect_refused (extra, SIRKEL_STORE_ERROR_SCHEMA, "stolen");

  sirkel_test_raw_exec (index, "CREATE INDEX goal_title ON goal (title)");
  expect_refused (index, SIRKEL_STORE_ERROR_SCHEMA, "goal_title");
}

static void
test_refuse_torn (void)
{
  g_autofree char *truncated = make_project ("truncated.sirkel");
  g_autofree char *flipped = make_project ("flipped.sirkel");
  g_autofree char *data = NULL;
  gsize len = 0;

  /* Cut the file in the middle, as an interrupted copy does. */
  g_assert_true (g_file_get_contents (truncated, &data, &len, NULL));
  g_assert_true (g_file_set_contents (truncated, data, len / 2, NULL));
  expect_refused (truncated, SIRKEL_STORE_ERROR_CORRUPT, NULL);

  /* Garbage over the page that holds the schema's b-tree of a table in the middle. */
  memset (data + 4096 * 3, 0x5a, 4096);
  g_assert_true (g_file_set_contents (flipped, data, len, NULL));
  expect_refused (flipped, SIRKEL_STORE_ERROR_CORRUPT, NULL);
}

static void
test_newer_version (void)
{
  g_autofree char *path = make_project ("newer.sirkel");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GError) error = NULL;

  sirkel_test_raw_exec (path, "PRAGMA user_version = 99");

  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer.sirkel"));
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);

  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_store_get_read_only (store));
  g_assert_cmpint (sirkel_store_get_file_version (store), ==, 99);
  g_assert_false (sirkel_store_begin (store, "edit", &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY);
}

static void
test_migrate (void)
{
  g_autofree char *path = make_project ("migrate.sirkel");
  g_autoptr(GError) error = NULL;
  const SirkelMigration *current;
  guint n_current;
  SirkelMigration good[SIRKEL_SCHEMA_VERSION + 1], bad[SIRKEL_SCHEMA_VERSION + 1];
  const int next = SIRKEL_SCHEMA_VERSION + 1;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  current = sirkel_schema_get_migrations (&n_current);
  g_assert_cmpuint (n_current, ==, SIRKEL_SCHEMA_VERSION);
  for (guint i = 0; i < n_current; i++)
    good[i] = bad[i] = current[i];
  good[n_current] = (SirkelMigration) { next, NULL, "ALTER TABLE project ADD COLUMN motto TEXT NOT NULL DEFAULT '';"
                                                    "CREATE TABLE note (id BLOB PRIMARY KEY NOT NULL, body TEXT);" };
  bad[n_current] = (SirkelMigration) { next, NULL, "ALTER TABLE project ADD COLUMN motto TEXT;"
                                                   "CREATE TABLE project (x);" };

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);

  /* A failing step leaves the file exactly at the current version, with its data. */
  g_assert_false (sirkel_schema_migrate (db, bad, n_current + 1, next, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (sirkel_schema_check_allow_list (db, current, n_current, SIRKEL_SCHEMA_VERSION, &error));
  g_assert_no_error (error);

  g_assert_true (sirkel_schema_migrate (db, good, n_current + 1, next, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_schema_check_allow_list (db, good, n_current + 1, next, &error));
  g_assert_no_error (error);
  /* The current allow-list no longer matches: a changed file is refused as that version. */
  g_assert_false (sirkel_schema_check_allow_list (db, current, n_current, SIRKEL_SCHEMA_VERSION, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_SCHEMA);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT title, motto, (SELECT user_version FROM pragma_user_version) "
                                           "FROM project", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Testby");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "");
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, next);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* This Sirkel does not know that version: the file is newer and opens read-only. */
  {
    g_autoptr(SirkelStore) store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpint (sirkel_store_get_file_version (store), ==, next);
  }
}

/* A version-1 file (as the first release wrote it) is upgraded: in the working copy when
 * opened for writing, in memory when only read; its flags become keys beside the symbols. */
static void
test_migrate_v1 (void)
{
  g_autofree char *path = sirkel_test_tmp_file ("version1.sirkel");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const SirkelMigration *list;
  guint n_list;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize len = 0;

  list = sirkel_schema_get_migrations (&n_list);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (sirkel_schema_migrate (db, list, n_list, 1, &error));
  g_assert_no_error (error);
  sqlite3_close (db);
  sirkel_test_raw_exec (path,
    "INSERT INTO doc_meta VALUES (1, zeroblob (16), zeroblob (16), NULL, '2025-01-01T00:00:00Z', 'Sirkel 0.1.0');"
    "INSERT INTO indicator (id, created_at, created_by, modified_at, modified_by, key) "
    "  VALUES (x'00000000000000000000000000000001', 't', 't', 't', 't', 'ind');"
    "INSERT INTO data_import (id, created_at, created_by, modified_at, modified_by, file_name, sha256, "
    "  format, encoding, imported_at) VALUES (x'00000000000000000000000000000002', 't', 't', 't', 't', "
    "  'f.csv', 'x', 'fhi-csv', 'UTF-8', 't');"
    "INSERT INTO obs_series (key, import_id, indicator_id, geo, geo_raw) VALUES "
    "  (1, x'00000000000000000000000000000002', x'00000000000000000000000000000001', '0301', '301');"
    "INSERT INTO observation (series, period_from, period_to, value, flag) VALUES "
    "  (1, 2020, 2020, 1.5, ''), (1, 2021, 2021, NULL, ':'), (1, 2022, 2022, NULL, '..');");
  g_assert_true (g_file_get_contents (path, &before, &len, NULL));

  /* Reading: the file stays at version 1, byte for byte. */
  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sirkel_store_get_file_version (store), ==, SIRKEL_SCHEMA_VERSION);
  g_assert_true (sirkel_store_prepare (store, "SELECT group_concat (flag || '/' || flag_raw, ' ') "
                                              "FROM (SELECT * FROM observation ORDER BY period_from)",
                                       &stmt, &error));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "/ suppressed/: missing/..");
  sqlite3_finalize (stmt);
  g_clear_object (&store);
  g_assert_true (g_file_get_contents (path, &after, &len, NULL));
  g_assert_cmpmem (before, len, after, len);

  /* Writing: migrated in place, in one transaction. */
  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sirkel_store_get_file_version (store), ==, SIRKEL_SCHEMA_VERSION);
  g_clear_object (&store);
  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
}

static char *
goal_title (SirkelStore    *store,
            const SirkelId *id)
{
  g_autoptr(GVariant) value = sirkel_store_get_value (store, "goal", id, "title", NULL);

  return value != NULL ? g_variant_dup_string (value, NULL) : NULL;
}

static void
test_history_undo_redo (void)
{
  g_autofree char *path = make_project ("history.sirkel");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  SirkelId goal = { { 0 } };
  gint64 actions_before;

  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  sirkel_store_set_author (store, "Kari Nordmann");
  g_assert_false (sirkel_store_can_undo (store));

  g_assert_true (sirkel_store_begin (store, "Add goal", &error));
  g_assert_true (sirkel_store_insert (store, "goal", &goal, &error,
                                      "title", sirkel_value_text ("Færre barn i lavinntekt"), NULL));
  g_assert_true (sirkel_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_true (sirkel_store_set (store, "goal", &goal, "title",
                                   g_variant_new_string ("Flere barn i fritidsaktivitet"), &error));
  g_assert_no_error (error);
  /* Setting the same value again records nothing. */
  actions_before = sirkel_store_get_last_action (store);
  g_assert_true (sirkel_store_set (store, "goal", &goal, "title",
                                   g_variant_new_string ("Flere barn i fritidsaktivitet"), &error));
  g_assert_cmpint (sirkel_store_get_last_action (store), ==, actions_before);
  g_assert_true (sirkel_store_delete (store, "goal", &goal, &error));
  g_assert_no_error (error);
  g_assert_null (goal_title (store, &goal));
  g_assert_cmpint (sirkel_store_count_rows (store, "goal", FALSE, NULL), ==, 1);  /* tombstone */

  /* Undo the delete, then the rename. */
  g_assert_true (sirkel_store_undo (store, &error));
  title = goal_title (store, &goal);
  g_assert_cmpstr (title, ==, "Flere barn i fritidsaktivitet");
  g_clear_pointer (&title, g_free);
  label = sirkel_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Edit goal");
  g_assert_true (sirkel_store_undo (store, &error));
  title = goal_title (store, &goal);
  g_assert_cmpstr (title, ==, "Færre barn i lavinntekt");
  g_clear_pointer (&title, g_free);
  g_assert_true (sirkel_store_undo (store, &error));
  g_assert_null (goal_title (store, &goal));
  g_assert_false (sirkel_store_can_undo (store));
  g_assert_false (sirkel_store_undo (store, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  /* Redo brings the row and then the rename back. */
  g_assert_true (sirkel_store_redo (store, &error));
  g_assert_true (sirkel_store_redo (store, &error));
  title = goal_title (store, &goal);
  g_assert_cmpstr (title, ==, "Flere barn i fritidsaktivitet");
  g_clear_pointer (&title, g_free);
  g_assert_true (sirkel_store_can_redo (store));

  /* A new action clears the redo stack. */
  g_assert_true (sirkel_store_set (store, "goal", &goal, "sort", sirkel_value_int (3), &error));
  g_assert_false (sirkel_store_can_redo (store));

  /* The history is append-only and tells who changed what. */
  history = sirkel_history_list (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 10);  /* with the project's creation */
  {
    SirkelHistoryEntry *newest = g_ptr_array_index (history, 0);
    SirkelHistoryEntry *undo = g_ptr_array_index (history, 5);
    SirkelHistoryChange *change = g_ptr_array_index (newest->changes, 0);

    g_assert_cmpstr (newest->author, ==, "Kari Nordmann");
    g_assert_cmpstr (change->field, ==, "sort");
    g_assert_cmpstr (change->old_text, ==, "0");
    g_assert_cmpstr (change->new_text, ==, "3");
    g_assert_cmpstr (undo->kind, ==, "undo");
  }

  /* The stacks are derived from the history: reopened, this session's actions are history,
   * not undoable. */
  sirkel_store_close (store);
  g_clear_object (&store);
  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (sirkel_store_can_undo (store));
  g_assert_true (sirkel_store_set_undo_floor (store, 1, &error));
  g_assert_true (sirkel_store_can_undo (store));
  label = (g_free (label), sirkel_store_dup_undo_label (store));
  g_assert_cmpstr (label, ==, "Edit goal");
}

static void
test_invalid_edits (void)
{
  g_autofree char *path = make_project ("invalid.sirkel");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SirkelId a = { { 0 } }, b = { { 0 } };

  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  g_assert_false (sirkel_store_insert (store, "goal", &a, &error, "no_such_field", sirkel_value_int (1), NULL));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sirkel_store_insert (store, "observation", &a, &error, "value", sirkel_value_int (1), NULL));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* One action, two rows, the second breaks a CHECK: neither row remains. */
  g_assert_true (sirkel_store_begin (store, "Two assessments", &error));
  g_assert_true (sirkel_store_insert (store, "assessment", &a, &error, "category", sirkel_value_text ("a"), NULL));
  g_assert_false (sirkel_store_insert (store, "assessment", &b, &error, "category", sirkel_value_text ("z"), NULL));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  sirkel_store_rollback (store);
  g_assert_cmpint (sirkel_store_count_rows (store, "assessment", FALSE, NULL), ==, 0);
  g_assert_false (sirkel_store_in_action (store));

  /* The bookkeeping columns are the store's. */
  g_assert_true (sirkel_store_insert (store, "assessment", &a, &error, "category", sirkel_value_text ("a"), NULL));
  g_assert_false (sirkel_store_set (store, "assessment", &a, "modified_by", g_variant_new_string ("x"), &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sirkel_store_set (store, "assessment", &b, "body", g_variant_new_string ("x"), &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND);
}

/* RELIABILITY.md §3.3: single-byte flips anywhere in a valid file. Each must be refused with a
 * message naming the file, or open with every check passed; nothing may crash or hang. */
static void
test_byte_flips (void)
{
  g_autofree char *good = make_project ("flip-source.sirkel");
  g_autofree char *path = sirkel_test_tmp_file ("flipped-byte.sirkel");
  g_autofree char *data = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  guint refused = 0, opened = 0;
  gsize len = 0;

  {
    /* Give the file some content on several pages. */
    g_autoptr(SirkelStore) store = sirkel_store_open (good, SIRKEL_STORE_OPEN_DEFAULT, NULL);

    g_assert_nonnull (store);
    g_assert_true (sirkel_store_begin (store, "Fill", NULL));
    for (int i = 0; i < 60; i++)
      {
        g_autofree char *title = g_strdup_printf ("Mål nummer %d med æøå", i);
        SirkelId id = { { 0 } };

        g_assert_true (sirkel_store_insert (store, "goal", &id, NULL, "title", sirkel_value_text (title), NULL));
      }
    g_assert_true (sirkel_store_commit (store, NULL));
  }
  g_assert_true (g_file_get_contents (good, &data, &len, NULL));

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *copy = g_memdup2 (data, len);
      g_autoptr(SirkelStore) store = NULL;
      g_autoptr(GError) error = NULL;
      gsize at = g_rand_int_range (rand, 0, (gint32) len);

      copy[at] ^= (char) g_rand_int_range (rand, 1, 256);
      g_assert_true (g_file_set_contents (path, copy, len, NULL));
      store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);
      if (store == NULL)
        {
          g_assert_true (error->domain == SIRKEL_STORE_ERROR);
          g_assert_nonnull (strstr (error->message, "flipped-byte.sirkel"));
          refused++;
        }
      else
        {
          g_autofree char *digest = sirkel_store_content_digest (store, NULL);

          opened++;
        }
    }
  g_test_message ("%u flipped files refused, %u opened intact", refused, opened);
  g_assert_cmpuint (refused + opened, ==, 400);
  g_assert_cmpuint (refused, >, 0);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/create-open", test_create_open);
  g_test_add_func ("/store/refuse-foreign", test_refuse_foreign);
  g_test_add_func ("/store/refuse-altered-schema", test_refuse_altered_schema);
  g_test_add_func ("/store/refuse-torn", test_refuse_torn);
  g_test_add_func ("/store/newer-version", test_newer_version);
  g_test_add_func ("/store/migrate", test_migrate);
  g_test_add_func ("/store/migrate-v1", test_migrate_v1);
  g_test_add_func ("/store/history-undo-redo", test_history_undo_redo);
  g_test_add_func ("/store/invalid-edits", test_invalid_edits);
  g_test_add_func ("/store/byte-flips", test_byte_flips);

  result = g_test_run ();
  sirkel_test_cleanup ();
  return result;
}
