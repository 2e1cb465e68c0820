/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocumentPreview: the pages of a SirkelReport as a scrollable column of paper, drawn by
 * the composer (a GtkListView of SirkelDocumentPreviewPage, so only the pages in view are drawn),
 * with zoom buttons and a page counter ("Page 3 of 42") floating over the bottom edge.
 *
 * The zoom is 0 ("fit the width", at most 100 %) or a percentage; preview.zoom-in,
 * preview.zoom-out (Ctrl+plus, Ctrl+minus) step through fixed levels and preview.zoom-fit
 * (Ctrl+0) goes back to fitting. "busy" shows a spinner over dimmed pages while a new report is
 * made; "frozen" stops the pages from touching the report while an export writes it in a
 * worker (SirkelReport's thread rule).
 *
 * Setting a report with a different page count grows or shrinks the list at its end, so the
 * scroll position stays where it was.
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-report.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_DOCUMENT_PREVIEW (sirkel_document_preview_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDocumentPreview, sirkel_document_preview,
                      SIRKEL, DOCUMENT_PREVIEW, GtkWidget)

SirkelReport *sirkel_document_preview_get_report       (SirkelDocumentPreview *self);
void          sirkel_document_preview_set_report       (SirkelDocumentPreview *self,
                                                        SirkelReport          *report);
guint         sirkel_document_preview_get_n_pages      (SirkelDocumentPreview *self);
guint         sirkel_document_preview_get_current_page (SirkelDocumentPreview *self);
const char   *sirkel_document_preview_get_counter_text (SirkelDocumentPreview *self);
void          sirkel_document_preview_scroll_to_page   (SirkelDocumentPreview *self,
                                                        guint                  page);
double        sirkel_document_preview_get_zoom         (SirkelDocumentPreview *self);
void          sirkel_document_preview_set_zoom         (SirkelDocumentPreview *self,
                                                        double                 zoom);
gboolean      sirkel_document_preview_get_busy         (SirkelDocumentPreview *self);
void          sirkel_document_preview_set_busy         (SirkelDocumentPreview *self,
                                                        gboolean               busy);
gboolean      sirkel_document_preview_get_frozen       (SirkelDocumentPreview *self);
void          sirkel_document_preview_set_frozen       (SirkelDocumentPreview *self,
                                                        gboolean               frozen);

G_END_DECLS
