/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelReport: a document that the council reads (DESIGN.md § 6) — built once as a list of
 * blocks (title page, table of contents, numbered headings on three levels, paragraphs of the
 * user's text, bullet lists, tables, figures drawn by the chart library, page breaks), laid
 * out on A4 pages with Pango, and then drawn page by page onto any cairo_t: a preview widget,
 * a GtkPrintOperation's context, or the PDF surface of an export.
 *
 * Typical use, on the thread that opened the store:
 *
 *   report = sirkel_report_new_from_store (store, SIRKEL_REPORT_TYPE_OVERVIEW, "nn", NULL, &error);
 *   n = sirkel_report_get_n_pages (report);           lays the pages out on first use
 *   sirkel_report_render_page (report, i, cr);         one page; 1 unit = 1 point, origin top left
 *   sirkel_report_write_pdf_async (report, path, progress, data, cancellable, callback, data);
 *
 * A preview scales cr to its widget (sirkel_report_get_page_size gives the page in points);
 * printing sets the number of pages in GtkPrintOperation::begin-print and, in ::draw-page,
 * scales the print context's cairo_t from points to its units and renders the page.
 *
 * The document's language (nb, nn or en) is chosen when it is built and is independent of the
 * UI language: every fixed word comes from the nb/nn catalogues through sirkel-i18n.h. Text
 * the user wrote is printed as written.
 *
 * The PDF is tagged (Document, H1–H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, TOC/TOCI, Link and
 * Figure with its text alternative as /Alt), has an outline, internal links from the table of
 * contents, metadata (title, author, subject, keywords, creator, dates), /Lang, and embedded
 * font subsets. It is written to a temporary file beside the target, checked, synced and
 * renamed over the target; a failed or cancelled export leaves nothing behind. The output is
 * byte-identical for the same project and the same date (see sirkel_report_dup_date_now).
 *
 * Thread rule: a report is used from one thread at a time. Building from a store happens on
 * the store's thread; layout, rendering and writing need no store and may run in a worker, as
 * sirkel_report_write_pdf_async does — do not render the same report elsewhere meanwhile.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sirkel-chart.h"
#include "sirkel-store.h"

G_BEGIN_DECLS

#define SIRKEL_REPORT_ERROR (sirkel_report_error_quark ())

typedef enum
{
  SIRKEL_REPORT_ERROR_FAILED,
  SIRKEL_REPORT_ERROR_LANGUAGE,    /* not one of nb, nn and en */
  SIRKEL_REPORT_ERROR_NO_PROJECT,  /* the file holds no live project row */
  SIRKEL_REPORT_ERROR_DRAW,        /* Cairo failed while drawing or writing the PDF */
} SirkelReportError;

/* The three documents; the same order as the window's list of documents. */
typedef enum
{
  SIRKEL_REPORT_TYPE_OVERVIEW,     /* oversiktsdokument (fhl § 5, forskrift § 3 a–f) */
  SIRKEL_REPORT_TYPE_PLAN,         /* folkehelseplan med handlingsplan (fhl §§ 6–7) */
  SIRKEL_REPORT_TYPE_ANNUAL,       /* årsrapport: evaluation and learning (koml § 25-1) */
} SirkelReportType;

/* Called with the share of the export done, 0 … 1. */
typedef void (*SirkelReportProgressFunc) (double   fraction,
                                          gpointer user_data);

/* In a table cell, text after this separator is a note printed smaller and muted under the
 * cell's text (an indicator's key under its name, a table code under its source). */
#define SIRKEL_REPORT_CELL_NOTE "\x1f"

typedef struct _SirkelReportTable SirkelReportTable;

#define SIRKEL_TYPE_REPORT (sirkel_report_get_type ())
G_DECLARE_FINAL_TYPE (SirkelReport, sirkel_report, SIRKEL, REPORT, GObject)

GQuark             sirkel_report_error_quark         (void);

const char        *sirkel_report_type_to_key         (SirkelReportType          type);
gboolean           sirkel_report_type_from_key       (const char               *key,
                                                      SirkelReportType         *type);
GDateTime         *sirkel_report_dup_date_now        (void);

/* The three documents of a project. */
SirkelReport      *sirkel_report_new_from_store      (SirkelStore              *store,
                                                      SirkelReportType          type,
                                                      const char               *language,
                                                      GDateTime                *date,
                                                      GError                  **error);

/* The composer. */
SirkelReport      *sirkel_report_new                 (const char               *language,
                                                      GDateTime                *date);
const char        *sirkel_report_get_language        (SirkelReport             *self);
GDateTime         *sirkel_report_get_date            (SirkelReport             *self);
const char        *sirkel_report_get_title           (SirkelReport             *self);
void               sirkel_report_set_metadata        (SirkelReport             *self,
                                                      const char               *title,
                                                      const char               *author,
                                                      const char               *subject,
                                                      const char               *keywords);
void               sirkel_report_set_running_header  (SirkelReport             *self,
                                                      const char               *left,
                                                      const char               *right);
void               sirkel_report_set_footer_note     (SirkelReport             *self,
                                                      const char               *note);
void               sirkel_report_add_title_page      (SirkelReport             *self,
                                                      const char               *kicker,
                                                      const char               *title,
                                                      const char               *subtitle,
                                                      const char * const       *facts,
                                                      const char               *notice);
void               sirkel_report_add_toc             (SirkelReport             *self);
void               sirkel_report_add_heading         (SirkelReport             *self,
                                                      guint                     level,
                                                      const char               *text);
void               sirkel_report_begin_appendix      (SirkelReport             *self);
void               sirkel_report_add_paragraph       (SirkelReport             *self,
                                                      const char               *text);
void               sirkel_report_add_labelled_paragraph (SirkelReport          *self,
                                                      const char               *label,
                                                      const char               *text);
void               sirkel_report_add_note            (SirkelReport             *self,
                                                      const char               *text);
void               sirkel_report_add_list            (SirkelReport             *self,
                                                      const char * const       *items);
SirkelReportTable *sirkel_report_add_table           (SirkelReport             *self,
                                                      const char               *caption,
                                                      guint                     n_columns,
                                                      const char * const       *headers,
                                                      const double             *widths);
void               sirkel_report_table_set_numeric   (SirkelReportTable        *table,
                                                      guint                     column);
void               sirkel_report_table_add_row       (SirkelReportTable        *table,
                                                      const char * const       *cells);
void               sirkel_report_table_add_total_row (SirkelReportTable        *table,
                                                      const char * const       *cells);
void               sirkel_report_add_figure          (SirkelReport             *self,
                                                      SirkelChart              *chart,
                                                      const char               *caption,
                                                      const char               *source);
void               sirkel_report_add_page_break      (SirkelReport             *self);

/* Pages. */
void               sirkel_report_get_page_size       (double                   *width,
                                                      double                   *height);
gboolean           sirkel_report_paginate            (SirkelReport             *self,
                                                      GCancellable             *cancellable,
                                                      GError                  **error);
guint              sirkel_report_get_n_pages         (SirkelReport             *self);
void               sirkel_report_render_page         (SirkelReport             *self,
                                                      guint                     page,
                                                      cairo_t                  *cr);

/* PDF. */
gboolean           sirkel_report_write_pdf           (SirkelReport             *self,
                                                      const char               *path,
                                                      SirkelReportProgressFunc  progress,
                                                      gpointer                  progress_data,
                                                      GCancellable             *cancellable,
                                                      GError                  **error);
void               sirkel_report_write_pdf_async     (SirkelReport             *self,
                                                      const char               *path,
                                                      SirkelReportProgressFunc  progress,
                                                      gpointer                  progress_data,
                                                      GCancellable             *cancellable,
                                                      GAsyncReadyCallback       callback,
                                                      gpointer                  user_data);
gboolean           sirkel_report_write_pdf_finish    (SirkelReport             *self,
                                                      GAsyncResult             *result,
                                                      GError                  **error);

G_END_DECLS
