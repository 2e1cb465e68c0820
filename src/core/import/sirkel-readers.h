/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format readers. Each has the same two entry points:
 *
 *   gboolean sirkel_X_sniff (const guint8 *data, gsize len);
 *     TRUE when the first bytes look like this format (used by the automatic detection, which
 *     tries the readers in a fixed order; a sniff must be cheap and must not decode the file).
 *
 *   gboolean sirkel_X_read (GBytes *bytes, const char *encoding, SirkelImportTable *table,
 *                           GCancellable *cancellable, GError **error);
 *     Parses the whole file into @table (format, encoding, source, table_id, title, measures,
 *     observations, warnings). @encoding is NULL/"auto" or the user's override. On error
 *     @table may be partly filled and is thrown away by the caller. Checks @cancellable every
 *     few thousand cells. Errors are one sentence naming the line (or JSON path) and what is
 *     wrong, in SIRKEL_IMPORT_ERROR.
 */
#pragma once

#include "sirkel-import-table.h"
#include "sirkel-text.h"

G_BEGIN_DECLS

#define SIRKEL_DECLARE_READER(name)                                                         \
  gboolean sirkel_##name##_sniff (const guint8 *data, gsize len);                           \
  gboolean sirkel_##name##_read  (GBytes *bytes, const char *encoding,                      \
                                  SirkelImportTable *table, GCancellable *cancellable,      \
                                  GError **error);

SIRKEL_DECLARE_READER (fhi_csv)     /* FHI kube, csv2, csv3, data-owner files */
SIRKEL_DECLARE_READER (ssb_csv)     /* SSB StatBank CSV (title, blank line, quoted header) */
SIRKEL_DECLARE_READER (udir)        /* Udir statistikkbank: UTF-16LE, sep= line, tabs */
SIRKEL_DECLARE_READER (long_csv)    /* Sirkel's own long format (README) */
SIRKEL_DECLARE_READER (jsonstat)    /* JSON-stat 1.x and 2.0, FHI and SSB */
SIRKEL_DECLARE_READER (px)          /* PC-Axis */

/* After any reader: old kommune codes read as today's (sirkel-import-geo.c). */
void sirkel_import_table_recode_geography (SirkelImportTable *table);

G_END_DECLS
