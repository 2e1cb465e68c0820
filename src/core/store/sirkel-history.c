/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the append-only history (tables action and change) into plain structs, newest first.
 */
#define G_LOG_DOMAIN "sirkel-history"

#include "config.h"

#include "sirkel-history.h"
#include "sirkel-store-private.h"

static void
change_free (gpointer data)
{
  SirkelHistoryChange *change = data;

  g_free (change->op);
  g_free (change->entity);
  g_free (change->row_id);
  g_free (change->field);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change);
}

void
sirkel_history_entry_free (SirkelHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->kind);
  g_free (entry->label);
  g_free (entry->at);
  g_free (entry->author);
  g_ptr_array_unref (entry->changes);
  g_free (entry);
}

static char *
value_text (sqlite3_stmt *stmt,
            int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      return NULL;
    case SQLITE_BLOB:
      if (sqlite3_column_bytes (stmt, column) == SIRKEL_ID_LEN)
        {
          SirkelId id;

          sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, column), SIRKEL_ID_LEN);
          return sirkel_id_to_string (&id);
        }
      return g_strdup_printf ("<%d bytes>", sqlite3_column_bytes (stmt, column));
    case SQLITE_FLOAT:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup (g_ascii_dtostr (buf, sizeof buf, sqlite3_column_double (stmt, column)));
      }
    default:
      return g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, column), -1);
    }
}

static gboolean
load_changes (SirkelStore         *store,
              SirkelHistoryEntry  *entry,
              GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, "SELECT op, entity, row_id, field, old_value, new_value "
                             "FROM change WHERE action_seq = ?1 ORDER BY n", &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_int64 (stmt, 1, entry->seq), error))
    return FALSE;
  while (TRUE)
    {
      SirkelHistoryChange *change;
      SirkelId id;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      change = g_new0 (SirkelHistoryChange, 1);
      change->op = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      change->entity = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      if (sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2)))
        change->row_id = sirkel_id_to_string (&id);
      change->field = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      change->old_text = value_text (stmt, 4);
      change->new_text = value_text (stmt, 5);
      g_ptr_array_add (entry->changes, change);
    }
}

/**
 * sirkel_history_list:
 * @limit: at most this many actions, newest first; 0 for all
 *
 * Returns: (transfer container) (element-type SirkelHistoryEntry): the actions
 */
GPtrArray *
sirkel_history_list (SirkelStore  *store,
                     guint         limit,
                     GError      **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_history_entry_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!sirkel_store_prepare (store, "SELECT seq, kind, label, at, author FROM action "
                             "ORDER BY seq DESC LIMIT ?1", &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_int64 (stmt, 1, limit > 0 ? (gint64) limit : -1), error))
    return NULL;
  while (TRUE)
    {
      SirkelHistoryEntry *entry;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      entry = g_new0 (SirkelHistoryEntry, 1);
      entry->seq = sqlite3_column_int64 (stmt, 0);
      entry->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      entry->label = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 2), -1);
      entry->at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      entry->author = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 4), -1);
      entry->changes = g_ptr_array_new_with_free_func (change_free);
      g_ptr_array_add (entries, entry);
      if (!load_changes (store, entry, error))
        return NULL;
    }
  return g_steal_pointer (&entries);
}
