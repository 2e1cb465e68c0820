/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelImportQueue: the statistics files a window is importing into its project, one after
 * another. Each file is read and parsed in a worker thread (sirkel_import_read_file_async);
 * the table is applied on the main thread (sirkel_import_apply) as one action in the history.
 * A file whose FHI measures the project maps beyond the display measure is read again with
 * all measures (SIRKEL_IMPORT_ERROR_MEASURES), ahead of the files waiting.
 * The file chooser and a drop on the window add files; the Data page shows the busy state and
 * the name of the file being read, and its Cancel button cancels the read and the files
 * waiting after it. A cancelled read leaves nothing in the project.
 *
 * Signals report the outcome of each file: "imported" with the new import, what changed
 * against the import it replaced, and the indicators made for measures seen for the first
 * time; "failed" with the core's one-sentence error. A cancelled file reports nothing.
 *
 * Thread rule: main thread only; the worker never sees the queue.
 */
#pragma once

#include <gio/gio.h>

#include "sirkel-document.h"
#include "sirkel-import.h"

G_BEGIN_DECLS

#define SIRKEL_TYPE_IMPORT_QUEUE (sirkel_import_queue_get_type ())
G_DECLARE_FINAL_TYPE (SirkelImportQueue, sirkel_import_queue, SIRKEL, IMPORT_QUEUE, GObject)

SirkelImportQueue *sirkel_import_queue_new           (void);
SirkelDocument    *sirkel_import_queue_get_document  (SirkelImportQueue *self);
void               sirkel_import_queue_set_document  (SirkelImportQueue *self,
                                                      SirkelDocument    *document);
gboolean           sirkel_import_queue_get_busy      (SirkelImportQueue *self);
const char        *sirkel_import_queue_get_file_name (SirkelImportQueue *self);
guint              sirkel_import_queue_get_n_waiting (SirkelImportQueue *self);
void               sirkel_import_queue_add           (SirkelImportQueue *self,
                                                      GFile             *file,
                                                      const char        *format,
                                                      const char        *encoding,
                                                      SirkelImportFlags  flags);
void               sirkel_import_queue_cancel        (SirkelImportQueue *self);

G_END_DECLS
