/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Storing the cells of an import table, step 3 of sirkel-import-store.c: one obs_series row
 * per indicator × place × sex × age × other dimensions, in the order first seen (keys from
 * max (key) + 1 on), and the observations in key order, by series and then period, so that
 * every insert appends to the WITHOUT ROWID b-tree. Two cells with the same key refuse the
 * import when the second is reached: a silently dropped duplicate could be the wrong number.
 *
 * A big FHI kube has eight million cells. One INSERT execution per cell spent most of an
 * import in SQLite's fixed cost per execution (statement journal, cursors opened and closed,
 * twelve binds under the connection mutex), so the rows come instead from two eponymous
 * virtual tables, sirkel_import_series and sirkel_import_cells, that read the table in
 * memory, and one INSERT … SELECT per target table moves them. The virtual tables exist on
 * the store's connection only while sirkel_import_store_cells () runs, are marked
 * SQLITE_VTAB_DIRECTONLY so that no schema object can use them, and never appear in
 * sqlite_schema. The rows, their order and the checks on them are those of one statement per
 * row: the same constraints fail at the same cell with the same message.
 *
 * The cell order is a counting sort by series, which keeps file order within a series, then
 * a period sort of each series that is not in order already (files list a series' periods in
 * order, so this is one check per cell): the same order as one stable sort by series and
 * period, in two guint32 per cell of extra memory.
 *
 * Thread rule: runs on the store's thread, inside the import's transaction.
 */
#define G_LOG_DOMAIN "sirkel-import-cells"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-import.h"
#include "sirkel-import-private.h"
#include "sirkel-store-private.h"

#define SERIES_TABLE "sirkel_import_series"
#define CELLS_TABLE  "sirkel_import_cells"

/* A series, keyed by interned pointers: equal strings are equal pointers. */
typedef struct
{
  const char *geo;
  const char *dims;
  guint       measure;
  gint16      sex;
  gint16      age_lo;
  gint16      age_hi;
  guint32     first;   /* the first cell of the series: its geo_raw and geo_level are stored */
} SeriesKey;

/* The series in the order first seen, and an open-addressing index over them: two
 * allocations in all, not one per series. */
typedef struct
{
  GArray  *keys;    /* of SeriesKey; key i becomes obs_series.key first_key + i */
  guint32 *slots;   /* 0 for an empty slot, else a key's index + 1; at most half full */
  guint    mask;    /* the number of slots - 1 */
} SeriesTable;

typedef enum
{
  SCAN_SERIES,
  SCAN_CELLS,
} ScanKind;

/* What the virtual tables read. One scan runs at a time; pos is where it stands. */
typedef struct
{
  SirkelImportTable *table;
  GArray            *indicators;  /* of SirkelId, by measure */
  GArray            *keys;        /* of SeriesKey */
  gint64             first_key;
  guint32           *order;       /* the cells, series by series */
  guint32           *start;       /* series s is order[start[s]] … order[start[s + 1] - 1] */
  guint32            pos;         /* the scan's row: a series, or an index into order */
  guint32            series;      /* SCAN_CELLS: the series of order[pos] */
  gboolean           duplicate;   /* SCAN_CELLS stopped at a second cell with the same key */
} Scan;

typedef struct
{
  sqlite3_vtab  base;
  Scan         *scan;
  ScanKind      kind;
} ScanTable;

typedef struct
{
  sqlite3_vtab_cursor  base;
  Scan                *scan;
  ScanKind             kind;
} ScanCursor;

typedef struct
{
  Scan     *scan;
  ScanKind  kind;
} ScanModule;

/* ------------------------------------------------------------------------------------------
 * Series
 * ------------------------------------------------------------------------------------------ */

static guint
series_key_hash (const SeriesKey *k)
{
  guint64 h = GPOINTER_TO_SIZE (k->geo);

  h = (h ^ GPOINTER_TO_SIZE (k->dims)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  h ^= ((guint64) k->measure << 32) ^ ((guint64) (guint16) k->sex << 48) ^
       ((guint64) (guint16) k->age_lo << 16) ^ (guint16) k->age_hi;
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  return (guint) (h ^ (h >> 31));
}

static gboolean
series_key_equal (const SeriesKey *x,
                  const SeriesKey *y)
{
  return x->measure == y->measure && x->geo == y->geo && x->sex == y->sex &&
         x->age_lo == y->age_lo && x->age_hi == y->age_hi && x->dims == y->dims;
}

static void
series_table_init (SeriesTable *series)
{
  series->keys = g_array_new (FALSE, FALSE, sizeof (SeriesKey));
  series->mask = 1023;
  series->slots = g_new0 (guint32, series->mask + 1);
}

static void
series_table_clear (SeriesTable *series)
{
  g_clear_pointer (&series->keys, g_array_unref);
  g_clear_pointer (&series->slots, g_free);
}

static void
series_table_grow (SeriesTable *series)
{
  g_free (series->slots);
  series->mask = series->mask * 2 + 1;
  series->slots = g_new0 (guint32, (gsize) series->mask + 1);
  for (guint32 k = 0; k < series->keys->len; k++)
    {
      guint i = series_key_hash (&g_array_index (series->keys, SeriesKey, k)) & series->mask;

      while (series->slots[i] != 0)
        i = (i + 1) & series->mask;
      series->slots[i] = k + 1;
    }
}

/* The index of @key's series, added (with @key->first) if new. */
static guint32
series_table_find (SeriesTable     *series,
                   const SeriesKey *key)
{
  guint i = series_key_hash (key) & series->mask;

  for (; series->slots[i] != 0; i = (i + 1) & series->mask)
    if (series_key_equal (&g_array_index (series->keys, SeriesKey, series->slots[i] - 1), key))
      return series->slots[i] - 1;

  g_array_append_val (series->keys, *key);
  series->slots[i] = series->keys->len;
  if ((gsize) series->keys->len * 2 > series->mask)
    series_table_grow (series);
  return series->keys->len - 1;
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

/* Finds every cell's series (@cell_series) and collects the series in @series. */
static void
find_series (SirkelImportTable *table,
             SeriesTable       *series,
             guint32           *cell_series)
{
  GArray *cells = table->observations;
  const char *merged_from = NULL, *merged = NULL;
  int merged_sex = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      SirkelObservation *o = &g_array_index (cells, SirkelObservation, i);
      SeriesKey key;

      /* The schema knows both sexes, men and women. Anything else (FHI's 9 "unknown") is kept
       * as a dimension, never folded into "both". */
      if (o->sex < 0 || o->sex > 2)
        {
          if (merged == NULL || o->dims != merged_from || o->sex != merged_sex)
            {
              g_autofree char *dims = merge_dimension (o->dims, "KJONN", o->sex);

              merged_from = o->dims;
              merged_sex = o->sex;
              merged = sirkel_import_table_intern (table, dims);
            }
          o->dims = merged;
          o->sex = 0;
        }
      key = (SeriesKey) { o->geo, o->dims, o->measure, o->sex, o->age_lo, o->age_hi, i };
      cell_series[i] = series_table_find (series, &key);
    }
}

/* ------------------------------------------------------------------------------------------
 * Cell order
 * ------------------------------------------------------------------------------------------ */

/* Two cells of one series by period; g_qsort_with_data is stable, so cells with the same
 * period keep their file order. */
static int
compare_periods (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GArray *cells = user_data;
  const SirkelObservation *x = &g_array_index (cells, SirkelObservation, *(const guint32 *) a);
  const SirkelObservation *y = &g_array_index (cells, SirkelObservation, *(const guint32 *) b);

  if (x->period_from != y->period_from)
    return x->period_from < y->period_from ? -1 : 1;
  if (x->period_to != y->period_to)
    return x->period_to < y->period_to ? -1 : 1;
  if (x->period_part != y->period_part)
    return x->period_part < y->period_part ? -1 : 1;
  return 0;
}

/* Puts series @s of @scan in period order, if it is not already. */
static void
sort_series (Scan    *scan,
             guint32  s)
{
  guint32 *run = scan->order + scan->start[s];
  guint32 n = scan->start[s + 1] - scan->start[s];
  GArray *cells = scan->table->observations;

  for (guint32 k = 1; k < n; k++)
    if (compare_periods (&run[k - 1], &run[k], cells) > 0)
      {
        g_qsort_with_data (run, (gint) n, sizeof (guint32), compare_periods, cells);
        return;
      }
}

/* Lists the cells series by series, in file order within a series (a counting sort). */
static void
order_cells (Scan          *scan,
             const guint32 *cell_series,
             guint32        n_series)
{
  guint n_cells = scan->table->observations->len;

  scan->start = g_new0 (guint32, (gsize) n_series + 1);
  for (guint i = 0; i < n_cells; i++)
    scan->start[cell_series[i] + 1]++;
  for (guint32 s = 0; s < n_series; s++)
    scan->start[s + 1] += scan->start[s];
  scan->order = g_new (guint32, MAX (n_cells, 1));
  for (guint i = 0; i < n_cells; i++)
    scan->order[scan->start[cell_series[i]]++] = i;
  /* Each start[s] has moved on to where series s ends, which is where s + 1 begins. */
  memmove (scan->start + 1, scan->start, n_series * sizeof (guint32));
  scan->start[0] = 0;
}

/* ------------------------------------------------------------------------------------------
 * The virtual tables
 * ------------------------------------------------------------------------------------------ */

static guint32
scan_rows (Scan     *scan,
           ScanKind  kind)
{
  return kind == SCAN_SERIES ? scan->keys->len : scan->table->observations->len;
}

static int
scan_connect (sqlite3             *db,
              void                *aux,
              int                  argc,
              const char * const  *argv,
              sqlite3_vtab       **vtab,
              char               **message)
{
  ScanModule *module = aux;
  ScanTable *table;
  int rc;

  rc = sqlite3_declare_vtab (db, module->kind == SCAN_SERIES
                             ? "CREATE TABLE x (key, indicator_id, geo, geo_raw, sex, age_lo, "
                               "age_hi, dims, geo_level)"
                             : "CREATE TABLE x (series, period_from, period_to, period_part, "
                               "value, flag, numerator, denominator, ci_low, ci_high, flag_raw, "
                               "period_label)");
  if (rc == SQLITE_OK)
    rc = sqlite3_vtab_config (db, SQLITE_VTAB_DIRECTONLY);
  if (rc != SQLITE_OK)
    return rc;
  table = sqlite3_malloc (sizeof *table);
  if (table == NULL)
    return SQLITE_NOMEM;
  memset (table, 0, sizeof *table);
  table->scan = module->scan;
  table->kind = module->kind;
  *vtab = &table->base;
  return SQLITE_OK;
}

static int
scan_disconnect (sqlite3_vtab *vtab)
{
  sqlite3_free (vtab);
  return SQLITE_OK;
}

static int
scan_best_index (sqlite3_vtab       *vtab,
                 sqlite3_index_info *info)
{
  ScanTable *table = (ScanTable *) vtab;
  guint32 rows = scan_rows (table->scan, table->kind);

  /* Only ever scanned whole, in order. */
  info->estimatedCost = rows;
  info->estimatedRows = rows;
  return SQLITE_OK;
}

static int
scan_open (sqlite3_vtab         *vtab,
           sqlite3_vtab_cursor **cursor)
{
  ScanTable *table = (ScanTable *) vtab;
  ScanCursor *c = sqlite3_malloc (sizeof *c);

  if (c == NULL)
    return SQLITE_NOMEM;
  memset (c, 0, sizeof *c);
  c->scan = table->scan;
  c->kind = table->kind;
  *cursor = &c->base;
  return SQLITE_OK;
}

static int
scan_close (sqlite3_vtab_cursor *cursor)
{
  sqlite3_free (cursor);
  return SQLITE_OK;
}

static int
scan_filter (sqlite3_vtab_cursor  *cursor,
             int                   index,
             const char           *index_name,
             int                   argc,
             sqlite3_value       **argv)
{
  ScanCursor *c = (ScanCursor *) cursor;

  c->scan->pos = 0;
  c->scan->series = 0;
  if (c->kind == SCAN_CELLS && c->scan->keys->len > 0)
    sort_series (c->scan, 0);
  return SQLITE_OK;
}

static int
scan_next (sqlite3_vtab_cursor *cursor)
{
  ScanCursor *c = (ScanCursor *) cursor;
  Scan *scan = c->scan;

  scan->pos++;
  if (c->kind != SCAN_CELLS || scan->pos >= scan_rows (scan, c->kind))
    return SQLITE_OK;
  if (scan->pos == scan->start[scan->series + 1])
    {
      scan->series++;
      sort_series (scan, scan->series);
      return SQLITE_OK;
    }
  if (compare_periods (&scan->order[scan->pos - 1], &scan->order[scan->pos],
                       scan->table->observations) == 0)
    {
      /* The caller turns this into an import error naming the cell. */
      scan->duplicate = TRUE;
      sqlite3_free (cursor->pVtab->zErrMsg);
      cursor->pVtab->zErrMsg = sqlite3_mprintf ("two cells with the same key");
      return SQLITE_ERROR;
    }
  return SQLITE_OK;
}

static int
scan_eof (sqlite3_vtab_cursor *cursor)
{
  ScanCursor *c = (ScanCursor *) cursor;

  return c->scan->pos >= scan_rows (c->scan, c->kind);
}

static int
scan_rowid (sqlite3_vtab_cursor *cursor,
            sqlite3_int64       *rowid)
{
  *rowid = ((ScanCursor *) cursor)->scan->pos;
  return SQLITE_OK;
}

/* Text that lives as long as the import (interned, or static); passing its length spares
 * SQLite a byte-by-byte count. */
static void
result_text (sqlite3_context *ctx,
             const char      *text)
{
  sqlite3_result_text (ctx, text, text != NULL ? (int) strlen (text) : -1, SQLITE_STATIC);
}

static void
result_number (sqlite3_context *ctx,
               double           value)
{
  if (isnan (value))
    sqlite3_result_null (ctx);
  else
    sqlite3_result_double (ctx, value);
}

static void
series_column (Scan            *scan,
               sqlite3_context *ctx,
               int              column)
{
  const SeriesKey *key = &g_array_index (scan->keys, SeriesKey, scan->pos);
  const SirkelObservation *first = &g_array_index (scan->table->observations, SirkelObservation,
                                                   key->first);
  const SirkelId *indicator = &g_array_index (scan->indicators, SirkelId, key->measure);

  switch (column)
    {
    case 0: sqlite3_result_int64 (ctx, scan->first_key + scan->pos); break;
    case 1: sqlite3_result_blob (ctx, indicator->bytes, SIRKEL_ID_LEN, SQLITE_STATIC); break;
    case 2: result_text (ctx, key->geo); break;
    case 3: result_text (ctx, first->geo_raw); break;
    case 4: sqlite3_result_int (ctx, key->sex); break;
    case 5: sqlite3_result_int (ctx, key->age_lo); break;
    case 6: sqlite3_result_int (ctx, key->age_hi); break;
    case 7: result_text (ctx, key->dims); break;
    case 8: result_text (ctx, sirkel_geo_level_to_key (first->geo_level)); break;
    default: sqlite3_result_null (ctx); break;
    }
}

static void
cell_column (Scan            *scan,
             sqlite3_context *ctx,
             int              column)
{
  const SirkelObservation *o = &g_array_index (scan->table->observations, SirkelObservation,
                                               scan->order[scan->pos]);

  switch (column)
    {
    case 0: sqlite3_result_int64 (ctx, scan->first_key + scan->series); break;
    case 1: sqlite3_result_int (ctx, o->period_from); break;
    case 2: sqlite3_result_int (ctx, o->period_to); break;
    case 3: sqlite3_result_int (ctx, o->period_part); break;
    case 4:
      if (o->has_value)
        sqlite3_result_double (ctx, o->value);
      else
        sqlite3_result_null (ctx);
      break;
    case 5: result_text (ctx, sirkel_flag_to_key (o->flag)); break;
    case 6: result_number (ctx, o->numerator); break;
    case 7: result_number (ctx, o->denominator); break;
    case 8: result_number (ctx, o->ci_low); break;
    case 9: result_number (ctx, o->ci_high); break;
    case 10: result_text (ctx, o->flag_raw); break;
    case 11: result_text (ctx, o->period_label); break;
    default: sqlite3_result_null (ctx); break;
    }
}

static int
scan_column (sqlite3_vtab_cursor *cursor,
             sqlite3_context     *ctx,
             int                  column)
{
  ScanCursor *c = (ScanCursor *) cursor;

  if (c->kind == SCAN_SERIES)
    series_column (c->scan, ctx, column);
  else
    cell_column (c->scan, ctx, column);
  return SQLITE_OK;
}

/* Eponymous-only (no xCreate) and read-only: only the scan callbacks are set. */
static const sqlite3_module scan_module = {
  .iVersion = 0,
  .xConnect = scan_connect,
  .xBestIndex = scan_best_index,
  .xDisconnect = scan_disconnect,
  .xOpen = scan_open,
  .xClose = scan_close,
  .xFilter = scan_filter,
  .xNext = scan_next,
  .xEof = scan_eof,
  .xColumn = scan_column,
  .xRowid = scan_rowid,
};

/* Runs @sql, an INSERT … SELECT from one of the virtual tables, with @import_id as ?1. */
static gboolean
run_insert (SirkelStore     *store,
            const char      *sql,
            const SirkelId  *import_id,
            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  return sirkel_store_prepare (store, sql, &stmt, error) &&
         (import_id == NULL || sirkel_store_bind_id (store, stmt, 1, import_id, error)) &&
         sirkel_store_step_done (store, stmt, error);
}

static gboolean
insert_rows (SirkelStore        *store,
             Scan               *scan,
             const SirkelId     *import_id,
             GError            **error)
{
  g_autoptr(GError) local = NULL;
  const SirkelObservation *o;

  if (!run_insert (store, "INSERT INTO obs_series (key, import_id, indicator_id, geo, geo_raw, "
                   "sex, age_lo, age_hi, dims, geo_level) SELECT key, ?1, indicator_id, geo, "
                   "geo_raw, sex, age_lo, age_hi, dims, geo_level FROM " SERIES_TABLE,
                   import_id, error))
    return FALSE;
  scan->pos = G_MAXUINT32;   /* no cell yet; the scan's xFilter starts at 0 */
  if (run_insert (store, "INSERT INTO observation (series, period_from, period_to, period_part, "
                  "value, flag, numerator, denominator, ci_low, ci_high, flag_raw, period_label) "
                  "SELECT * FROM " CELLS_TABLE, NULL, &local))
    return TRUE;

  /* The scan stopped at the cell that failed, if it had started. */
  if (scan->pos >= scan->table->observations->len)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  o = &g_array_index (scan->table->observations, SirkelObservation, scan->order[scan->pos]);
  if (scan->duplicate)
    {
      const SirkelMeasure *measure = g_ptr_array_index (scan->table->measures, o->measure);

      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("%s: the file has two figures for the same cell (%s, %s, %s); it cannot be "
                     "imported as it is."), scan->table->file_name, measure->key, o->geo,
                   o->period_label);
      return FALSE;
    }
  if (local->code == SIRKEL_STORE_ERROR_INVALID && !o->has_value && o->flag == SIRKEL_FLAG_NONE)
    {
      /* The schema's CHECK: a cell without a value must say why. A reader bug. */
      g_prefix_error (&local, "%s: ", scan->table->file_name);
    }
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

/**
 * sirkel_import_store_cells:
 * @import_id: the data_import row the series belong to
 * @indicators: (element-type SirkelId): the indicator each measure feeds
 *
 * Inserts the series and cells of @table (see the top of this file). Cells whose sex is not
 * 0, 1 or 2 get it as a KJONN dimension instead, in @table too.
 */
gboolean
sirkel_import_store_cells (SirkelStore        *store,
                           SirkelImportTable  *table,
                           const SirkelId     *import_id,
                           GArray             *indicators,
                           GError            **error)
{
  g_autoptr(sqlite3_stmt) max_stmt = NULL;
  g_autofree guint32 *cell_series = NULL;
  SeriesTable series = { NULL, NULL, 0 };
  Scan scan = { NULL };
  ScanModule series_module = { &scan, SCAN_SERIES };
  ScanModule cells_module = { &scan, SCAN_CELLS };
  gboolean has_row = FALSE, ok;
  sqlite3 *db;

  if (!sirkel_store_prepare (store, "SELECT coalesce (max (key), 0) + 1 FROM obs_series", &max_stmt, error) ||
      !sirkel_store_step_row (store, max_stmt, &has_row, error))
    return FALSE;
  db = sirkel_store_get_db (store);   /* open: the statement above ran */

  scan.table = table;
  scan.indicators = indicators;
  scan.first_key = sqlite3_column_int64 (max_stmt, 0);
  cell_series = g_new (guint32, MAX (table->observations->len, 1));
  series_table_init (&series);
  find_series (table, &series, cell_series);
  g_clear_pointer (&series.slots, g_free);
  scan.keys = series.keys;
  order_cells (&scan, cell_series, scan.keys->len);
  g_clear_pointer (&cell_series, g_free);

  ok = sirkel_store_check (store, sqlite3_create_module (db, SERIES_TABLE, &scan_module, &series_module), error) &&
       sirkel_store_check (store, sqlite3_create_module (db, CELLS_TABLE, &scan_module, &cells_module), error) &&
       insert_rows (store, &scan, import_id, error);

  /* A NULL module removes the name and the eponymous table made for it (which points at this
   * stack frame); for a name that is there it cannot fail. No statement of Sirkel's names
   * these tables outside this function, and no schema object can (SQLITE_VTAB_DIRECTONLY). */
  if (sqlite3_create_module (db, SERIES_TABLE, NULL, NULL) != SQLITE_OK ||
      sqlite3_create_module (db, CELLS_TABLE, NULL, NULL) != SQLITE_OK)
    g_debug ("could not remove the import's virtual tables");
  series_table_clear (&series);
  g_free (scan.order);
  g_free (scan.start);
  return ok;
}
