/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Udir statistikkbank reader (DATA-FORMATS.md §5): UTF-16LE without a BOM (found by
 * sirkel_text_decode), a "sep=" + TAB first line, then TAB-separated lines with a decimal
 * comma, '*' for suppressed and an empty cell for no data. Identity columns come first (level
 * 1 national, 2 fylke, 3 unit; codes; organisation number; names), then one column per
 * year × attributes, named by dot-joined parts: "2022-23.Alle eierformer.Alle trinn.Begge
 * kjønn.Andel". The first part is the period, the last the measure, a sex label is the sex,
 * and every other part is a dimension keyed by its position ("PART2=Alle eierformer").
 *
 * Companion columns ending in ".Brudd" hold free-text notes on breaks in the series: they are
 * never numbers, and each distinct note becomes one warning naming its first line. A unit
 * (school) is keyed by its organisation number with level OTHER; fylke rows by the fylke code;
 * the national row is "0" whatever placeholder its code columns hold.
 */
#define G_LOG_DOMAIN "sirkel-udir-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-delimited.h"
#include "sirkel-readers.h"

typedef enum
{
  COL_NAME,       /* identity columns Sirkel does not need: names */
  COL_LEVEL,
  COL_NATIONAL,
  COL_FYLKE,
  COL_KOMMUNE,
  COL_ORG,
  COL_VALUE,
  COL_BRUDD,
} ColumnRole;

typedef struct
{
  ColumnRole  role;
  char       *name;
  int         from, to, part;
  const char *period_label;   /* interned */
  int         sex;
  const char *dims;           /* interned */
  guint       measure;
} Column;

typedef struct
{
  SirkelImportTable *table;
  SirkelDelimited   *tok;
  GArray            *columns;     /* of Column */
  int                level, national, fylke, kommune, org;
  gboolean           warned_level;
  GHashTable        *notes;       /* "column\nnote" already reported */
  GHashTable        *warned_symbols;
} Reader;

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->name);
}

/* Splits at the dots that join parts; a dot followed by a space belongs to a part
 * ("8. trinn"). */
static GPtrArray *
split_parts (const char *name)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = name;

  for (const char *p = name;; p++)
    {
      if (*p == '\0' || (*p == '.' && p[1] != ' ' && p[1] != '\0'))
        {
          g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return parts;
}

static int
udir_sex (const char *part)
{
  g_autofree char *folded = g_utf8_casefold (part, -1);

  if (strstr (folded, "kjønn") != NULL)
    return 0;
  if (g_str_equal (folded, "gutter") || g_str_equal (folded, "gutt") ||
      g_str_equal (folded, "menn"))
    return 1;
  if (g_str_equal (folded, "jenter") || g_str_equal (folded, "jente") ||
      g_str_equal (folded, "kvinner"))
    return 2;
  return -1;
}

/* A value (or .Brudd) column: "<period>.<part>….<measure>[.Brudd]". */
static gboolean
read_value_column (Reader *reader,
                   Column *column)
{
  g_autoptr(GPtrArray) parts = split_parts (column->name);
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  guint last;

  if (parts->len < 2 ||
      !sirkel_period_parse (g_ptr_array_index (parts, 0), &column->from, &column->to,
                            &column->part))
    return FALSE;
  last = parts->len - 1;
  column->role = COL_VALUE;
  if (g_ascii_strcasecmp (g_ptr_array_index (parts, last), "Brudd") == 0)
    {
      column->role = COL_BRUDD;
      return TRUE;
    }
  column->period_label = sirkel_import_table_intern (reader->table,
                                                     g_ptr_array_index (parts, 0));
  column->sex = 0;
  for (guint i = 1; i < last; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      int sex = udir_sex (part);

      if (sex >= 0)
        {
          column->sex = sex;
          continue;
        }
      g_ptr_array_add (pairs, g_strdup_printf ("PART%u", i + 1));
      g_ptr_array_add (pairs, g_strdup (part));
    }
  column->dims = sirkel_delimited_join_dims (reader->table, pairs);
  column->measure = sirkel_import_table_add_measure (reader->table,
                                                     g_ptr_array_index (parts, last),
                                                     g_ptr_array_index (parts, last), "", -1);
  return TRUE;
}

static ColumnRole
identity_role (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  gboolean code = strstr (folded, "kode") != NULL || strstr (folded, "nummer") != NULL ||
                  g_str_has_suffix (folded, "nr") || strstr (folded, "code") != NULL;

  if (strstr (folded, "nivaa") != NULL || strstr (folded, "nivå") != NULL ||
      strstr (folded, "level") != NULL)
    return COL_LEVEL;
  if (strstr (folded, "organisasjonsn") != NULL || strstr (folded, "orgnr") != NULL ||
      strstr (folded, "org.nr") != NULL)
    return COL_ORG;
  if (code && strstr (folded, "fylke") != NULL)
    return COL_FYLKE;
  if (code && strstr (folded, "kommune") != NULL)
    return COL_KOMMUNE;
  if (code && (strstr (folded, "nasjonal") != NULL || strstr (folded, "land") != NULL))
    return COL_NATIONAL;
  return COL_NAME;
}

static gboolean
read_header (Reader  *reader,
             GError **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint n = sirkel_delimited_get_n_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  guint values = 0;

  reader->columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), n);
  g_array_set_clear_func (reader->columns, column_clear);
  reader->level = reader->national = reader->fylke = reader->kommune = reader->org = -1;
  for (guint i = 0; i < n; i++)
    {
      Column column = { 0 };

      column.name = g_strdup (g_strstrip (fields[i].text));
      if (read_value_column (reader, &column))
        values += column.role == COL_VALUE;
      else
        {
          column.role = identity_role (column.name);
          if (values > 0)
            column.role = COL_NAME;
          if (column.role == COL_LEVEL && reader->level < 0)
            reader->level = i;
          else if (column.role == COL_NATIONAL && reader->national < 0)
            reader->national = i;
          else if (column.role == COL_FYLKE && reader->fylke < 0)
            reader->fylke = i;
          else if (column.role == COL_KOMMUNE && reader->kommune < 0)
            reader->kommune = i;
          else if (column.role == COL_ORG && reader->org < 0)
            reader->org = i;
        }
      g_array_append_val (reader->columns, column);
    }
  if (values == 0)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: no column is named by a school year and attributes (such as "
                     "“2022-23.Alle trinn.Begge kjønn.Andel”); this is not a Udir file."), line);
      return FALSE;
    }
  return TRUE;
}

static const char *
cell_at (SirkelField *fields,
         int          column)
{
  return column >= 0 ? g_strstrip (fields[column].text) : "";
}

static gboolean
is_code (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

static gboolean
read_geo (Reader          *reader,
          const char     **geo_raw,
          const char     **geo,
          SirkelGeoLevel  *level,
          GError         **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  const char *level_cell = cell_at (fields, reader->level);
  const char *fylke = cell_at (fields, reader->fylke);
  const char *kommune = cell_at (fields, reader->kommune);
  const char *org = cell_at (fields, reader->org);
  const char *national = cell_at (fields, reader->national);
  g_autofree char *code = NULL;

  if (*level_cell != '\0' && !g_str_equal (level_cell, "1") && !g_str_equal (level_cell, "2") &&
      !g_str_equal (level_cell, "3") && !reader->warned_level)
    {
      sirkel_import_table_warn (reader->table, _("Line %u: unknown level “%s”; the unit was "
                                                 "placed by its codes."), line, level_cell);
      reader->warned_level = TRUE;
    }

  if (g_str_equal (level_cell, "1") ||
      (reader->level < 0 && !is_code (org) && !is_code (kommune) && !is_code (fylke)))
    {
      /* The national row: code columns may hold a letter placeholder such as "I". */
      *geo_raw = sirkel_import_table_intern (reader->table, is_code (national) ? national : "0");
      *geo = sirkel_import_table_intern (reader->table, "0");
      *level = SIRKEL_GEO_LEVEL_LANDET;
      return TRUE;
    }
  if (!g_str_equal (level_cell, "2") && is_code (org))
    {
      *geo_raw = *geo = sirkel_import_table_intern (reader->table, org);
      *level = SIRKEL_GEO_LEVEL_OTHER;
      return TRUE;
    }
  if (!g_str_equal (level_cell, "2") && is_code (kommune) &&
      sirkel_geo_normalise (kommune, strlen (kommune) == 3, &code, level, NULL))
    {
      *geo_raw = sirkel_import_table_intern (reader->table, kommune);
      *geo = sirkel_import_table_intern (reader->table, code);
      return TRUE;
    }
  if (is_code (fylke) && sirkel_geo_normalise (fylke, strlen (fylke) == 1, &code, level, NULL))
    {
      *geo_raw = sirkel_import_table_intern (reader->table, fylke);
      *geo = sirkel_import_table_intern (reader->table, code);
      return TRUE;
    }
  g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
               _("Line %u: the row has no organisation number, kommune or fylke code."), line);
  return FALSE;
}

static void
note_brudd (Reader     *reader,
            Column     *column,
            const char *note,
            guint       line)
{
  char *key;

  if (*note == '\0')
    return;
  key = g_strconcat (column->name, "\n", note, NULL);
  if (g_hash_table_contains (reader->notes, key))
    {
      g_free (key);
      return;
    }
  g_hash_table_add (reader->notes, key);
  sirkel_import_table_warn (reader->table, _("Line %u: note on a break in the series (%s): %s"),
                            line, column->name, note);
}

static gboolean
read_row (Reader        *reader,
          GCancellable  *cancellable,
          GError       **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  const char *geo_raw = NULL, *geo = NULL;
  SirkelGeoLevel level = SIRKEL_GEO_LEVEL_OTHER;

  if (!read_geo (reader, &geo_raw, &geo, &level, error))
    return FALSE;
  for (guint i = 0; i < reader->columns->len; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);
      SirkelObservation *obs;
      SirkelCellKind kind;
      double value = 0;

      if (column->role == COL_BRUDD)
        note_brudd (reader, column, g_strstrip (fields[i].text), line);
      if (column->role != COL_VALUE)
        continue;
      if (!sirkel_delimited_check_cells (reader->tok, reader->table->observations->len + 1,
                                         cancellable, error) ||
          !sirkel_delimited_read_value (reader->tok, i, column->name, &fields[i], &kind, &value,
                                        error))
        return FALSE;

      obs = sirkel_import_table_append (reader->table);
      obs->measure = column->measure;
      obs->geo_raw = geo_raw;
      obs->geo = geo;
      obs->geo_level = level;
      obs->period_from = column->from;
      obs->period_to = column->to;
      obs->period_part = column->part;
      obs->period_label = column->period_label;
      obs->sex = column->sex;
      obs->dims = column->dims;
      if (kind == SIRKEL_CELL_NUMBER)
        {
          obs->has_value = TRUE;
          obs->value = value;
        }
      else
        {
          const char *symbol = g_strstrip (fields[i].text);
          SirkelFlag flag = sirkel_flag_for_symbol ("udir", symbol);

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
 * sirkel_udir_read:
 *
 * Reads a Udir statistikkbank export into @table (format "udir", source "Udir").
 */
gboolean
sirkel_udir_read (GBytes             *bytes,
                  const char         *encoding,
                  SirkelImportTable  *table,
                  GCancellable       *cancellable,
                  GError            **error)
{
  static const SirkelRecordHandlers handlers = { NULL, header_cb, row_cb, n_columns_cb };
  g_autoptr(SirkelDelimited) tok = NULL;
  Reader reader = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tok = sirkel_delimited_open (bytes, encoding, table, "udir", "Udir", "\t;,", error);
  if (tok == NULL)
    return FALSE;
  reader.table = table;
  reader.tok = tok;
  reader.notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.warned_symbols = g_hash_table_new (g_direct_hash, g_direct_equal);

  ok = sirkel_delimited_read_records (tok, table, &handlers, &reader, cancellable, error);

  g_clear_pointer (&reader.columns, g_array_unref);
  g_clear_pointer (&reader.notes, g_hash_table_unref);
  g_clear_pointer (&reader.warned_symbols, g_hash_table_unref);
  return ok;
}

/**
 * sirkel_udir_sniff:
 *
 * Returns: %TRUE for a "sep=" TAB first line or UTF-16 text, when the header has a column
 *   named "<school year or year>.<…>"
 */
gboolean
sirkel_udir_sniff (const guint8 *data,
                   gsize         len)
{
  SirkelSniffHead head;
  gboolean found = FALSE;

  sirkel_sniff_head_init (&head, data, len);
  if ((head.sep_line == '\t' || head.utf16) && head.lines[0] != NULL)
    {
      g_auto(GStrv) names = g_strsplit (head.lines[0], "\t", -1);

      for (guint i = 0; names[i] != NULL && !found; i++)
        {
          const char *dot = strchr (names[i], '.');
          g_autofree char *first = dot != NULL ? g_strndup (names[i], dot - names[i]) : NULL;
          int from, to, part;

          found = first != NULL && strchr (first, ' ') == NULL &&
                  sirkel_period_parse (first, &from, &to, &part);
        }
    }
  sirkel_sniff_head_clear (&head);
  return found;
}
