/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of SirkelDocumentsPage shared by sirkel-documents-page.c (choices, the report and
 * its preview) and sirkel-documents-page-export.c (export, print, the file chooser and the
 * "Saved" toast).
 */
#pragma once

#include <adwaita.h>

#include "sirkel-document-preview.h"
#include "sirkel-documents-page.h"

G_BEGIN_DECLS

struct _SirkelDocumentsPage
{
  SirkelPage             parent_instance;

  GSignalGroup          *status_signals;
  GSignalGroup          *store_signals;
  char                  *report_type;       /* "oversikt", "plan" or "rapport" */
  char                  *language;          /* "nb", "nn" or "en" */
  SirkelReport          *report;            /* nullable; of report_type and language unless stale */
  guint                  build_id;          /* a pending rebuild of the report */
  GCancellable          *export_cancellable; /* non-NULL exactly while exporting */
  GFile                 *export_file;       /* the file being written */
  GFile                 *saved_file;        /* the last file written, for the toast's Open */
  guint                  stale : 1;         /* the project or a choice changed since report */
  guint                  scroll_to_top : 1; /* the next report is another document */
  guint                  language_chosen : 1; /* the user chose; else the project's language */
  guint                  printing : 1;      /* a print operation is drawing the report */

  /* Template children */
  GtkMenuButton         *language_button;
  GtkLabel              *description_label;
  GtkImage              *ready_icon;
  GtkLabel              *ready_label;
  GtkLabel              *export_label;
  GtkProgressBar        *export_progress;
  SirkelDocumentPreview *preview;
  AdwStatusPage         *error_page;
};

gboolean _sirkel_documents_page_ensure_report   (SirkelDocumentsPage *self);
void     _sirkel_documents_page_update_actions  (SirkelDocumentsPage *self);
void     _sirkel_documents_page_set_exporting (SirkelDocumentsPage *self,
                                               gboolean             exporting);
void     _sirkel_documents_page_class_add_export_actions (GtkWidgetClass *widget_class);

G_END_DECLS
