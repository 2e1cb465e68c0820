/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocumentsPage: export and print; see sirkel-documents-page.h.
 *
 * Export asks for a file (GtkFileChooserNative: GTK 4.8 has no GtkFileDialog), then writes the
 * page's report there in a worker (sirkel_report_write_pdf_async), with a progress bar and
 * Cancel in the page; the composer writes a temporary file and renames it, so a failed or
 * cancelled export leaves nothing. Print hands the same report to GtkPrintOperation, which
 * draws each page on the main thread. Export and print never run at once: both use the report.
 */
#define G_LOG_DOMAIN "sirkel-documents-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sirkel-documents-page-private.h"
#include "sirkel-i18n.h"
#include "sirkel-window.h"

static void
show_error (SirkelDocumentsPage *self,
            const char          *heading,
            const char          *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SIRKEL_IS_WINDOW (root))
    sirkel_window_show_message (SIRKEL_WINDOW (root), heading, message);
  else
    g_message ("%s: %s", heading, message);
}

static void
toast (SirkelDocumentsPage *self,
       AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* "Oversiktsdokument Lundfjord 2026.pdf": the document's kind in its own language, the
 * municipality and the year of the document's date. */
static char *
dup_default_name (SirkelDocumentsPage *self)
{
  static const char *kinds[] = {
    "report\004Overview document",
    "report\004Public health plan and action plan",
    "report\004Annual report",
  };
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  SirkelEntity *project = document != NULL ? sirkel_document_get_project (document) : NULL;
  const char *place = project != NULL ? sirkel_entity_get_text (project, "kommune_name") : NULL;
  SirkelReportType type = SIRKEL_REPORT_TYPE_OVERVIEW;
  const char *kind;
  char *name;

  sirkel_report_type_from_key (sirkel_documents_page_get_report_type (self), &type);
  kind = sirkel_i18n_gettext (sirkel_report_get_language (self->report), kinds[type]);
  if (kind == kinds[type])
    kind = strchr (kind, '\004') + 1;
  if (place == NULL || *place == '\0')
    place = project != NULL ? sirkel_entity_get_text (project, "kommune") : "";
  name = g_strdup_printf ("%s %s %d.pdf", kind, place,
                          g_date_time_get_year (sirkel_report_get_date (self->report)));
  g_strdelimit (name, "/\\:", '-');
  return name;
}

static void
launched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SirkelDocumentsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;
  /* AdwToast 1.2 always reads its title as markup. */
  escaped = g_markup_escape_text (error->message, -1);
  toast (self, adw_toast_new (escaped));
}

static void
open_saved_cb (SirkelDocumentsPage *self)
{
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (self->saved_file == NULL)
    return;
  uri = g_file_get_uri (self->saved_file);
  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
    gtk_widget_get_display (GTK_WIDGET (self))));
  g_app_info_launch_default_for_uri_async (uri, context, NULL, launched_cb, g_object_ref (self));
}

static void
export_progress_cb (double   fraction,
                    gpointer user_data)
{
  SirkelDocumentsPage *self = user_data;

  if (self->export_progress != NULL)
    gtk_progress_bar_set_fraction (self->export_progress, fraction);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SirkelDocumentsPage) self = user_data;
  g_autoptr(GFile) file = g_steal_pointer (&self->export_file);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display_name = g_filename_display_name (name);
  g_autofree char *escaped = g_markup_escape_text (display_name, -1);
  gboolean disposed = self->preview == NULL;
  AdwToast *saved;

  sirkel_report_write_pdf_finish (SIRKEL_REPORT (source), result, &error);
  _sirkel_documents_page_set_exporting (self, FALSE);
  if (disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      show_error (self, _("Could Not Export the Document"), error->message);
      return;
    }
  g_set_object (&self->saved_file, file);
  /* Translators: a toast after an export; %s is the file name. */
  saved = adw_toast_new_format (_("Saved “%s”"), escaped);
  adw_toast_set_button_label (saved, _("_Open"));
  g_signal_connect_object (saved, "button-clicked", G_CALLBACK (open_saved_cb), self,
                           G_CONNECT_SWAPPED);
  toast (self, saved);
}

/**
 * sirkel_documents_page_export_to_file:
 * @file: the PDF to write; replaced if it exists
 *
 * Writes the page's document, rebuilt first if the project changed, to @file in a worker,
 * with progress in the page, then says so in a toast. documents.export calls it with the file
 * the user chose; tests call it directly. Does nothing while an export or a print runs.
 */
void
sirkel_documents_page_export_to_file (SirkelDocumentsPage *self,
                                      GFile               *file)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->export_cancellable != NULL || self->printing ||
      !_sirkel_documents_page_ensure_report (self))
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (self, _("Could Not Export the Document"),
                  _("Choose a folder on this computer."));
      return;
    }
  g_set_object (&self->export_file, file);
  name = g_filename_display_basename (path);
  /* Translators: beside the progress bar of an export; %s is the file name. */
  label = g_strdup_printf (_("Writing “%s”…"), name);
  gtk_label_set_label (self->export_label, label);
  gtk_progress_bar_set_fraction (self->export_progress, 0);
  _sirkel_documents_page_set_exporting (self, TRUE);
  sirkel_report_write_pdf_async (self->report, path, export_progress_cb, self,
                                 self->export_cancellable, export_done_cb, g_object_ref (self));
}

/* Stops a running export; nothing is left behind. */
void
sirkel_documents_page_cancel_export (SirkelDocumentsPage *self)
{
  g_return_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self));

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static void
export_response_cb (GtkNativeDialog     *native,
                    int                  response,
                    SirkelDocumentsPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      /* A name typed without the extension gets it, unless that would silently replace a
       * file the chooser did not ask about. */
      if (name != NULL && !g_str_has_suffix (name, ".pdf") && !g_str_has_suffix (name, ".PDF"))
        {
          g_autofree char *suffixed = g_strconcat (name, ".pdf", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autoptr(GFile) with_suffix = parent != NULL ? g_file_get_child (parent, suffixed)
                                                        : NULL;

          if (with_suffix != NULL && !g_file_query_exists (with_suffix, NULL))
            g_set_object (&file, with_suffix);
        }
      sirkel_documents_page_export_to_file (self, file);
    }
  g_object_unref (native);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (widget);
  SirkelDocument *document = sirkel_page_get_document (SIRKEL_PAGE (self));
  const char *project_path = document != NULL ? sirkel_document_get_path (document) : NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (!_sirkel_documents_page_ensure_report (self))
    return;
  native = gtk_file_chooser_native_new (_("Export Document"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                        _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (project_path != NULL)
    {
      g_autofree char *folder = g_path_get_dirname (project_path);
      g_autoptr(GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), dir, NULL);
    }
  name = dup_default_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
cancel_export_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  sirkel_documents_page_cancel_export (SIRKEL_DOCUMENTS_PAGE (widget));
}

/* Each page at the largest size that fits the paper, centred; 1 unit is 1 point before. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              SirkelReport      *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double page_width, page_height, scale;

  if (page < 0 || (guint) page >= sirkel_report_get_n_pages (report))
    return;
  sirkel_report_get_page_size (&page_width, &page_height);
  scale = MIN (width / page_width, height / page_height);
  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  sirkel_report_render_page (report, page, cr);
  cairo_restore (cr);
}

/**
 * sirkel_documents_page_new_print_operation:
 *
 * A print operation for the page's report (rebuilt first if the project changed): A4 by
 * default, one printed page per page, the document's title as the job name. documents.print
 * runs it with the print dialog; tests run it with GTK_PRINT_OPERATION_ACTION_EXPORT.
 *
 * Returns: (transfer full) (nullable): the operation, or NULL without a report or while an
 *   export runs
 */
GtkPrintOperation *
sirkel_documents_page_new_print_operation (SirkelDocumentsPage *self)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (SIRKEL_IS_DOCUMENTS_PAGE (self), NULL);

  if (!_sirkel_documents_page_ensure_report (self))
    return NULL;
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, sirkel_report_get_title (self->report));
  gtk_print_operation_set_n_pages (operation, sirkel_report_get_n_pages (self->report));
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_object_ref (self->report), (GClosureNotify) G_CALLBACK (g_object_unref),
                         0);
  return operation;
}

static void
print_done_cb (SirkelDocumentsPage     *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  self->printing = FALSE;
  if (self->preview != NULL)
    _sirkel_documents_page_update_actions (self);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("Could Not Print the Document"),
                  error != NULL ? error->message : _("The printer reported an error."));
    }
}

static void
print_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SirkelDocumentsPage *self = SIRKEL_DOCUMENTS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkPrintOperationResult result;

  if (self->printing || (operation = sirkel_documents_page_new_print_operation (self)) == NULL)
    return;
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self,
                           G_CONNECT_SWAPPED);
  self->printing = TRUE;
  _sirkel_documents_page_update_actions (self);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    return;
  self->printing = FALSE;
  _sirkel_documents_page_update_actions (self);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (self, _("Could Not Print the Document"), error->message);
}

void
_sirkel_documents_page_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "documents.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "documents.print", NULL, print_action_cb);
  gtk_widget_class_install_action (widget_class, "documents.cancel-export", NULL,
                                   cancel_export_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "documents.print", NULL);
}
