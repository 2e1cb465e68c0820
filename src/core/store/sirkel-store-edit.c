/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing a project through the history.
 *
 * An action is one row in `action` and one transaction. Each field it changes is one row in
 * `change` (entity, row id, field, old → new); creating a row is one 'create' change. Undo is a
 * new action of kind 'undo' whose changes are the inverse of its target's, applied in reverse;
 * redo is a new action of kind 'redo' that applies the target's changes again. The undo and
 * redo stacks are therefore a function of the history, and are rebuilt from it on open.
 *
 * Table and column names are only ever formatted into SQL after they were found in the
 * file's own schema description; values are always bound.
 */
#define G_LOG_DOMAIN "sirkel-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sirkel-domain.h"
#include "sirkel-store.h"
#include "sirkel-store-private.h"
#include "sirkel-store-edit-private.h"

const char *
sirkel_store_default_author (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}

void
sirkel_store_new_id (SirkelStore *self,
                     SirkelId    *id)
{
  if (self->id_rand != NULL)
    sirkel_id_from_rand (id, self->id_rand);
  else
    sirkel_id_random (id);
}

const SirkelTable *
sirkel_store_lookup_table (SirkelStore  *self,
                           const char   *name,
                           GError      **error)
{
  for (guint i = 0; self->tables != NULL && i < self->tables->len; i++)
    {
      const SirkelTable *table = g_ptr_array_index (self->tables, i);

      if (g_str_equal (table->name, name))
        return table;
    }
  g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
               "“%s” is not a table of this project file", name);
  return NULL;
}

static const SirkelTable *
lookup_entity (SirkelStore  *self,
               const char   *entity,
               GError      **error)
{
  const SirkelTable *table = sirkel_store_lookup_table (self, entity, error);

  if (table != NULL && !table->is_entity)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   "“%s” cannot be edited through the history", entity);
      return NULL;
    }
  return table;
}

static const SirkelColumn *
lookup_field (const SirkelTable  *table,
              const char         *field,
              gboolean            allow_bookkeeping,
              GError            **error)
{
  const SirkelColumn *column = sirkel_table_lookup_column (table, field);

  if (column == NULL || (column->bookkeeping && !allow_bookkeeping))
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   "“%s” is not an editable field of “%s”", field, table->name);
      return NULL;
    }
  return column;
}

gboolean
sirkel_store_in_action (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  return self->action_seq > 0;
}

static gboolean
begin_kind (SirkelStore  *self,
            const char   *kind,
            gint64        target,
            const char   *label,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  SirkelId id;

  if (self->db == NULL || self->read_only)
    {
      g_autofree char *name = g_filename_display_basename (self->path);

      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_READ_ONLY,
                   _("“%s” is open read-only; changes cannot be made."), name);
      return FALSE;
    }
  if (!sirkel_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  now = sirkel_store_dup_now (self);
  sirkel_store_new_id (self, &id);
  if (!sirkel_store_prepare (self, "INSERT INTO action (id, kind, target, label, at, author) "
                             "VALUES (?1, ?2, (SELECT id FROM action WHERE seq = ?3), ?4, ?5, ?6)",
                             &stmt, error) ||
      !sirkel_store_bind_id (self, stmt, 1, &id, error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_int64 (stmt, 3, target), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 4, label, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 6, self->author, -1, SQLITE_STATIC), error) ||
      !sirkel_store_step_done (self, stmt, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  self->action_seq = sqlite3_last_insert_rowid (self->db);
  self->action_kind = kind;
  self->action_target = target;
  self->change_n = 0;
  g_hash_table_remove_all (self->touched);
  return TRUE;
}

/**
 * sirkel_store_begin:
 * @label: what the user did, as shown in the history and the undo menu ("Add goal")
 *
 * Starts one user action: one transaction, one history entry.
 */
gboolean
sirkel_store_begin (SirkelStore  *self,
                    const char   *label,
                    GError      **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (!sirkel_store_in_action (self), FALSE);

  return begin_kind (self, "do", 0, label, error);
}

static void
end_action (SirkelStore *self)
{
  self->action_seq = 0;
  self->action_kind = NULL;
  self->action_target = 0;
  self->change_n = 0;
}

/**
 * sirkel_store_rollback:
 *
 * Abandons the open action; the file is as it was before sirkel_store_begin ().
 */
void
sirkel_store_rollback (SirkelStore *self)
{
  g_return_if_fail (SIRKEL_IS_STORE (self));

  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_hash_table_remove_all (self->touched);
  end_action (self);
}

static void
stack_push (GArray *stack,
            gint64  seq)
{
  g_array_append_val (stack, seq);
}

static gint64
stack_top (GArray *stack)
{
  return stack->len > 0 ? g_array_index (stack, gint64, stack->len - 1) : 0;
}

static void
stack_pop (GArray *stack)
{
  if (stack->len > 0)
    g_array_set_size (stack, stack->len - 1);
}

/* Moves the stacks as one more committed action of @kind requires. */
static void
apply_to_stacks (SirkelStore *self,
                 const char  *kind,
                 gint64       seq,
                 gint64       target)
{
  if (g_str_equal (kind, "do"))
    {
      stack_push (self->undo_stack, seq);
      g_array_set_size (self->redo_stack, 0);
    }
  else if (g_str_equal (kind, "undo") && stack_top (self->undo_stack) == target)
    {
      stack_pop (self->undo_stack);
      stack_push (self->redo_stack, target);
    }
  else if (g_str_equal (kind, "redo") && stack_top (self->redo_stack) == target)
    {
      stack_pop (self->redo_stack);
      stack_push (self->undo_stack, target);
    }
}

/**
 * sirkel_store_commit:
 *
 * Commits the open action and emits #SirkelStore::changed. An action that changed nothing
 * leaves no trace in the history.
 */
gboolean
sirkel_store_commit (SirkelStore  *self,
                     GError      **error)
{
  g_autofree char **entities = NULL;
  const char *kind;
  gint64 seq, target;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (sirkel_store_in_action (self), FALSE);

  kind = self->action_kind;
  seq = self->action_seq;
  target = self->action_target;

  if (self->change_n == 0 && g_str_equal (kind, "do"))
    {
      sirkel_store_rollback (self);
      return TRUE;
    }
  if (!sirkel_store_exec (self, "COMMIT", error))
    {
      sirkel_store_rollback (self);
      return FALSE;
    }
  end_action (self);
  apply_to_stacks (self, kind, seq, target);

  entities = (char **) g_hash_table_get_keys_as_array (self->touched, NULL);
  sirkel_store_emit_changed (self, (const char * const *) entities);
  g_hash_table_remove_all (self->touched);
  return TRUE;
}

static gboolean
record_change (SirkelStore    *self,
               const char     *op,
               const char     *entity,
               const SirkelId *row,
               const char     *field,
               sqlite3_value  *old_value,
               GVariant       *new_value,
               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!sirkel_store_prepare (self, "INSERT INTO change (action_seq, n, op, entity, row_id, field, "
                             "old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                             &stmt, error) ||
      !sirkel_store_check (self, sqlite3_bind_int64 (stmt, 1, self->action_seq), error) ||
      !sirkel_store_check (self, sqlite3_bind_int64 (stmt, 2, self->change_n), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 3, op, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 4, entity, -1, SQLITE_STATIC), error) ||
      !sirkel_store_bind_id (self, stmt, 5, row, error) ||
      !sirkel_store_check (self, field != NULL ? sqlite3_bind_text (stmt, 6, field, -1, SQLITE_STATIC)
                                               : sqlite3_bind_null (stmt, 6), error) ||
      !sirkel_store_check (self, old_value != NULL ? sqlite3_bind_value (stmt, 7, old_value)
                                                   : sqlite3_bind_null (stmt, 7), error) ||
      !sirkel_store_bind_variant (self, stmt, 8, new_value, error) ||
      !sirkel_store_step_done (self, stmt, error))
    return FALSE;
  self->change_n++;
  if (!g_hash_table_contains (self->touched, entity))
    g_hash_table_add (self->touched, g_strdup (entity));
  return TRUE;
}

/* Runs @body inside an action, opening one with @label if none is open. */
typedef gboolean (*EditFunc) (SirkelStore *self, gpointer data, GError **error);

static gboolean
with_action (SirkelStore  *self,
             const char   *label,
             EditFunc      body,
             gpointer      data,
             GError      **error)
{
  gboolean own = !sirkel_store_in_action (self);

  if (own && !sirkel_store_begin (self, label, error))
    return FALSE;
  if (!body (self, data, error))
    {
      /* SQLite may already have rolled back the whole transaction (RELIABILITY.md §2.1);
       * either way the action is over unless the caller owns it and it is still open. */
      if (own || sqlite3_get_autocommit (self->db))
        sirkel_store_rollback (self);
      return FALSE;
    }
  return own ? sirkel_store_commit (self, error) : TRUE;
}

typedef struct
{
  const char          *entity;
  SirkelId            *id;
  const char * const  *fields;
  GVariant           **values;
  guint                n_fields;
} InsertData;

static gboolean
insert_body (SirkelStore  *self,
             gpointer      data,
             GError      **error)
{
  InsertData *d = data;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = sirkel_store_dup_now (self);
  const SirkelTable *table;
  GVariant *title = NULL;

  table = lookup_entity (self, d->entity, error);
  if (table == NULL)
    return FALSE;

  g_string_append_printf (sql, "INSERT INTO \"%s\" (id, created_at, created_by, modified_at, "
                               "modified_by", table->name);
  for (guint i = 0; i < d->n_fields; i++)
    {
      if (lookup_field (table, d->fields[i], FALSE, error) == NULL)
        return FALSE;
      g_string_append_printf (sql, ", \"%s\"", d->fields[i]);
      if (g_str_equal (d->fields[i], "title"))
        title = d->values[i];
    }
  g_string_append (sql, ") VALUES (?1, ?2, ?3, ?2, ?3");
  for (guint i = 0; i < d->n_fields; i++)
    g_string_append_printf (sql, ", ?%u", i + 4);
  g_string_append_c (sql, ')');

  if (sirkel_id_is_zero (d->id))
    sirkel_store_new_id (self, d->id);
  if (!sirkel_store_prepare (self, sql->str, &stmt, error) ||
      !sirkel_store_bind_id (self, stmt, 1, d->id, error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (stmt, 3, self->author, -1, SQLITE_STATIC), error))
    return FALSE;
  for (guint i = 0; i < d->n_fields; i++)
    if (!sirkel_store_bind_variant (self, stmt, (int) i + 4, d->values[i], error))
      return FALSE;
  if (!sirkel_store_step_done (self, stmt, error))
    return FALSE;
  return record_change (self, "create", table->name, d->id, NULL, NULL, title, error);
}

/**
 * sirkel_store_insertv:
 * @id: (inout): the new row's id; an all-zero id is replaced by a random one
 * @values: (array length=n_fields): the values; floating references are sunk
 *
 * Adds a row to an entity table, in the open action or in an action of its own.
 */
gboolean
sirkel_store_insertv (SirkelStore         *self,
                      const char          *entity,
                      SirkelId            *id,
                      const char * const  *fields,
                      GVariant           **values,
                      guint                n_fields,
                      GError             **error)
{
  InsertData data = { entity, id, fields, values, n_fields };
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (n_fields == 0 || (fields != NULL && values != NULL), FALSE);

  for (guint i = 0; i < n_fields; i++)
    g_variant_ref_sink (values[i]);
  label = g_strdup_printf (_("Add %s"), sirkel_entity_noun (entity));
  ok = with_action (self, label, insert_body, &data, error);
  for (guint i = 0; i < n_fields; i++)
    g_variant_unref (values[i]);
  return ok;
}

/**
 * sirkel_store_insert:
 * @first_field: the first field name, followed by its #GVariant value, then more pairs,
 *   ending with %NULL
 *
 * Variadic form of sirkel_store_insertv ().
 */
gboolean
sirkel_store_insert (SirkelStore  *self,
                     const char   *entity,
                     SirkelId     *id,
                     GError      **error,
                     const char   *first_field,
                     ...)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  const char *field;
  va_list args;

  va_start (args, first_field);
  for (field = first_field; field != NULL; field = va_arg (args, const char *))
    {
      g_ptr_array_add (fields, (gpointer) field);
      g_ptr_array_add (values, va_arg (args, GVariant *));
    }
  va_end (args);

  return sirkel_store_insertv (self, entity, id, (const char * const *) fields->pdata,
                               (GVariant **) values->pdata, fields->len, error);
}

/* Sets one field of one row and records it; no change is recorded when the value is equal.
 * @live: the row must not be tombstoned (false only for undo/redo of deletes and creates). */
static gboolean
set_field (SirkelStore    *self,
           const char     *entity,
           const SirkelId *id,
           const char     *field,
           GVariant       *value,
           gboolean        bookkeeping,
           gboolean        live,
           GError        **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *select_sql = NULL;
  g_autofree char *update_sql = NULL;
  g_autofree char *now = sirkel_store_dup_now (self);
  const SirkelTable *table;
  gboolean has_row = FALSE;

  table = lookup_entity (self, entity, error);
  if (table == NULL || lookup_field (table, field, bookkeeping, error) == NULL)
    return FALSE;

  select_sql = g_strdup_printf ("SELECT \"%s\", deleted_at IS NOT NULL FROM \"%s\" WHERE id = ?1",
                                field, table->name);
  if (!sirkel_store_prepare (self, select_sql, &select, error) ||
      !sirkel_store_bind_id (self, select, 1, id, error) ||
      !sirkel_store_step_row (self, select, &has_row, error))
    return FALSE;
  if (!has_row || (live && sqlite3_column_int (select, 1) != 0))
    {
      g_autofree char *text = sirkel_id_to_string (id);

      g_debug ("no live row %s in %s", text, entity);
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                           _("The item was deleted or does not exist."));
      return FALSE;
    }

  update_sql = g_strdup_printf ("UPDATE \"%s\" SET \"%s\" = ?1, rev = rev + 1, modified_at = ?2, "
                                "modified_by = ?3 WHERE id = ?4 AND \"%s\" IS NOT ?1",
                                table->name, field, field);
  if (!sirkel_store_prepare (self, update_sql, &update, error) ||
      !sirkel_store_bind_variant (self, update, 1, value, error) ||
      !sirkel_store_check (self, sqlite3_bind_text (update, 2, now, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (self, sqlite3_bind_text (update, 3, self->author, -1, SQLITE_STATIC), error) ||
      !sirkel_store_bind_id (self, update, 4, id, error) ||
      !sirkel_store_step_done (self, update, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return TRUE;
  return record_change (self, "update", table->name, id, field,
                        sqlite3_column_value (select, 0), value, error);
}

typedef struct
{
  const char     *entity;
  const SirkelId *id;
  const char     *field;
  GVariant       *value;
} SetData;

static gboolean
set_body (SirkelStore  *self,
          gpointer      data,
          GError      **error)
{
  SetData *d = data;

  return set_field (self, d->entity, d->id, d->field, d->value, FALSE, TRUE, error);
}

/**
 * sirkel_store_set:
 * @value: (transfer floating): the new value
 *
 * Changes one field of a live row, in the open action or in an action of its own.
 */
gboolean
sirkel_store_set (SirkelStore    *self,
                  const char     *entity,
                  const SirkelId *id,
                  const char     *field,
                  GVariant       *value,
                  GError        **error)
{
  g_autoptr(GVariant) owned = NULL;
  g_autofree char *label = NULL;
  SetData data = { entity, id, field, NULL };

  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (entity != NULL && id != NULL && field != NULL && value != NULL, FALSE);

  owned = g_variant_ref_sink (value);
  data.value = owned;
  label = g_strdup_printf (_("Edit %s"), sirkel_entity_noun (entity));
  return with_action (self, label, set_body, &data, error);
}

static gboolean
delete_body (SirkelStore  *self,
             gpointer      data,
             GError      **error)
{
  SetData *d = data;
  g_autofree char *now = sirkel_store_dup_now (self);
  g_autoptr(GVariant) value = g_variant_ref_sink (sirkel_value_text (now));

  return set_field (self, d->entity, d->id, "deleted_at", value, TRUE, TRUE, error);
}

/**
 * sirkel_store_delete:
 *
 * Tombstones a row: it disappears from the model but stays in the file for undo and merge.
 */
gboolean
sirkel_store_delete (SirkelStore    *self,
                     const char     *entity,
                     const SirkelId *id,
                     GError        **error)
{
  g_autofree char *label = NULL;
  SetData data = { entity, id, NULL, NULL };

  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (entity != NULL && id != NULL, FALSE);

  label = g_strdup_printf (_("Delete %s"), sirkel_entity_noun (entity));
  return with_action (self, label, delete_body, &data, error);
}

/**
 * sirkel_store_get_value:
 *
 * Returns: (transfer full): the stored value of one field of a live row
 */
GVariant *
sirkel_store_get_value (SirkelStore    *self,
                        const char     *entity,
                        const SirkelId *id,
                        const char     *field,
                        GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  const SirkelTable *table;
  gboolean has_row = FALSE;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  table = lookup_entity (self, entity, error);
  if (table == NULL || lookup_field (table, field, TRUE, error) == NULL)
    return NULL;
  sql = g_strdup_printf ("SELECT \"%s\" FROM \"%s\" WHERE id = ?1 AND deleted_at IS NULL",
                         field, table->name);
  if (!sirkel_store_prepare (self, sql, &stmt, error) ||
      !sirkel_store_bind_id (self, stmt, 1, id, error) ||
      !sirkel_store_step_row (self, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOT_FOUND,
                   _("The item was deleted or does not exist."));
      return NULL;
    }
  return sirkel_store_column_variant (stmt, 0);
}

static void
drop_at_or_below (GArray *stack,
                  gint64  floor)
{
  for (guint i = stack->len; i > 0; i--)
    if (g_array_index (stack, gint64, i - 1) <= floor)
      g_array_remove_index (stack, i - 1);
}

/**
 * sirkel_store_load_undo_stacks:
 *
 * Rebuilds the undo and redo stacks by replaying the kinds of the actions after the undo
 * floor, which is the last action present when the file was opened.
 */
gboolean
sirkel_store_load_undo_stacks (SirkelStore  *self,
                               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_array_set_size (self->undo_stack, 0);
  g_array_set_size (self->redo_stack, 0);
  if (!sirkel_store_prepare (self, "SELECT a.seq, a.kind, t.seq FROM action a "
                             "LEFT JOIN action t ON t.id = a.target ORDER BY a.seq", &stmt, error))
    return FALSE;
  while (TRUE)
    {
      gint64 seq;

      if (!sirkel_store_step_row (self, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      seq = sqlite3_column_int64 (stmt, 0);
      apply_to_stacks (self, (const char *) sqlite3_column_text (stmt, 1), seq,
                       sqlite3_column_int64 (stmt, 2));
    }
  /* Only what happened after the floor can be undone. */
  drop_at_or_below (self->undo_stack, self->undo_floor);
  drop_at_or_below (self->redo_stack, self->undo_floor);
  return TRUE;
}

gboolean
sirkel_store_can_undo (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  return !self->read_only && self->undo_stack->len > 0;
}

gboolean
sirkel_store_can_redo (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  return !self->read_only && self->redo_stack->len > 0;
}

static char *
action_label (SirkelStore *self,
              gint64       seq)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (seq == 0 ||
      !sirkel_store_prepare (self, "SELECT label FROM action WHERE seq = ?1", &stmt, NULL) ||
      !sirkel_store_check (self, sqlite3_bind_int64 (stmt, 1, seq), NULL) ||
      !sirkel_store_step_row (self, stmt, &has_row, NULL) || !has_row)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * sirkel_store_dup_undo_label:
 *
 * Returns: (transfer full) (nullable): the label of the action that undo would revert
 */
char *
sirkel_store_dup_undo_label (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  return action_label (self, stack_top (self->undo_stack));
}

char *
sirkel_store_dup_redo_label (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), NULL);

  return action_label (self, stack_top (self->redo_stack));
}

gint64
sirkel_store_get_last_action (SirkelStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (SIRKEL_IS_STORE (self), 0);

  if (!sirkel_store_prepare (self, "SELECT coalesce (max (seq), 0) FROM action", &stmt, NULL) ||
      !sirkel_store_step_row (self, stmt, &has_row, NULL) || !has_row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/* Applies the changes of action @seq forwards (redo) or inverted and in reverse (undo). */
static gboolean
replay_action (SirkelStore  *self,
               gint64        seq,
               gboolean      inverse,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = sirkel_store_dup_now (self);
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (self, inverse
                             ? "SELECT op, entity, row_id, field, old_value, new_value FROM change "
                               "WHERE action_seq = ?1 ORDER BY n DESC"
                             : "SELECT op, entity, row_id, field, old_value, new_value FROM change "
                               "WHERE action_seq = ?1 ORDER BY n", &stmt, error) ||
      !sirkel_store_check (self, sqlite3_bind_int64 (stmt, 1, seq), error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *entity = NULL;
      g_autofree char *field = NULL;
      g_autoptr(GVariant) value = NULL;
      gboolean create;
      SirkelId row;

      if (!sirkel_store_step_row (self, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      create = g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "create");
      entity = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      if (!sirkel_id_from_bytes (&row, sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2)))
        {
          g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CORRUPT,
                               _("The project history is damaged: a change has no valid row id."));
          return FALSE;
        }
      if (create)
        {
          /* Undoing a create tombstones the row; redoing it brings it back. */
          field = g_strdup ("deleted_at");
          value = g_variant_ref_sink (inverse ? sirkel_value_text (now) : sirkel_value_null ());
        }
      else
        {
          field = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          value = sirkel_store_column_variant (stmt, inverse ? 4 : 5);
        }
      if (field == NULL ||
          !set_field (self, entity, &row, field, value, g_str_equal (field, "deleted_at"), FALSE, error))
        return FALSE;
    }
}

static gboolean
undo_or_redo (SirkelStore  *self,
              gboolean      undo,
              GError      **error)
{
  GArray *stack = undo ? self->undo_stack : self->redo_stack;
  g_autofree char *label = NULL;
  gint64 target;

  g_return_val_if_fail (!sirkel_store_in_action (self), FALSE);

  target = stack_top (stack);
  if (target == 0 || self->read_only)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOTHING_TO_UNDO,
                           undo ? _("There is nothing to undo.") : _("There is nothing to redo."));
      return FALSE;
    }
  label = action_label (self, target);
  if (!begin_kind (self, undo ? "undo" : "redo", target, label != NULL ? label : "", error))
    return FALSE;
  if (!replay_action (self, target, undo, error))
    {
      sirkel_store_rollback (self);
      return FALSE;
    }
  return sirkel_store_commit (self, error);
}

/**
 * sirkel_store_undo:
 *
 * Reverts the most recent action of this session that is not yet undone, as a new action.
 */
gboolean
sirkel_store_undo (SirkelStore  *self,
                   GError      **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  return undo_or_redo (self, TRUE, error);
}

gboolean
sirkel_store_redo (SirkelStore  *self,
                   GError      **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  return undo_or_redo (self, FALSE, error);
}

/**
 * sirkel_store_set_undo_floor:
 * @seq: the last action that must not be undoable
 *
 * By default only actions of this session can be undone. A recovered working copy lowers the
 * floor to the last published action, so that the recovered changes can be undone too.
 */
gboolean
sirkel_store_set_undo_floor (SirkelStore  *self,
                             gint64        seq,
                             GError      **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  self->undo_floor = seq;
  if (!sirkel_store_load_undo_stacks (self, error))
    return FALSE;
  g_object_notify (G_OBJECT (self), "can-undo");
  g_object_notify (G_OBJECT (self), "can-redo");
  return TRUE;
}

/**
 * sirkel_store_get_state_mark:
 *
 * Identifies the current state reached through this session's undo history: the seq of the
 * action on top of the undo stack, or 0 when the stack is empty. Undoing back to a state
 * gives its mark again, so a document can tell "changed since saved" from "changed and undone".
 * (The stack below a given top is always the same: redo only brings an action back on the
 * stack it left, and a new action empties the redo stack.)
 */
gint64
sirkel_store_get_state_mark (SirkelStore *self)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), 0);

  return stack_top (self->undo_stack);
}

/**
 * sirkel_store_begin_own:
 * @own: (out): whether this call began the action (and the matching
 *   sirkel_store_end_own () must end it)
 *
 * Begins an action labelled @label unless one is already open, so that an edit can be its own
 * action or one step of a caller's larger one.
 */
gboolean
sirkel_store_begin_own (SirkelStore  *self,
                        const char   *label,
                        gboolean     *own,
                        GError      **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  *own = !sirkel_store_in_action (self);
  return !*own || sirkel_store_begin (self, label, error);
}

/**
 * sirkel_store_end_own:
 * @ok: whether the edits since sirkel_store_begin_own () succeeded
 *
 * Ends what sirkel_store_begin_own () began: commits when @ok, rolls back otherwise. When the
 * action was the caller's, returns @ok and leaves it open.
 */
gboolean
sirkel_store_end_own (SirkelStore  *self,
                      gboolean      own,
                      gboolean      ok,
                      GError      **error)
{
  g_return_val_if_fail (SIRKEL_IS_STORE (self), FALSE);

  if (!own)
    return ok;
  if (!ok)
    {
      sirkel_store_rollback (self);
      return FALSE;
    }
  return sirkel_store_commit (self, error);
}
