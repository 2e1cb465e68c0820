/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Atomic publish (RELIABILITY.md §2.3 steps 6–9):
 *
 *  1. unless the user confirmed, the target's fingerprint must equal the one recorded when it
 *     was opened (someone else may have published in between);
 *  2. VACUUM INTO a temporary file `.NAME.saving-XXXXXX` in the target's folder;
 *  3. stamp a new revision into the temporary file (doc_meta, revision), then fsync it;
 *  4. verify it: open it with every check of an untrusted file and compare row counts and the
 *     revision id with the working copy;
 *  5. copy the previous version into the backup folder (the target is never renamed away);
 *  6. rename () the temporary file over the target and fsync the folder;
 *  7. stamp the same revision into the working copy.
 *
 * On any failure before step 6 the temporary file and its journal are deleted and the target
 * is untouched. A kill at any point leaves the old or the new file, and at most a temporary
 * file, which the next open removes (sirkel_publish_clean_temp_files).
 */
#define G_LOG_DOMAIN "sirkel-publish"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "sirkel-publish.h"
#include "sirkel-schema.h"
#include "sirkel-store-private.h"

#define N_BACKUPS 5

void
sirkel_fingerprint_clear (SirkelFingerprint *fingerprint)
{
  g_return_if_fail (fingerprint != NULL);

  g_clear_pointer (&fingerprint->sha256, g_free);
  memset (fingerprint, 0, sizeof *fingerprint);
}

void
sirkel_fingerprint_copy (SirkelFingerprint       *dest,
                         const SirkelFingerprint *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  sirkel_fingerprint_clear (dest);
  *dest = *src;
  dest->sha256 = g_strdup (src->sha256);
}

static gboolean
hash_file (const char  *path,
           char       **sha256,
           GError     **error)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buf = g_malloc (1 << 16);
  ssize_t n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      return FALSE;
    }
  while ((n = read (fd, buf, 1 << 16)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
          return FALSE;
        }
      g_checksum_update (sum, buf, n);
    }
  close (fd);
  *sha256 = g_strdup (g_checksum_get_string (sum));
  return TRUE;
}

/**
 * sirkel_fingerprint_read:
 *
 * Reads the fingerprint of @path: revision id, size, mtime and SHA-256. A missing file gives
 * a fingerprint with exists = %FALSE, not an error. Must not be called while a connection of
 * this process has @path open (a close () would drop its POSIX locks).
 */
gboolean
sirkel_fingerprint_read (const char         *path,
                         SirkelFingerprint  *fingerprint,
                         GError            **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  GStatBuf st;
  sqlite3 *db = NULL;

  g_return_val_if_fail (path != NULL && fingerprint != NULL, FALSE);

  sirkel_fingerprint_clear (fingerprint);
  if (g_stat (path, &st) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      name = g_filename_display_basename (path);
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_IO,
                   _("Could not look at “%s”: %s."), name, g_strerror (errno));
      return FALSE;
    }
  fingerprint->exists = TRUE;
  fingerprint->size = st.st_size;
  fingerprint->mtime_usec = (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;

  /* The revision id: a FAT stick keeps 2-second mtimes, so size and mtime alone miss a
   * same-size change within one tick. A file we cannot read as a project has none. */
  /* immutable: never create -wal or -shm beside a file that is not ours to change. */
  uri = sirkel_path_to_uri (path, "mode=ro&immutable=1", NULL);
  if (uri != NULL &&
      sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, NULL) == SQLITE_OK)
    {
      sqlite3_stmt *stmt = NULL;

      sirkel_sqlite_harden (db);
      if (sqlite3_prepare_v2 (db, "SELECT revision_uuid FROM doc_meta", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        fingerprint->has_revision = sirkel_id_from_bytes (&fingerprint->revision,
                                                          sqlite3_column_blob (stmt, 0),
                                                          sqlite3_column_bytes (stmt, 0));
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  if (!hash_file (path, &fingerprint->sha256, &local))
    {
      name = g_filename_display_basename (path);
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_IO,
                   _("Could not read “%s”: %s."), name, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sirkel_fingerprint_equal (const SirkelFingerprint *a,
                          const SirkelFingerprint *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->exists != b->exists)
    return FALSE;
  if (!a->exists)
    return TRUE;
  return a->has_revision == b->has_revision &&
         (!a->has_revision || sirkel_id_equal (&a->revision, &b->revision)) &&
         a->size == b->size && a->mtime_usec == b->mtime_usec &&
         g_strcmp0 (a->sha256, b->sha256) == 0;
}

static gboolean
fsync_path (const char  *path,
            gboolean     directory,
            GError     **error)
{
  int fd = g_open (path, (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC, 0);
  int rc;

  if (fd < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      return FALSE;
    }
  do
    rc = fsync (fd);
  while (rc != 0 && errno == EINTR);
  if (rc != 0)
    {
      int saved = errno;

      close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static char *
temp_prefix (const char *target)
{
  g_autofree char *base = g_path_get_basename (target);

  return g_strconcat (".", base, ".saving-", NULL);
}

/**
 * sirkel_publish_clean_temp_files:
 *
 * Removes temporary files left by an interrupted publish of @target. Call it only while
 * holding the target's lock, so that no other instance is publishing.
 */
void
sirkel_publish_clean_temp_files (const char *target)
{
  g_autofree char *dir_path = g_path_get_dirname (target);
  g_autofree char *prefix = temp_prefix (target);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);

        g_debug ("removing leftover %s", path);
        g_unlink (path);
      }
}

/**
 * sirkel_publish_backup_dir:
 *
 * Returns: (transfer full): the folder that keeps the last published versions of @target
 */
char *
sirkel_publish_backup_dir (const char *target)
{
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, target, -1);
  g_autofree char *folder = NULL;

  hash[12] = '\0';
  folder = g_strdup_printf ("%s-%s", base, hash);
  return g_build_filename (g_get_user_data_dir (), "sirkel", "backups", folder, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Copies the current target into the backup folder and keeps the newest N_BACKUPS. */
static gboolean
backup_previous (const char  *target,
                 const char  *stamp,
                 GError     **error)
{
  g_autofree char *dir_path = sirkel_publish_backup_dir (target);
  g_autofree char *name = g_strconcat (stamp, ".sirkel", NULL);
  g_autofree char *dest_path = g_build_filename (dir_path, name, NULL);
  g_autoptr(GFile) source = g_file_new_for_path (target);
  g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  if (g_mkdir_with_parents (dir_path, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      return FALSE;
    }
  if (!g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;

  dir = g_dir_open (dir_path, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".sirkel"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; names->len > N_BACKUPS && i < names->len - N_BACKUPS; i++)
    {
      g_autofree char *old = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);

      g_unlink (old);
    }
  return TRUE;
}

static gboolean
stamp_temp (const char     *temp,
            const SirkelId *revision,
            const char     *saved_at,
            const char     *saved_by,
            GError        **error)
{
  g_autoptr(SirkelStore) store = NULL;

  /* The temporary file is ours, freshly written by VACUUM INTO: open it as a store with only
   * the quick check; the full verification follows once it is synced. */
  store = sirkel_store_open (temp, SIRKEL_STORE_OPEN_QUICK | SIRKEL_STORE_OPEN_NO_MIGRATE, error);
  if (store == NULL)
    return FALSE;
  if (!sirkel_store_stamp_revision (store, revision, saved_at, saved_by, error))
    return FALSE;
  sirkel_store_close (store);
  return TRUE;
}

static gboolean
verify_temp (SirkelStore    *work,
             const char     *temp,
             const SirkelId *revision,
             GError        **error)
{
  g_autoptr(SirkelStore) copy = NULL;
  GPtrArray *tables = sirkel_schema_get_tables ();
  SirkelId found;

  copy = sirkel_store_open (temp, SIRKEL_STORE_OPEN_READ_ONLY, error);
  if (copy == NULL)
    return FALSE;
  if (!sirkel_store_get_revision (copy, &found) || !sirkel_id_equal (&found, revision))
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CORRUPT,
                           _("The saved copy did not verify (revision differs)."));
      return FALSE;
    }
  for (guint i = 0; i < tables->len; i++)
    {
      const SirkelTable *table = g_ptr_array_index (tables, i);
      gint64 a = sirkel_store_count_rows (work, table->name, FALSE, error);
      gint64 b;

      if (a < 0)
        return FALSE;
      b = sirkel_store_count_rows (copy, table->name, FALSE, error);
      if (b < 0)
        return FALSE;
      if (g_str_equal (table->name, "revision"))
        a++;
      if (a != b)
        {
          g_debug ("%s: %" G_GINT64_FORMAT " rows in the copy, %" G_GINT64_FORMAT " expected",
                   table->name, b, a);
          g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CORRUPT,
                               _("The saved copy did not verify: it holds a different number of "
                                 "rows than the project."));
          return FALSE;
        }
    }
  sirkel_store_close (copy);
  return TRUE;
}

static gboolean
check_target (const char               *target,
              const SirkelFingerprint  *base,
              SirkelPublishFlags        flags,
              GError                  **error)
{
  g_auto(SirkelFingerprint) now = { 0 };
  g_autofree char *name = g_filename_display_basename (target);

  if (flags & SIRKEL_PUBLISH_NEW)
    {
      if (g_file_test (target, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_EXISTS,
                       _("“%s” already exists; choose another name."), name);
          return FALSE;
        }
      return TRUE;
    }
  if (flags & SIRKEL_PUBLISH_OVERWRITE)
    return TRUE;
  if (!sirkel_fingerprint_read (target, &now, error))
    return FALSE;
  if (base == NULL ? now.exists : !sirkel_fingerprint_equal (base, &now))
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CHANGED,
                   !now.exists
                   ? _("“%s” was moved or deleted since you opened it. Save anyway to write it "
                       "again, or save a copy under another name.")
                   : _("“%s” was changed by someone else since you opened it. Save a copy under "
                       "another name, or replace their version."), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * sirkel_publish:
 * @work: the working copy
 * @target: the shared file
 * @base: (nullable): the fingerprint of @target when it was opened; %NULL if it should not exist
 * @published: (out caller-allocates) (optional): the fingerprint of the new @target
 *
 * Replaces @target with a verified copy of @work, or leaves it untouched.
 */
gboolean
sirkel_publish (SirkelStore              *work,
                const char               *target,
                const SirkelFingerprint  *base,
                SirkelPublishFlags        flags,
                SirkelFingerprint        *published,
                GError                  **error)
{
  g_autoptr(sqlite3_stmt) vacuum = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = NULL;
  g_autofree char *stamp = NULL;
  SirkelId revision;
  gboolean vacuumed;
  int fd;

  g_return_val_if_fail (SIRKEL_IS_STORE (work), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (!sirkel_store_in_action (work), FALSE);

  name = g_filename_display_basename (target);
  if (!check_target (target, base, flags, error))
    return FALSE;

  dir = g_path_get_dirname (target);
  prefix = temp_prefix (target);
  temp = g_strconcat (dir, G_DIR_SEPARATOR_S, prefix, "XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, SIRKEL_STORE_ERROR,
                   saved == ENOSPC ? SIRKEL_STORE_ERROR_NO_SPACE : SIRKEL_STORE_ERROR_READ_ONLY,
                   _("Could not save “%s”: cannot write in its folder (%s)."), name, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  journal = g_strconcat (temp, "-journal", NULL);

  now = sirkel_store_dup_now (work);
  sirkel_id_random (&revision);

  /* VACUUM INTO attaches its target internally; connections otherwise allow no ATTACH. */
  sqlite3_limit (sirkel_store_get_db (work), SQLITE_LIMIT_ATTACHED, 1);
  vacuumed = sirkel_store_prepare (work, "VACUUM INTO ?1", &vacuum, &local) &&
             sirkel_store_check (work, sqlite3_bind_text (vacuum, 1, temp, -1, SQLITE_STATIC), &local) &&
             sirkel_store_step_done (work, vacuum, &local);
  sqlite3_limit (sirkel_store_get_db (work), SQLITE_LIMIT_ATTACHED, 0);
  if (!vacuumed ||
      !stamp_temp (temp, &revision, now, sirkel_store_get_author (work), &local) ||
      !fsync_path (temp, FALSE, &local) ||
      !verify_temp (work, temp, &revision, &local))
    goto fail;

  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      stamp = g_strdelimit (g_strdup (now), ":", '-');
      if (!backup_previous (target, stamp, &local))
        {
          g_prefix_error (&local, _("Could not keep a backup of the previous version: "));
          goto fail;
        }
    }

  if (g_rename (temp, target) != 0)
    {
      g_set_error (&local, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      goto fail;
    }
  /* The rename is durable only once the folder is synced. An error here is reported, but the
   * new file is in place: there is nothing to undo. */
  if (!fsync_path (dir, TRUE, &local))
    g_debug ("fsync of %s failed: %s", dir, local->message);
  g_clear_error (&local);

  if (!sirkel_store_stamp_revision (work, &revision, now, sirkel_store_get_author (work), error))
    return FALSE;
  if (published != NULL && !sirkel_fingerprint_read (target, published, error))
    return FALSE;
  return TRUE;

fail:
  g_unlink (temp);
  g_unlink (journal);
  if (g_error_matches (local, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NO_SPACE))
    g_propagate_error (error, g_steal_pointer (&local));
  else
    g_set_error (error, SIRKEL_STORE_ERROR,
                 local != NULL && local->domain == SIRKEL_STORE_ERROR ? local->code : SIRKEL_STORE_ERROR_IO,
                 _("Could not save “%s”; the file is unchanged. %s"), name,
                 local != NULL ? local->message : "");
  return FALSE;
}
