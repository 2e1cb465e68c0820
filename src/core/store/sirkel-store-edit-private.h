/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SirkelStore struct, shared by sirkel-store.c (open, check) and sirkel-store-edit.c
 * (actions, history, undo). Nothing outside src/core/store includes this.
 */
#pragma once

#include "sirkel-schema.h"
#include "sirkel-store.h"

G_BEGIN_DECLS

struct _SirkelStore
{
  GObject     parent_instance;

  sqlite3    *db;            /* NULL once closed */
  char       *path;
  char       *author;        /* never NULL */
  GDateTime  *fixed_now;     /* NULL: use the clock */
  GRand      *id_rand;       /* NULL: random ids; else seeded, for reproducible files */
  GPtrArray  *tables;        /* SirkelTable of this file, from PRAGMA table_info */
  int         file_version;
  guint       read_only : 1;

  /* The open action: action_seq > 0 between begin and commit/rollback. */
  gint64      action_seq;
  guint       change_n;
  const char *action_kind;   /* "do", "undo" or "redo" (static strings) */
  gint64      action_target; /* for undo/redo: seq of the action undone or redone */
  GHashTable *touched;       /* entity names changed by the open action */

  /* Seqs of 'do' actions, derived from the history (sirkel_store_load_undo_stacks). Only
   * actions after undo_floor are undoable: what was there when the file was opened is not. */
  GArray     *undo_stack;
  GArray     *redo_stack;
  gint64      undo_floor;
};

gboolean           sirkel_store_load_undo_stacks (SirkelStore  *self,
                                                  GError      **error);
const SirkelTable *sirkel_store_lookup_table     (SirkelStore  *self,
                                                  const char   *name,
                                                  GError      **error);
const char        *sirkel_store_default_author   (void);
void               sirkel_store_new_id           (SirkelStore  *self,
                                                  SirkelId     *id);

G_END_DECLS
