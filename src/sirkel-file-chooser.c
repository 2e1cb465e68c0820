/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Native file choosers for project files and statistics files; see sirkel-file-chooser.h. Each
 * chooser lives from show until its response, which calls the caller's function exactly once.
 */
#define G_LOG_DOMAIN "sirkel-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-file-chooser.h"
#include "sirkel-import.h"
#include "sirkel-import-labels.h"

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

typedef struct
{
  SirkelFileChooserImportFunc func;
  gpointer                    user_data;
} ImportRequest;

static void
import_response_cb (GtkNativeDialog *native,
                    int              response,
                    ImportRequest   *request)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (native);
  g_autoptr(GListModel) files = NULL;
  const char *format = gtk_file_chooser_get_choice (chooser, "format");
  const char *encoding = gtk_file_chooser_get_choice (chooser, "encoding");
  const char *all_measures = gtk_file_chooser_get_choice (chooser, "all-measures");

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (chooser);
  if (files != NULL && g_list_model_get_n_items (files) == 0)
    g_clear_object (&files);
  request->func (files, format != NULL ? format : "auto", encoding != NULL ? encoding : "auto",
                 g_strcmp0 (all_measures, "true") == 0 ? SIRKEL_IMPORT_ALL_MEASURES
                                                       : SIRKEL_IMPORT_FLAGS_NONE,
                 request->user_data);
  g_free (request);
  g_object_unref (native);
}

/* The format and encoding overrides, as choices on the chooser (the portal shows them too):
 * detection is right nearly always, and the way out when it is not. And a check box for
 * every measure of an FHI table as an indicator, not only the one its profiles show. */
static void
add_import_choices (GtkFileChooser *chooser)
{
  const char * const *formats = sirkel_import_formats ();
  static const char *encodings[] = { "auto", "UTF-8", "UTF-16LE", "ISO-8859-1", "WINDOWS-1252",
                                     NULL };
  const char *encoding_labels[G_N_ELEMENTS (encodings)] = { NULL };
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_ptr_array_add (ids, (gpointer) "auto");
  g_ptr_array_add (labels, (gpointer) _("Automatic"));
  for (guint i = 0; formats[i] != NULL; i++)
    {
      g_ptr_array_add (ids, (gpointer) formats[i]);
      g_ptr_array_add (labels, (gpointer) sirkel_import_format_label (formats[i]));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);
  gtk_file_chooser_add_choice (chooser, "format", _("Format"), (const char **) ids->pdata,
                               (const char **) labels->pdata);
  gtk_file_chooser_set_choice (chooser, "format", "auto");

  encoding_labels[0] = _("Automatic");
  encoding_labels[1] = "UTF-8";
  encoding_labels[2] = "UTF-16 LE";
  encoding_labels[3] = _("ISO-8859-1 (Latin-1)");
  encoding_labels[4] = "Windows-1252";
  gtk_file_chooser_add_choice (chooser, "encoding", _("Encoding"), encodings, encoding_labels);
  gtk_file_chooser_set_choice (chooser, "encoding", "auto");

  gtk_file_chooser_add_choice (chooser, "all-measures", _("All statistical measures"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "all-measures", "false");
}

/**
 * sirkel_file_chooser_import:
 *
 * Asks for one or more statistics files (FHI, SSB, PC-Axis, JSON-stat, Udir, Sirkel CSV),
 * with the format and encoding to read them in: "auto" unless the user chose one.
 */
void
sirkel_file_chooser_import (GtkWindow                   *parent,
                            SirkelFileChooserImportFunc  func,
                            gpointer                     user_data)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) statistics = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  ImportRequest *request;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (func != NULL);

  native = gtk_file_chooser_native_new (_("Import Statistics"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_file_chooser_set_select_multiple (chooser, TRUE);

  gtk_file_filter_set_name (statistics, _("Statistics files"));
  gtk_file_filter_add_suffix (statistics, "csv");
  gtk_file_filter_add_suffix (statistics, "json");
  gtk_file_filter_add_suffix (statistics, "px");
  gtk_file_filter_add_suffix (statistics, "txt");
  gtk_file_chooser_add_filter (chooser, statistics);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  add_import_choices (chooser);

  request = g_new0 (ImportRequest, 1);
  request->func = func;
  request->user_data = user_data;
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (import_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Catalogues of measures (tiltaksbank XML, docs/catalog-format.md) */

static void
catalog_response_cb (GtkNativeDialog *native,
                     int              response,
                     Request         *request)
{
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      path = file != NULL ? g_file_get_path (file) : NULL;
      /* A name typed without the extension gets it, unless that would replace a file the
       * chooser did not ask about. */
      if (path != NULL && request->saving && !g_str_has_suffix (path, ".xml"))
        {
          g_autofree char *suffixed = g_strconcat (path, ".xml", NULL);

          if (!g_file_test (suffixed, G_FILE_TEST_EXISTS))
            {
              g_free (path);
              path = g_steal_pointer (&suffixed);
            }
        }
    }
  request->func (path, request->user_data);
  g_free (request);
  g_object_unref (native);
}

static void
run_catalog (GtkFileChooserNative  *native,
             gboolean               saving,
             SirkelFileChooserFunc  func,
             gpointer               user_data)
{
  Request *request = g_new0 (Request, 1);
  g_autoptr(GtkFileFilter) catalogs = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  request->func = func;
  request->user_data = user_data;
  request->saving = saving;
  gtk_file_filter_set_name (catalogs, _("Catalogues of measures (XML)"));
  gtk_file_filter_add_suffix (catalogs, "xml");
  gtk_file_filter_add_mime_type (catalogs, "application/xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), catalogs);
  if (!saving)
    {
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (catalog_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * sirkel_file_chooser_open_catalog:
 *
 * Asks for a catalogue of measures to import.
 */
void
sirkel_file_chooser_open_catalog (GtkWindow             *parent,
                                  SirkelFileChooserFunc  func,
                                  gpointer               user_data)
{
  GtkFileChooserNative *native;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (func != NULL);

  native = gtk_file_chooser_native_new (_("Import a Catalogue of Measures"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  run_catalog (native, FALSE, func, user_data);
}

/**
 * sirkel_file_chooser_save_catalog:
 * @name: the file name to suggest, with .xml
 *
 * Asks where to save a catalogue of measures; a name without .xml gets it.
 */
void
sirkel_file_chooser_save_catalog (GtkWindow             *parent,
                                  const char            *name,
                                  SirkelFileChooserFunc  func,
                                  gpointer               user_data)
{
  GtkFileChooserNative *native;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (name != NULL);
  g_return_if_fail (func != NULL);

  native = gtk_file_chooser_native_new (_("Export Measures as a Catalogue"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  run_catalog (native, TRUE, func, user_data);
}
