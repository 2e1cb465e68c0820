/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the core's store, publish, model and import code. Not for the UI.
 */
#pragma once

#include <sqlite3.h>

#include "sirkel-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)
typedef char SirkelSqlText;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelSqlText, sqlite3_free)

/* Turns a SQLite result code into a GError in SIRKEL_STORE_ERROR; TRUE for SQLITE_OK. */
gboolean  sirkel_store_check         (SirkelStore   *self,
                                      int            rc,
                                      GError       **error);
gboolean  sirkel_store_prepare       (SirkelStore   *self,
                                      const char    *sql,
                                      sqlite3_stmt **stmt,
                                      GError       **error);
gboolean  sirkel_store_step_done     (SirkelStore   *self,
                                      sqlite3_stmt  *stmt,
                                      GError       **error);
gboolean  sirkel_store_step_row      (SirkelStore   *self,
                                      sqlite3_stmt  *stmt,
                                      gboolean      *has_row,
                                      GError       **error);
gboolean  sirkel_store_exec          (SirkelStore   *self,
                                      const char    *sql,
                                      GError       **error);
gboolean  sirkel_store_bind_id       (SirkelStore   *self,
                                      sqlite3_stmt  *stmt,
                                      int            index,
                                      const SirkelId *id,
                                      GError       **error);
gboolean  sirkel_store_bind_variant  (SirkelStore   *self,
                                      sqlite3_stmt  *stmt,
                                      int            index,
                                      GVariant      *value,
                                      GError       **error);
GVariant *sirkel_store_column_variant (sqlite3_stmt *stmt,
                                       int           column);

void      sirkel_sqlite_error        (sqlite3       *db,
                                      int            rc,
                                      const char    *path,
                                      GError       **error);
void      sirkel_sqlite_harden       (sqlite3       *db);
char     *sirkel_path_to_uri         (const char    *path,
                                      const char    *query,
                                      GError       **error);

/* Called by sirkel-publish when a published revision is stamped into the working copy. */
gboolean  sirkel_store_stamp_revision (SirkelStore   *self,
                                       const SirkelId *revision,
                                       const char    *saved_at,
                                       const char    *saved_by,
                                       GError       **error);
void      sirkel_store_emit_changed  (SirkelStore   *self,
                                      const char * const *entities);

G_END_DECLS
