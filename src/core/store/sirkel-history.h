/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the history of a project: who changed what, when. Used by `sirkel-cli history` and
 * the window's history view.
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

void       sirkel_history_entry_free (SirkelHistoryEntry *entry);
GPtrArray *sirkel_history_list       (SirkelStore        *store,
                                      guint               limit,
                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelHistoryEntry, sirkel_history_entry_free)

G_END_DECLS
