/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applying an import table to a project, as one action (one history entry, however many
 * cells):
 *
 *  1. the snapshot: a data_import row with provenance (file name, SHA-256, format, encoding,
 *     source and table, time, row count, warnings);
 *  2. the mapping: each measure feeds the live indicator with the same source, table and
 *     measure — so a measure is mapped to an indicator once (name, unit, decimals, polarity,
 *     category, set by the user) and later imports of the same table reuse it — or a new
 *     indicator is made for it;
 *  3. the cells: one obs_series per indicator × place × sex × age × other dimensions, and the
 *     observations in key order (fast appends into the WITHOUT ROWID table). Two cells with
 *     the same key refuse the import: a silently dropped duplicate could be the wrong number;
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

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-import.h"
#include "sirkel-store-private.h"

typedef struct
{
  guint       measure;
  const char *geo;       /* interned: equal strings are equal pointers */
  gint32      sex;
  gint32      age_lo;
  gint32      age_hi;
  const char *dims;      /* interned */
} SeriesKey;

static guint
series_key_hash (gconstpointer p)
{
  const SeriesKey *k = p;
  guint h = k->measure;

  h = h * 31 + g_direct_hash (k->geo);
  h = h * 31 + (guint) k->sex;
  h = h * 31 + (guint) k->age_lo;
  h = h * 31 + (guint) k->age_hi;
  return h * 31 + g_direct_hash (k->dims);
}

static gboolean
series_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const SeriesKey *x = a, *y = b;

  return x->measure == y->measure && x->geo == y->geo && x->sex == y->sex &&
         x->age_lo == y->age_lo && x->age_hi == y->age_hi && x->dims == y->dims;
}

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

/* The most common period length among the cells of @measure. */
static int
period_length (SirkelImportTable *table,
               guint              measure)
{
  guint counts[32] = { 0 };
  guint best = 1;

  for (guint i = 0; i < table->observations->len; i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);
      int length = o->period_to - o->period_from + 1;

      if (o->measure == measure && length >= 1 && length < 32 && o->period_part != SIRKEL_PERIOD_SCHOOL_YEAR)
        counts[length]++;
    }
  for (guint i = 1; i < G_N_ELEMENTS (counts); i++)
    if (counts[i] > counts[best])
      best = i;
  return (int) best;
}

/* The indicator a measure feeds: the live one with the same source, table and measure, or a
 * new one with defaults the user can change. */
static gboolean
map_measure (SirkelStore        *store,
             SirkelImportTable  *table,
             guint               m,
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
                              "period_length", sirkel_value_int (period_length (table, m)),
                              NULL);
}

/* Sorting observations by series key and period, so inserts append to the b-tree. */
typedef struct
{
  gint64  *series;
  GArray  *observations;
} SortContext;

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SortContext *ctx = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  const SirkelObservation *x = &g_array_index (ctx->observations, SirkelObservation, i);
  const SirkelObservation *y = &g_array_index (ctx->observations, SirkelObservation, j);

  if (ctx->series[i] != ctx->series[j])
    return ctx->series[i] < ctx->series[j] ? -1 : 1;
  if (x->period_from != y->period_from)
    return x->period_from < y->period_from ? -1 : 1;
  if (x->period_to != y->period_to)
    return x->period_to < y->period_to ? -1 : 1;
  if (x->period_part != y->period_part)
    return x->period_part < y->period_part ? -1 : 1;
  return 0;
}

static gboolean
bind_double_or_null (SirkelStore   *store,
                     sqlite3_stmt  *stmt,
                     int            index,
                     double         value,
                     GError       **error)
{
  return sirkel_store_check (store, isnan (value) ? sqlite3_bind_null (stmt, index)
                                                  : sqlite3_bind_double (stmt, index, value), error);
}

/* @dims with KEY=value added in key order ("A=1;C=2" + B → "A=1;B=…;C=2"). */
static char *
merge_dimension (const char *dims,
                 const char *key,
                 int         value)
{
  g_auto(GStrv) parts = g_strsplit (dims, ";", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *item = g_strdup_printf ("%s=%d", key, value);
  gboolean placed = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (!placed && strcmp (parts[i], item) > 0)
        {
          g_string_append_printf (out, "%s%s", out->len > 0 ? ";" : "", item);
          placed = TRUE;
        }
      g_string_append_printf (out, "%s%s", out->len > 0 ? ";" : "", parts[i]);
    }
  if (!placed)
    g_string_append_printf (out, "%s%s", out->len > 0 ? ";" : "", item);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
insert_cells (SirkelStore        *store,
              SirkelImportTable  *table,
              const SirkelId     *import_id,
              GArray             *indicators,
              GError            **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (series_key_hash, series_key_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) series_stmt = NULL;
  g_autoptr(sqlite3_stmt) cell_stmt = NULL;
  g_autoptr(sqlite3_stmt) max_stmt = NULL;
  g_autofree gint64 *series = NULL;
  g_autofree guint *order = NULL;
  GArray *cells = table->observations;
  gboolean has_row = FALSE;
  gint64 next_key;
  SortContext ctx;

  if (!sirkel_store_prepare (store, "SELECT coalesce (max (key), 0) + 1 FROM obs_series", &max_stmt, error) ||
      !sirkel_store_step_row (store, max_stmt, &has_row, error))
    return FALSE;
  next_key = sqlite3_column_int64 (max_stmt, 0);

  if (!sirkel_store_prepare (store, "INSERT INTO obs_series (key, import_id, indicator_id, geo, geo_raw, "
                             "sex, age_lo, age_hi, dims, geo_level) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", &series_stmt, error) ||
      !sirkel_store_prepare (store, "INSERT INTO observation (series, period_from, period_to, period_part, "
                             "value, flag, numerator, denominator, ci_low, ci_high, flag_raw, period_label) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", &cell_stmt, error) ||
      !sirkel_store_bind_id (store, series_stmt, 2, import_id, error))
    return FALSE;

  series = g_new (gint64, cells->len);
  for (guint i = 0; i < cells->len; i++)
    {
      SirkelObservation *o = &g_array_index (cells, SirkelObservation, i);
      SeriesKey lookup;
      gpointer found;

      /* The schema knows both sexes, men and women. Anything else (FHI's 9 "unknown") is kept
       * as a dimension, never folded into "both". */
      if (o->sex < 0 || o->sex > 2)
        {
          g_autofree char *dims = merge_dimension (o->dims, "KJONN", o->sex);

          o->dims = sirkel_import_table_intern (table, dims);
          o->sex = 0;
        }
      lookup = (SeriesKey) { o->measure, o->geo, o->sex, o->age_lo, o->age_hi, o->dims };
      found = g_hash_table_lookup (keys, &lookup);

      if (found == NULL)
        {
          const SirkelId *indicator = &g_array_index (indicators, SirkelId, o->measure);

          if (!sirkel_store_check (store, sqlite3_bind_int64 (series_stmt, 1, next_key), error) ||
              !sirkel_store_bind_id (store, series_stmt, 3, indicator, error) ||
              !sirkel_store_check (store, sqlite3_bind_text (series_stmt, 4, o->geo, -1, SQLITE_STATIC), error) ||
              !sirkel_store_check (store, sqlite3_bind_text (series_stmt, 5, o->geo_raw, -1, SQLITE_STATIC), error) ||
              !sirkel_store_check (store, sqlite3_bind_int (series_stmt, 6, o->sex), error) ||
              !sirkel_store_check (store, sqlite3_bind_int (series_stmt, 7, o->age_lo), error) ||
              !sirkel_store_check (store, sqlite3_bind_int (series_stmt, 8, o->age_hi), error) ||
              !sirkel_store_check (store, sqlite3_bind_text (series_stmt, 9, o->dims, -1, SQLITE_STATIC), error) ||
              !sirkel_store_check (store, sqlite3_bind_text (series_stmt, 10, sirkel_geo_level_to_key (o->geo_level),
                                                             -1, SQLITE_STATIC), error) ||
              !sirkel_store_step_done (store, series_stmt, error) ||
              !sirkel_store_check (store, sqlite3_reset (series_stmt), error))
            return FALSE;
          found = GSIZE_TO_POINTER ((gsize) next_key);
          g_hash_table_insert (keys, g_memdup2 (&lookup, sizeof lookup), found);
          next_key++;
        }
      series[i] = (gint64) GPOINTER_TO_SIZE (found);
    }

  order = g_new (guint, cells->len);
  for (guint i = 0; i < cells->len; i++)
    order[i] = i;
  ctx.series = series;
  ctx.observations = cells;
  g_qsort_with_data (order, (gint) cells->len, sizeof (guint), compare_cells, &ctx);

  for (guint n = 0; n < cells->len; n++)
    {
      guint i = order[n];
      const SirkelObservation *o = &g_array_index (cells, SirkelObservation, i);

      if (n > 0 && compare_cells (&order[n - 1], &order[n], &ctx) == 0)
        {
          const SirkelMeasure *measure = g_ptr_array_index (table->measures, o->measure);

          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("%s: the file has two figures for the same cell (%s, %s, %s); it cannot be "
                         "imported as it is."), table->file_name, measure->key, o->geo, o->period_label);
          return FALSE;
        }
      if (!sirkel_store_check (store, sqlite3_bind_int64 (cell_stmt, 1, series[i]), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (cell_stmt, 2, o->period_from), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (cell_stmt, 3, o->period_to), error) ||
          !sirkel_store_check (store, sqlite3_bind_int (cell_stmt, 4, o->period_part), error) ||
          !sirkel_store_check (store, o->has_value ? sqlite3_bind_double (cell_stmt, 5, o->value)
                                                   : sqlite3_bind_null (cell_stmt, 5), error) ||
          !sirkel_store_check (store, sqlite3_bind_text (cell_stmt, 6, sirkel_flag_to_key (o->flag), -1,
                                                         SQLITE_STATIC), error) ||
          !bind_double_or_null (store, cell_stmt, 7, o->numerator, error) ||
          !bind_double_or_null (store, cell_stmt, 8, o->denominator, error) ||
          !bind_double_or_null (store, cell_stmt, 9, o->ci_low, error) ||
          !bind_double_or_null (store, cell_stmt, 10, o->ci_high, error) ||
          !sirkel_store_check (store, sqlite3_bind_text (cell_stmt, 11, o->flag_raw, -1, SQLITE_STATIC), error) ||
          !sirkel_store_check (store, sqlite3_bind_text (cell_stmt, 12, o->period_label, -1, SQLITE_STATIC), error) ||
          !sirkel_store_step_done (store, cell_stmt, error) ||
          !sirkel_store_check (store, sqlite3_reset (cell_stmt), error))
        {
          if (error != NULL && *error != NULL && (*error)->code == SIRKEL_STORE_ERROR_INVALID &&
              !o->has_value && o->flag == SIRKEL_FLAG_NONE)
            {
              /* The schema's CHECK: a cell without a value must say why. A reader bug. */
              g_prefix_error (error, "%s: ", table->file_name);
            }
          return FALSE;
        }
    }
  return TRUE;
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

  if (!sirkel_store_prepare (store,
        "SELECT "
        "  coalesce (sum (o.series IS NOT NULL), 0), "
        "  coalesce (sum (o.value IS NOT NULL AND n.value IS NOT NULL "
        "                 AND abs (o.value - n.value) > 1e-9 * max (1.0, abs (o.value))), 0), "
        "  coalesce (sum (o.value IS NOT NULL AND n.value IS NULL), 0), "
        "  coalesce (sum (o.series IS NOT NULL AND ((o.value IS NULL AND n.value IS NULL) OR "
        "                 abs (o.value - n.value) <= 1e-9 * max (1.0, abs (o.value)))), 0) "
        "FROM observation n JOIN obs_series ns ON ns.key = n.series "
        "LEFT JOIN obs_series os ON os.import_id = ?2 AND os.indicator_id = ns.indicator_id "
        "  AND os.geo = ns.geo AND os.sex = ns.sex AND os.age_lo = ns.age_lo AND os.age_hi = ns.age_hi "
        "  AND os.dims = ns.dims "
        "LEFT JOIN observation o ON o.series = os.key AND o.period_from = n.period_from "
        "  AND o.period_to = n.period_to AND o.period_part = n.period_part "
        "WHERE ns.import_id = ?1", &stmt, error) ||
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
 * and table. On failure nothing is left behind.
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
  g_autofree char *label = NULL;
  g_autofree char *now = NULL;
  gboolean has_row = TRUE;
  SirkelId id = { { 0 } };

  g_return_val_if_fail (SIRKEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (table != NULL && table->file_name != NULL && table->sha256 != NULL, FALSE);

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
                            NULL))
    goto fail;

  indicators = g_array_sized_new (FALSE, TRUE, sizeof (SirkelId), table->measures->len);
  g_array_set_size (indicators, table->measures->len);
  for (guint m = 0; m < table->measures->len; m++)
    if (!map_measure (store, table, m, &g_array_index (indicators, SirkelId, m), error))
      goto fail;

  /* A bigger page cache while the cells go in; the default is restored below. */
  sirkel_store_exec (store, "PRAGMA cache_size = -131072", NULL);
  if (!insert_cells (store, table, &id, indicators, error))
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
