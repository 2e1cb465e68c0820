/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Native file choosers for project files; see sirkel-file-chooser.h. Each chooser lives from
 * show until its response, which calls the caller's function exactly once.
 */
#define G_LOG_DOMAIN "sirkel-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-file-chooser.h"

#define SIRKEL_SUFFIX ".sirkel"

typedef struct
{
  SirkelFileChooserFunc func;
  gpointer              user_data;
  gboolean              saving;
} Request;

static GtkFileFilter *
project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Sirkel projects"));
  gtk_file_filter_add_pattern (filter, "*" SIRKEL_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-sirkel-project");
  return filter;
}

/* A name typed without the extension gets it, unless that would silently replace a file the
 * chooser did not ask about. */
static char *
with_suffix (const char *path)
{
  g_autofree char *suffixed = NULL;

  if (g_str_has_suffix (path, SIRKEL_SUFFIX))
    return g_strdup (path);
  suffixed = g_strconcat (path, SIRKEL_SUFFIX, NULL);
  if (g_file_test (suffixed, G_FILE_TEST_EXISTS))
    return g_strdup (path);
  return g_steal_pointer (&suffixed);
}

static void
response_cb (GtkNativeDialog *native,
             int              response,
             Request         *request)
{
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path != NULL && request->saving)
        {
          char *suffixed = with_suffix (path);

          g_free (path);
          path = suffixed;
        }
    }
  request->func (path, request->user_data);
  g_free (request);
  g_object_unref (native);
}

static void
run (GtkFileChooserNative  *native,
     gboolean               saving,
     SirkelFileChooserFunc  func,
     gpointer               user_data)
{
  Request *request = g_new0 (Request, 1);
  g_autoptr(GtkFileFilter) filter = project_filter ();

  request->func = func;
  request->user_data = user_data;
  request->saving = saving;
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
sirkel_file_chooser_open (GtkWindow             *parent,
                          SirkelFileChooserFunc  func,
                          gpointer               user_data)
{
  GtkFileChooserNative *native;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (func != NULL);

  native = gtk_file_chooser_native_new (_("Open Project"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  run (native, FALSE, func, user_data);
}

/**
 * sirkel_file_chooser_save:
 * @folder: (nullable): the folder to start in
 * @name: the suggested file name
 *
 * GTK 4 file choosers always ask before replacing an existing file (the 4.x replacement for
 * do-overwrite-confirmation), so the chosen path may be written over.
 */
void
sirkel_file_chooser_save (GtkWindow             *parent,
                          const char            *folder,
                          const char            *name,
                          SirkelFileChooserFunc  func,
                          gpointer               user_data)
{
  GtkFileChooserNative *native;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (name != NULL);
  g_return_if_fail (func != NULL);

  native = gtk_file_chooser_native_new (_("Save Project"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  if (folder != NULL)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), dir, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  run (native, TRUE, func, user_data);
}
