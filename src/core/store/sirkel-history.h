/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the history of a project: who changed what, when. Used by `sirkel-cli history` and
 * the window's History page, which reads it a page at a time (before_seq) through a filter
 * evaluated in SQL, so a file with many thousands of actions stays quick to browse.
 *
 * Thread rule: the store's (main thread for a document's store).
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *op;         /* "create" or "update" */
  char *entity;
  char *row_id;     /* UUID text */
  char *field;      /* NULL for create */
  char *old_text;   /* the value as text; NULL for SQL NULL */
  char *new_text;
} SirkelHistoryChange;

typedef struct
{
  gint64     seq;
  char      *kind;     /* "do", "undo" or "redo" */
  char      *label;
  char      *at;       /* ISO 8601 UTC */
  char      *author;
  GPtrArray *changes;  /* of SirkelHistoryChange */
} SirkelHistoryEntry;

/* Which actions to read; every field left zero or NULL matches everything. Times compare as
 * text with the history's own format, ISO 8601 UTC with seconds ("2026-01-15T09:00:00Z"). */
typedef struct
{
  const char         *author;      /* exactly this author */
  const char * const *entities;    /* NULL-terminated tables: actions that changed a row of one */
  const char         *since;       /* at or after this time */
  const char         *until;       /* before this time */
  const char         *text;        /* in the label or a changed value, ignoring case */
  gint64              before_seq;  /* older than this action: the next page */
  gint64              after_seq;   /* newer than this action: what came since */
} SirkelHistoryFilter;

void       sirkel_history_entry_free    (SirkelHistoryEntry         *entry);
GPtrArray *sirkel_history_list          (SirkelStore                *store,
                                         guint                       limit,
                                         GError                    **error);
GPtrArray *sirkel_history_query         (SirkelStore                *store,
                                         const SirkelHistoryFilter  *filter,
                                         guint                       limit,
                                         GError                    **error);
gboolean   sirkel_history_count         (SirkelStore                *store,
                                         const SirkelHistoryFilter  *filter,
                                         guint                      *n_actions,
                                         GError                    **error);
GStrv      sirkel_history_dup_authors   (SirkelStore                *store,
                                         GError                    **error);
char      *sirkel_history_dup_row_title (SirkelStore                *store,
                                         const char                 *entity,
                                         const char                 *row_id,
                                         gboolean                   *live,
                                         GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelHistoryEntry, sirkel_history_entry_free)

G_END_DECLS
