/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lock files. A lock is created with O_CREAT|O_EXCL (g_file_create), so of many simultaneous
 * openers exactly one wins. A lock from this host whose process is gone is stale and is taken
 * over; a lock from another host is only ever removed when the user asks (sirkel_lock_break).
 * A lock is removed on close only if its instance id is ours.
 */
#define G_LOG_DOMAIN "sirkel-lock"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "sirkel-lock.h"
#include "sirkel-store.h"

#define GROUP "Sirkel Lock"

void
sirkel_lock_info_free (SirkelLockInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->display_name);
  g_free (info->user);
  g_free (info->host);
  g_free (info->since);
  g_free (info->version);
  g_free (info->instance);
  g_free (info);
}

/**
 * sirkel_lock_path_for:
 *
 * Returns: (transfer full): `.~lock.NAME#` beside @project_path
 */
char *
sirkel_lock_path_for (const char *project_path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (project_path != NULL, NULL);

  dir = g_path_get_dirname (project_path);
  base = g_path_get_basename (project_path);
  name = g_strconcat (".~lock.", base, "#", NULL);
  return g_build_filename (dir, name, NULL);
}

gboolean
sirkel_lock_info_is_local (const SirkelLockInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);

  return g_strcmp0 (info->host, g_get_host_name ()) == 0;
}

/**
 * sirkel_lock_info_is_stale:
 *
 * Returns: %TRUE if the lock was written on this host by a process that no longer runs
 */
gboolean
sirkel_lock_info_is_stale (const SirkelLockInfo *info)
{
  g_return_val_if_fail (info != NULL, FALSE);

  if (!sirkel_lock_info_is_local (info) || info->pid <= 0 || info->pid > G_MAXINT)
    return FALSE;
  return kill ((pid_t) info->pid, 0) != 0 && errno == ESRCH;
}

/**
 * sirkel_lock_info_describe:
 *
 * Returns: (transfer full): "in use by NAME on HOST since TIME", for people
 */
char *
sirkel_lock_info_describe (const SirkelLockInfo *info)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  const char *who;

  g_return_val_if_fail (info != NULL, NULL);

  who = info->display_name != NULL && *info->display_name != '\0' ? info->display_name
        : info->user != NULL ? info->user : _("an unknown user");
  if (info->since != NULL && (utc = g_date_time_new_from_iso8601 (info->since, NULL)) != NULL)
    {
      local = g_date_time_to_local (utc);
      /* Translators: date and time in a lock message, as strftime () format. */
      when = g_date_time_format (local, _("%Y-%m-%d %H:%M"));
    }
  return g_strdup_printf (_("In use by %s on %s since %s"), who,
                          info->host != NULL ? info->host : _("an unknown computer"),
                          when != NULL ? when : _("an unknown time"));
}

static SirkelLockInfo *
parse_lock (const char  *data,
            gsize        len)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  SirkelLockInfo *info;

  info = g_new0 (SirkelLockInfo, 1);
  /* A lock that is empty or unreadable (someone is writing it right now, or it is damaged)
   * is still a lock: it is shown as held by an unknown user. */
  if (len == 0 || !g_utf8_validate (data, len, NULL) ||
      !g_key_file_load_from_data (key_file, data, len, G_KEY_FILE_NONE, NULL))
    return info;
  info->display_name = g_key_file_get_string (key_file, GROUP, "DisplayName", NULL);
  info->user = g_key_file_get_string (key_file, GROUP, "User", NULL);
  info->host = g_key_file_get_string (key_file, GROUP, "Host", NULL);
  info->pid = g_key_file_get_int64 (key_file, GROUP, "Pid", NULL);
  info->since = g_key_file_get_string (key_file, GROUP, "Since", NULL);
  info->version = g_key_file_get_string (key_file, GROUP, "Version", NULL);
  info->instance = g_key_file_get_string (key_file, GROUP, "Instance", NULL);
  return info;
}

/**
 * sirkel_lock_read:
 *
 * Returns: (transfer full) (nullable): the lock beside @project_path, or %NULL with @error
 *   unset when there is none
 */
SirkelLockInfo *
sirkel_lock_read (const char  *project_path,
                  GError     **error)
{
  g_autofree char *lock_path = sirkel_lock_path_for (project_path);
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize len = 0;

  if (!g_file_get_contents (lock_path, &data, &len, &local))
    {
      if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return NULL;
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  /* A lock file is a few hundred bytes; anything larger is not ours to parse. */
  return parse_lock (data, MIN (len, 4096));
}

static SirkelLockInfo *
new_info (const char *display_name)
{
  SirkelLockInfo *info = g_new0 (SirkelLockInfo, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  info->display_name = g_strdup (display_name != NULL ? display_name : g_get_real_name ());
  info->user = g_strdup (g_get_user_name ());
  info->host = g_strdup (g_get_host_name ());
  info->pid = getpid ();
  info->since = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  info->version = g_strdup (PACKAGE_VERSION);
  info->instance = g_uuid_string_random ();
  return info;
}

static char *
serialize (const SirkelLockInfo *info)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  g_key_file_set_string (key_file, GROUP, "DisplayName", info->display_name);
  g_key_file_set_string (key_file, GROUP, "User", info->user);
  g_key_file_set_string (key_file, GROUP, "Host", info->host);
  g_key_file_set_int64 (key_file, GROUP, "Pid", info->pid);
  g_key_file_set_string (key_file, GROUP, "Since", info->since);
  g_key_file_set_string (key_file, GROUP, "Version", info->version);
  g_key_file_set_string (key_file, GROUP, "Instance", info->instance);
  return g_key_file_to_data (key_file, NULL, NULL);
}

static gboolean
create_exclusive (const char            *lock_path,
                  const SirkelLockInfo  *info,
                  GError               **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (lock_path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *data = serialize (info);

  stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, strlen (data), NULL, NULL, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    {
      g_unlink (lock_path);
      return FALSE;
    }
  return TRUE;
}

/**
 * sirkel_lock_acquire:
 * @display_name: (nullable): the name others will see
 * @holder: (out) (optional) (transfer full): the other lock, when the project is in use
 *
 * Creates our lock beside @project_path. A stale lock from this host is taken over once.
 *
 * Returns: (transfer full): our lock, or %NULL with @error set (%SIRKEL_STORE_ERROR_LOCKED
 *   when someone else holds it)
 */
SirkelLockInfo *
sirkel_lock_acquire (const char      *project_path,
                     const char      *display_name,
                     SirkelLockInfo **holder,
                     GError         **error)
{
  g_autofree char *lock_path = NULL;
  g_autoptr(SirkelLockInfo) ours = NULL;

  g_return_val_if_fail (project_path != NULL, NULL);

  if (holder != NULL)
    *holder = NULL;
  lock_path = sirkel_lock_path_for (project_path);
  ours = new_info (display_name);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(SirkelLockInfo) other = NULL;
      g_autofree char *who = NULL;
      g_autofree char *name = NULL;

      if (create_exclusive (lock_path, ours, &local))
        return g_steal_pointer (&ours);
      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          name = g_filename_display_basename (project_path);
          g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY,
                       _("Could not mark “%s” as in use (%s); it can only be opened read-only "
                         "or as a copy."), name, local->message);
          return NULL;
        }
      other = sirkel_lock_read (project_path, NULL);
      if (other != NULL && attempt == 0 && sirkel_lock_info_is_stale (other))
        {
          g_debug ("taking over stale lock of pid %" G_GINT64_FORMAT, other->pid);
          g_unlink (lock_path);
          continue;
        }
      if (other == NULL)
        other = g_new0 (SirkelLockInfo, 1);
      name = g_filename_display_basename (project_path);
      who = sirkel_lock_info_describe (other);
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED,
                   _("“%s” is open elsewhere. %s. Open it read-only or as a copy."), name, who);
      if (holder != NULL)
        *holder = g_steal_pointer (&other);
      return NULL;
    }
  g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED,
                       _("The project is open elsewhere."));
  return NULL;
}

/**
 * sirkel_lock_release:
 *
 * Removes the lock only if it is still ours (same instance id).
 */
gboolean
sirkel_lock_release (const char           *project_path,
                     const SirkelLockInfo *ours)
{
  g_autofree char *lock_path = NULL;
  g_autoptr(SirkelLockInfo) current = NULL;

  g_return_val_if_fail (project_path != NULL, FALSE);
  g_return_val_if_fail (ours != NULL, FALSE);

  current = sirkel_lock_read (project_path, NULL);
  if (current == NULL || g_strcmp0 (current->instance, ours->instance) != 0)
    return FALSE;
  lock_path = sirkel_lock_path_for (project_path);
  return g_unlink (lock_path) == 0;
}

/**
 * sirkel_lock_break:
 *
 * Removes whatever lock is beside @project_path. Only on the user's explicit request.
 */
gboolean
sirkel_lock_break (const char  *project_path,
                   GError     **error)
{
  g_autofree char *lock_path = sirkel_lock_path_for (project_path);

  if (g_unlink (lock_path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not remove the lock file: %s."), g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
