/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a statistics file: detect its format, read it into a SirkelImportTable (in a
 * worker thread for the window), and apply the table to a project as one action — a snapshot
 * with provenance, the indicators it feeds, and what changed against the previous import of
 * the same table, which it replaces.
 *
 * Thread rule: sirkel_import_read_* touch no store and may run in a worker;
 * sirkel_import_apply runs on the store's thread.
 */
#pragma once

#include "sirkel-import-table.h"
#include "sirkel-store.h"
#include "sirkel-text.h"

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_IMPORT_FLAGS_NONE   = 0,
  SIRKEL_IMPORT_ALL_MEASURES = 1 << 0,  /* every measure of an FHI table an indicator, not
                                           only its display measure (sirkel-import-measures.c) */
} SirkelImportFlags;

typedef struct
{
  guint  new_periods;       /* cells in periods the previous import did not have */
  guint  revised;           /* cells whose value changed */
  guint  newly_suppressed;  /* cells that had a value and now have none */
  guint  removed;           /* cells of the previous import that are gone */
  guint  unchanged;
  char  *replaced;          /* file name of the import replaced, or NULL for a first import */
  char  *summary;           /* one sentence for people */
} SirkelImportChanges;

const char        *sirkel_import_detect_format       (const guint8         *data,
                                                      gsize                 len,
                                                      const char           *file_name);
const char * const *sirkel_import_formats            (void);
SirkelImportTable *sirkel_import_read_bytes          (GBytes               *bytes,
                                                      const char           *file_name,
                                                      const char           *format,
                                                      const char           *encoding,
                                                      SirkelImportFlags     flags,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
SirkelImportTable *sirkel_import_read_file           (GFile                *file,
                                                      const char           *format,
                                                      const char           *encoding,
                                                      SirkelImportFlags     flags,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
void               sirkel_import_read_file_async     (GFile                *file,
                                                      const char           *format,
                                                      const char           *encoding,
                                                      SirkelImportFlags     flags,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
SirkelImportTable *sirkel_import_read_file_finish    (GAsyncResult         *result,
                                                      GError              **error);

gboolean           sirkel_import_apply               (SirkelStore          *store,
                                                      SirkelImportTable    *table,
                                                      SirkelId             *import_id,
                                                      SirkelImportChanges **changes,
                                                      GError              **error);
char              *sirkel_import_table_dup_other_measures
                                                     (SirkelImportTable    *table);
char              *sirkel_import_describe_other_measures
                                                     (const char           *keys);
void               sirkel_import_changes_free        (SirkelImportChanges  *changes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelImportChanges, sirkel_import_changes_free)

G_END_DECLS
