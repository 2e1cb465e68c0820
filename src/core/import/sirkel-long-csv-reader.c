/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sirkel's own long CSV format, for a municipality's own figures: one observation per row.
 * A header row is required; columns are found by name (ASCII case ignored, any order):
 *
 *   indicator    required  the measure's key ("andel_roykere")
 *   geo          required  a geography code (§6 styles: "0301", "K-0301", "3", "0301 Oslo")
 *   period       required  any §7 style: "2023", "2019_2021", "2011-2015", "2011-12", "2025K4"
 *   value        required  a number ('.' or ',' decimal, decided per column); empty = missing;
 *                          a symbol (".." ":" "x" "*" "-" …) = no value with that flag
 *   sex          optional  0/1/2, begge/menn/kvinner, gutter/jenter (English too); empty = 0
 *   age          optional  "0_120", "15-24", "45+", "16"; empty = all ages
 *   flag         optional  a symbol with its generic meaning, or a Sirkel flag key
 *                          ("suppressed", "nil", "provisional" …)
 *   numerator, denominator, ci_low, ci_high   optional numbers
 *   unit, label  optional  the indicator's unit and label
 *
 * Any other column is a dimension ("column=cell" in dims; empty cells left out). Separator
 * ',' ';' or TAB; an Excel "sep=" line is honoured. Two rows with the same indicator, place,
 * period, sex, age and dimensions are an error, since one would silently replace the other.
 * The source is left "" for the caller to name.
 */
#define G_LOG_DOMAIN "sirkel-long-csv-reader"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-delimited.h"
#include "sirkel-readers.h"

typedef enum
{
  COL_DIM,
  COL_INDICATOR,
  COL_GEO,
  COL_PERIOD,
  COL_VALUE,
  COL_SEX,
  COL_AGE,
  COL_FLAG,
  COL_NUMERATOR,
  COL_DENOMINATOR,
  COL_CI_LOW,
  COL_CI_HIGH,
  COL_UNIT,
  COL_LABEL,
  N_ROLES,
} ColumnRole;

static const char * const role_names[N_ROLES] = {
  [COL_DIM] = "", [COL_INDICATOR] = "indicator", [COL_GEO] = "geo", [COL_PERIOD] = "period",
  [COL_VALUE] = "value", [COL_SEX] = "sex", [COL_AGE] = "age", [COL_FLAG] = "flag",
  [COL_NUMERATOR] = "numerator", [COL_DENOMINATOR] = "denominator", [COL_CI_LOW] = "ci_low",
  [COL_CI_HIGH] = "ci_high", [COL_UNIT] = "unit", [COL_LABEL] = "label",
};

typedef struct
{
  SirkelImportTable *table;
  SirkelDelimited   *tok;
  GPtrArray         *names;            /* column names as written */
  ColumnRole        *roles;            /* per column */
  int                at[N_ROLES];      /* the column of each role, or -1 */
  GHashTable        *measures;         /* indicator → index + 1 */
  GHashTable        *rows;             /* row key → line */
  GHashTable        *warned_symbols;
  gboolean           warned_flag_value;
} Reader;

static gboolean
read_header (Reader  *reader,
             GError **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint n = sirkel_delimited_get_n_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; r < N_ROLES; r++)
    reader->at[r] = -1;
  reader->names = g_ptr_array_new_with_free_func (g_free);
  reader->roles = g_new0 (ColumnRole, n);
  for (guint i = 0; i < n; i++)
    {
      char *name = g_strdup (g_strstrip (fields[i].text));
      g_autofree char *folded = g_utf8_casefold (name, -1);

      g_ptr_array_add (reader->names, name);
      if (*name == '\0')
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                       _("Line %u: column %u has no name."), line, i + 1);
          return FALSE;
        }
      if (g_hash_table_contains (seen, folded))
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                       _("Line %u: the column “%s” appears twice."), line, name);
          return FALSE;
        }
      g_hash_table_add (seen, g_strdup (folded));
      reader->roles[i] = COL_DIM;
      for (guint r = 1; r < N_ROLES; r++)
        if (g_ascii_strcasecmp (name, role_names[r]) == 0)
          {
            reader->roles[i] = r;
            reader->at[r] = i;
          }
    }
  for (guint r = COL_INDICATOR; r <= COL_VALUE; r++)
    if (reader->at[r] < 0)
      {
        g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                     _("Line %u: the header has no “%s” column (required: indicator, geo, "
                       "period, value)."), line, role_names[r]);
        return FALSE;
      }
  return TRUE;
}

static const char *
cell (SirkelField *fields,
      int          column)
{
  return column >= 0 ? g_strstrip (fields[column].text) : "";
}

static gboolean
set_cell_error (GError     **error,
                const char  *format,
                ...) G_GNUC_PRINTF (2, 3);

static gboolean
set_cell_error (GError     **error,
                const char  *format,
                ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                                                format, args));
  va_end (args);
  return FALSE;
}

/* numerator, denominator, ci_low, ci_high: a number or empty (NaN). */
static gboolean
read_optional_number (Reader       *reader,
                      ColumnRole    role,
                      double       *out,
                      GError      **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  int column = reader->at[role];
  SirkelCellKind kind;
  double value = NAN;

  *out = NAN;
  if (column < 0)
    return TRUE;
  if (!sirkel_delimited_read_value (reader->tok, column, role_names[role], &fields[column], &kind,
                                    &value, error))
    return FALSE;
  if (kind == SIRKEL_CELL_SYMBOL)
    {
      g_autofree char *shown = sirkel_delimited_shorten (fields[column].text);

      return set_cell_error (error, _("Line %u, column “%s”: “%s” is not a number."),
                             sirkel_delimited_get_line (reader->tok), role_names[role], shown);
    }
  if (kind == SIRKEL_CELL_NUMBER)
    *out = value;
  return TRUE;
}

static guint
measure_for (Reader     *reader,
             const char *key,
             const char *label,
             const char *unit)
{
  gpointer found = g_hash_table_lookup (reader->measures, key);
  SirkelMeasure *measure;
  guint index;

  if (found == NULL)
    {
      index = sirkel_import_table_add_measure (reader->table, key, label, unit, -1);
      g_hash_table_insert (reader->measures, g_strdup (key), GUINT_TO_POINTER (index + 1));
      return index;
    }
  index = GPOINTER_TO_UINT (found) - 1;
  /* A label or unit given on a later row than the indicator's first. */
  measure = g_ptr_array_index (reader->table->measures, index);
  if (*label != '\0' && g_str_equal (measure->label, measure->key))
    {
      g_free (measure->label);
      measure->label = g_strdup (label);
    }
  if (*unit != '\0' && *measure->unit == '\0')
    {
      g_free (measure->unit);
      measure->unit = g_strdup (unit);
    }
  return index;
}

static gboolean
read_flag_and_value (Reader             *reader,
                     SirkelObservation **obs_in_out,
                     GError            **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  SirkelObservation *obs = *obs_in_out;
  const char *flag_text = cell (fields, reader->at[COL_FLAG]);
  int column = reader->at[COL_VALUE];
  SirkelCellKind kind;
  double value = 0;
  SirkelFlag flag = SIRKEL_FLAG_NONE;
  const char *raw = "";

  if (!sirkel_delimited_read_value (reader->tok, column, "value", &fields[column], &kind, &value,
                                    error))
    return FALSE;
  if (kind == SIRKEL_CELL_NUMBER)
    {
      obs->has_value = TRUE;
      obs->value = value;
    }
  if (*flag_text != '\0')
    {
      flag = sirkel_flag_from_key (flag_text);
      if (flag == SIRKEL_FLAG_UNKNOWN && !g_str_equal (flag_text, "unknown"))
        flag = sirkel_flag_for_symbol ("", flag_text);
      raw = flag_text;
    }
  else if (kind == SIRKEL_CELL_SYMBOL)
    {
      raw = cell (fields, column);
      flag = sirkel_flag_for_symbol ("", raw);
    }
  else if (kind == SIRKEL_CELL_EMPTY)
    flag = SIRKEL_FLAG_MISSING;

  if (flag == SIRKEL_FLAG_NIL && kind == SIRKEL_CELL_NUMBER && value != 0)
    return set_cell_error (error, _("Line %u: the flag “%s” means 0, but the value is %s."),
                           line, flag_text, cell (fields, column));
  if (flag == SIRKEL_FLAG_PROVISIONAL && kind != SIRKEL_CELL_NUMBER)
    return set_cell_error (error, _("Line %u: the flag “%s” marks a provisional number, but "
                                    "the value column holds none."), line, flag_text);
  if (!sirkel_flag_has_value (flag) && kind == SIRKEL_CELL_NUMBER && !reader->warned_flag_value)
    {
      sirkel_import_table_warn (reader->table, _("Line %u: the flag “%s” means no value, but "
                                                 "the value column holds one; it was not "
                                                 "imported."), line, flag_text);
      reader->warned_flag_value = TRUE;
    }
  if (flag != SIRKEL_FLAG_NONE)
    sirkel_import_table_set_flag (reader->table, obs, flag, raw);
  if (flag == SIRKEL_FLAG_UNKNOWN &&
      !g_hash_table_contains (reader->warned_symbols, obs->flag_raw))
    {
      g_hash_table_add (reader->warned_symbols, (gpointer) obs->flag_raw);
      sirkel_import_table_warn (reader->table, _("Line %u: unknown symbol “%s”; no value was "
                                                 "imported."), line, raw);
    }
  return TRUE;
}

static gboolean
read_row (Reader        *reader,
          GCancellable  *cancellable,
          GError       **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  g_autofree char *row_key = NULL;
  const char *geo_raw = NULL, *geo_code = NULL;
  const char *indicator = cell (fields, reader->at[COL_INDICATOR]);
  const char *geo = cell (fields, reader->at[COL_GEO]);
  const char *period = cell (fields, reader->at[COL_PERIOD]);
  const char *sex_text = cell (fields, reader->at[COL_SEX]);
  const char *age_text = cell (fields, reader->at[COL_AGE]);
  double numerator, denominator, ci_low, ci_high;
  int from, to, part, sex = 0, age_lo = 0, age_hi = 120;
  SirkelGeoLevel level;
  SirkelObservation *obs;
  gpointer previous;

  if (*indicator == '\0')
    return set_cell_error (error, _("Line %u: the “%s” cell is empty."), line, "indicator");
  if (!sirkel_delimited_read_geo (reader->table, geo, &geo_raw, &geo_code, &level))
    return set_cell_error (error, _("Line %u: the “%s” cell is empty."), line, "geo");
  /* The whole cell is the period: no label glued in front of it here. */
  if (strchr (period, ' ') != NULL || !sirkel_period_parse (period, &from, &to, &part))
    {
      g_autofree char *shown = sirkel_delimited_shorten (period);

      return set_cell_error (error, _("Line %u: “%s” is not a period."), line, shown);
    }
  if (*sex_text != '\0' && (sex = sirkel_delimited_sex_from_text (sex_text)) < 0)
    {
      g_autofree char *shown = sirkel_delimited_shorten (sex_text);

      return set_cell_error (error, _("Line %u: “%s” is not a sex (0, 1, 2, begge, menn, "
                                      "kvinner)."), line, shown);
    }
  if (*age_text != '\0' && !sirkel_age_parse (age_text, &age_lo, &age_hi))
    {
      g_autofree char *shown = sirkel_delimited_shorten (age_text);

      return set_cell_error (error, _("Line %u: “%s” is not an age or an age range."), line,
                             shown);
    }
  if (!read_optional_number (reader, COL_NUMERATOR, &numerator, error) ||
      !read_optional_number (reader, COL_DENOMINATOR, &denominator, error) ||
      !read_optional_number (reader, COL_CI_LOW, &ci_low, error) ||
      !read_optional_number (reader, COL_CI_HIGH, &ci_high, error))
    return FALSE;
  for (guint i = 0; i < reader->names->len; i++)
    if (reader->roles[i] == COL_DIM && *cell (fields, i) != '\0')
      {
        g_ptr_array_add (pairs, g_ptr_array_index (reader->names, i));
        g_ptr_array_add (pairs, (gpointer) cell (fields, i));
      }
  if (!sirkel_delimited_check_cells (reader->tok, reader->table->observations->len + 1,
                                     cancellable, error))
    return FALSE;

  obs = sirkel_import_table_append (reader->table);
  obs->measure = measure_for (reader, indicator, cell (fields, reader->at[COL_LABEL]),
                              cell (fields, reader->at[COL_UNIT]));
  obs->geo_raw = geo_raw;
  obs->geo = geo_code;
  obs->geo_level = level;
  obs->period_from = from;
  obs->period_to = to;
  obs->period_part = part;
  obs->period_label = sirkel_import_table_intern (reader->table, period);
  obs->sex = sex;
  obs->age_lo = age_lo;
  obs->age_hi = age_hi;
  obs->dims = sirkel_delimited_join_dims (reader->table, pairs);
  obs->numerator = numerator;
  obs->denominator = denominator;
  obs->ci_low = ci_low;
  obs->ci_high = ci_high;

  row_key = g_strdup_printf ("%u\n%s\n%d\n%d\n%d\n%d\n%d\n%d\n%s", obs->measure, obs->geo, from,
                             to, part, sex, age_lo, age_hi, obs->dims);
  previous = g_hash_table_lookup (reader->rows, row_key);
  if (previous != NULL)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("Line %u: the same indicator, place, period, sex, age and dimensions as "
                     "line %u."), line, GPOINTER_TO_UINT (previous));
      return FALSE;
    }
  g_hash_table_insert (reader->rows, g_steal_pointer (&row_key), GUINT_TO_POINTER (line));
  return read_flag_and_value (reader, &obs, error);
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
  return ((Reader *) reader)->names->len;
}

/**
 * sirkel_long_csv_read:
 *
 * Reads Sirkel's long CSV format (see the file comment) into @table (format "csv", source
 * "": the caller names it).
 */
gboolean
sirkel_long_csv_read (GBytes             *bytes,
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

  tok = sirkel_delimited_open (bytes, encoding, table, "csv", NULL, ",;\t", error);
  if (tok == NULL)
    return FALSE;
  reader.table = table;
  reader.tok = tok;
  reader.measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.warned_symbols = g_hash_table_new (g_direct_hash, g_direct_equal);
  first = table->observations->len;

  ok = sirkel_delimited_read_records (tok, table, &handlers, &reader, cancellable, error);
  if (ok)
    sirkel_delimited_pad_geo (table, first);

  g_clear_pointer (&reader.names, g_ptr_array_unref);
  g_clear_pointer (&reader.roles, g_free);
  g_clear_pointer (&reader.measures, g_hash_table_unref);
  g_clear_pointer (&reader.rows, g_hash_table_unref);
  g_clear_pointer (&reader.warned_symbols, g_hash_table_unref);
  return ok;
}

/**
 * sirkel_long_csv_sniff:
 *
 * Returns: %TRUE when the first line names indicator, geo, period and value
 */
gboolean
sirkel_long_csv_sniff (const guint8 *data,
                       gsize         len)
{
  SirkelSniffHead head;
  gboolean found = FALSE;

  sirkel_sniff_head_init (&head, data, len);
  if (head.lines[0] != NULL)
    {
      g_auto(GStrv) names = sirkel_sniff_split (head.lines[0]);

      found = sirkel_sniff_has_column (names, "indicator") &&
              sirkel_sniff_has_column (names, "geo") &&
              sirkel_sniff_has_column (names, "period") &&
              sirkel_sniff_has_column (names, "value");
    }
  sirkel_sniff_head_clear (&head);
  return found;
}
