/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applying an import table to a project, as one action (one history entry, however many
 * cells):
 *
 *  1. the snapshot: a data_import row with provenance (file name, SHA-256, format, encoding,
 *     source and table, time, row count, warnings, the measures left out);
 *  2. the mapping: each measure feeds the live indicator with the same source, table and
 *     measure — so a measure is mapped to an indicator once (name, unit, decimals, polarity,
 *     category, set by the user) and later imports of the same table reuse it — or a new
 *     indicator is made for it;
 *  3. the cells: one obs_series per indicator × place × sex × age × other dimensions, and the
 *     observations in key order (fast appends into the WITHOUT ROWID table). Two cells with
 *     the same key refuse the import: a silently dropped duplicate could be the wrong number
 *     (sirkel-import-cells.c);
 *  4. the re-import: the previous live import of the same source and table is compared with
 *     this one (new periods, revised values, newly suppressed cells, removed cells) and then
 *     tombstoned, as publishers revise whole series (DATA-FORMATS.md §0 rule 6). Undo brings
 *     it back.
 *
 * The observations are not history rows: the action records the import's creation and the
 * tombstones, and undo works on those.
 */
#define G_LOG_DOMAIN "sirkel-import-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-import.h"
#include "sirkel-import-private.h"
#include "sirkel-store-private.h"

static char *
slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '_')
        g_string_append_c (out, '_');
    }
  while (out->len > 0 && out->str[out->len - 1] == '_')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static gboolean
query_exists (SirkelStore  *store,
              const char   *sql,
              const char   *text,
              gboolean     *exists,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  return sirkel_store_prepare (store, sql, &stmt, error) &&
         sirkel_store_check (store, sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC), error) &&
         sirkel_store_step_row (store, stmt, exists, error);
}

/* The most common period length among the cells of each measure, in one pass over the cells. */
static int *
period_lengths (SirkelImportTable *table)
{
  guint n_measures = table->measures->len;
  g_autofree guint *counts = g_new0 (guint, (gsize) n_measures * 32);
  int *best = g_new (int, MAX (n_measures, 1));

  for (guint i = 0; i < table->observations->len; i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);
      int length = o->period_to - o->period_from + 1;

      if (o->measure < n_measures && length >= 1 && length < 32 && o->period_part != SIRKEL_PERIOD_SCHOOL_YEAR)
        counts[(gsize) o->measure * 32 + length]++;
    }
  for (guint m = 0; m < n_measures; m++)
    {
      const guint *c = counts + (gsize) m * 32;

      best[m] = 1;
      for (int i = 1; i < 32; i++)
        if (c[i] > c[best[m]])
          best[m] = i;
    }
  return best;
}

/* The indicator a measure feeds: the live one with the same source, table and measure, or a
 * new one with defaults the user can change. */
static gboolean
map_measure (SirkelStore        *store,
             SirkelImportTable  *table,
             guint               m,
             int               **lengths,
             SirkelId           *indicator,
             GError            **error)
{
  const SirkelMeasure *measure = g_ptr_array_index (table->measures, m);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *base = NULL;
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT id FROM indicator WHERE deleted_at IS NULL AND source = ?1 "
                             "AND source_table = ?2 AND measure = ?3 ORDER BY created_at LIMIT 1",
                             &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 1, table->source, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 2, table->table_id, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 3, measure->key, -1, SQLITE_STATIC), error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    return sirkel_id_from_bytes (indicator, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));

  base = table->measures->len == 1 ? slug (table->table_id)
                                   : g_strdup_printf ("%s_%s", table->table_id, measure->key);
  {
    g_autofree char *clean = slug (base);

    g_free (base);
    base = *clean != '\0' ? g_steal_pointer (&clean) : g_strdup ("indikator");
  }
  key = g_strdup (base);
  for (guint n = 2; ; n++)
    {
      gboolean exists = FALSE;

      if (!query_exists (store, "SELECT 1 FROM indicator WHERE key = ?1", key, &exists, error))
        return FALSE;
      if (!exists)
        break;
      g_free (key);
      key = g_strdup_printf ("%s_%u", base, n);
    }
  title = table->measures->len == 1 || g_str_equal (measure->label, table->title)
          ? g_strdup (table->title)
          : g_strdup_printf ("%s – %s", table->title, measure->label);
  description = g_strdup_printf (_("Imported from “%s”."), table->file_name);
  if (*lengths == NULL)
    *lengths = period_lengths (table);

  memset (indicator, 0, sizeof *indicator);
  return sirkel_store_insert (store, "indicator", indicator, error,
                              "key", sirkel_value_text (key),
                              "title", sirkel_value_text (title),
                              "description", sirkel_value_text (description),
                              "source", sirkel_value_text (table->source),
                              "source_table", sirkel_value_text (table->table_id),
                              "measure", sirkel_value_text (measure->key),
                              "unit", sirkel_value_text (measure->unit),
                              "decimals", sirkel_value_int (CLAMP (measure->decimals < 0 ? 1 : measure->decimals, 0, 6)),
                              "period_length", sirkel_value_int ((*lengths)[m]),
                              NULL);
}

/* Refuses a table whose reader left out a measure that feeds a live indicator of this
 * project: replacing the previous import would leave that indicator without figures. The
 * caller reads the file again with all measures. */
static gboolean
check_left_out_measures (SirkelStore        *store,
                         SirkelImportTable  *table,
                         GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (table->other_measures->len == 0)
    return TRUE;
  if (!sirkel_store_prepare (store, "SELECT measure FROM indicator WHERE deleted_at IS NULL "
                             "AND source = ?1 AND source_table = ?2", &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 1, table->source, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 2, table->table_id, -1, SQLITE_STATIC), error))
    return FALSE;
  while (TRUE)
    {
      const char *measure;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      measure = (const char *) sqlite3_column_text (stmt, 0);
      for (guint i = 0; measure != NULL && i < table->other_measures->len; i++)
        if (g_str_equal (measure, g_ptr_array_index (table->other_measures, i)))
          {
            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_MEASURES,
                         _("%s: the project has an indicator of the statistical measure %s "
                           "of this table, which was left out; import the file with “All "
                           "statistical measures”."),
                         table->file_name, measure);
            return FALSE;
          }
    }
}

static gint64
count_query (SirkelStore    *store,
             const char     *sql,
             const SirkelId *a,
             const SirkelId *b,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, sql, &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, a, error) ||
      (b != NULL && !sirkel_store_bind_id (store, stmt, 2, b, error)) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return -1;
  return has_row ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Compares the cells of import @old with those of import @fresh, matched by indicator,
 * place, sex, age, dimensions and period. */
static gboolean
compare_imports (SirkelStore          *store,
                 const SirkelId       *fresh,
                 const SirkelId       *old,
                 SirkelImportChanges  *changes,
                 GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gint64 old_total, new_periods;

  /* Each new series is matched with its old one first (pairs), once per series rather than
   * once per cell; then the cells of a pair are matched by period. CROSS JOIN keeps pairs
   * the outer loop. */
  if (!sirkel_store_prepare (store,
        "WITH pairs AS MATERIALIZED ("
        "  SELECT ns.key AS fresh, os.key AS old FROM obs_series ns "
        "  LEFT JOIN obs_series os ON os.import_id = ?2 AND os.indicator_id = ns.indicator_id "
        "    AND os.geo = ns.geo AND os.sex = ns.sex AND os.age_lo = ns.age_lo "
        "    AND os.age_hi = ns.age_hi AND os.dims = ns.dims "
        "  WHERE ns.import_id = ?1) "
        "SELECT "
        "  coalesce (sum (o.series IS NOT NULL), 0), "
        "  coalesce (sum (o.value IS NOT NULL AND n.value IS NOT NULL "
        "                 AND abs (o.value - n.value) > 1e-9 * max (1.0, abs (o.value))), 0), "
        "  coalesce (sum (o.value IS NOT NULL AND n.value IS NULL), 0), "
        "  coalesce (sum (o.series IS NOT NULL AND ((o.value IS NULL AND n.value IS NULL) OR "
        "                 abs (o.value - n.value) <= 1e-9 * max (1.0, abs (o.value)))), 0) "
        "FROM pairs p CROSS JOIN observation n ON n.series = p.fresh "
        "LEFT JOIN observation o ON o.series = p.old AND o.period_from = n.period_from "
        "  AND o.period_to = n.period_to AND o.period_part = n.period_part", &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, fresh, error) ||
      !sirkel_store_bind_id (store, stmt, 2, old, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;

  old_total = count_query (store, "SELECT count(*) FROM observation o JOIN obs_series s ON s.key = o.series "
                                  "WHERE s.import_id = ?1", old, NULL, error);
  new_periods = count_query (store,
                             "SELECT count(*) FROM (SELECT DISTINCT o.period_from, o.period_to, o.period_part "
                             "FROM observation o JOIN obs_series s ON s.key = o.series WHERE s.import_id = ?1 "
                             "EXCEPT SELECT DISTINCT o.period_from, o.period_to, o.period_part "
                             "FROM observation o JOIN obs_series s ON s.key = o.series WHERE s.import_id = ?2)",
                             fresh, old, error);
  if (old_total < 0 || new_periods < 0)
    return FALSE;
  changes->revised += (guint) sqlite3_column_int64 (stmt, 1);
  changes->newly_suppressed += (guint) sqlite3_column_int64 (stmt, 2);
  changes->unchanged += (guint) sqlite3_column_int64 (stmt, 3);
  changes->removed += (guint) MAX (0, old_total - sqlite3_column_int64 (stmt, 0));
  changes->new_periods += (guint) new_periods;
  return TRUE;
}

static char *
summarise (const SirkelImportChanges *changes)
{
  g_autofree char *periods = NULL;
  g_autofree char *revised = NULL;
  g_autofree char *suppressed = NULL;
  g_autofree char *removed = NULL;

  if (changes->replaced == NULL)
    return g_strdup (_("First import of this table."));
  periods = g_strdup_printf (ngettext ("%u new period", "%u new periods", changes->new_periods),
                             changes->new_periods);
  revised = g_strdup_printf (ngettext ("%u revised value", "%u revised values", changes->revised),
                             changes->revised);
  suppressed = g_strdup_printf (ngettext ("%u newly suppressed cell", "%u newly suppressed cells",
                                          changes->newly_suppressed), changes->newly_suppressed);
  removed = g_strdup_printf (ngettext ("%u cell no longer published", "%u cells no longer published",
                                       changes->removed), changes->removed);
  /* Translators: "Replaces “file.csv”: 2 new periods, 14 revised values, …" */
  return g_strdup_printf (_("Replaces “%s”: %s, %s, %s, %s."), changes->replaced, periods, revised,
                          suppressed, removed);
}

/**
 * sirkel_import_apply:
 * @import_id: (out) (optional): the new import's id
 * @changes: (out) (optional) (transfer full): what changed against the import replaced
 *
 * Stores @table in @store as one action, replacing the previous import of the same source
 * and table. On failure nothing is left behind. Fails with SIRKEL_IMPORT_ERROR_MEASURES when
 * the table left out a measure the project has an indicator of: read the file again with
 * SIRKEL_IMPORT_ALL_MEASURES, which is how a mapping to every measure is reused.
 */
gboolean
sirkel_import_apply (SirkelStore          *store,
                     SirkelImportTable    *table,
                     SirkelId             *import_id,
                     SirkelImportChanges **changes_out,
                     GError              **error)
{
  g_autoptr(SirkelImportChanges) changes = g_new0 (SirkelImportChanges, 1);
  g_autoptr(GArray) indicators = NULL;
  g_autoptr(GArray) previous = g_array_new (FALSE, FALSE, sizeof (SirkelId));
  g_autoptr(sqlite3_stmt) prev_stmt = NULL;
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autofree char *other_measures = NULL;
  g_autofree char *label = NULL;
  g_autofree char *now = NULL;
  g_autofree int *lengths = NULL;
  gboolean has_row = TRUE;
  SirkelId id = { { 0 } };

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (table != NULL && table->file_name != NULL && table->sha256 != NULL, FALSE);

  if (!check_left_out_measures (store, table, error))
    return FALSE;
  label = g_strdup_printf (_("Import %s"), table->file_name);
  if (!sirkel_store_begin (store, label, error))
    return FALSE;

  /* The import this one replaces: the live one of the same source and table. */
  if (!sirkel_store_prepare (store, "SELECT id, file_name FROM data_import WHERE deleted_at IS NULL "
                             "AND source = ?1 AND source_table = ?2 ORDER BY imported_at", &prev_stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (prev_stmt, 1, table->source, -1, SQLITE_STATIC), error) ||
      !sirkel_store_check (store, sqlite3_bind_text (prev_stmt, 2, table->table_id, -1, SQLITE_STATIC), error))
    goto fail;
  while (TRUE)
    {
      SirkelId prev;

      if (!sirkel_store_step_row (store, prev_stmt, &has_row, error))
        goto fail;
      if (!has_row)
        break;
      if (sirkel_id_from_bytes (&prev, sqlite3_column_blob (prev_stmt, 0), sqlite3_column_bytes (prev_stmt, 0)))
        g_array_append_val (previous, prev);
      g_free (changes->replaced);
      changes->replaced = g_strdup ((const char *) sqlite3_column_text (prev_stmt, 1));
    }

  for (guint i = 0; i < table->warnings->len; i++)
    g_string_append_printf (warnings, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (table->warnings, i));
  other_measures = sirkel_import_table_dup_other_measures (table);
  now = sirkel_store_dup_now (store);
  if (!sirkel_store_insert (store, "data_import", &id, error,
                            "title", sirkel_value_text (table->title),
                            "file_name", sirkel_value_text (table->file_name),
                            "sha256", sirkel_value_text (table->sha256),
                            "format", sirkel_value_text (table->format),
                            "encoding", sirkel_value_text (table->encoding),
                            "source", sirkel_value_text (table->source),
                            "source_table", sirkel_value_text (table->table_id),
                            "imported_at", sirkel_value_text (now),
                            "row_count", sirkel_value_int (table->observations->len),
                            "warnings", sirkel_value_text (warnings->str),
                            "other_measures", sirkel_value_text (other_measures),
                            NULL))
    goto fail;

  indicators = g_array_sized_new (FALSE, TRUE, sizeof (SirkelId), table->measures->len);
  g_array_set_size (indicators, table->measures->len);
  for (guint m = 0; m < table->measures->len; m++)
    if (!map_measure (store, table, m, &lengths, &g_array_index (indicators, SirkelId, m), error))
      goto fail;

  /* A bigger page cache while the cells go in; the default is restored below. The cells go
   * in key order, so few pages are hot at a time: 16 MiB imported two million rows as fast as
   * 128 MiB did (into a new project, next to another table, and over the same table again),
   * and a big import's peak memory is 110 MiB lower. */
  sirkel_store_exec (store, "PRAGMA cache_size = -16384", NULL);
  if (!sirkel_import_store_cells (store, table, &id, indicators, error))
    {
      sirkel_store_exec (store, "PRAGMA cache_size = -2000", NULL);
      goto fail;
    }
  sirkel_store_exec (store, "PRAGMA cache_size = -2000", NULL);

  for (guint i = 0; i < previous->len; i++)
    if (!compare_imports (store, &id, &g_array_index (previous, SirkelId, i), changes, error) ||
        !sirkel_store_delete (store, "data_import", &g_array_index (previous, SirkelId, i), error))
      goto fail;
  changes->summary = summarise (changes);
  if (!sirkel_store_set (store, "data_import", &id, "changes", sirkel_value_text (changes->summary), error) ||
      !sirkel_store_commit (store, error))
    goto fail;

  if (import_id != NULL)
    *import_id = id;
  if (changes_out != NULL)
    *changes_out = g_steal_pointer (&changes);
  return TRUE;

fail:
  sirkel_store_rollback (store);
  return FALSE;
}

void
sirkel_import_changes_free (SirkelImportChanges *changes)
{
  if (changes == NULL)
    return;
  g_free (changes->replaced);
  g_free (changes->summary);
  g_free (changes);
}
