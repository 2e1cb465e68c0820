/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the append-only history (tables action and change) into plain structs, newest first.
 * A filter becomes WHERE clauses with bound values; the text search is an application
 * function, because SQLite's LIKE and lower () fold ASCII only and our text is Norwegian.
 */
#define G_LOG_DOMAIN "sirkel-history"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-history.h"
#include "sirkel-schema.h"
#include "sirkel-store-private.h"

#define MATCH_FUNCTION "sirkel_history_match"

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

/* sirkel_history_match (value, folded_needle): whether the text of @value contains the needle,
 * ignoring case. Blobs (row ids) never match. */
static void
match_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  const char *text;
  const char *needle;
  g_autofree char *folded = NULL;

  if (sqlite3_value_type (argv[0]) == SQLITE_NULL || sqlite3_value_type (argv[0]) == SQLITE_BLOB)
    {
      sqlite3_result_int (context, 0);
      return;
    }
  text = (const char *) sqlite3_value_text (argv[0]);
  needle = (const char *) sqlite3_value_text (argv[1]);
  if (text == NULL || needle == NULL || !g_utf8_validate (text, -1, NULL))
    {
      sqlite3_result_int (context, 0);
      return;
    }
  folded = g_utf8_casefold (text, -1);
  sqlite3_result_int (context, strstr (folded, needle) != NULL);
}

/* Appends the WHERE clauses of @filter to @sql; bind_filter () binds their values. */
static void
append_filter (GString                   *sql,
               const SirkelHistoryFilter *filter)
{
  g_string_append (sql, " WHERE 1");
  if (filter == NULL)
    return;
  if (filter->before_seq > 0)
    g_string_append (sql, " AND a.seq < @before");
  if (filter->after_seq > 0)
    g_string_append (sql, " AND a.seq > @after");
  if (filter->author != NULL)
    g_string_append (sql, " AND a.author = @author");
  if (filter->since != NULL)
    g_string_append (sql, " AND a.at >= @since");
  if (filter->until != NULL)
    g_string_append (sql, " AND a.at < @until");
  if (filter->text != NULL && *filter->text != '\0')
    g_string_append (sql, " AND (" MATCH_FUNCTION " (a.label, @text) OR EXISTS (SELECT 1 FROM change t "
                     "WHERE t.action_seq = a.seq AND (" MATCH_FUNCTION " (t.old_value, @text) OR "
                     MATCH_FUNCTION " (t.new_value, @text))))");
  if (filter->entities != NULL && filter->entities[0] != NULL)
    {
      g_string_append (sql, " AND EXISTS (SELECT 1 FROM change e WHERE e.action_seq = a.seq AND e.entity IN (");
      for (guint i = 0; filter->entities[i] != NULL; i++)
        g_string_append_printf (sql, "%s@entity%u", i > 0 ? ", " : "", i);
      g_string_append (sql, "))");
    }
}

static gboolean
bind_text (SirkelStore   *store,
           sqlite3_stmt  *stmt,
           const char    *name,
           const char    *text,
           GError       **error)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  return index == 0 || sirkel_store_check (store, sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT),
                                           error);
}

static gboolean
bind_int (SirkelStore   *store,
          sqlite3_stmt  *stmt,
          const char    *name,
          gint64         value,
          GError       **error)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  return index == 0 || sirkel_store_check (store, sqlite3_bind_int64 (stmt, index, value), error);
}

/* Prepares "@select FROM action a WHERE … @tail" with the values of @filter bound. */
static gboolean
prepare_filtered (SirkelStore                *store,
                  const char                 *select,
                  const SirkelHistoryFilter  *filter,
                  const char                 *tail,
                  sqlite3_stmt              **stmt,
                  GError                    **error)
{
  g_autoptr(GString) sql = g_string_new (select);
  g_autofree char *needle = NULL;

  g_string_append (sql, " FROM action a");
  append_filter (sql, filter);
  g_string_append (sql, tail);
  if (filter != NULL && filter->text != NULL && *filter->text != '\0')
    {
      needle = g_utf8_casefold (filter->text, -1);
      if (!sirkel_store_check (store, sqlite3_create_function_v2 (sirkel_store_get_db (store), MATCH_FUNCTION, 2,
                                                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                                                  match_function, NULL, NULL, NULL), error))
        return FALSE;
    }
  if (!sirkel_store_prepare (store, sql->str, stmt, error))
    return FALSE;
  if (filter == NULL)
    return TRUE;
  if (!bind_int (store, *stmt, "@before", filter->before_seq, error) ||
      !bind_int (store, *stmt, "@after", filter->after_seq, error) ||
      !bind_text (store, *stmt, "@author", filter->author, error) ||
      !bind_text (store, *stmt, "@since", filter->since, error) ||
      !bind_text (store, *stmt, "@until", filter->until, error) ||
      !bind_text (store, *stmt, "@text", needle, error))
    return FALSE;
  for (guint i = 0; filter->entities != NULL && filter->entities[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("@entity%u", i);

      if (!bind_text (store, *stmt, name, filter->entities[i], error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sirkel_history_query:
 * @filter: (nullable): which actions; %NULL for all
 * @limit: at most this many actions, newest first; 0 for all
 *
 * Returns: (transfer container) (element-type SirkelHistoryEntry): the matching actions, each
 *   with all its changes, newest first
 */
GPtrArray *
sirkel_history_query (SirkelStore                *store,
                      const SirkelHistoryFilter  *filter,
                      guint                       limit,
                      GError                    **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_history_entry_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!prepare_filtered (store, "SELECT a.seq, a.kind, a.label, a.at, a.author", filter,
                         " ORDER BY a.seq DESC LIMIT @limit", &stmt, error) ||
      !bind_int (store, stmt, "@limit", limit > 0 ? (gint64) limit : -1, error))
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
  return sirkel_history_query (store, NULL, limit, error);
}

/**
 * sirkel_history_count:
 * @filter: (nullable): which actions; %NULL for all
 * @n_actions: (out): how many actions match
 */
gboolean
sirkel_history_count (SirkelStore                *store,
                      const SirkelHistoryFilter  *filter,
                      guint                      *n_actions,
                      GError                    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_actions != NULL, FALSE);

  if (!prepare_filtered (store, "SELECT count(*)", filter, "", &stmt, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  *n_actions = has_row ? (guint) CLAMP (sqlite3_column_int64 (stmt, 0), 0, G_MAXUINT) : 0;
  return TRUE;
}

/**
 * sirkel_history_dup_authors:
 *
 * Returns: (transfer full): everyone who changed the project, in alphabetical order
 */
GStrv
sirkel_history_dup_authors (SirkelStore  *store,
                            GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!sirkel_store_prepare (store, "SELECT DISTINCT author FROM action ORDER BY author COLLATE NOCASE, author",
                             &stmt, error))
    return NULL;
  while (TRUE)
    {
      g_autofree char *author = NULL;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      author = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
      g_strv_builder_add (builder, author);
    }
  return g_strv_builder_end (builder);
}

/**
 * sirkel_history_dup_row_title:
 * @entity: a table named in the history
 * @row_id: the row's UUID as text
 * @live: (out) (optional): %FALSE when the row is deleted (tombstoned)
 *
 * The row's title as it is now, to name a change's item by what it is called today.
 *
 * Returns: (transfer full) (nullable): the title (for a table without titles its year or key),
 *   "" when it has none; %NULL with
 *   %SIRKEL_STORE_ERROR_NOT_FOUND for a row or table this file does not have
 */
char *
sirkel_history_dup_row_title (SirkelStore  *store,
                              const char   *entity,
                              const char   *row_id,
                              gboolean     *live,
                              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  static const char * const name_columns[] = { "title", "year", "key" };
  const char *name = NULL;
  const SirkelTable *table;
  gboolean has_row = FALSE;
  SirkelId id;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  /* The table name comes from the file: only the schema's own entity tables are queried. */
  table = sirkel_schema_lookup_table (entity);
  if (table == NULL || !table->is_entity || row_id == NULL || !sirkel_id_parse (&id, row_id))
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                           _("The item was deleted or does not exist."));
      return NULL;
    }
  /* A row without a title is named by its year (annual status, budget line) or key. */
  for (guint i = 0; i < G_N_ELEMENTS (name_columns) && name == NULL; i++)
    if (sirkel_table_lookup_column (table, name_columns[i]) != NULL)
      name = name_columns[i];
  sql = g_strdup_printf ("SELECT %s, deleted_at IS NULL FROM \"%s\" WHERE id = ?1",
                         name != NULL ? name : "''", table->name);
  if (!sirkel_store_prepare (store, sql, &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, &id, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                           _("The item was deleted or does not exist."));
      return NULL;
    }
  if (live != NULL)
    *live = sqlite3_column_int (stmt, 1) != 0;
  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return g_strdup ("");
  return g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
}
