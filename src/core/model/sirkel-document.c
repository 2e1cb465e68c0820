/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocument: shared file, lock, working copy, fingerprint and list models. See
 * sirkel-document.h for the life cycle.
 *
 * Invariants: store is never NULL after construction. lock is ours and non-NULL exactly when
 * the document is writable and has a shared path. published_action is the last action that
 * the shared file contains (recovery looks for actions after it); published_mark is the store's
 * state mark at that point, and dirty means the current mark differs (so undoing back to the
 * saved state is not dirty). Each working copy has a key file beside
 * it (NAME.info) that names the shared file, the base fingerprint, the published action and
 * the process that has it open, so that recovery after a crash knows what it is looking at.
 */
#define G_LOG_DOMAIN "sirkel-document"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sirkel-document.h"
#include "sirkel-geo-history.h"
#include "sirkel-publish.h"
#include "sirkel-schema.h"
#include "sirkel-store-private.h"

#define INFO_GROUP "Working Copy"

struct _SirkelDocument
{
  GObject            parent_instance;

  char              *path;              /* the shared file; NULL for an untitled project */
  char              *work_path;
  SirkelStore       *store;
  SirkelLockInfo    *lock;
  SirkelFingerprint  base;
  gint64             published_action;
  gint64             published_mark;
  char              *read_only_reason;  /* NULL when writable */
  char              *author;
  GHashTable        *lists;             /* table name → GListStore of SirkelEntity */
  guint              recovered : 1;
  guint              owns_work_copy : 1;
};

G_DEFINE_FINAL_TYPE (SirkelDocument, sirkel_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_READ_ONLY,
  PROP_READ_ONLY_REASON,
  PROP_DIRTY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_RECOVERED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void refresh_table (SirkelDocument *self, const char *table);

char *
sirkel_document_work_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "sirkel", "work", NULL);
}

static char *
work_path_for (const char *shared_path)
{
  g_autofree char *dir = sirkel_document_work_dir ();
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;

  if (shared_path == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      name = g_strconcat ("untitled-", uuid, ".sirkel", NULL);
    }
  else
    {
      hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, shared_path, -1);
      hash[24] = '\0';
      name = g_strconcat (hash, ".sirkel", NULL);
    }
  return g_build_filename (dir, name, NULL);
}

static char *
info_path_for (const char *work_path)
{
  return g_strconcat (work_path, ".info", NULL);
}

static void
remove_work_files (const char *work_path)
{
  g_autofree char *info = info_path_for (work_path);
  g_autofree char *journal = g_strconcat (work_path, "-journal", NULL);

  g_unlink (journal);
  g_unlink (work_path);
  g_unlink (info);
}

static gboolean
write_info (SirkelDocument  *self,
            GError         **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *info_path = info_path_for (self->work_path);
  g_autofree char *data = NULL;
  g_autofree char *title = sirkel_document_dup_title (self);
  gsize len = 0;

  if (self->path != NULL)
    g_key_file_set_string (key_file, INFO_GROUP, "Original", self->path);
  g_key_file_set_string (key_file, INFO_GROUP, "Title", title);
  g_key_file_set_int64 (key_file, INFO_GROUP, "PublishedAction", self->published_action);
  g_key_file_set_boolean (key_file, INFO_GROUP, "ReadOnly", self->read_only_reason != NULL);
  g_key_file_set_string (key_file, INFO_GROUP, "OwnerHost", g_get_host_name ());
  g_key_file_set_int64 (key_file, INFO_GROUP, "OwnerPid", getpid ());
  if (self->base.exists)
    {
      g_key_file_set_uint64 (key_file, INFO_GROUP, "BaseSize", self->base.size);
      g_key_file_set_int64 (key_file, INFO_GROUP, "BaseMtime", self->base.mtime_usec);
      g_key_file_set_string (key_file, INFO_GROUP, "BaseSha256", self->base.sha256 ? self->base.sha256 : "");
      if (self->base.has_revision)
        {
          g_autofree char *revision = sirkel_id_to_string (&self->base.revision);

          g_key_file_set_string (key_file, INFO_GROUP, "BaseRevision", revision);
        }
    }
  data = g_key_file_to_data (key_file, &len, NULL);
  return g_file_set_contents_full (info_path, data, len,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static GKeyFile *
read_info (const char *work_path)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *info_path = info_path_for (work_path);

  if (!g_key_file_load_from_file (key_file, info_path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_steal_pointer (&key_file);
}

static void
base_from_info (GKeyFile          *info,
                SirkelFingerprint *base)
{
  g_autofree char *revision = g_key_file_get_string (info, INFO_GROUP, "BaseRevision", NULL);

  sirkel_fingerprint_clear (base);
  if (!g_key_file_has_key (info, INFO_GROUP, "BaseSize", NULL))
    return;
  base->exists = TRUE;
  base->size = g_key_file_get_uint64 (info, INFO_GROUP, "BaseSize", NULL);
  base->mtime_usec = g_key_file_get_int64 (info, INFO_GROUP, "BaseMtime", NULL);
  base->sha256 = g_key_file_get_string (info, INFO_GROUP, "BaseSha256", NULL);
  base->has_revision = revision != NULL && sirkel_id_parse (&base->revision, revision);
}

/* TRUE if the working copy's owner process still runs on this host; this process counts, as
 * it may have the project open in another window. A closed copy has OwnerPid 0. */
static gboolean
owner_alive (GKeyFile *info)
{
  g_autofree char *host = g_key_file_get_string (info, INFO_GROUP, "OwnerHost", NULL);
  gint64 pid = g_key_file_get_int64 (info, INFO_GROUP, "OwnerPid", NULL);

  if (g_strcmp0 (host, g_get_host_name ()) != 0 || pid <= 0 || pid > G_MAXINT)
    return FALSE;
  if (pid == getpid ())
    return TRUE;
  return kill ((pid_t) pid, 0) == 0 || errno != ESRCH;
}

void
sirkel_recovery_free (SirkelRecovery *recovery)
{
  if (recovery == NULL)
    return;
  g_free (recovery->work_path);
  g_free (recovery->original_path);
  g_free (recovery->title);
  g_free (recovery->modified_at);
  g_free (recovery->modified_by);
  g_free (recovery);
}

/* Describes the unpublished work in @work_path, or returns NULL if there is none. */
static SirkelRecovery *
inspect_work_copy (const char *work_path)
{
  g_autoptr(GKeyFile) info = read_info (work_path);
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  SirkelRecovery *recovery;
  gboolean has_row = FALSE;
  gint64 published;

  if (info == NULL || owner_alive (info))
    return NULL;
  store = sirkel_store_open (work_path, SIRKEL_STORE_OPEN_READ_ONLY | SIRKEL_STORE_OPEN_QUICK, NULL);
  if (store == NULL)
    return NULL;
  published = g_key_file_get_int64 (info, INFO_GROUP, "PublishedAction", NULL);
  if (!sirkel_store_prepare (store, "SELECT at, author FROM action WHERE seq > ?1 "
                             "ORDER BY seq DESC LIMIT 1", &stmt, NULL) ||
      !sirkel_store_check (store, sqlite3_bind_int64 (stmt, 1, published), NULL) ||
      !sirkel_store_step_row (store, stmt, &has_row, NULL) || !has_row)
    return NULL;

  recovery = g_new0 (SirkelRecovery, 1);
  recovery->work_path = g_strdup (work_path);
  recovery->original_path = g_key_file_get_string (info, INFO_GROUP, "Original", NULL);
  recovery->title = g_key_file_get_string (info, INFO_GROUP, "Title", NULL);
  recovery->modified_at = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  recovery->modified_by = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return recovery;
}

/**
 * sirkel_recovery_list:
 *
 * Returns: (transfer container) (element-type SirkelRecovery): working copies with
 *   unpublished changes whose Sirkel is no longer running
 */
GPtrArray *
sirkel_recovery_list (void)
{
  g_autofree char *dir_path = sirkel_document_work_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_recovery_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GKeyFile) info = NULL;
      SirkelRecovery *recovery;

      if (!g_str_has_suffix (name, ".sirkel"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      recovery = inspect_work_copy (path);
      if (recovery != NULL)
        {
          g_ptr_array_add (list, recovery);
          continue;
        }
      /* A copy whose Sirkel is gone and that holds nothing unsaved (a read-only view, or a
       * project closed in a crash right after saving) is left-over: remove it. */
      info = read_info (path);
      if (info != NULL && !owner_alive (info))
        remove_work_files (path);
    }
  return list;
}

/**
 * sirkel_recovery_discard:
 * @work_path: a working copy from sirkel_recovery_list ()
 *
 * Throws away unsaved work from an earlier session. Refuses a copy that a running Sirkel has
 * open. Does not touch the shared file or its lock.
 */
gboolean
sirkel_recovery_discard (const char  *work_path,
                         GError     **error)
{
  g_autofree char *dir = sirkel_document_work_dir ();
  g_autofree char *parent = NULL;
  g_autoptr(GKeyFile) info = NULL;

  g_return_val_if_fail (work_path != NULL, FALSE);

  parent = g_path_get_dirname (work_path);
  info = read_info (work_path);
  if (g_strcmp0 (parent, dir) != 0 || !g_str_has_suffix (work_path, ".sirkel") || info == NULL)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                           _("The unsaved changes could not be found any more."));
      return FALSE;
    }
  if (owner_alive (info))
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED,
                           _("These changes are open in a running Sirkel; close it there first."));
      return FALSE;
    }
  remove_work_files (work_path);
  return TRUE;
}

static void
store_changed_cb (SirkelDocument     *self,
                  const char * const *entities,
                  SirkelStore        *store)
{
  for (guint i = 0; entities != NULL && entities[i] != NULL; i++)
    refresh_table (self, entities[i]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REDO_LABEL]);
  for (guint i = 0; entities != NULL && entities[i] != NULL; i++)
    if (g_str_equal (entities[i], "project"))
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

static SirkelDocument *
document_new (SirkelStore *store,
              const char  *author)
{
  SirkelDocument *self = g_object_new (SIRKEL_TYPE_DOCUMENT, NULL);

  self->store = g_object_ref (store);
  self->author = g_strdup (author);
  sirkel_store_set_author (store, author);
  self->work_path = g_strdup (sirkel_store_get_path (store));
  self->published_action = sirkel_store_get_last_action (store);
  self->published_mark = sirkel_store_get_state_mark (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

static void
set_read_only (SirkelDocument *self,
               const char     *reason)
{
  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
}

/* An interrupted transaction (-journal) or WAL content (-wal) beside the shared file is
 * resolved through SQLite before the file is read (RELIABILITY.md §2.3 step 1, G8). */
static gboolean
settle_shared_file (const char  *path,
                    GError     **error)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_filename_display_basename (path);
  sqlite3 *db = NULL;
  int rc;

  if (!g_file_test (journal, G_FILE_TEST_EXISTS) && !g_file_test (wal, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_access (dir, W_OK) != 0 || g_access (path, W_OK) != 0)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY,
                   _("“%s” was left half-saved by a program that stopped, and its folder cannot be "
                     "written, so it cannot be repaired here. Copy the folder somewhere you can "
                     "write to and open it there."), name);
      return FALSE;
    }
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      sirkel_sqlite_harden (db);
      /* Reading rolls a hot journal back; switching to DELETE checkpoints and removes a WAL. */
      rc = sqlite3_exec (db, "PRAGMA quick_check; PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      sirkel_sqlite_error (db, rc, path, error);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_close (db);
  return TRUE;
}

static gboolean
copy_to_work (SirkelStore  *shared,
              const char   *work_path,
              GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (work_path);
  sqlite3_backup *backup;
  sqlite3 *dst = NULL;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_IO,
                   _("Could not create the working folder “%s”: %s."), dir, g_strerror (errno));
      return FALSE;
    }
  remove_work_files (work_path);
  rc = sqlite3_open_v2 (work_path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dst, "main", sirkel_store_get_db (shared), "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dst);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          rc = sqlite3_backup_finish (backup) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  if (rc != SQLITE_OK)
    {
      sirkel_sqlite_error (dst, rc, work_path, error);
      sqlite3_close (dst);
      remove_work_files (work_path);
      return FALSE;
    }
  sqlite3_close (dst);
  return TRUE;
}

static char *
canonical_existing (const char  *path,
                    GError     **error)
{
  char *resolved = realpath (path, NULL);

  if (resolved == NULL)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SIRKEL_STORE_ERROR,
                   saved == ENOENT ? SIRKEL_STORE_ERROR_NOT_FOUND : SIRKEL_STORE_ERROR_IO,
                   _("Could not open “%s”: %s."), name, g_strerror (saved));
      return NULL;
    }
  return resolved;
}

/**
 * sirkel_document_open:
 * @author: (nullable): the name recorded in the history and shown in the lock
 *
 * Opens a shared project file. Fails with %SIRKEL_STORE_ERROR_LOCKED when someone else has it
 * open (the message says who), and with %SIRKEL_STORE_ERROR_RECOVERY when unpublished changes
 * from an earlier session exist. A file from a newer Sirkel opens read-only.
 *
 * Returns: (transfer full): the document
 */
SirkelDocument *
sirkel_document_open (const char           *path,
                      SirkelDocumentFlags   flags,
                      const char           *author,
                      GError              **error)
{
  g_autoptr(SirkelDocument) self = NULL;
  g_autoptr(SirkelStore) shared = NULL;
  g_autoptr(SirkelStore) work = NULL;
  g_autoptr(SirkelLockInfo) lock = NULL;
  g_auto(SirkelFingerprint) before = { 0 };
  g_auto(SirkelFingerprint) after = { 0 };
  g_autofree char *canonical = NULL;
  g_autofree char *work_path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;
  gboolean read_only = (flags & SIRKEL_DOCUMENT_READ_ONLY) != 0;
  gboolean as_copy = (flags & SIRKEL_DOCUMENT_AS_COPY) != 0;

  g_return_val_if_fail (path != NULL, NULL);

  canonical = canonical_existing (path, error);
  if (canonical == NULL)
    return NULL;
  name = g_filename_display_basename (canonical);
  work_path = as_copy || read_only ? work_path_for (NULL) : work_path_for (canonical);

  if (!as_copy && !read_only && g_file_test (work_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(SirkelRecovery) recovery = inspect_work_copy (work_path);
      g_autoptr(GKeyFile) info = read_info (work_path);

      if (recovery != NULL && (flags & SIRKEL_DOCUMENT_RECOVER))
        return sirkel_document_recover (work_path, author, error);
      if (recovery != NULL && !(flags & SIRKEL_DOCUMENT_DISCARD_RECOVERY))
        {
          g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_RECOVERY,
                       _("“%s” has changes from %s that were never saved. Recover them, or "
                         "discard them and open the saved file."), name, recovery->modified_at);
          return NULL;
        }
      if (recovery == NULL && info != NULL && owner_alive (info))
        {
          g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED,
                       _("“%s” is already open in another Sirkel window on this computer."), name);
          return NULL;
        }
      remove_work_files (work_path);
    }

  if (!read_only && !as_copy)
    {
      g_autoptr(GError) local = NULL;

      if ((flags & SIRKEL_DOCUMENT_BREAK_LOCK) && !sirkel_lock_break (canonical, error))
        return NULL;
      lock = sirkel_lock_acquire (canonical, author, NULL, &local);
      if (lock == NULL)
        {
          if (g_error_matches (local, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return NULL;
            }
          /* The folder cannot take a lock file: the file can still be read. */
          read_only = TRUE;
          reason = g_strdup (local->message);
          g_free (work_path);
          work_path = work_path_for (NULL);
        }
      else
        sirkel_publish_clean_temp_files (canonical);
    }

  for (guint attempt = 0; ; attempt++)
    {
      if ((!read_only && !settle_shared_file (canonical, error)) ||
          !sirkel_fingerprint_read (canonical, &before, error))
        goto fail;
      shared = sirkel_store_open (canonical, SIRKEL_STORE_OPEN_READ_ONLY, error);
      if (shared == NULL)
        goto fail;
      if (sirkel_store_get_file_version (shared) > SIRKEL_SCHEMA_VERSION)
        {
          /* Only a newer Sirkel may change this file: read it where it is. */
          self = document_new (shared, author);
          g_clear_pointer (&self->work_path, g_free);
          self->path = g_steal_pointer (&canonical);
          set_read_only (self, _("This file was saved by a newer version of Sirkel. It is open "
                                 "read-only; update Sirkel to edit it."));
          if (lock != NULL)
            sirkel_lock_release (self->path, lock);
          return g_steal_pointer (&self);
        }
      if (!copy_to_work (shared, work_path, error))
        goto fail;
      sirkel_store_close (shared);
      g_clear_object (&shared);
      if (!sirkel_fingerprint_read (canonical, &after, error))
        goto fail;
      if (sirkel_fingerprint_equal (&before, &after))
        break;
      /* Someone published while we copied: copy again. */
      if (attempt >= 2)
        {
          g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_BUSY,
                       _("“%s” keeps changing while it is being opened. Try again in a moment."), name);
          goto fail;
        }
    }

  work = sirkel_store_open (work_path, read_only ? SIRKEL_STORE_OPEN_READ_ONLY | SIRKEL_STORE_OPEN_QUICK
                                                 : SIRKEL_STORE_OPEN_QUICK, error);
  if (work == NULL)
    goto fail;
  self = document_new (work, author);
  self->owns_work_copy = TRUE;
  sirkel_fingerprint_copy (&self->base, &after);
  self->lock = g_steal_pointer (&lock);
  if (read_only)
    {
      set_read_only (self, reason != NULL ? reason : _("Opened read-only."));
      self->path = g_steal_pointer (&canonical);
    }
  else if (as_copy)
    sirkel_fingerprint_clear (&self->base);
  else
    self->path = g_steal_pointer (&canonical);
  if (!write_info (self, error))
    goto fail;
  return g_steal_pointer (&self);

fail:
  if (lock != NULL)
    sirkel_lock_release (canonical, lock);
  if (self != NULL)
    {
      sirkel_document_close (self, TRUE);
      return NULL;
    }
  if (work != NULL)
    sirkel_store_close (work);
  remove_work_files (work_path);
  return NULL;
}

/**
 * sirkel_document_recover:
 * @work_path: a working copy from sirkel_recovery_list ()
 *
 * Continues from a working copy with unpublished changes. Its changes since the last
 * publish can be undone.
 */
SirkelDocument *
sirkel_document_recover (const char  *work_path,
                         const char  *author,
                         GError     **error)
{
  g_autoptr(GKeyFile) info = NULL;
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(SirkelLockInfo) lock = NULL;
  g_autoptr(SirkelDocument) self = NULL;
  g_autofree char *original = NULL;
  gint64 published;

  g_return_val_if_fail (work_path != NULL, NULL);

  info = read_info (work_path);
  if (info == NULL)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                           _("The unsaved changes could not be found any more."));
      return NULL;
    }
  original = g_key_file_get_string (info, INFO_GROUP, "Original", NULL);
  published = g_key_file_get_int64 (info, INFO_GROUP, "PublishedAction", NULL);
  if (original != NULL)
    {
      lock = sirkel_lock_acquire (original, author, NULL, error);
      if (lock == NULL)
        return NULL;
    }
  store = sirkel_store_open (work_path, SIRKEL_STORE_OPEN_DEFAULT, error);
  if (store == NULL || !sirkel_store_set_undo_floor (store, published, error))
    {
      if (lock != NULL)
        sirkel_lock_release (original, lock);
      return NULL;
    }
  self = document_new (store, author);
  self->owns_work_copy = TRUE;
  self->published_action = published;
  /* The state at the last publish is the one with nothing of the recovered work applied. */
  self->published_mark = 0;
  self->path = g_steal_pointer (&original);
  self->lock = g_steal_pointer (&lock);
  self->recovered = TRUE;
  base_from_info (info, &self->base);
  if (!write_info (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * sirkel_document_new:
 *
 * Creates an untitled project in a new working copy, with its project row. It has no shared
 * path until sirkel_document_save_as ().
 */
SirkelDocument *
sirkel_document_new (const char  *kommune,
                     const char  *kommune_name,
                     int          period_from,
                     int          period_to,
                     const char  *title,
                     const char  *author,
                     GError     **error)
{
  g_autofree char *work_path = work_path_for (NULL);
  g_autofree char *dir = g_path_get_dirname (work_path);
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(SirkelDocument) self = NULL;
  g_autofree char *fylke = NULL;
  SirkelId id = { { 0 } };

  g_return_val_if_fail (kommune != NULL, NULL);

  if (strlen (kommune) != 4 || !g_ascii_isdigit (kommune[0]) || !g_ascii_isdigit (kommune[1]) ||
      !g_ascii_isdigit (kommune[2]) || !g_ascii_isdigit (kommune[3]))
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   _("The municipality number must be four digits, such as 0301; “%s” is not."), kommune);
      return NULL;
    }
  if (sirkel_geo_history_lookup (kommune) != NULL)
    {
      g_autofree char *change = sirkel_geo_describe_change (sirkel_geo_history_lookup (kommune));

      /* Translators: the second %s is e.g. "3001 Halden is 3101 today". */
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   _("The municipality number %s is no longer in use (%s); use today’s number."),
                   kommune, change);
      return NULL;
    }
  if (period_from < 1900 || period_to < period_from || period_to > period_from + 20)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   _("The period %d–%d is not valid; use the election period, such as 2024–2027."),
                   period_from, period_to);
      return NULL;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_IO,
                   _("Could not create the working folder “%s”: %s."), dir, g_strerror (errno));
      return NULL;
    }
  store = sirkel_store_create (work_path, error);
  if (store == NULL)
    return NULL;
  sirkel_store_set_author (store, author);
  fylke = g_strndup (kommune, 2);
  if (!sirkel_store_begin (store, _("Create project"), error) ||
      !sirkel_store_insert (store, "project", &id, error,
                            "title", g_variant_new_string (title != NULL ? title : ""),
                            "kommune", g_variant_new_string (kommune),
                            "kommune_name", g_variant_new_string (kommune_name != NULL ? kommune_name : ""),
                            "fylke", g_variant_new_string (fylke),
                            "period_from", g_variant_new_int64 (period_from),
                            "period_to", g_variant_new_int64 (period_to),
                            NULL) ||
      !sirkel_store_commit (store, error))
    {
      sirkel_store_rollback (store);
      sirkel_store_close (store);
      remove_work_files (work_path);
      return NULL;
    }
  self = document_new (store, author);
  self->owns_work_copy = TRUE;
  self->published_action = 0;
  if (!sirkel_store_set_undo_floor (store, sirkel_store_get_last_action (store), error) ||
      !write_info (self, error))
    {
      sirkel_document_close (self, TRUE);
      return NULL;
    }
  return g_steal_pointer (&self);
}

static gboolean
check_writable (SirkelDocument  *self,
                GError         **error)
{
  if (self->read_only_reason != NULL)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY,
                           self->read_only_reason);
      return FALSE;
    }
  return TRUE;
}

static void
published (SirkelDocument *self)
{
  self->published_action = sirkel_store_get_last_action (self->store);
  self->published_mark = sirkel_store_get_state_mark (self->store);
  self->recovered = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECOVERED]);
}

/**
 * sirkel_document_save:
 * @overwrite_changed: the user confirmed replacing a shared file that someone else changed
 *
 * Publishes the working copy to the shared path. Fails with %SIRKEL_STORE_ERROR_CHANGED if the
 * shared file changed since it was opened, unless @overwrite_changed.
 */
gboolean
sirkel_document_save (SirkelDocument  *self,
                      gboolean         overwrite_changed,
                      GError         **error)
{
  g_auto(SirkelFingerprint) now = { 0 };

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (self->path == NULL)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                           _("The project has no file yet; use Save As to choose one."));
      return FALSE;
    }
  if (!sirkel_publish (self->store, self->path, &self->base,
                       overwrite_changed ? SIRKEL_PUBLISH_OVERWRITE : SIRKEL_PUBLISH_DEFAULT, &now, error))
    return FALSE;
  sirkel_fingerprint_copy (&self->base, &now);
  published (self);
  return write_info (self, error);
}

static char *
canonical_target (const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *resolved = canonical_existing (dir, error);

  if (resolved == NULL)
    return NULL;
  return g_build_filename (resolved, base, NULL);
}

/**
 * sirkel_document_save_as:
 * @path: the new shared file; an existing file is replaced (the file chooser asked)
 *
 * Publishes to @path, which then becomes the document's shared file, with its own lock.
 */
gboolean
sirkel_document_save_as (SirkelDocument  *self,
                         const char      *path,
                         GError         **error)
{
  g_auto(SirkelFingerprint) now = { 0 };
  g_autoptr(SirkelLockInfo) lock = NULL;
  g_autofree char *target = NULL;
  g_autofree char *new_work = NULL;
  g_autofree char *old_info = NULL;
  g_autofree char *new_info = NULL;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->work_path == NULL)
    return check_writable (self, error);
  target = canonical_target (path, error);
  if (target == NULL)
    return FALSE;
  if (self->path != NULL && g_str_equal (target, self->path) && self->read_only_reason == NULL)
    return sirkel_document_save (self, FALSE, error);

  lock = sirkel_lock_acquire (target, self->author, NULL, error);
  if (lock == NULL)
    return FALSE;
  if (!sirkel_publish (self->store, target, NULL,
                       g_file_test (target, G_FILE_TEST_EXISTS) ? SIRKEL_PUBLISH_OVERWRITE : SIRKEL_PUBLISH_NEW,
                       &now, error))
    {
      sirkel_lock_release (target, lock);
      return FALSE;
    }

  if (self->lock != NULL)
    sirkel_lock_release (self->path, self->lock);
  g_clear_pointer (&self->lock, sirkel_lock_info_free);
  self->lock = g_steal_pointer (&lock);
  g_free (self->path);
  self->path = g_steal_pointer (&target);
  sirkel_fingerprint_copy (&self->base, &now);
  set_read_only (self, NULL);

  /* The working copy follows the new name, so that recovery finds it by its shared path. */
  new_work = work_path_for (self->path);
  old_info = info_path_for (self->work_path);
  new_info = info_path_for (new_work);
  if (!g_str_equal (new_work, self->work_path))
    {
      g_autoptr(GError) local = NULL;

      remove_work_files (new_work);
      if (sirkel_store_move (self->store, new_work, &local))
        {
          g_rename (old_info, new_info);
          g_free (self->work_path);
          self->work_path = g_strdup (new_work);
        }
      else
        g_debug ("working copy stays at %s: %s", self->work_path, local->message);
    }
  published (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATH]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READ_ONLY]);
  return write_info (self, error);
}

/**
 * sirkel_document_check_changed:
 *
 * Returns: %FALSE with %SIRKEL_STORE_ERROR_CHANGED if the shared file changed since it was
 *   opened or last saved
 */
gboolean
sirkel_document_check_changed (SirkelDocument  *self,
                               GError         **error)
{
  g_auto(SirkelFingerprint) now = { 0 };
  g_autofree char *name = NULL;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);

  if (self->path == NULL || self->work_path == NULL || !self->base.exists)
    return TRUE;
  if (!sirkel_fingerprint_read (self->path, &now, error))
    return FALSE;
  if (sirkel_fingerprint_equal (&self->base, &now))
    return TRUE;
  name = g_filename_display_basename (self->path);
  g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CHANGED,
               _("“%s” was changed by someone else since you opened it."), name);
  return FALSE;
}

/**
 * sirkel_document_close:
 * @discard_unpublished: the user chose to throw away unsaved changes
 *
 * Releases the lock and removes the working copy, unless it holds unpublished changes that
 * were not discarded: those stay, to be offered back by sirkel_recovery_list ().
 */
void
sirkel_document_close (SirkelDocument *self,
                       gboolean        discard_unpublished)
{
  gboolean keep;

  g_return_if_fail (SIRKEL_IS_DOCUMENT (self));

  keep = sirkel_document_get_dirty (self) && !discard_unpublished;
  if (self->store != NULL)
    sirkel_store_close (self->store);
  if (self->lock != NULL && self->path != NULL)
    sirkel_lock_release (self->path, self->lock);
  g_clear_pointer (&self->lock, sirkel_lock_info_free);
  if (self->owns_work_copy && self->work_path != NULL)
    {
      if (keep)
        {
          /* Mark the copy as no longer open, so that recovery offers it. */
          g_autoptr(GKeyFile) info = read_info (self->work_path);
          g_autofree char *info_path = info_path_for (self->work_path);

          if (info != NULL)
            {
              g_key_file_set_int64 (info, INFO_GROUP, "OwnerPid", 0);
              g_key_file_save_to_file (info, info_path, NULL);
            }
        }
      else
        remove_work_files (self->work_path);
    }
  self->owns_work_copy = FALSE;
}

SirkelStore *
sirkel_document_get_store (SirkelDocument *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);

  return self->store;
}

const char *
sirkel_document_get_path (SirkelDocument *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);

  return self->path;
}

const char *
sirkel_document_get_work_path (SirkelDocument *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);

  return self->work_path;
}

/**
 * sirkel_document_get_project:
 *
 * Returns: (transfer none) (nullable): the project row
 */
SirkelEntity *
sirkel_document_get_project (SirkelDocument *self)
{
  SirkelEntity *project;
  GListModel *list;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);

  list = sirkel_document_get_list (self, "project");
  if (list == NULL || g_list_model_get_n_items (list) == 0)
    return NULL;
  project = g_list_model_get_item (list, 0);
  /* The list keeps its reference: hand out a borrowed one like the other getters. */
  g_object_unref (project);
  return project;
}

/**
 * sirkel_document_dup_title:
 *
 * Returns: (transfer full): the project title, else the file name, else "Untitled project"
 */
char *
sirkel_document_dup_title (SirkelDocument *self)
{
  SirkelEntity *project;
  const char *title;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);

  project = sirkel_document_get_project (self);
  title = project != NULL ? sirkel_entity_get_text (project, "title") : NULL;
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (self->path != NULL)
    return g_filename_display_basename (self->path);
  return g_strdup (_("Untitled project"));
}

gboolean
sirkel_document_get_read_only (SirkelDocument *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), TRUE);

  return self->read_only_reason != NULL;
}

const char *
sirkel_document_get_read_only_reason (SirkelDocument *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);

  return self->read_only_reason;
}

/**
 * sirkel_document_get_dirty:
 *
 * Returns: %TRUE if the working copy has changes the shared file does not
 */
gboolean
sirkel_document_get_dirty (SirkelDocument *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);

  if (self->read_only_reason != NULL || self->store == NULL)
    return FALSE;
  if (self->path == NULL)
    return self->owns_work_copy;
  return sirkel_store_get_state_mark (self->store) != self->published_mark;
}

gboolean
sirkel_document_get_recovered (SirkelDocument *self)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);

  return self->recovered;
}

static GPtrArray *
load_rows (SirkelDocument *self,
           const char     *table_name)
{
  const SirkelTable *table = sirkel_schema_lookup_table (table_name);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_row = TRUE;
  guint n = table->columns->len;

  for (guint i = 0; i < n; i++)
    {
      const SirkelColumn *column = g_ptr_array_index (table->columns, i);

      g_string_append_printf (sql, "%s\"%s\"", i > 0 ? ", " : "", column->name);
    }
  g_string_append_printf (sql, " FROM \"%s\" WHERE deleted_at IS NULL ORDER BY %s created_at, id",
                          table->name, sirkel_table_lookup_column (table, "sort") != NULL ? "sort," : "");
  if (!sirkel_store_prepare (self->store, sql->str, &stmt, &error))
    {
      g_warning ("Could not read %s: %s", table_name, error->message);
      return g_steal_pointer (&rows);
    }
  while (TRUE)
    {
      g_autofree GVariant **values = g_new0 (GVariant *, n);

      if (!sirkel_store_step_row (self->store, stmt, &has_row, &error))
        {
          g_warning ("Could not read %s: %s", table_name, error->message);
          break;
        }
      if (!has_row)
        break;
      for (guint i = 0; i < n; i++)
        values[i] = sirkel_store_column_variant (stmt, (int) i);
      g_ptr_array_add (rows, _sirkel_entity_new (table_name, values));
      for (guint i = 0; i < n; i++)
        g_variant_unref (values[i]);
    }
  return g_steal_pointer (&rows);
}

/* Brings the list of @table up to date with the store, keeping the objects of rows that
 * still exist (so bindings survive) and notifying only changed properties. */
static void
refresh_table (SirkelDocument *self,
               const char     *table)
{
  GListStore *list = g_hash_table_lookup (self->lists, table);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean same_order;
  guint n_old;

  if (list == NULL)
    return;
  rows = load_rows (self, table);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (list));
  same_order = n_old == rows->len;

  for (guint i = 0; i < rows->len; i++)
    {
      SirkelEntity *fresh = g_ptr_array_index (rows, i);
      SirkelEntity *existing = NULL;

      for (guint j = 0; j < n_old; j++)
        {
          g_autoptr(SirkelEntity) item = g_list_model_get_item (G_LIST_MODEL (list), j);

          if (sirkel_id_equal (sirkel_entity_get_id (item), sirkel_entity_get_id (fresh)))
            {
              existing = item;
              same_order = same_order && i == j;
              break;
            }
        }
      if (existing == NULL)
        {
          same_order = FALSE;
          g_ptr_array_add (items, g_object_ref (fresh));
        }
      else
        g_ptr_array_add (items, g_object_ref (existing));
    }
  /* Update values of the kept objects from the fresh rows. */
  for (guint i = 0; i < items->len; i++)
    {
      SirkelEntity *kept = g_ptr_array_index (items, i);
      SirkelEntity *fresh = g_ptr_array_index (rows, i);

      if (kept != fresh)
        _sirkel_entity_copy_values (kept, fresh);
    }
  if (!same_order)
    g_list_store_splice (list, 0, n_old, items->pdata, items->len);
}

/**
 * sirkel_document_get_list:
 * @table: an entity table, such as "goal"
 *
 * Returns: (transfer none): the live rows of @table as #SirkelEntity objects, ordered by
 *   their sort column and creation time, kept up to date after every action
 */
GListModel *
sirkel_document_get_list (SirkelDocument *self,
                          const char     *table)
{
  GListStore *list;
  GType type;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  list = g_hash_table_lookup (self->lists, table);
  if (list != NULL)
    return G_LIST_MODEL (list);
  type = sirkel_entity_type_for_table (table);
  g_return_val_if_fail (type != G_TYPE_INVALID, NULL);
  list = g_list_store_new (type);
  g_hash_table_insert (self->lists, g_strdup (table), list);
  refresh_table (self, table);
  return G_LIST_MODEL (list);
}

/**
 * sirkel_document_find:
 *
 * Returns: (transfer none) (nullable): the live entity of @table with @id
 */
SirkelEntity *
sirkel_document_find (SirkelDocument *self,
                      const char     *table,
                      const SirkelId *id)
{
  GListModel *list;

  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  list = sirkel_document_get_list (self, table);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SirkelEntity) item = g_list_model_get_item (list, i);

      if (sirkel_id_equal (sirkel_entity_get_id (item), id))
        return item;
    }
  return NULL;
}

/**
 * sirkel_document_set:
 * @value: (transfer floating): the new value
 *
 * Changes one field of @entity as one action.
 */
gboolean
sirkel_document_set (SirkelDocument  *self,
                     SirkelEntity    *entity,
                     const char      *field,
                     GVariant        *value,
                     GError         **error)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SIRKEL_IS_ENTITY (entity), FALSE);

  if (!check_writable (self, error))
    {
      g_variant_unref (g_variant_ref_sink (value));
      return FALSE;
    }
  return sirkel_store_set (self->store, sirkel_entity_get_table (entity),
                           sirkel_entity_get_id (entity), field, value, error);
}

gboolean
sirkel_document_undo (SirkelDocument  *self,
                      GError         **error)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);

  return check_writable (self, error) && sirkel_store_undo (self->store, error);
}

gboolean
sirkel_document_redo (SirkelDocument  *self,
                      GError         **error)
{
  g_return_val_if_fail (SIRKEL_IS_DOCUMENT (self), FALSE);

  return check_writable (self, error) && sirkel_store_redo (self->store, error);
}

static void
sirkel_document_dispose (GObject *object)
{
  SirkelDocument *self = (SirkelDocument *) object;

  if (self->owns_work_copy)
    sirkel_document_close (self, FALSE);
  g_clear_pointer (&self->lists, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sirkel_document_parent_class)->dispose (object);
}

static void
sirkel_document_finalize (GObject *object)
{
  SirkelDocument *self = (SirkelDocument *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->work_path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->lock, sirkel_lock_info_free);
  sirkel_fingerprint_clear (&self->base);

  G_OBJECT_CLASS (sirkel_document_parent_class)->finalize (object);
}

static void
sirkel_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SirkelDocument *self = SIRKEL_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_take_string (value, sirkel_document_dup_title (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, sirkel_document_get_read_only (self));
      break;
    case PROP_READ_ONLY_REASON:
      g_value_set_string (value, self->read_only_reason);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, sirkel_document_get_dirty (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->store != NULL && self->read_only_reason == NULL &&
                                  sirkel_store_can_undo (self->store));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->store != NULL && self->read_only_reason == NULL &&
                                  sirkel_store_can_redo (self->store));
      break;
    case PROP_UNDO_LABEL:
      g_value_take_string (value, self->store != NULL ? sirkel_store_dup_undo_label (self->store) : NULL);
      break;
    case PROP_REDO_LABEL:
      g_value_take_string (value, self->store != NULL ? sirkel_store_dup_redo_label (self->store) : NULL);
      break;
    case PROP_RECOVERED:
      g_value_set_boolean (value, self->recovered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sirkel_document_class_init (SirkelDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sirkel_document_dispose;
  object_class->finalize = sirkel_document_finalize;
  object_class->get_property = sirkel_document_get_property;

  properties [PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  properties [PROP_READ_ONLY_REASON] = g_param_spec_string ("read-only-reason", NULL, NULL, NULL, flags);
  properties [PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, flags);
  properties [PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties [PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties [PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties [PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  properties [PROP_RECOVERED] = g_param_spec_boolean ("recovered", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sirkel_document_init (SirkelDocument *self)
{
  sirkel_entity_types_ensure ();
  self->lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}
