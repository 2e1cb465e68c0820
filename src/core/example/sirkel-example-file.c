/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example project is built in a private temporary folder and then published to its path
 * like any project: atomically, verified, never over an existing file.
 */
#define G_LOG_DOMAIN "sirkel-example-file"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sirkel-example.h"
#include "sirkel-example-file.h"
#include "sirkel-publish.h"

/**
 * sirkel_example_write:
 * @path: where to write; must not exist
 *
 * Writes the example project: a fictional municipality with generated data.
 */
gboolean
sirkel_example_write (const char  *path,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *journal = NULL;
  g_autoptr(SirkelStore) store = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_EXISTS,
                   _("“%s” already exists; choose another name."), name);
      return FALSE;
    }
  dir = g_dir_make_tmp ("sirkel-example-XXXXXX", error);
  if (dir == NULL)
    return FALSE;
  temp = g_build_filename (dir, "example.sirkel", NULL);
  journal = g_strconcat (temp, "-journal", NULL);

  store = sirkel_store_create (temp, error);
  /* sirkel_example_fill () seeds the store's ids itself, so the history is reproducible. */
  ok = store != NULL &&
       sirkel_example_fill (store, error) &&
       sirkel_publish (store, path, NULL, SIRKEL_PUBLISH_NEW, NULL, error);
  if (store != NULL)
    sirkel_store_close (store);
  g_unlink (journal);
  g_unlink (temp);
  g_rmdir (dir);
  return ok;
}
