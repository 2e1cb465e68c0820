/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Catalogue files: the bundled one, reading and saving, and the user's imported ones
 * (g_get_user_data_dir ()/sirkel/catalogs).
 *
 * A file is opened once and checked with fstat () before anything is read: a file over
 * SIRKEL_CATALOG_MAX_BYTES, or something that is not a regular file (a FIFO, /dev/zero), is
 * refused without reading it. Then at most SIRKEL_CATALOG_MAX_BYTES + 1 bytes are read, in
 * case it grew in between.
 *
 * Saving writes the whole file with g_file_set_contents_full (CONSISTENT | DURABLE): a
 * temporary file beside the target, fsync, rename; then the folder is synced.
 */
#define G_LOG_DOMAIN "sirkel-catalog"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sirkel-catalog-private.h"

#define BUNDLED_RESOURCE "/no/sirkel/Sirkel/core/tiltaksbank.xml"
#define BUNDLED_NAME "tiltaksbank.xml"

extern GResource *sirkel_core_get_resource (void);

static char *
display_basename (const char *path)
{
  return g_filename_display_basename (path);
}

static gboolean
set_io_error (GError     **error,
              int          saved_errno,
              const char  *path,
              const char  *what)
{
  g_autofree char *name = display_basename (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: a file name, what failed and the system's reason */
               _("%s: %s (%s)."), name, what, g_strerror (saved_errno));
  return FALSE;
}

/* The whole file, refused before reading if it is too large or not a regular file. */
static GBytes *
read_capped (const char  *path,
             GError     **error)
{
  g_autofree char *name = display_basename (path);
  g_autofree guint8 *data = NULL;
  struct stat st;
  gsize size = 0;
  gsize capacity;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      set_io_error (error, errno, path, _("the file could not be opened"));
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      close (fd);
      set_io_error (error, saved, path, _("the file could not be read"));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_INVALID,
                   _("%s: this is not a regular file. Choose a catalogue file."), name);
      return NULL;
    }
  if (st.st_size > SIRKEL_CATALOG_MAX_BYTES)
    {
      close (fd);
      g_set_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB, the most a catalogue may be. Check "
                     "that you chose a catalogue file."),
                   name, SIRKEL_CATALOG_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  capacity = (gsize) st.st_size + 1;
  data = g_malloc (capacity);
  while (TRUE)
    {
      gssize n;

      if (size == capacity)
        {
          if (capacity > SIRKEL_CATALOG_MAX_BYTES)
            break;
          capacity = MIN (capacity * 2, (gsize) SIRKEL_CATALOG_MAX_BYTES + 1);
          data = g_realloc (data, capacity);
        }
      n = read (fd, data + size, capacity - size);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          set_io_error (error, saved, path, _("the file could not be read"));
          return NULL;
        }
      if (n == 0)
        break;
      size += (gsize) n;
    }
  close (fd);
  if (size > SIRKEL_CATALOG_MAX_BYTES)
    {
      g_set_error (error, SIRKEL_CATALOG_ERROR, SIRKEL_CATALOG_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB, the most a catalogue may be. Check "
                     "that you chose a catalogue file."),
                   name, SIRKEL_CATALOG_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), size);
}

SirkelCatalog *
sirkel_catalog_load_file (const char  *path,
                          GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_capped (path, error);
  if (bytes == NULL)
    return NULL;
  name = display_basename (path);
  return sirkel_catalog_load_bytes (bytes, name, error);
}

SirkelCatalog *
sirkel_catalog_load_bundled (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resource_lookup_data (sirkel_core_get_resource (), BUNDLED_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return sirkel_catalog_load_bytes (bytes, BUNDLED_NAME, error);
}

static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  /* As SQLite does, an error here is ignored: the rename itself has happened. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
write_atomically (const char  *path,
                  const char  *contents,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  const char *reason;

  if (g_file_set_contents_full (path, contents, (gssize) length,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0666, &local))
    {
      sync_folder (path);
      return TRUE;
    }
  /* GLib's message names its temporary file; the last part is the system's reason. */
  name = display_basename (path);
  reason = g_strrstr (local->message, ": ");
  g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local->code),
               _("Could not save the catalogue “%s”: %s"), name,
               reason != NULL ? reason + 2 : local->message);
  return FALSE;
}

gboolean
sirkel_catalog_save_file (SirkelCatalog  *self,
                          const char     *path,
                          GError        **error)
{
  g_autofree char *xml = NULL;
  gsize length = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  xml = sirkel_catalog_to_xml (self, &length);
  if (xml == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not save the catalogue: there was not enough memory."));
      return FALSE;
    }
  return write_atomically (path, xml, length, error);
}

/* The user's catalogues */

static char *
dup_user_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "sirkel", "catalogs", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sirkel_catalog_list_all:
 *
 * The bundled catalogue, then each catalogue file in the user's folder in name order. Entries
 * whose id an earlier catalogue already has are left out. A user file that can no longer be
 * read is skipped with a message in the log, so one bad file does not hide the others.
 *
 * Returns: (transfer full) (element-type SirkelCatalog): the catalogues
 */
GPtrArray *
sirkel_catalog_list_all (GError **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_catalog_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folder = dup_user_folder ();
  g_autoptr(GDir) dir = NULL;
  SirkelCatalog *bundled;
  const char *file;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bundled = sirkel_catalog_load_bundled (error);
  if (bundled == NULL)
    return NULL;
  g_ptr_array_add (result, bundled);
  for (guint i = 0; i < bundled->entries->len; i++)
    g_hash_table_add (seen, g_strdup (((SirkelCatalogEntry *) bundled->entries->pdata[i])->id));

  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (file = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (file, ".xml") && file[0] != '.')
      g_ptr_array_add (names, g_strdup (file));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      g_autoptr(GError) local = NULL;
      g_autoptr(SirkelCatalog) loaded = sirkel_catalog_load_file (path, &local);
      SirkelCatalog *kept;

      if (loaded == NULL)
        {
          g_message ("Skipping the catalogue %s: %s", path, local->message);
          continue;
        }
      kept = sirkel_catalog_new (loaded->title);
      for (guint j = 0; j < loaded->entries->len; j++)
        {
          const SirkelCatalogEntry *entry = loaded->entries->pdata[j];

          if (g_hash_table_contains (seen, entry->id))
            continue;
          g_hash_table_add (seen, g_strdup (entry->id));
          sirkel_catalog_add (kept, entry);
        }
      g_ptr_array_add (result, kept);
    }
  return g_steal_pointer (&result);
}

/* A file name for an imported catalogue: the source's base name in safe characters. */
static char *
dup_import_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  GString *name = g_string_new (NULL);

  if (g_str_has_suffix (base, ".xml"))
    base[strlen (base) - 4] = '\0';
  for (const char *p = base; *p != '\0' && name->len < 64; p++)
    if (g_ascii_isalnum (*p) || *p == '-' || *p == '_')
      g_string_append_c (name, *p);
    else if (name->len > 0 && name->str[name->len - 1] != '-')
      g_string_append_c (name, '-');
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_append (name, "catalogue");
  g_string_append (name, ".xml");
  return g_string_free (name, FALSE);
}

/**
 * sirkel_catalog_import_file:
 *
 * Reads and checks @path, then saves it into the user's catalogue folder under its own base
 * name (replacing an earlier import of the same name). What is saved is the catalogue as
 * Sirkel writes it, not the original bytes, so the folder holds only files Sirkel wrote.
 */
SirkelCatalog *
sirkel_catalog_import_file (const char  *path,
                            GError     **error)
{
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autofree char *folder = dup_user_folder ();
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  catalog = sirkel_catalog_load_file (path, error);
  if (catalog == NULL)
    return NULL;
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      set_io_error (error, errno, folder, _("the folder for catalogues could not be created"));
      return NULL;
    }
  name = dup_import_name (path);
  target = g_build_filename (folder, name, NULL);
  if (!sirkel_catalog_save_file (catalog, target, error))
    return NULL;
  return g_steal_pointer (&catalog);
}
