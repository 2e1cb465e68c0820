/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the core tests; see sirkel-test-util.h. The temporary folder is made on first use
 * (or taken from SIRKEL_TEST_TMP, so that trapped subprocesses share their parent's) and
 * removed by sirkel_test_cleanup () in the parent.
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sirkel-lock.h"
#include "sirkel-store-private.h"
#include "sirkel-test-util.h"

static char *tmp_dir;

const char *
sirkel_test_tmp_dir (void)
{
  if (tmp_dir == NULL)
    {
      tmp_dir = g_strdup (g_getenv ("SIRKEL_TEST_TMP"));
      if (tmp_dir == NULL)
        {
          tmp_dir = g_dir_make_tmp ("sirkel-test-XXXXXX", NULL);
          g_assert_nonnull (tmp_dir);
          g_setenv ("SIRKEL_TEST_TMP", tmp_dir, TRUE);
        }
    }
  return tmp_dir;
}

/* A fresh path in the temporary folder: the file and its lock are removed if they exist. */
char *
sirkel_test_tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (sirkel_test_tmp_dir (), name, NULL);
  g_autofree char *lock = sirkel_lock_path_for (path);

  g_unlink (path);
  g_unlink (lock);
  return g_steal_pointer (&path);
}

void
sirkel_test_raw_exec (const char *path,
                      const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

void
sirkel_test_cleanup (void)
{
  g_autofree char *cmd = NULL;

  if (tmp_dir == NULL || g_test_subprocess ())
    return;
  cmd = g_strdup_printf ("rm -rf '%s'", tmp_dir);
  if (system (cmd) != 0)
    g_printerr ("could not remove %s\n", tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

SirkelStore *
sirkel_test_new_project (const char *name)
{
  g_autofree char *path = sirkel_test_tmp_file (name);
  g_autoptr(GError) error = NULL;
  SirkelStore *store;
  SirkelId id = { { 0 } };

  store = sirkel_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_store_insert (store, "project", &id, &error,
                                      "kommune", sirkel_value_text ("1804"),
                                      "fylke", sirkel_value_text ("18"),
                                      "period_from", sirkel_value_int (2024),
                                      "period_to", sirkel_value_int (2027), NULL));
  g_assert_no_error (error);
  return store;
}

static sqlite3_stmt *
one_row (SirkelStore *store,
         const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gboolean has_row = FALSE;

  g_assert_true (sirkel_store_prepare (store, sql, &stmt, NULL));
  g_assert_true (sirkel_store_step_row (store, stmt, &has_row, NULL));
  g_assert_true (has_row);
  return stmt;
}

gint64
sirkel_test_sql_int (SirkelStore *store,
                     const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = one_row (store, sql);

  return sqlite3_column_int64 (stmt, 0);
}

char *
sirkel_test_sql_text (SirkelStore *store,
                      const char  *sql)
{
  g_autoptr(sqlite3_stmt) stmt = one_row (store, sql);

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}
