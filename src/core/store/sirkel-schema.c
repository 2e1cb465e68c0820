/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Migrations and the schema allow-list.
 *
 * A migration runs in one transaction (BEGIN IMMEDIATE, version check, DDL, user_version,
 * COMMIT), so a file is at one version or the next, never between. The allow-list for version V
 * is what migrations 1..V produce on an empty in-memory database; a file of version V must
 * have exactly those sqlite_schema rows (RELIABILITY.md §3.1). Computing it at run time from
 * the same SQL the migrations use keeps one source of truth; it costs a few milliseconds once.
 */
#define G_LOG_DOMAIN "sirkel-schema"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "sirkel-schema.h"
#include "sirkel-store.h"
#include "sirkel-store-private.h"

extern GResource *sirkel_core_get_resource (void);

static const SirkelMigration migrations[] = {
  { 1, "/no/sirkel/Sirkel/core/sirkel-schema-v1.sql", NULL },
  { 2, "/no/sirkel/Sirkel/core/sirkel-schema-v2.sql", NULL },
  { 3, "/no/sirkel/Sirkel/core/sirkel-schema-v3.sql", NULL },
  { 4, "/no/sirkel/Sirkel/core/sirkel-schema-v4.sql", NULL },
  { 5, "/no/sirkel/Sirkel/core/sirkel-schema-v5.sql", NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SIRKEL_SCHEMA_VERSION);

static const char * const bookkeeping_columns[] = {
  "id", "rev", "created_at", "created_by", "modified_at", "modified_by", "deleted_at",
};

const SirkelMigration *
sirkel_schema_get_migrations (guint *n_migrations)
{
  if (n_migrations != NULL)
    *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

static GBytes *
migration_sql (const SirkelMigration *migration,
               GError               **error)
{
  if (migration->resource == NULL)
    return g_bytes_new_static (migration->sql, strlen (migration->sql) + 1);
  return g_resource_lookup_data (sirkel_core_get_resource (), migration->resource,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                   _("The database refused a statement: %s"),
                   message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_int_pragma (sqlite3    *db,
                 const char *sql,
                 int        *value,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                   _("Could not read the file’s header: %s"), sqlite3_errmsg (db));
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/**
 * sirkel_schema_migrate:
 * @db: a writable connection
 * @target_version: the version to reach
 *
 * Brings @db from its user_version to @target_version in a single transaction. An empty
 * database (user_version 0) gets the whole schema and Sirkel's application_id. On any error
 * the transaction is rolled back and the file is unchanged.
 */
gboolean
sirkel_schema_migrate (sqlite3                *db,
                       const SirkelMigration  *list,
                       guint                   n_list,
                       int                     target_version,
                       GError                **error)
{
  g_autofree char *set_version = NULL;
  int current = 0;

  g_return_val_if_fail (db != NULL, FALSE);

  if (!exec_sql (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!read_int_pragma (db, "PRAGMA user_version", &current, error))
    goto fail;
  if (current > target_version)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NEWER_VERSION,
                   _("The file has schema version %d, newer than this version of Sirkel (%d)."),
                   current, target_version);
      goto fail;
    }
  for (guint i = 0; i < n_list; i++)
    {
      g_autoptr(GBytes) sql = NULL;

      if (list[i].version <= current || list[i].version > target_version)
        continue;
      sql = migration_sql (&list[i], error);
      if (sql == NULL || !exec_sql (db, g_bytes_get_data (sql, NULL), error))
        goto fail;
      g_debug ("migrated to version %d", list[i].version);
    }
  if (current == 0)
    {
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d",
                                                 (int) SIRKEL_APPLICATION_ID);
      if (!exec_sql (db, set_id, error))
        goto fail;
    }
  set_version = g_strdup_printf ("PRAGMA user_version = %d", target_version);
  if (!exec_sql (db, set_version, error) || !exec_sql (db, "COMMIT", error))
    goto fail;
  return TRUE;

fail:
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* Rows of sqlite_schema as "type|name|tbl_name|sql", sorted. */
static GPtrArray *
schema_rows (sqlite3  *db,
             GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                               "ORDER BY type, name", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (rows, g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s",
                                              sqlite3_column_text (stmt, 0),
                                              sqlite3_column_text (stmt, 1),
                                              sqlite3_column_text (stmt, 2),
                                              sqlite3_column_type (stmt, 3) == SQLITE_NULL ? "" :
                                              (const char *) sqlite3_column_text (stmt, 3)));
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_CORRUPT,
                   _("Could not read the list of tables: %s"), sqlite3_errmsg (db));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static GPtrArray *
allow_list_for (const SirkelMigration  *list,
                guint                   n_list,
                int                     version,
                GError                **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3 *mem = NULL;

  if (sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_NOMEM,
                           _("Out of memory while checking the file."));
      sqlite3_close (mem);
      return NULL;
    }
  if (sirkel_schema_migrate (mem, list, n_list, version, error))
    rows = schema_rows (mem, error);
  sqlite3_close (mem);
  return g_steal_pointer (&rows);
}

static const char *
object_type_label (const char *type)
{
  if (g_strcmp0 (type, "table") == 0)
    return _("table");
  if (g_strcmp0 (type, "index") == 0)
    return _("index");
  if (g_strcmp0 (type, "view") == 0)
    return _("view");
  if (g_strcmp0 (type, "trigger") == 0)
    return _("trigger");
  return type;
}

/**
 * sirkel_schema_check_allow_list:
 *
 * Fails unless the schema of @db is exactly what the migrations produce for @version: no
 * extra table, view, trigger or index, and no changed definition.
 */
gboolean
sirkel_schema_check_allow_list (sqlite3                *db,
                                const SirkelMigration  *list,
                                guint                   n_list,
                                int                     version,
                                GError                **error)
{
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) found = NULL;

  expected = allow_list_for (list, n_list, version, error);
  if (expected == NULL)
    return FALSE;
  found = schema_rows (db, error);
  if (found == NULL)
    return FALSE;

  {
    g_autoptr(GHashTable) allowed = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
    const char *odd = NULL;

    for (guint i = 0; i < expected->len; i++)
      g_hash_table_add (allowed, g_ptr_array_index (expected, i));
    for (guint i = 0; i < found->len; i++)
      g_hash_table_add (present, g_ptr_array_index (found, i));
    /* Name what was added or changed first; failing that, what is missing. */
    for (guint i = 0; odd == NULL && i < found->len; i++)
      if (!g_hash_table_contains (allowed, g_ptr_array_index (found, i)))
        odd = g_ptr_array_index (found, i);
    for (guint i = 0; odd == NULL && i < expected->len; i++)
      if (!g_hash_table_contains (present, g_ptr_array_index (expected, i)))
        odd = g_ptr_array_index (expected, i);
    if (odd != NULL)
      {
        g_auto(GStrv) parts = g_strsplit (odd, "\x1f", 3);

        g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_SCHEMA,
                     _("The file’s structure is not a Sirkel project of version %d "
                       "(unexpected %s “%s”); it may have been altered by another program."),
                     version, object_type_label (parts[0]), parts[1] != NULL ? parts[1] : "");
        return FALSE;
      }
  }
  return TRUE;
}

static void
column_free (gpointer data)
{
  SirkelColumn *column = data;

  g_free (column->name);
  g_free (column->type);
  g_free (column);
}

static void
table_free (gpointer data)
{
  SirkelTable *table = data;

  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_free (table);
}

static gboolean
is_bookkeeping (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (bookkeeping_columns); i++)
    if (g_str_equal (name, bookkeeping_columns[i]))
      return TRUE;
  return FALSE;
}

/**
 * sirkel_schema_describe:
 *
 * Returns: (transfer container): the tables of @db with their columns, read through
 *   PRAGMA table_info. Only call this on a database whose schema passed the allow-list.
 */
GPtrArray *
sirkel_schema_describe (sqlite3  *db,
                        GError  **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (table_free);
  g_autoptr(sqlite3_stmt) list = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                           -1, &list, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      g_autoptr(sqlite3_stmt) info = NULL;
      SirkelTable *table = g_new0 (SirkelTable, 1);
      guint n_bookkeeping = 0;

      table->name = g_strdup ((const char *) sqlite3_column_text (list, 0));
      table->columns = g_ptr_array_new_with_free_func (column_free);
      g_ptr_array_add (tables, table);

      rc = sqlite3_prepare_v2 (db, "SELECT name, type, \"notnull\" FROM pragma_table_info (?1)",
                               -1, &info, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_bind_text (info, 1, table->name, -1, SQLITE_STATIC);
      while (rc == SQLITE_OK && (rc = sqlite3_step (info)) == SQLITE_ROW)
        {
          SirkelColumn *column = g_new0 (SirkelColumn, 1);

          column->name = g_strdup ((const char *) sqlite3_column_text (info, 0));
          column->type = g_ascii_strup ((const char *) sqlite3_column_text (info, 1), -1);
          column->not_null = sqlite3_column_int (info, 2) != 0;
          column->bookkeeping = is_bookkeeping (column->name);
          n_bookkeeping += column->bookkeeping;
          g_ptr_array_add (table->columns, column);
          rc = SQLITE_OK;
        }
      if (rc != SQLITE_DONE)
        break;
      table->is_entity = n_bookkeeping == G_N_ELEMENTS (bookkeeping_columns);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                   _("Could not read the table layout: %s"), sqlite3_errmsg (db));
      return NULL;
    }
  return g_steal_pointer (&tables);
}

/**
 * sirkel_schema_get_tables:
 *
 * Returns: (transfer none): the tables of the current schema version, computed once per
 *   process from the migrations.
 */
GPtrArray *
sirkel_schema_get_tables (void)
{
  static GPtrArray *tables;

  if (g_once_init_enter (&tables))
    {
      g_autoptr(GError) error = NULL;
      GPtrArray *result = NULL;
      sqlite3 *mem = NULL;

      if (sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
          sirkel_schema_migrate (mem, migrations, G_N_ELEMENTS (migrations), SIRKEL_SCHEMA_VERSION, &error))
        result = sirkel_schema_describe (mem, &error);
      sqlite3_close (mem);
      /* The schema is compiled in: failing here is a build defect, not a user error. */
      if (result == NULL)
        g_error ("Sirkel’s own schema does not load: %s", error != NULL ? error->message : "?");
      g_once_init_leave (&tables, result);
    }
  return tables;
}

const SirkelTable *
sirkel_schema_lookup_table (const char *name)
{
  GPtrArray *tables = sirkel_schema_get_tables ();

  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < tables->len; i++)
    {
      const SirkelTable *table = g_ptr_array_index (tables, i);

      if (g_str_equal (table->name, name))
        return table;
    }
  return NULL;
}

const SirkelColumn *
sirkel_table_lookup_column (const SirkelTable *table,
                            const char        *name)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < table->columns->len; i++)
    {
      const SirkelColumn *column = g_ptr_array_index (table->columns, i);

      if (g_str_equal (column->name, name))
        return column;
    }
  return NULL;
}
