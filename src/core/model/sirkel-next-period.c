/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starting the next period (see sirkel-next-period.h for what is carried and why).
 *
 * Rows are copied generically: every column but the row's own bookkeeping (id, rev, times,
 * authors, tombstone) is read from the source with its SQLite type, references to rows that
 * were carried are rewritten to the new ids, and references to rows that were not carried
 * become NULL (a link row whose other end stayed behind is not copied at all). The whole new
 * project is one action, written into a store in a temporary folder and published to the
 * target with SIRKEL_PUBLISH_NEW, so the target appears complete or not at all.
 */
#define G_LOG_DOMAIN "sirkel-next-period"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sirkel-next-period.h"
#include "sirkel-publish.h"

typedef struct
{
  sqlite3     *src;
  SirkelStore *dest;
  GHashTable  *ids;             /* source id as hex text → SirkelId * in the new file */
  const char  *source_file;
  SirkelId     source_project;
  char        *source_period;
  int          period_from;
  int          period_to;
} Carry;

static void
carry_clear (Carry *carry)
{
  g_clear_pointer (&carry->ids, g_hash_table_unref);
  g_clear_pointer (&carry->source_period, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Carry, carry_clear)

/* Which live rows of the counted tables are carried (SQL conditions on the table). */
#define CARRIED_CHALLENGES "kind = 'challenge'"
#define CARRIED_MEASURES   "status NOT IN ('completed', 'stopped')"
#define CARRIED_LESSONS    "carry_forward = 1"
#define CARRIED_EVENTS     "year IS NULL"

static gboolean
sql_failed (Carry       *carry,
            GError     **error)
{
  g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
               _("Could not read the project to carry it forward: %s."), sqlite3_errmsg (carry->src));
  return FALSE;
}

static gboolean
is_bookkeeping (const char *column)
{
  static const char *const names[] = {
    "id", "rev", "created_at", "created_by", "modified_at", "modified_by", "deleted_at",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (column, names[i]))
      return TRUE;
  return FALSE;
}

static char *
blob_key (sqlite3_stmt *stmt,
          int           column)
{
  SirkelId id;

  if (sqlite3_column_type (stmt, column) != SQLITE_BLOB ||
      !sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, column), sqlite3_column_bytes (stmt, column)))
    return NULL;
  return sirkel_id_to_string (&id);
}

static gboolean
record_link (Carry           *carry,
             const char      *entity,
             const SirkelId  *new_id,
             const SirkelId  *source_id,
             GError         **error)
{
  SirkelId id = { { 0 } };

  return sirkel_store_insert (carry->dest, "carried_item", &id, error,
                              "entity", sirkel_value_text (entity),
                              "entity_id", sirkel_value_id (new_id),
                              "source_file", sirkel_value_text (carry->source_file),
                              "source_project", sirkel_value_id (&carry->source_project),
                              "source_period", sirkel_value_text (carry->source_period),
                              "source_id", sirkel_value_id (source_id),
                              NULL);
}

/* Copies the live rows of @table selected by @where (an SQL condition on the source table,
 * may be NULL). @required lists reference columns whose target must have been carried, or
 * the row is skipped; other references to rows not carried become NULL. @overrides are
 * field/value pairs (value a floating GVariant) that replace the source's value. Each copied
 * row is linked back through carried_item when @link_entity is set. */
static gboolean
copy_rows (Carry               *carry,
           const char          *table,
           const char          *where,
           const char * const  *required,
           const char          *link_entity,
           guint               *count,
           GError             **error,
           ...)
{
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) overrides = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_variant_unref);
  sqlite3_stmt *stmt = NULL;
  const char *field;
  va_list args;
  int rc;

  va_start (args, error);
  while ((field = va_arg (args, const char *)) != NULL)
    g_hash_table_insert (overrides, (gpointer) field, g_variant_ref_sink (va_arg (args, GVariant *)));
  va_end (args);

  sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE deleted_at IS NULL%s%s%s ORDER BY rowid",
                         table, where != NULL ? " AND (" : "", where != NULL ? where : "",
                         where != NULL ? ")" : "");
  if (sqlite3_prepare_v2 (carry->src, sql, -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (carry, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n = sqlite3_column_count (stmt);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();
      g_autoptr(GPtrArray) values = g_ptr_array_new ();
      g_autofree char *source_key = NULL;
      SirkelId source_id = { { 0 } };
      SirkelId *new_id = g_new0 (SirkelId, 1);
      gboolean skip = FALSE;

      for (int i = 0; i < n && !skip; i++)
        {
          const char *column = sqlite3_column_name (stmt, i);
          GVariant *override = g_hash_table_lookup (overrides, column);
          GVariant *value = NULL;

          if (g_str_equal (column, "id"))
            {
              source_key = blob_key (stmt, i);
              sirkel_id_parse (&source_id, source_key);
              continue;
            }
          if (is_bookkeeping (column))
            continue;
          if (override != NULL)
            value = g_variant_ref (override);
          else
            switch (sqlite3_column_type (stmt, i))
              {
              case SQLITE_NULL:
                value = sirkel_value_null ();
                break;
              case SQLITE_INTEGER:
                value = sirkel_value_int (sqlite3_column_int64 (stmt, i));
                break;
              case SQLITE_FLOAT:
                value = sirkel_value_double (sqlite3_column_double (stmt, i));
                break;
              case SQLITE_BLOB:
                {
                  g_autofree char *key = blob_key (stmt, i);
                  SirkelId *target = key != NULL ? g_hash_table_lookup (carry->ids, key) : NULL;

                  if (target != NULL)
                    value = sirkel_value_id (target);
                  else if (required != NULL && g_strv_contains (required, column))
                    skip = TRUE;
                  else
                    value = sirkel_value_null ();
                }
                break;
              default:
                value = sirkel_value_text ((const char *) sqlite3_column_text (stmt, i));
                break;
              }
          if (value != NULL)
            {
              g_ptr_array_add (fields, (gpointer) column);
              g_ptr_array_add (values, value);
            }
        }

      if (!skip && source_key != NULL &&
          !sirkel_store_insertv (carry->dest, table, new_id, (const char * const *) fields->pdata,
                                 (GVariant **) values->pdata, fields->len, error))
        {
          g_free (new_id);
          sqlite3_finalize (stmt);
          return FALSE;
        }
      if (skip || source_key == NULL)
        {
          for (guint i = 0; i < values->len; i++)
            g_variant_unref (g_variant_ref_sink (values->pdata[i]));
          g_free (new_id);
          continue;
        }
      if (link_entity != NULL && !record_link (carry, link_entity, new_id, &source_id, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      g_hash_table_insert (carry->ids, g_steal_pointer (&source_key), new_id);
      if (count != NULL)
        (*count)++;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return sql_failed (carry, error);
  return TRUE;
}

#define REQUIRED(...) ((const char * const[]) { __VA_ARGS__, NULL })

/* Goals form a tree: a goal is copied after its parent, so its parent_id can be rewritten. */
static gboolean
copy_goals (Carry   *carry,
            guint   *count,
            GError **error)
{
  for (int depth = 0; depth <= 64; depth++)
    {
      g_autofree char *where = g_strdup_printf (
        "id IN (WITH RECURSIVE tree (id, depth) AS ("
        "  SELECT id, 0 FROM goal WHERE deleted_at IS NULL AND (parent_id IS NULL OR parent_id NOT IN"
        "    (SELECT id FROM goal WHERE deleted_at IS NULL))"
        "  UNION ALL SELECT goal.id, tree.depth + 1 FROM goal JOIN tree ON goal.parent_id = tree.id"
        "    WHERE goal.deleted_at IS NULL AND tree.depth < 64)"
        " SELECT id FROM tree WHERE depth = %d)", depth);
      guint before = *count;

      if (!copy_rows (carry, "goal", where, NULL, "goal", count, error, NULL))
        return FALSE;
      if (*count == before)
        break;
    }
  return TRUE;
}

static gboolean
copy_project (Carry            *carry,
              const char       *title,
              SirkelCarriedCounts *counts,
              GError          **error)
{
  g_autofree char *where = NULL;
  g_autofree char *source_title = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;
  guint n = 0;

  if (sqlite3_prepare_v2 (carry->src, "SELECT id, title, period_from, period_to FROM project "
                          "WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1", -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (carry, error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      key = blob_key (stmt, 0);
      found = key != NULL && sirkel_id_parse (&carry->source_project, key);
      source_title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      carry->source_period = g_strdup_printf ("%d–%d", sqlite3_column_int (stmt, 2),
                                              sqlite3_column_int (stmt, 3));
    }
  sqlite3_finalize (stmt);
  if (!found)
    {
      g_set_error_literal (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                           _("The project file has no project to carry forward."));
      return FALSE;
    }

  (void) counts;
  return copy_rows (carry, "project", NULL, NULL, "project", &n, error,
                    "title", sirkel_value_text (title != NULL && *title != '\0' ? title : source_title),
                    "period_from", sirkel_value_int (carry->period_from),
                    "period_to", sirkel_value_int (carry->period_to),
                    "previous_file", sirkel_value_text (carry->source_file),
                    NULL);
}

/* A lesson whose linked item stayed behind keeps its text but not a half link. */
static gboolean
unlink_orphan_lessons (Carry   *carry,
                       GError **error)
{
  sqlite3 *db = sirkel_store_get_db (carry->dest);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (SirkelId));
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT id FROM lesson WHERE source_id IS NULL AND source_entity IS NOT NULL",
                          -1, &stmt, NULL) != SQLITE_OK)
    return sql_failed (carry, error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      SirkelId id;

      if (sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0)))
        g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < ids->len; i++)
    if (!sirkel_store_set (carry->dest, "lesson", &g_array_index (ids, SirkelId, i), "source_entity",
                           sirkel_value_null (), error))
      return FALSE;
  return TRUE;
}

static gboolean
copy_all (Carry               *carry,
          const char          *title,
          SirkelCarriedCounts *counts,
          GError             **error)
{
  g_autofree char *budget_where = g_strdup_printf ("year BETWEEN %d AND %d",
                                                   carry->period_from, carry->period_to);
  /* Indicators only as definitions (no observations), where a carried goal or challenge
   * refers to them, so those links hold and the next import of the table finds its mapping. */
  const char *indicators =
    "id IN (SELECT indicator_id FROM goal WHERE deleted_at IS NULL AND indicator_id IS NOT NULL"
    " UNION SELECT fi.indicator_id FROM finding_indicator fi JOIN finding f ON f.id = fi.finding_id"
    "  WHERE fi.deleted_at IS NULL AND f.deleted_at IS NULL AND f.kind = 'challenge')";
  const char *plans = "id IN (SELECT plan_id FROM goal WHERE deleted_at IS NULL AND plan_id IS NOT NULL)";
  guint ignored = 0;

  return copy_project (carry, title, counts, error) &&
         copy_rows (carry, "criterion", NULL, NULL, NULL, &ignored, error, NULL) &&
         copy_rows (carry, "indicator", indicators, NULL, NULL, &ignored, error, NULL) &&
         copy_rows (carry, "finding", CARRIED_CHALLENGES, NULL, "finding", &counts->challenges, error,
                    "prioritised", sirkel_value_int (0), "priority_reason", sirkel_value_text (""), NULL) &&
         copy_rows (carry, "finding_indicator", NULL, REQUIRED ("finding_id", "indicator_id"), NULL,
                    &ignored, error, NULL) &&
         copy_rows (carry, "plan", plans, NULL, NULL, &ignored, error, NULL) &&
         copy_goals (carry, &counts->goals, error) &&
         copy_rows (carry, "goal_finding", NULL, REQUIRED ("goal_id", "finding_id"), NULL,
                    &ignored, error, NULL) &&
         copy_rows (carry, "measure", CARRIED_MEASURES, NULL, "measure", &counts->measures, error, NULL) &&
         copy_rows (carry, "measure_goal", NULL, REQUIRED ("measure_id", "goal_id"), NULL,
                    &ignored, error, NULL) &&
         copy_rows (carry, "measure_partner", NULL, REQUIRED ("measure_id"), NULL, &ignored, error, NULL) &&
         copy_rows (carry, "budget_line", budget_where, REQUIRED ("measure_id"), NULL, &ignored, error, NULL) &&
         copy_rows (carry, "logic_element", NULL, REQUIRED ("measure_id"), NULL, &ignored, error, NULL) &&
         copy_rows (carry, "lesson", CARRIED_LESSONS, NULL, "lesson", &counts->lessons, error, NULL) &&
         unlink_orphan_lessons (carry, error) &&
         copy_rows (carry, "yearwheel_event", CARRIED_EVENTS, NULL, NULL, &counts->events, error, NULL);
}

/**
 * sirkel_next_period_create:
 * @source: the current project (only read)
 * @source_path: (nullable): the path the user knows the source by; %NULL: the store's path
 * @dest_path: the new project file; must not exist
 * @title: (nullable): the new project's title; %NULL or "" keeps the current one
 * @counts: (out) (optional): what was carried
 *
 * Writes a new project file for @period_from–@period_to carrying forward what is still open.
 * Lessons linked to an item keep the link only when that item was carried too.
 */
gboolean
sirkel_next_period_create (SirkelStore          *source,
                           const char           *source_path,
                           const char           *dest_path,
                           int                   period_from,
                           int                   period_to,
                           const char           *title,
                           const char           *author,
                           SirkelCarriedCounts  *counts,
                           GError              **error)
{
  g_auto(Carry) carry = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *label = NULL;
  g_autoptr(SirkelStore) dest = NULL;
  SirkelCarriedCounts local = { 0 };
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (source), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (period_from < 1900 || period_to < period_from || period_to > period_from + 20)
    {
      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_INVALID,
                   _("The period %d–%d is not valid; use the election period, such as 2028–2031."),
                   period_from, period_to);
      return FALSE;
    }
  if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (dest_path);

      g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_EXISTS,
                   _("“%s” already exists; choose another name."), name);
      return FALSE;
    }

  dir = g_dir_make_tmp ("sirkel-next-period-XXXXXX", error);
  if (dir == NULL)
    return FALSE;
  temp = g_build_filename (dir, "next.sirkel", NULL);
  journal = g_strconcat (temp, "-journal", NULL);

  carry.src = sirkel_store_get_db (source);
  carry.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  carry.source_file = source_path != NULL ? source_path : sirkel_store_get_path (source);
  carry.period_from = period_from;
  carry.period_to = period_to;

  dest = sirkel_store_create (temp, error);
  if (dest != NULL)
    sirkel_store_set_author (dest, author);
  carry.dest = dest;
  /* Translators: the action that creates the new project file; %d–%d is its period. */
  label = g_strdup_printf (_("Start the period %d–%d"), period_from, period_to);
  ok = dest != NULL && sirkel_store_begin (dest, label, error);
  if (ok && (!copy_all (&carry, title, &local, error) || !sirkel_store_commit (dest, error)))
    {
      sirkel_store_rollback (dest);
      ok = FALSE;
    }
  ok = ok && sirkel_publish (dest, dest_path, NULL, SIRKEL_PUBLISH_NEW, NULL, error);
  if (dest != NULL)
    sirkel_store_close (dest);
  g_unlink (journal);
  g_unlink (temp);
  g_rmdir (dir);
  if (ok && counts != NULL)
    *counts = local;
  return ok;
}

/**
 * sirkel_next_period_count:
 * @counts: (out caller-allocates): what sirkel_next_period_create () would carry
 *
 * Counts what starting the next period from @source would carry, by the same rules.
 */
gboolean
sirkel_next_period_count (SirkelStore          *source,
                          SirkelCarriedCounts  *counts,
                          GError              **error)
{
  static const struct { const char *table; const char *where; gsize offset; } counted[] = {
    { "finding", CARRIED_CHALLENGES, G_STRUCT_OFFSET (SirkelCarriedCounts, challenges) },
    { "goal", "1", G_STRUCT_OFFSET (SirkelCarriedCounts, goals) },
    { "measure", CARRIED_MEASURES, G_STRUCT_OFFSET (SirkelCarriedCounts, measures) },
    { "lesson", CARRIED_LESSONS, G_STRUCT_OFFSET (SirkelCarriedCounts, lessons) },
    { "yearwheel_event", CARRIED_EVENTS, G_STRUCT_OFFSET (SirkelCarriedCounts, events) },
  };
  sqlite3 *db = sirkel_store_get_db (source);

  g_return_val_if_fail (SIRKEL_IS_STORE (source), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM \"%s\" WHERE deleted_at IS NULL "
                                              "AND (%s)", counted[i].table, counted[i].where);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK || sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_set_error (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_FAILED,
                       _("Could not read the project to carry it forward: %s."), sqlite3_errmsg (db));
          sqlite3_finalize (stmt);
          return FALSE;
        }
      G_STRUCT_MEMBER (guint, counts, counted[i].offset) = (guint) sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
    }
  return TRUE;
}
