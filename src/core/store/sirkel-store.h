/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelStore: one SQLite connection to one project file, and the only way anything changes
 * in it.
 *
 * Every user action is one transaction: sirkel_store_begin () … sirkel_store_commit (). Inside
 * it, sirkel_store_insert (), sirkel_store_set () and sirkel_store_delete () change entity rows
 * and append one row per field to the history (tables action and change). Undo and redo are
 * actions of their own that apply the inverse, so the history stays append-only and tells who
 * changed what. Deletes are tombstones (deleted_at).
 *
 * Opening checks the file as untrusted input (RELIABILITY.md §3): header, quick_check and
 * integrity_check, application_id, user_version, the exact schema allow-list and
 * foreign_key_check, on a connection with SQLite's defensive settings. A file of a newer
 * schema version opens read-only.
 *
 * Thread rule: a store is used from the thread that opened it. Workers open their own store.
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "sirkel-types.h"
#include "sirkel-id.h"

G_BEGIN_DECLS

#define SIRKEL_STORE_ERROR (sirkel_store_error_quark ())

typedef enum
{
  SIRKEL_STORE_ERROR_FAILED,
  SIRKEL_STORE_ERROR_NOT_FOUND,      /* no such file, or no such row */
  SIRKEL_STORE_ERROR_NOT_SIRKEL,     /* not SQLite, or another program's SQLite file */
  SIRKEL_STORE_ERROR_CORRUPT,        /* truncated, torn or failing integrity checks */
  SIRKEL_STORE_ERROR_SCHEMA,         /* structure differs from the allow-list */
  SIRKEL_STORE_ERROR_NEWER_VERSION,  /* written by a newer Sirkel */
  SIRKEL_STORE_ERROR_READ_ONLY,      /* the store or the file cannot be written */
  SIRKEL_STORE_ERROR_INVALID,        /* unknown table or field, wrong value type, bad value */
  SIRKEL_STORE_ERROR_BUSY,           /* another connection holds the write lock */
  SIRKEL_STORE_ERROR_NO_SPACE,       /* the disk is full */
  SIRKEL_STORE_ERROR_IO,             /* the operating system reported an I/O error */
  SIRKEL_STORE_ERROR_NOMEM,
  SIRKEL_STORE_ERROR_NOTHING_TO_UNDO,
  SIRKEL_STORE_ERROR_LOCKED,         /* someone else has the project open (SirkelLock) */
  SIRKEL_STORE_ERROR_CHANGED,        /* the published file changed since it was opened */
  SIRKEL_STORE_ERROR_RECOVERY,       /* unpublished changes from an earlier session exist */
  SIRKEL_STORE_ERROR_EXISTS,         /* the target of a new file already exists */
} SirkelStoreError;

typedef enum
{
  SIRKEL_STORE_OPEN_DEFAULT     = 0,
  SIRKEL_STORE_OPEN_READ_ONLY   = 1 << 0,  /* never write; newer versions are accepted */
  SIRKEL_STORE_OPEN_NO_MIGRATE  = 1 << 1,  /* fail instead of migrating an older file */
  SIRKEL_STORE_OPEN_QUICK       = 1 << 2,  /* skip integrity_check (quick_check still runs) */
} SirkelStoreOpenFlags;

#define SIRKEL_TYPE_STORE (sirkel_store_get_type ())
G_DECLARE_FINAL_TYPE (SirkelStore, sirkel_store, SIRKEL, STORE, GObject)

GQuark       sirkel_store_error_quark      (void);

SirkelStore *sirkel_store_create           (const char            *path,
                                            GError               **error);
SirkelStore *sirkel_store_open             (const char            *path,
                                            SirkelStoreOpenFlags   flags,
                                            GError               **error);
void         sirkel_store_close            (SirkelStore           *self);
gboolean     sirkel_store_move             (SirkelStore           *self,
                                            const char            *new_path,
                                            GError               **error);

const char  *sirkel_store_get_path         (SirkelStore           *self);
gboolean     sirkel_store_get_read_only    (SirkelStore           *self);
int          sirkel_store_get_file_version (SirkelStore           *self);
sqlite3     *sirkel_store_get_db           (SirkelStore           *self);
const char  *sirkel_store_get_author       (SirkelStore           *self);
void         sirkel_store_set_author       (SirkelStore           *self,
                                            const char            *author);
void         sirkel_store_set_fixed_time   (SirkelStore           *self,
                                            GDateTime             *time);
char        *sirkel_store_dup_now          (SirkelStore           *self);
void         sirkel_store_set_id_seed      (SirkelStore           *self,
                                            guint32                seed);

gboolean     sirkel_store_get_revision     (SirkelStore           *self,
                                            SirkelId              *revision);
gboolean     sirkel_store_get_lineage      (SirkelStore           *self,
                                            SirkelId              *lineage);

/* Actions: one transaction each, recorded in the history. */
gboolean     sirkel_store_begin            (SirkelStore           *self,
                                            const char            *label,
                                            GError               **error);
gboolean     sirkel_store_commit           (SirkelStore           *self,
                                            GError               **error);
void         sirkel_store_rollback         (SirkelStore           *self);
gboolean     sirkel_store_in_action        (SirkelStore           *self);
gboolean     sirkel_store_begin_own        (SirkelStore           *self,
                                            const char            *label,
                                            gboolean              *own,
                                            GError               **error);
gboolean     sirkel_store_end_own          (SirkelStore           *self,
                                            gboolean               own,
                                            gboolean               ok,
                                            GError               **error);

gboolean     sirkel_store_insert           (SirkelStore           *self,
                                            const char            *entity,
                                            SirkelId              *id,
                                            GError               **error,
                                            const char            *first_field,
                                            ...) G_GNUC_NULL_TERMINATED;
gboolean     sirkel_store_insertv          (SirkelStore           *self,
                                            const char            *entity,
                                            SirkelId              *id,
                                            const char * const    *fields,
                                            GVariant             **values,
                                            guint                  n_fields,
                                            GError               **error);
gboolean     sirkel_store_set              (SirkelStore           *self,
                                            const char            *entity,
                                            const SirkelId        *id,
                                            const char            *field,
                                            GVariant              *value,
                                            GError               **error);
gboolean     sirkel_store_delete           (SirkelStore           *self,
                                            const char            *entity,
                                            const SirkelId        *id,
                                            GError               **error);
GVariant    *sirkel_store_get_value        (SirkelStore           *self,
                                            const char            *entity,
                                            const SirkelId        *id,
                                            const char            *field,
                                            GError               **error);

/* Undo and redo, derived from the history. */
gboolean     sirkel_store_can_undo         (SirkelStore           *self);
gboolean     sirkel_store_can_redo         (SirkelStore           *self);
char        *sirkel_store_dup_undo_label   (SirkelStore           *self);
char        *sirkel_store_dup_redo_label   (SirkelStore           *self);
gboolean     sirkel_store_undo             (SirkelStore           *self,
                                            GError               **error);
gboolean     sirkel_store_redo             (SirkelStore           *self,
                                            GError               **error);
gint64       sirkel_store_get_last_action  (SirkelStore           *self);
gint64       sirkel_store_get_state_mark   (SirkelStore           *self);
gboolean     sirkel_store_set_undo_floor   (SirkelStore           *self,
                                            gint64                 seq,
                                            GError               **error);

/* Values for insert and set: floating GVariants of type s, x, i, b, d or ay; NULL is
 * sirkel_value_null (). */
GVariant    *sirkel_value_null             (void);
GVariant    *sirkel_value_id               (const SirkelId        *id);
GVariant    *sirkel_value_text             (const char            *text);
GVariant    *sirkel_value_int              (gint64                 value);
GVariant    *sirkel_value_double           (double                 value);

/* Integrity and content, for `sirkel-cli check` and the tests. */
gboolean     sirkel_store_integrity_check  (SirkelStore           *self,
                                            GPtrArray             *problems,
                                            GError               **error);
char        *sirkel_store_content_digest   (SirkelStore           *self,
                                            GError               **error);
gint64       sirkel_store_count_rows       (SirkelStore           *self,
                                            const char            *table,
                                            gboolean               live_only,
                                            GError               **error);

G_END_DECLS
