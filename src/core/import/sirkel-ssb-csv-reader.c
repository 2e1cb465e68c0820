/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SSB StatBank CSV reader (DATA-FORMATS.md §3.1): a quoted title line
 * "<table>: <title>, etter …" and a blank line, then a quoted header with the stub variables
 * (region, age, sex, …) followed by one column per combination of the heading variables, the
 * period glued to the end of its name ("Bosatte 2024"). Also the older "comma, no heading"
 * export (no title, unquoted, ',') and files re-saved in Excel (BOM, ";;;" after the title).
 *
 * Wide layout: each row gives one observation per heading column. The column name's last
 * token is the period (sirkel_period_parse), the rest the measure. Region cells "code name"
 * are split at the first space (sirkel_geo_normalise). SSB's symbols keep their SSB meaning:
 * '-' is nil, a real 0 (flag NIL), ':' suppressed, '..' missing (§1.4).
 */
#define G_LOG_DOMAIN "sirkel-ssb-csv-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-delimited.h"
#include "sirkel-readers.h"

typedef enum
{
  STUB_DIM,
  STUB_GEO,
  STUB_AGE,
  STUB_SEX,
  STUB_CONTENTS,   /* "statistikkvariabel"/"contents" in the stub: the measure per row */
} StubRole;

typedef struct
{
  char       *name;
  StubRole    role;         /* stub columns */
  gboolean    heading;      /* a column of values */
  int         from, to, part;
  const char *period_label; /* interned */
  char       *label;        /* the measure part of the name; "" when the name is the period */
  guint       measure;
} Column;

typedef struct
{
  SirkelImportTable *table;
  SirkelDelimited   *tok;
  GArray            *columns;          /* of Column */
  guint              first_heading;
  int                geo;              /* the region column, or -1 */
  char              *default_measure;  /* for heading columns named by the period alone */
  gboolean           warned_names, warned_age;
  GHashTable        *warned_symbols;
  gboolean           first;            /* no record but blank lines seen yet */
  gboolean           after_title;      /* the previous record was the title line */
} Reader;

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->name);
  g_free (column->label);
}

static gboolean
record_is_title (SirkelDelimited *tok)
{
  SirkelField *fields = sirkel_delimited_get_fields (tok);
  guint n = sirkel_delimited_get_n_fields (tok);

  int from, to, part;

  if (n == 0 || fields[0].len == 0)
    return FALSE;
  for (guint i = 1; i < n; i++)
    for (gsize j = 0; j < fields[i].len; j++)
      if (!g_ascii_isspace (fields[i].text[j]))
        return FALSE;
  /* A header of one value column ("Bosatte 2024") is not a title ("05810: …"). */
  return strchr (fields[0].text, ':') != NULL ||
         !sirkel_period_parse (fields[0].text, &from, &to, &part);
}

/* "05810: Befolkning, etter region, kjønn og år" → table id and title. */
static void
read_title (Reader     *reader,
            const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *colon = strchr (copy, ':');
  gboolean id = colon != NULL && colon > copy && colon - copy <= 16;
  g_autofree char *measure = NULL;
  char *etter;

  for (const char *p = copy; id && p < colon; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      id = FALSE;
  g_free (reader->table->title);
  g_free (reader->table->table_id);
  if (id)
    {
      reader->table->table_id = g_strndup (copy, colon - copy);
      reader->table->title = g_strstrip (g_strdup (colon + 1));
    }
  else
    {
      reader->table->table_id = g_strdup ("");
      reader->table->title = g_strdup (copy);
    }
  /* The contents, for value columns named by the period alone. */
  measure = g_strdup (reader->table->title);
  etter = strstr (measure, ", etter ");
  if (etter == NULL)
    etter = strstr (measure, ", by ");
  if (etter != NULL)
    *etter = '\0';
  if (*measure != '\0')
    {
      g_free (reader->default_measure);
      reader->default_measure = g_steal_pointer (&measure);
    }
}

static StubRole
stub_role (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  if (g_str_has_prefix (folded, "region") || g_str_equal (folded, "kommune") ||
      g_str_equal (folded, "fylke") || g_str_equal (folded, "bydel") ||
      g_str_equal (folded, "grunnkrets") || g_str_equal (folded, "municipality") ||
      g_str_equal (folded, "county"))
    return STUB_GEO;
  if (g_str_equal (folded, "alder") || g_str_equal (folded, "age"))
    return STUB_AGE;
  if (g_str_equal (folded, "kjønn") || g_str_equal (folded, "kjonn") || g_str_equal (folded, "sex"))
    return STUB_SEX;
  if (g_str_equal (folded, "statistikkvariabel") || g_str_equal (folded, "contents"))
    return STUB_CONTENTS;
  return STUB_DIM;
}

/* A heading column's name ends in a period, glued on with a space ("Persons 2023") or alone
 * ("2023"). */
static gboolean
split_heading (Column *column)
{
  const char *space;

  if (!sirkel_period_parse (column->name, &column->from, &column->to, &column->part))
    return FALSE;
  space = strrchr (column->name, ' ');
  column->label = space != NULL ? g_strstrip (g_strndup (column->name, space - column->name))
                                : g_strdup ("");
  return TRUE;
}

static gboolean
read_header (Reader  *reader,
             GError **error)
{
  SirkelField *fields = sirkel_delimited_get_fields (reader->tok);
  guint n = sirkel_delimited_get_n_fields (reader->tok);
  guint line = sirkel_delimited_get_line (reader->tok);
  gboolean contents = FALSE;

  reader->columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), n);
  g_array_set_clear_func (reader->columns, column_clear);
  reader->geo = -1;
  reader->first_heading = n;

  for (guint i = 0; i < n; i++)
    {
      Column column = { 0 };

      column.name = g_strdup (g_strstrip (fields[i].text));
      column.heading = split_heading (&column);
      if (column.heading && reader->first_heading == n)
        reader->first_heading = i;
      if (!column.heading && reader->first_heading < n)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                       _("Line %u: the column “%s” does not end in a period, but follows "
                         "columns that do."), line, column.name);
          column_clear (&column);
          return FALSE;
        }
      if (!column.heading)
        {
          column.role = stub_role (column.name);
          if (column.role == STUB_GEO && reader->geo < 0)
            reader->geo = i;
          else if (column.role == STUB_GEO)
            column.role = STUB_DIM;
          contents |= column.role == STUB_CONTENTS;
        }
      else
        {
          column.period_label = sirkel_import_table_intern (reader->table,
                                                            strrchr (column.name, ' ') != NULL
                                                            ? strrchr (column.name, ' ') + 1
                                                            : column.name);
          if (*column.label != '\0')
            column.measure = sirkel_import_table_add_measure (reader->table, column.label,
                                                              column.label, "", -1);
          else if (!contents)
            {
              const char *key = reader->default_measure != NULL ? reader->default_measure : "value";

              column.measure = sirkel_import_table_add_measure (reader->table, key, key, "", -1);
            }
        }
      g_array_append_val (reader->columns, column);
    }
  if (reader->first_heading == n)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: no column name ends in a period (such as “Bosatte 2024”); this "
                     "is not an SSB StatBank CSV file."), line);
      return FALSE;
    }
  if (reader->geo < 0)
    sirkel_import_table_warn (reader->table, _("Line %u: the table has no region column; its "
                                               "figures were taken as national."), line);
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
  const char *geo_raw = "", *geo = "0", *dims, *contents = NULL;
  SirkelGeoLevel level = SIRKEL_GEO_LEVEL_LANDET;
  int sex = 0, age_lo = 0, age_hi = 120;

  for (guint i = 0; i < reader->first_heading; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);
      char *cell = g_strstrip (fields[i].text);

      switch (column->role)
        {
        case STUB_GEO:
          if (!sirkel_delimited_read_geo (reader->table, cell, &geo_raw, &geo, &level))
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                           _("Line %u: the region cell is empty."), line);
              return FALSE;
            }
          if (level == SIRKEL_GEO_LEVEL_OTHER && !reader->warned_names &&
              strpbrk (cell, "0123456789") == NULL)
            {
              sirkel_import_table_warn (reader->table, _("Line %u: the region column holds "
                                                         "names (“%s”), not codes."),
                                        line, cell);
              reader->warned_names = TRUE;
            }
          break;
        case STUB_AGE:
          if (!sirkel_age_parse (cell, &age_lo, &age_hi))
            {
              age_lo = age_hi = -1;
              g_ptr_array_add (pairs, column->name);
              g_ptr_array_add (pairs, cell);
              if (!reader->warned_age)
                sirkel_import_table_warn (reader->table, _("Line %u: the age “%s” is not a "
                                                           "range Sirkel reads; it was kept as "
                                                           "a dimension."), line, cell);
              reader->warned_age = TRUE;
            }
          break;
        case STUB_SEX:
          if ((sex = sirkel_delimited_sex_from_text (cell)) < 0)
            {
              g_autofree char *shown = sirkel_delimited_shorten (cell);

              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                           _("Line %u: “%s” is not a sex Sirkel knows."), line, shown);
              return FALSE;
            }
          break;
        case STUB_CONTENTS:
          contents = cell;
          break;
        case STUB_DIM:
        default:
          g_ptr_array_add (pairs, column->name);
          g_ptr_array_add (pairs, cell);
          break;
        }
    }
  dims = sirkel_delimited_join_dims (reader->table, pairs);

  for (guint i = reader->first_heading; i < reader->columns->len; i++)
    {
      Column *column = &g_array_index (reader->columns, Column, i);
      SirkelObservation *obs;
      SirkelCellKind kind;
      double value = 0;
      guint measure = column->measure;

      if (!sirkel_delimited_check_cells (reader->tok, reader->table->observations->len + 1,
                                         cancellable, error))
        return FALSE;
      if (contents != NULL && *column->label == '\0')
        measure = sirkel_import_table_add_measure (reader->table, contents, contents, "", -1);
      else if (contents != NULL)
        {
          g_autofree char *key = g_strconcat (contents, " ", column->label, NULL);

          measure = sirkel_import_table_add_measure (reader->table, key, key, "", -1);
        }
      if (!sirkel_delimited_read_value (reader->tok, i, column->name, &fields[i], &kind, &value,
                                        error))
        return FALSE;

      obs = sirkel_import_table_append (reader->table);
      obs->measure = measure;
      obs->geo_raw = geo_raw;
      obs->geo = geo;
      obs->geo_level = level;
      obs->period_from = column->from;
      obs->period_to = column->to;
      obs->period_part = column->part;
      obs->period_label = column->period_label;
      obs->sex = sex;
      obs->age_lo = age_lo;
      obs->age_hi = age_hi;
      obs->dims = dims;
      if (kind == SIRKEL_CELL_NUMBER)
        {
          obs->has_value = TRUE;
          obs->value = value;
        }
      else
        {
          const char *symbol = g_strstrip (fields[i].text);
          SirkelFlag flag = sirkel_flag_for_symbol ("ssb", symbol);

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

/* Before the header: the quoted title line, and the blank line after it, are part of the
 * format; any other blank line is warned about by the record loop. */
static gboolean
preamble_cb (gpointer   data,
             gboolean  *consumed,
             GError   **error)
{
  Reader *reader = data;

  if (sirkel_delimited_is_blank (reader->tok))
    {
      *consumed = reader->after_title;
      reader->after_title = FALSE;
      return TRUE;
    }
  reader->after_title = FALSE;
  if (reader->first)
    {
      reader->first = FALSE;
      if (record_is_title (reader->tok))
        {
          read_title (reader, sirkel_delimited_get_fields (reader->tok)[0].text);
          reader->after_title = TRUE;
          *consumed = TRUE;
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
 * sirkel_ssb_csv_read:
 *
 * Reads an SSB StatBank CSV file into @table (format "ssb-csv", source "SSB", table_id and
 * title from the title line when there is one).
 */
gboolean
sirkel_ssb_csv_read (GBytes             *bytes,
                     const char         *encoding,
                     SirkelImportTable  *table,
                     GCancellable       *cancellable,
                     GError            **error)
{
  static const SirkelRecordHandlers handlers = { preamble_cb, header_cb, row_cb, n_columns_cb };
  g_autoptr(SirkelDelimited) tok = NULL;
  Reader reader = { 0 };
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tok = sirkel_delimited_open (bytes, encoding, table, "ssb-csv", "SSB", ";,\t", error);
  if (tok == NULL)
    return FALSE;
  reader.table = table;
  reader.tok = tok;
  reader.warned_symbols = g_hash_table_new (g_direct_hash, g_direct_equal);
  reader.first = TRUE;

  ok = sirkel_delimited_read_records (tok, table, &handlers, &reader, cancellable, error);

  g_clear_pointer (&reader.columns, g_array_unref);
  g_clear_pointer (&reader.default_measure, g_free);
  g_clear_pointer (&reader.warned_symbols, g_hash_table_unref);
  return ok;
}

/* A header name with a period glued on after a space: "Bosatte 2024". */
static gboolean
has_glued_period (char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      int from, to, part;

      if (strchr (names[i], ' ') != NULL && sirkel_period_parse (names[i], &from, &to, &part))
        return TRUE;
    }
  return FALSE;
}

/**
 * sirkel_ssb_csv_sniff:
 *
 * Returns: %TRUE for a quoted title line followed by a blank line, or a header whose column
 *   names have a period glued to them
 */
gboolean
sirkel_ssb_csv_sniff (const guint8 *data,
                      gsize         len)
{
  SirkelSniffHead head;
  gboolean found = FALSE;

  sirkel_sniff_head_init (&head, data, len);
  if (!head.utf16 && head.lines[0] != NULL && head.lines[1] != NULL)
    {
      g_autofree char *title = g_strdup (head.lines[0]);
      gboolean blank = TRUE;

      g_strchomp (title);
      while (*title != '\0' && strchr (";,\t ", title[strlen (title) - 1]) != NULL)
        title[strlen (title) - 1] = '\0';
      for (const char *p = head.lines[1]; *p != '\0'; p++)
        if (strchr (";,\t ", *p) == NULL)
          blank = FALSE;
      if (title[0] == '"' && strlen (title) > 2 && title[strlen (title) - 1] == '"' && blank &&
          strchr (title, ':') != NULL)
        found = TRUE;
      /* The header is the first line, or the third after a title and a blank line. */
      for (guint i = 0; !found && i < 3 && head.lines[i] != NULL; i += blank ? 2 : 3)
        {
          g_auto(GStrv) names = sirkel_sniff_split (head.lines[i]);

          if (g_strv_length (names) >= 2 && has_glued_period (names))
            found = TRUE;
        }
    }
  sirkel_sniff_head_clear (&head);
  return found;
}
