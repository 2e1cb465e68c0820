/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocumentPreviewPage: one page of a SirkelReport, drawn by the composer itself on white
 * paper at the widget's size (sirkel_report_render_page through gtk_snapshot_append_cairo). The
 * document preview's list view makes one per visible row and binds its report, page count,
 * zoom and frozen state to the preview's.
 *
 * Its width follows the zoom: a percentage of the page's size at 96 dpi, or 0 for "fit the
 * width, at most 100 %"; its height keeps the page's proportions. A drawn page is kept as a
 * render node until the report, page or size changes. While frozen (an export is writing the
 * same report in a worker) the page never touches the report: it shows the kept drawing, or
 * blank paper until it is thawed.
 *
 * Its accessible name is "Page N of M".
 */
#pragma once

#include <gtk/gtk.h>

#include "sirkel-report.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_DOCUMENT_PREVIEW_PAGE (sirkel_document_preview_page_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDocumentPreviewPage, sirkel_document_preview_page,
                      SIRKEL, DOCUMENT_PREVIEW_PAGE, GtkWidget)

/* The size of a page at 100 %: 96 pixels to the inch, 72 points to the inch. */
#define SIRKEL_DOCUMENT_PREVIEW_PIXELS_PER_POINT (96.0 / 72.0)

GtkWidget    *sirkel_document_preview_page_new         (void);
SirkelReport *sirkel_document_preview_page_get_report  (SirkelDocumentPreviewPage *self);
void          sirkel_document_preview_page_set_report  (SirkelDocumentPreviewPage *self,
                                                        SirkelReport              *report);
guint         sirkel_document_preview_page_get_page    (SirkelDocumentPreviewPage *self);
void          sirkel_document_preview_page_set_page    (SirkelDocumentPreviewPage *self,
                                                        guint                      page);
guint         sirkel_document_preview_page_get_n_pages (SirkelDocumentPreviewPage *self);
void          sirkel_document_preview_page_set_n_pages (SirkelDocumentPreviewPage *self,
                                                        guint                      n_pages);
double        sirkel_document_preview_page_get_zoom    (SirkelDocumentPreviewPage *self);
void          sirkel_document_preview_page_set_zoom    (SirkelDocumentPreviewPage *self,
                                                        double                     zoom);
gboolean      sirkel_document_preview_page_get_frozen  (SirkelDocumentPreviewPage *self);
void          sirkel_document_preview_page_set_frozen  (SirkelDocumentPreviewPage *self,
                                                        gboolean                   frozen);
const char   *sirkel_document_preview_page_get_label   (SirkelDocumentPreviewPage *self);

G_END_DECLS
