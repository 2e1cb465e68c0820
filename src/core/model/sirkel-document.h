/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelDocument: one open project as the user sees it. It ties together the shared file
 * (the path the user chose), its lock, the local working copy the user actually edits, the
 * base fingerprint for the changed-since-opened check, and the list models the window binds to.
 *
 * Life cycle (RELIABILITY.md §2.3): open checks the shared file as untrusted, takes the lock,
 * copies the file with the backup API to a working copy under the user data directory and
 * records its fingerprint. Every action commits to the working copy at once, so nothing is
 * lost in a crash; Save publishes the working copy atomically to the shared path. Closing
 * removes the working copy and the lock. A working copy with unpublished actions found at
 * open is offered back (%SIRKEL_STORE_ERROR_RECOVERY; reopen with %SIRKEL_DOCUMENT_RECOVER or
 * %SIRKEL_DOCUMENT_DISCARD_RECOVERY).
 *
 * Thread rule: main thread only.
 */
#pragma once

#include <gio/gio.h>

#include "sirkel-types.h"
#include "sirkel-store.h"
#include "sirkel-entity.h"
#include "sirkel-lock.h"

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_DOCUMENT_OPEN_DEFAULT     = 0,
  SIRKEL_DOCUMENT_READ_ONLY        = 1 << 0,  /* no lock, no edits */
  SIRKEL_DOCUMENT_AS_COPY          = 1 << 1,  /* no lock; an untitled copy that needs Save As */
  SIRKEL_DOCUMENT_BREAK_LOCK       = 1 << 2,  /* the user chose to take over a foreign lock */
  SIRKEL_DOCUMENT_RECOVER          = 1 << 3,  /* continue from the unpublished working copy */
  SIRKEL_DOCUMENT_DISCARD_RECOVERY = 1 << 4,  /* throw the unpublished working copy away */
} SirkelDocumentFlags;

typedef struct
{
  char *work_path;      /* the working copy */
  char *original_path;  /* the shared file it belongs to; NULL for an untitled project */
  char *title;          /* project title */
  char *modified_at;    /* time of the last unpublished action, ISO 8601 UTC */
  char *modified_by;
} SirkelRecovery;

#define SIRKEL_TYPE_DOCUMENT (sirkel_document_get_type ())
G_DECLARE_FINAL_TYPE (SirkelDocument, sirkel_document, SIRKEL, DOCUMENT, GObject)

SirkelDocument *sirkel_document_open           (const char           *path,
                                                SirkelDocumentFlags   flags,
                                                const char           *author,
                                                GError              **error);
SirkelDocument *sirkel_document_new            (const char           *kommune,
                                                const char           *kommune_name,
                                                int                   period_from,
                                                int                   period_to,
                                                const char           *title,
                                                const char           *author,
                                                GError              **error);
SirkelDocument *sirkel_document_recover        (const char           *work_path,
                                                const char           *author,
                                                GError              **error);
gboolean        sirkel_document_save           (SirkelDocument       *self,
                                                gboolean              overwrite_changed,
                                                GError              **error);
gboolean        sirkel_document_save_as        (SirkelDocument       *self,
                                                const char           *path,
                                                GError              **error);
void            sirkel_document_close          (SirkelDocument       *self,
                                                gboolean              discard_unpublished);
gboolean        sirkel_document_check_changed  (SirkelDocument       *self,
                                                GError              **error);

SirkelStore    *sirkel_document_get_store      (SirkelDocument       *self);
const char     *sirkel_document_get_path       (SirkelDocument       *self);
const char     *sirkel_document_get_work_path  (SirkelDocument       *self);
char           *sirkel_document_dup_title      (SirkelDocument       *self);
gboolean        sirkel_document_get_read_only  (SirkelDocument       *self);
const char     *sirkel_document_get_read_only_reason (SirkelDocument *self);
gboolean        sirkel_document_get_dirty      (SirkelDocument       *self);
gboolean        sirkel_document_get_recovered  (SirkelDocument       *self);
SirkelEntity   *sirkel_document_get_project    (SirkelDocument       *self);

GListModel     *sirkel_document_get_list       (SirkelDocument       *self,
                                                const char           *table);
SirkelEntity   *sirkel_document_find           (SirkelDocument       *self,
                                                const char           *table,
                                                const SirkelId       *id);
gboolean        sirkel_document_set            (SirkelDocument       *self,
                                                SirkelEntity         *entity,
                                                const char           *field,
                                                GVariant             *value,
                                                GError              **error);
gboolean        sirkel_document_undo           (SirkelDocument       *self,
                                                GError              **error);
gboolean        sirkel_document_redo           (SirkelDocument       *self,
                                                GError              **error);

GPtrArray      *sirkel_recovery_list           (void);
void            sirkel_recovery_free           (SirkelRecovery       *recovery);
gboolean        sirkel_recovery_discard        (const char           *work_path,
                                                GError              **error);
char           *sirkel_document_work_dir       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelRecovery, sirkel_recovery_free)

G_END_DECLS
