/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The FHI CSV reader (DATA-FORMATS.md §2): FHI Statistikk API csv2/csv3 (';'), FHI's
 * production "kube" files (';', integer GEO, `_uprikk` copies, SPVFLAGG), data-owner files
 * (',', quoted codes) and the older Kommunehelsa exports (';', decimal comma, symbols in
 * value cells). Long layout: dimension columns, then one column per measure, then SPVFLAGG.
 * Each row gives one observation of its display measure (MEIS, MALTALL, RATE or SMR; see
 * sirkel-import-measures.c), with the row's TELLER (or sumTELLER) and NEVNER (or sumNEVNER)
 * on it as numerator and denominator; the other measure columns are not read. Asked for all
 * measures, each row gives one observation per measure column instead, and the counts ride
 * along on the others.
 *
 * A flagged row (SPVFLAGG above 0) never yields a number, even if a value cell holds one.
 * FHI's sentinel codes (GEO "GGG"; KJONN, UTDANN, LANDBAK, INNVKAT 8, 9, 88; ALDER 999_999,
 * 888_888, 8888_8888; AAR 8888_8888, 9999_9999) are kept, with the raw code in `dims` and a
 * "SENTINEL=<columns>" entry there too, so that nothing downstream charts them by mistake.
 * The key cells of a row are read in sirkel-fhi-csv-keys.c.
 */
#define G_LOG_DOMAIN "sirkel-fhi-csv-reader"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-fhi-csv-private.h"

static const char * const measure_names[] = {
  "teller", "nevner", "rate", "meis", "smr", "maltall", "predteller", "norm", "rate.n",
};

static const char * const extra_names[] = {
  "utdann", "innvkat", "landbak", "soes", "kodegruppe", "maal", "trinn", "spm_id", "vaksine",
  "etab", "measure_type",
};

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->name);
}

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->columns, g_array_unref);
  g_clear_pointer (&reader->indikator_value, g_free);
  g_clear_pointer (&reader->warned_symbols, g_hash_table_unref);
  _sirkel_fhi_csv_keys_clear (reader);
}

static gboolean
in_list (const char         *folded,
         const char * const *list,
         guint               n)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (folded, list[i]))
      return TRUE;
  return FALSE;
}

/* Unless all measures are wanted: the display measure stays a measure, TELLER and NEVNER
 * become counts for its numerator and denominator, and the other measure columns are not
 * read (they are listed in table->other_measures). A header with none of MEIS, MALTALL, RATE
 * and SMR keeps every measure. */
static void
choose_display_measure (Reader *reader)
{
  int display = sirkel_import_table_reduce_measures (reader->table);

  if (display < 0)
    return;
  for (guint i = 0; i < reader->columns->len; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);

      if (column->role != COL_MEASURE)
        continue;
      if (column->measure == (guint) display)
        column->measure = 0;
      else
        column->role = (int) i == reader->teller || (int) i == reader->nevner ? COL_COUNT
                                                                              : COL_IGNORE;
    }
}

/* Gives each header column its role (see the file comment); FALSE with @error when the header
 * lacks GEO, AAR or any measure. */
static gboolean
read_header (Reader  *reader,
             GError **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint n = sirkel_delimited_get_n_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int first_measure = -1, last_dimension = -1;
  guint measures = 0;

  reader->columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), n);
  g_array_set_clear_func (reader->columns, column_clear);
  reader->geo = reader->geoniv = reader->period = reader->sex = reader->age = -1;
  reader->flag = reader->indikator = reader->teller = reader->nevner = -1;

  for (guint i = 0; i < n; i++)
    {
      Column column = { COL_UNASSIGNED, NULL, 0, FALSE, FALSE };
      g_autofree char *folded = NULL;

      column.name = g_strdup (g_strstrip (fields[i].text));
      if (*column.name == '\0')
        {
          g_free (column.name);
          column.name = g_strdup_printf ("COL%u", i + 1);
          sirkel_import_table_warn (reader->table, _("Line %u: column %u has no name; it was "
                                                     "called “%s”."), line, i + 1, column.name);
        }
      folded = g_utf8_casefold (column.name, -1);
      if (g_hash_table_contains (seen, folded))
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                       _("Line %u: the column “%s” appears twice."), line, column.name);
          g_free (column.name);
          return FALSE;
        }
      g_hash_table_add (seen, g_strdup (folded));

      column.known = TRUE;
      if (g_str_has_suffix (folded, "_uprikk"))
        column.role = COL_IGNORE;   /* unsuppressed internal copies: never imported (§2.3) */
      else if (g_str_equal (folded, "geo") || g_str_equal (folded, "geografi") ||
               g_str_equal (folded, "sted"))
        column.role = COL_GEO, reader->geo = i;
      else if (g_str_equal (folded, "geoniv"))
        column.role = COL_GEONIV, reader->geoniv = i;
      else if (g_str_equal (folded, "aar") || g_str_equal (folded, "år") ||
               g_str_equal (folded, "periode"))
        column.role = COL_PERIOD, reader->period = i;
      else if (g_str_equal (folded, "kjonn") || g_str_equal (folded, "kjønn"))
        column.role = COL_SEX, column.sentinels = TRUE, reader->sex = i;
      else if (g_str_equal (folded, "alder"))
        column.role = COL_AGE, reader->age = i;
      else if (g_str_equal (folded, "spvflagg"))
        column.role = COL_FLAG, reader->flag = i;
      else if (g_str_equal (folded, "indikator"))
        column.role = COL_INDIKATOR, reader->indikator = i;
      else if (in_list (folded, extra_names, G_N_ELEMENTS (extra_names)))
        {
          column.role = COL_DIM;
          column.sentinels = g_str_equal (folded, "utdann") || g_str_equal (folded, "innvkat") ||
                             g_str_equal (folded, "landbak");
        }
      else if (in_list (folded, measure_names, G_N_ELEMENTS (measure_names)) ||
               (g_str_has_prefix (folded, "sum") && strlen (folded) > 3))
        {
          column.role = COL_MEASURE;
          if (first_measure < 0)
            first_measure = i;
        }
      else
        column.known = FALSE;
      if (column.known && column.role != COL_MEASURE && column.role != COL_IGNORE &&
          column.role != COL_FLAG)
        last_dimension = i;
      g_array_append_val (reader->columns, column);
    }

  if (reader->geo < 0 || reader->period < 0)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: the header has no %s column; this is not an FHI file."), line,
                   reader->geo < 0 ? "GEO" : "AAR");
      return FALSE;
    }

  /* Columns FHI's vocabulary does not name: dimensions before the measures, measures after. */
  for (guint i = 0; i < n; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);

      if (column->role == COL_UNASSIGNED)
        {
          int boundary = first_measure >= 0 ? first_measure : last_dimension + 1;

          column->role = (int) i >= boundary ? COL_MEASURE : COL_DIM;
        }
      if (column->role == COL_MEASURE)
        {
          gboolean is_denominator = FALSE;

          column->measure = sirkel_import_table_add_measure (reader->table, column->name,
                                                             column->name, "", -1);
          measures++;
          /* TELLER before sumTELLER, NEVNER before sumNEVNER, wherever they stand. */
          if (sirkel_import_measure_is_count (column->name, &is_denominator))
            {
              int *slot = is_denominator ? &reader->nevner : &reader->teller;

              if (*slot < 0 || g_ascii_strncasecmp (column->name, "sum", 3) != 0)
                *slot = i;
            }
        }
    }
  if (measures == 0)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: the header names no measure column (such as TELLER, RATE or "
                     "MEIS)."), line);
      return FALSE;
    }
  choose_display_measure (reader);
  return TRUE;
}

/* A flagged row has no numbers (§1.4); one that shows some is not trusted. Said once. */
static void
warn_flagged_value (Reader        *reader,
                    guint          line,
                    const RowKeys *keys,
                    const Column  *column,
                    SirkelField   *field)
{
  const char *cell = _sirkel_fhi_csv_strip_field (field);

  if (strpbrk (cell, "0123456789") == NULL || reader->warned_flagged_value)
    return;
  sirkel_import_table_warn (reader->table, _("Line %u: SPVFLAGG is %s, but column “%s” holds "
                                             "a value; it was not imported."),
                            line, keys->flag_raw, column->name);
  reader->warned_flagged_value = TRUE;
}

static gboolean
read_row (Reader        *reader,
          GCancellable  *cancellable,
          GError       **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  GArray *observations = reader->table->observations;
  guint first = observations->len;
  double numerator = NAN, denominator = NAN;
  RowKeys keys;

  if (!_sirkel_fhi_csv_read_row_keys (reader, &keys, error))
    return FALSE;

  for (guint i = 0; i < reader->columns->len; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);
      SirkelObservation *obs;
      SirkelCellKind kind;
      double value = 0;

      if (column->role == COL_COUNT)
        {
          /* Only a number counts, and a flagged row's counts are not trusted (below). */
          if (keys.flag != SIRKEL_FLAG_NONE)
            {
              warn_flagged_value (reader, line, &keys, column, &fields[i]);
              continue;
            }
          if (!sirkel_delimited_read_value (reader->tok, i, column->name, &fields[i], &kind,
                                            &value, error))
            return FALSE;
          if (kind == SIRKEL_CELL_NUMBER && (int) i == reader->teller)
            numerator = value;
          else if (kind == SIRKEL_CELL_NUMBER)
            denominator = value;
          continue;
        }
      if (column->role != COL_MEASURE)
        continue;
      if (!sirkel_delimited_check_cells (reader->tok, observations->len + 1, cancellable, error))
        return FALSE;

      obs = sirkel_import_table_append (reader->table);
      obs->measure = column->measure;
      obs->geo_raw = keys.geo_raw;
      obs->geo = keys.geo;
      obs->geo_level = keys.geo_level;
      obs->period_from = keys.from;
      obs->period_to = keys.to;
      obs->period_part = keys.part;
      obs->period_label = keys.period_label;
      obs->sex = keys.sex;
      obs->age_lo = keys.age_lo;
      obs->age_hi = keys.age_hi;
      obs->dims = keys.dims;

      if (keys.flag != SIRKEL_FLAG_NONE)
        {
          /* A flagged row has no numbers (§1.4); one that shows some is not trusted. */
          sirkel_import_table_set_flag (reader->table, obs, keys.flag, keys.flag_raw);
          warn_flagged_value (reader, line, &keys, column, &fields[i]);
          continue;
        }
      if (!sirkel_delimited_read_value (reader->tok, i, column->name, &fields[i], &kind, &value,
                                        error))
        return FALSE;
      if (kind == SIRKEL_CELL_NUMBER)
        {
          obs->has_value = TRUE;
          obs->value = value;
          if ((int) i == reader->teller)
            numerator = value;
          else if ((int) i == reader->nevner)
            denominator = value;
        }
      else if (kind == SIRKEL_CELL_EMPTY)
        sirkel_import_table_set_flag (reader->table, obs, SIRKEL_FLAG_MISSING, "");
      else
        {
          const char *symbol = g_strstrip (fields[i].text);
          SirkelFlag flag = sirkel_flag_for_symbol ("fhi", symbol);

          sirkel_import_table_set_flag (reader->table, obs, flag, symbol);
          if (flag == SIRKEL_FLAG_UNKNOWN &&
              !g_hash_table_contains (reader->warned_symbols, obs->flag_raw))
            {
              g_hash_table_add (reader->warned_symbols, (gpointer) obs->flag_raw);
              sirkel_import_table_warn (reader->table, _("Line %u: unknown symbol “%s” in "
                                                         "column “%s”; no value was imported."),
                                        line, symbol, column->name);
            }
        }
    }

  /* TELLER and NEVNER go with the row's other measures, so that a comparison can make
   * confidence intervals. */
  for (guint k = first, i = 0; i < reader->columns->len; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);
      SirkelObservation *obs;

      if (column->role != COL_MEASURE)
        continue;
      obs = &g_array_index (observations, SirkelObservation, k++);
      if ((int) i == reader->teller || (int) i == reader->nevner)
        continue;
      obs->numerator = numerator;
      obs->denominator = denominator;
    }
  return TRUE;
}

static gboolean
header_cb (gpointer  reader,
           GError  **error)
{
  return read_header (reader, error);
}

static gboolean
row_cb (gpointer       reader,
        GCancellable  *cancellable,
        GError       **error)
{
  return read_row (reader, cancellable, error);
}

static guint
n_columns_cb (gpointer reader)
{
  return ((Reader *) reader)->columns->len;
}

/**
 * sirkel_fhi_csv_read:
 *
 * Reads an FHI CSV file into @table (format "fhi-csv", source "FHI"). table_id is the
 * INDIKATOR column's value when the file has one and it never varies; otherwise "" for the
 * caller to fill from the file name (<INDIKATOR>_<date>.csv).
 */
gboolean
sirkel_fhi_csv_read (GBytes             *bytes,
                     const char         *encoding,
                     SirkelImportTable  *table,
                     GCancellable       *cancellable,
                     GError            **error)
{
  static const SirkelRecordHandlers handlers = { NULL, header_cb, row_cb, n_columns_cb };
  g_autoptr(SirkelDelimited) tok = NULL;
  Reader reader = { 0 };
  gboolean ok = TRUE;
  guint first;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tok = sirkel_delimited_open (bytes, encoding, table, "fhi-csv", "FHI", ";,\t", error);
  if (tok == NULL)
    return FALSE;

  reader.table = table;
  reader.tok = tok;
  reader.warned_symbols = g_hash_table_new (g_direct_hash, g_direct_equal);
  _sirkel_fhi_csv_keys_init (&reader);
  first = table->observations->len;

  ok = sirkel_delimited_read_records (tok, table, &handlers, &reader, cancellable, error);
  if (ok && reader.indikator >= 0 && reader.indikator_value != NULL)
    {
      if (!reader.indikator_varies && *reader.indikator_value != '\0')
        {
          g_free (table->table_id);
          table->table_id = g_strdup (reader.indikator_value);
          sirkel_delimited_drop_dim (table, first,
                                     g_array_index (reader.columns, Column, reader.indikator).name);
        }
      else if (reader.indikator_varies)
        sirkel_import_table_warn (table, _("The file holds several indicators (column "
                                           "INDIKATOR); they are kept apart as a dimension."));
    }
  if (ok && reader.geoniv < 0)
    sirkel_delimited_pad_geo (table, first);
  reader_clear (&reader);
  return ok;
}

/**
 * sirkel_fhi_csv_sniff:
 *
 * Returns: %TRUE when the first line names GEO and AAR (or Geografi and År), or SPVFLAGG,
 *   and is not Sirkel's own long format
 */
gboolean
sirkel_fhi_csv_sniff (const guint8 *data,
                      gsize         len)
{
  SirkelSniffHead head;
  g_auto(GStrv) names = NULL;
  gboolean found = FALSE;

  sirkel_sniff_head_init (&head, data, len);
  for (guint i = 0; head.lines[i] != NULL && !found; i++)
    {
      if (*head.lines[i] == '\0')
        continue;
      names = sirkel_sniff_split (head.lines[i]);
      found = TRUE;
    }
  sirkel_sniff_head_clear (&head);
  if (names == NULL)
    return FALSE;
  if (sirkel_sniff_has_column (names, "indicator") && sirkel_sniff_has_column (names, "value"))
    return FALSE;
  if (sirkel_sniff_has_column (names, "SPVFLAGG"))
    return TRUE;
  return (sirkel_sniff_has_column (names, "GEO") || sirkel_sniff_has_column (names, "Geografi") ||
          sirkel_sniff_has_column (names, "Sted")) &&
         (sirkel_sniff_has_column (names, "AAR") || sirkel_sniff_has_column (names, "År"));
}
