/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document life cycle on real files: working copy and publish, the lock between processes,
 * the changed-since-opened check, recovery after a kill, backups, WAL-mode files, newer
 * versions, and the list models the window binds to.
 */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sirkel-document.h"
#include "sirkel-publish.h"
#include "sirkel-store-private.h"
#include "sirkel-test-util.h"

static const char *drive;



/* A saved project at @name, closed again. */
static char *
saved_project (const char *name,
               const char *title)
{
  g_autofree char *path = sirkel_test_tmp_file (name);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = sirkel_document_new ("4601", "Bergen", 2024, 2027, title, "Test", &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_save_as (document, path, &error));
  g_assert_no_error (error);
  sirkel_document_close (document, FALSE);
  return g_steal_pointer (&path);
}

static SirkelId
add_goal (SirkelDocument *document,
          const char     *title)
{
  g_autoptr(GError) error = NULL;
  SirkelId id = { { 0 } };

  g_assert_true (sirkel_store_insert (sirkel_document_get_store (document), "goal", &id, &error,
                                      "title", g_variant_new_string (title), NULL));
  g_assert_no_error (error);
  return id;
}

static gint64
count_goals (const char *path)
{
  g_autoptr(SirkelStore) store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, NULL);

  g_assert_nonnull (store);
  return sirkel_store_count_rows (store, "goal", TRUE, NULL);
}

static void
test_new_save_reopen (void)
{
  g_autofree char *path = sirkel_test_tmp_file ("new.sirkel");
  g_autofree char *lock = sirkel_lock_path_for (path);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *work = NULL;

  g_assert_null (sirkel_document_new ("301", "Oslo", 2024, 2027, NULL, NULL, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  document = sirkel_document_new ("0301", "Oslo", 2024, 2027, "Folkehelse i Oslo", "Kari", &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_get_dirty (document));
  g_assert_null (sirkel_document_get_path (document));
  g_assert_false (sirkel_document_save (document, FALSE, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  sirkel_document_save_as (document, path, &error);
  g_assert_no_error (error);
  g_assert_false (sirkel_document_get_dirty (document));
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  work = g_strdup (sirkel_document_get_work_path (document));
  g_assert_true (g_file_test (work, G_FILE_TEST_EXISTS));

  add_goal (document, "Et mål");
  g_assert_true (sirkel_document_get_dirty (document));
  g_assert_cmpint (count_goals (path), ==, 0);   /* only the working copy has it */
  g_assert_true (sirkel_document_save (document, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_goals (path), ==, 1);

  sirkel_document_close (document, FALSE);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (work, G_FILE_TEST_EXISTS));
  g_clear_object (&document);

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  title = sirkel_document_dup_title (document);
  g_assert_cmpstr (title, ==, "Folkehelse i Oslo");
  g_assert_cmpuint (g_list_model_get_n_items (sirkel_document_get_list (document, "goal")), ==, 1);
  sirkel_document_close (document, FALSE);
}

static void
write_lock (const char *path,
            const char *host,
            gint64      pid)
{
  g_autofree char *lock = sirkel_lock_path_for (path);
  g_autofree char *data = g_strdup_printf ("[Sirkel Lock]\nDisplayName=Ola Nordmann\nUser=ola\n"
                                           "Host=%s\nPid=%" G_GINT64_FORMAT "\n"
                                           "Since=2026-11-20T08:15:00Z\nVersion=0.1.0\nInstance=x\n",
                                           host, pid);

  g_assert_true (g_file_set_contents (lock, data, -1, NULL));
}

static void
test_lock_foreign_host (void)
{
  g_autofree char *path = saved_project ("foreign.sirkel", "Delt plan");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  write_lock (path, "kontor-pc-17", 4242);
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_null (document);
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));
  g_assert_nonnull (strstr (error->message, "kontor-pc-17"));
  g_assert_nonnull (strstr (error->message, "foreign.sirkel"));
  g_clear_error (&error);

  /* Read-only: no lock of ours, no edits. */
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_READ_ONLY, "Kari", &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_get_read_only (document));
  g_assert_false (sirkel_document_undo (document, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  sirkel_document_close (document, FALSE);
  g_clear_object (&document);

  /* A copy: editable, no path until Save As. */
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_AS_COPY, "Kari", &error);
  g_assert_no_error (error);
  g_assert_null (sirkel_document_get_path (document));
  g_assert_false (sirkel_document_get_read_only (document));
  sirkel_document_close (document, TRUE);
  g_clear_object (&document);

  /* The foreign lock is still there: it is never removed silently. */
  {
    g_autoptr(SirkelLockInfo) info = sirkel_lock_read (path, NULL);

    g_assert_nonnull (info);
    g_assert_cmpstr (info->host, ==, "kontor-pc-17");
  }

  /* Taking over is explicit. */
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_BREAK_LOCK, "Kari", &error);
  g_assert_no_error (error);
  sirkel_document_close (document, FALSE);
}

static void
test_lock_stale (void)
{
  g_autofree char *path = saved_project ("stale.sirkel", "Plan");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/bin/true", NULL };
  GPid pid;
  int status;

  /* A pid that surely is gone: a child that has exited and been reaped. */
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL));
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  write_lock (path, g_get_host_name (), pid);

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  sirkel_document_close (document, FALSE);
}

static int
run_drive (const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status = 0;

  g_ptr_array_add (argv, (gpointer) drive);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_lock_two_processes (void)
{
  g_autofree char *path = saved_project ("two.sirkel", "Plan");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "lock", path, "0", NULL };

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_drive (args), ==, 3);     /* another process sees it in use */
  sirkel_document_close (document, FALSE);
  g_assert_cmpint (run_drive (args), ==, 0);     /* and gets it once it is closed */
}

static void
test_lock_race (void)
{
  g_autofree char *path = saved_project ("race.sirkel", "Plan");
  g_autofree char *lock = sirkel_lock_path_for (path);
  const guint rounds = 25, contenders = 6;

  for (guint round = 0; round < rounds; round++)
    {
      g_autofree char *deadline = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time () + 150000);
      const char *argv[] = { drive, "lock", path, deadline, NULL };
      GPid pids[6];
      guint winners = 0;

      g_unlink (lock);
      for (guint i = 0; i < contenders; i++)
        g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                      NULL, &pids[i], NULL));
      for (guint i = 0; i < contenders; i++)
        {
          int status = 0;

          g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
          g_assert_true (WIFEXITED (status));
          g_assert_true (WEXITSTATUS (status) == 0 || WEXITSTATUS (status) == 3);
          winners += WEXITSTATUS (status) == 0;
          g_spawn_close_pid (pids[i]);
        }
      g_assert_cmpuint (winners, ==, 1);
    }
  g_unlink (lock);
}

/* Publishes a copy of @path with one more goal over @path, as another person would. */
static void
publish_elsewhere (const char *path,
                   const char *goal_title)
{
  g_autoptr(SirkelDocument) other = NULL;
  g_autoptr(GError) error = NULL;

  other = sirkel_document_open (path, SIRKEL_DOCUMENT_AS_COPY, "Ola", &error);
  g_assert_no_error (error);
  add_goal (other, goal_title);
  g_assert_true (sirkel_publish (sirkel_document_get_store (other), path, NULL,
                                 SIRKEL_PUBLISH_OVERWRITE, NULL, &error));
  g_assert_no_error (error);
  sirkel_document_close (other, TRUE);
}

static void
test_changed_since_opened (void)
{
  g_autofree char *path = saved_project ("changed.sirkel", "Plan");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;
  struct timespec times[2];

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  add_goal (document, "Kari sitt mål");
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  /* Someone publishes a same-size change and puts the old mtime back (touch -r): only the
   * revision id and the hash can tell. */
  publish_elsewhere (path, "Ola sitt mål");
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);

  g_assert_false (sirkel_document_check_changed (document, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CHANGED);
  g_clear_error (&error);
  g_assert_false (sirkel_document_save (document, FALSE, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "changed.sirkel"));
  g_clear_error (&error);
  g_assert_cmpint (count_goals (path), ==, 1);   /* Ola's version is untouched */

  /* With consent, ours replaces theirs. */
  g_assert_true (sirkel_document_save (document, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_goals (path), ==, 1);

  /* A deleted target is a change too. */
  add_goal (document, "Enda et mål");
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_false (sirkel_document_save (document, FALSE, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CHANGED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (sirkel_document_save (document, TRUE, &error));
  g_assert_cmpint (count_goals (path), ==, 2);
  sirkel_document_close (document, FALSE);
}

static void
test_recovery_child (void)
{
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = sirkel_document_open (g_getenv ("SIRKEL_TEST_FILE"), SIRKEL_DOCUMENT_OPEN_DEFAULT,
                                   "Kari", &error);
  g_assert_no_error (error);
  add_goal (document, "Ulagret mål");
  raise (SIGKILL);
}

static void
test_recovery_after_kill (void)
{
  g_autofree char *path = saved_project ("recover.sirkel", "Plan");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GPtrArray) recoveries = NULL;
  g_autoptr(GError) error = NULL;
  SirkelRecovery *recovery;

  g_setenv ("SIRKEL_TEST_FILE", path, TRUE);
  g_test_trap_subprocess ("/document/recovery-after-kill/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  recoveries = sirkel_recovery_list ();
  g_assert_cmpuint (recoveries->len, ==, 1);
  recovery = g_ptr_array_index (recoveries, 0);
  g_assert_cmpstr (recovery->original_path, ==, path);
  g_assert_cmpstr (recovery->modified_by, ==, "Kari");

  /* Opening the file asks first; the stale lock of the killed process is no obstacle. */
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_null (document);
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_RECOVERY);
  g_clear_error (&error);

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_RECOVER, "Kari", &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_get_recovered (document));
  g_assert_true (sirkel_document_get_dirty (document));
  g_assert_cmpuint (g_list_model_get_n_items (sirkel_document_get_list (document, "goal")), ==, 1);
  g_assert_true (sirkel_store_can_undo (sirkel_document_get_store (document)));
  g_assert_true (sirkel_document_save (document, FALSE, &error));
  g_assert_no_error (error);
  sirkel_document_close (document, FALSE);
  g_assert_cmpint (count_goals (path), ==, 1);

  g_clear_pointer (&recoveries, g_ptr_array_unref);
  recoveries = sirkel_recovery_list ();
  g_assert_cmpuint (recoveries->len, ==, 0);
}

static void
test_backups_and_leftovers (void)
{
  g_autofree char *path = saved_project ("backup.sirkel", "Plan");
  g_autofree char *leftover = g_build_filename (sirkel_test_tmp_dir (), ".backup.sirkel.saving-AbC123", NULL);
  g_autofree char *backups = sirkel_publish_backup_dir (path);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n = 0;

  g_assert_true (g_file_set_contents (leftover, "half a file", -1, NULL));
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));

  for (int i = 0; i < 7; i++)
    {
      g_autofree char *title = g_strdup_printf ("Mål %d", i);

      add_goal (document, title);
      g_assert_true (sirkel_document_save (document, FALSE, &error));
      g_assert_no_error (error);
      g_usleep (1100000 * (i == 5));   /* backup names have one-second resolution */
    }
  sirkel_document_close (document, FALSE);

  dir = g_dir_open (backups, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (n, <=, 5);
}

static void
test_wal_file (void)
{
  g_autofree char *path = saved_project ("wal.sirkel", "Plan");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  /* A file someone switched to WAL and sent without its -wal. */
  sirkel_test_raw_exec (path, "PRAGMA journal_mode = WAL");
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpint (data[18], ==, 2);
  g_clear_pointer (&data, g_free);

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  add_goal (document, "Mål");
  g_assert_true (sirkel_document_save (document, FALSE, &error));
  g_assert_no_error (error);
  sirkel_document_close (document, FALSE);

  /* What is published is never WAL. */
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpint (data[18], ==, 1);
  g_assert_cmpint (data[19], ==, 1);
}

static void
test_newer_version (void)
{
  g_autofree char *path = saved_project ("newer.sirkel", "Fra framtiden");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  sirkel_test_raw_exec (path, "PRAGMA user_version = 7");
  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_get_read_only (document));
  g_assert_nonnull (strstr (sirkel_document_get_read_only_reason (document), "newer version"));
  title = sirkel_document_dup_title (document);
  g_assert_cmpstr (title, ==, "Fra framtiden");
  g_assert_false (sirkel_document_save (document, FALSE, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY);
  sirkel_document_close (document, FALSE);
}

static void
count_cb (GListModel *list,
          guint       position,
          guint       removed,
          guint       added,
          guint      *calls)
{
  (*calls)++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *calls)
{
  (*calls)++;
}

static void
test_list_models (void)
{
  g_autofree char *path = saved_project ("lists.sirkel", "Plan");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SirkelEntity) goal = NULL;
  g_autofree char *title = NULL;
  GListModel *goals;
  guint changes = 0, notifies = 0, dirty_notifies = 0;
  SirkelId id;

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  goals = sirkel_document_get_list (document, "goal");
  g_assert_true (g_list_model_get_item_type (goals) == sirkel_entity_type_for_table ("goal"));
  g_signal_connect (goals, "items-changed", G_CALLBACK (count_cb), &changes);
  g_signal_connect (document, "notify::dirty", G_CALLBACK (notify_cb), &dirty_notifies);

  id = add_goal (document, "Trygg oppvekst");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  g_assert_cmpuint (dirty_notifies, >=, 1);
  goal = g_list_model_get_item (goals, 0);
  g_assert_true (sirkel_id_equal (sirkel_entity_get_id (goal), &id));
  g_object_get (goal, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Trygg oppvekst");
  g_clear_pointer (&title, g_free);
  g_assert_true (sirkel_entity_is_null (goal, "baseline"));

  /* A field change updates the same object and notifies only that property. */
  g_signal_connect (goal, "notify::title", G_CALLBACK (notify_cb), &notifies);
  g_assert_true (sirkel_document_set (document, goal, "title", g_variant_new_string ("God oppvekst"), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (sirkel_entity_get_text (goal, "title"), ==, "God oppvekst");
  g_assert_true (sirkel_document_set (document, goal, "baseline", g_variant_new_double (12.5), &error));
  g_assert_cmpfloat (sirkel_entity_get_double (goal, "baseline"), ==, 12.5);
  g_assert_cmpuint (notifies, ==, 1);

  /* Undo through the document restores the title on the same object. */
  g_assert_true (sirkel_document_undo (document, &error));
  g_assert_true (sirkel_document_undo (document, &error));
  g_assert_cmpstr (sirkel_entity_get_text (goal, "title"), ==, "Trygg oppvekst");
  g_assert_cmpuint (notifies, ==, 2);

  /* A delete removes it from the list. */
  g_assert_true (sirkel_store_delete (sirkel_document_get_store (document), "goal", &id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 0);
  g_assert_true (sirkel_document_undo (document, &error));
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  sirkel_document_close (document, TRUE);
}

static void
test_dirty_follows_undo (void)
{
  g_autofree char *path = saved_project ("dirty.sirkel", "Plan");
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  g_assert_false (sirkel_document_get_dirty (document));
  add_goal (document, "Mål");
  g_assert_true (sirkel_document_get_dirty (document));
  /* Undoing back to the saved state is not a change. */
  g_assert_true (sirkel_document_undo (document, &error));
  g_assert_false (sirkel_document_get_dirty (document));
  g_assert_true (sirkel_document_redo (document, &error));
  g_assert_true (sirkel_document_get_dirty (document));
  g_assert_true (sirkel_document_save (document, FALSE, &error));
  g_assert_false (sirkel_document_get_dirty (document));
  g_assert_true (sirkel_document_undo (document, &error));
  g_assert_true (sirkel_document_get_dirty (document));
  /* Redo returns to the saved state. */
  g_assert_true (sirkel_document_redo (document, &error));
  g_assert_false (sirkel_document_get_dirty (document));
  sirkel_document_close (document, FALSE);
}

static void
test_open_twice_in_process (void)
{
  g_autofree char *path = saved_project ("twice.sirkel", "Plan");
  g_autoptr(SirkelDocument) first = NULL;
  g_autoptr(SirkelDocument) second = NULL;
  g_autoptr(GError) error = NULL;

  first = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_no_error (error);
  add_goal (first, "Ulagret");
  second = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "Kari", &error);
  g_assert_null (second);
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  /* The first document's working copy is untouched. */
  g_assert_true (g_file_test (sirkel_document_get_work_path (first), G_FILE_TEST_EXISTS));
  g_assert_true (sirkel_document_save (first, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_goals (path), ==, 1);
  sirkel_document_close (first, FALSE);
}

static void
test_recovery_discard (void)
{
  g_autofree char *path = saved_project ("discard.sirkel", "Plan");
  g_autoptr(GPtrArray) recoveries = NULL;
  g_autoptr(SirkelDocument) reader = NULL;
  g_autoptr(GError) error = NULL;
  SirkelRecovery *recovery;

  g_setenv ("SIRKEL_TEST_FILE", path, TRUE);
  g_test_trap_subprocess ("/document/recovery-after-kill/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  /* A read-only view left behind by a crash is cleaned up, not offered. */
  reader = sirkel_document_open (path, SIRKEL_DOCUMENT_READ_ONLY, "Kari", &error);
  g_assert_no_error (error);

  recoveries = sirkel_recovery_list ();
  g_assert_cmpuint (recoveries->len, ==, 1);
  recovery = g_ptr_array_index (recoveries, 0);
  g_assert_true (sirkel_recovery_discard (recovery->work_path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (recovery->work_path, G_FILE_TEST_EXISTS));
  g_assert_false (sirkel_recovery_discard (recovery->work_path, &error));
  g_assert_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  sirkel_document_close (reader, FALSE);
  g_clear_pointer (&recoveries, g_ptr_array_unref);
  recoveries = sirkel_recovery_list ();
  g_assert_cmpuint (recoveries->len, ==, 0);
  g_assert_cmpint (count_goals (path), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *xdg = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);
  /* One data folder for this run, shared by the trapped subprocesses (the environment is
   * inherited), so recovery finds what the killed child left behind. */
  xdg = g_build_filename (sirkel_test_tmp_dir (), "xdg-data", NULL);
  g_setenv ("XDG_DATA_HOME", xdg, TRUE);
  drive = g_getenv ("SIRKEL_DRIVE");
  g_assert_nonnull (drive);

  g_test_add_func ("/document/new-save-reopen", test_new_save_reopen);
  g_test_add_func ("/document/lock-foreign-host", test_lock_foreign_host);
  g_test_add_func ("/document/lock-stale", test_lock_stale);
  g_test_add_func ("/document/lock-two-processes", test_lock_two_processes);
  g_test_add_func ("/document/lock-race", test_lock_race);
  g_test_add_func ("/document/changed-since-opened", test_changed_since_opened);
  g_test_add_func ("/document/recovery-after-kill", test_recovery_after_kill);
  g_test_add_func ("/document/recovery-after-kill/subprocess", test_recovery_child);
  g_test_add_func ("/document/recovery-discard", test_recovery_discard);
  g_test_add_func ("/document/dirty-follows-undo", test_dirty_follows_undo);
  g_test_add_func ("/document/open-twice-in-process", test_open_twice_in_process);
  g_test_add_func ("/document/backups-and-leftovers", test_backups_and_leftovers);
  g_test_add_func ("/document/wal-file", test_wal_file);
  g_test_add_func ("/document/newer-version", test_newer_version);
  g_test_add_func ("/document/list-models", test_list_models);

  result = g_test_run ();
  sirkel_test_cleanup ();
  return result;
}
