/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocumentsPage: the documents the council receives (overview document, public health
 * plan, annual report). The user chooses the document and its language (by default the
 * project's document language), sees its pages as the composer draws them, exports it as PDF
 * with progress and Cancel, and prints it through GtkPrintOperation; all three use one
 * SirkelReport.
 *
 * The report is made from the store on the main thread (the store's thread rule), only while
 * the page is shown: after the document, the language or the project changed, coalesced, with
 * a spinner over the preview meanwhile. While an export writes the report in a worker nothing
 * else touches it: the preview is frozen and a new report waits until the export is done.
 *
 * Actions: documents.report-type ("oversikt", "plan", "rapport"), documents.language ("nb",
 * "nn", "en"), documents.export (asks for a file), documents.print, documents.cancel-export,
 * documents.refresh. Export and print work on read-only projects too.
 */
#pragma once

#include "sirkel-page.h"
#include "sirkel-report.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_DOCUMENTS_PAGE (sirkel_documents_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDocumentsPage, sirkel_documents_page,
                      SIRKEL, DOCUMENTS_PAGE, SirkelPage)

const char        *sirkel_documents_page_get_report_type (SirkelDocumentsPage *self);
void               sirkel_documents_page_set_report_type (SirkelDocumentsPage *self,
                                                          const char          *key);
const char        *sirkel_documents_page_get_language    (SirkelDocumentsPage *self);
void               sirkel_documents_page_set_language    (SirkelDocumentsPage *self,
                                                          const char          *language);
SirkelReport      *sirkel_documents_page_get_report      (SirkelDocumentsPage *self);
gboolean           sirkel_documents_page_get_exporting   (SirkelDocumentsPage *self);
void               sirkel_documents_page_export_to_file  (SirkelDocumentsPage *self,
                                                          GFile               *file);
void               sirkel_documents_page_cancel_export   (SirkelDocumentsPage *self);
GtkPrintOperation *sirkel_documents_page_new_print_operation (SirkelDocumentsPage *self);

G_END_DECLS
