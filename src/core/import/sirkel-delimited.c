/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The delimited-text tokenizer; see sirkel-delimited.h (the readers' other shared helpers are
 * in sirkel-delimited-helpers.c). The tokenizer reads its text once, front to back, and never
 * writes to it: each record's fields are unescaped (a doubled quote becomes one) into one
 * record buffer, each followed by a NUL, and the fields point there until the next record.
 * So text that needed no decoding (UTF-8, the common case) is read where it lies, in the
 * caller's GBytes, and a big file is in memory once rather than twice. Such text has no NUL
 * after its end: every read of it checks the position against len.
 */
#define G_LOG_DOMAIN "sirkel-delimited"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-delimited.h"

/* How much of the file the separator sniffing looks at. */
#define SNIFF_BYTES    (64 * 1024)
#define SNIFF_RECORDS  200

enum
{
  MARK_DOT = 1 << 0,
  MARK_COMMA = 1 << 1,
  MARK_WARNED = 1 << 2,
};

struct _SirkelDelimited
{
  const char        *text;             /* owned, or borrowed from bytes; only text[0 … len-1] */
  gsize              len;
  char              *owned;            /* text, when it is the tokenizer's own, or NULL */
  GBytes            *bytes;            /* what borrowed text lies in, or NULL */
  gsize              pos;              /* the next byte to read */
  guint              line;             /* the line at pos, from 1 */
  guint              record_line;      /* the line the current record starts on */
  char               separator;
  gboolean           sep_line;         /* an Excel "sep=" first line was read */
  SirkelField       *fields;           /* the current record: n_fields of n_allocated */
  gsize             *offsets;          /* while a record is read: where each field starts in record */
  guint              n_fields;
  guint              n_allocated;
  char              *record;           /* the current record's fields, each NUL-terminated */
  gsize              record_len;
  gsize              record_allocated;
  guint8             stops[256];       /* the bytes that end an unquoted field, for stops_for */
  char               stops_for;        /* the separator stops was made for, or 0 */
  GByteArray        *marks;            /* per column: MARK_* bits of the decimal marks seen */
  SirkelImportTable *table;            /* not owned, nullable: where warnings go */
  gboolean           warned_trailing;
  gboolean           warned_stray;
};

static void
warn (SirkelDelimited *self,
      const char      *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
warn (SirkelDelimited *self,
      const char      *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (self->table == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  sirkel_import_table_warn (self->table, "%s", message);
}

static SirkelDelimited *
delimited_new (const char        *text,
               gsize              len,
               char              *owned,
               GBytes            *bytes,
               SirkelImportTable *table)
{
  SirkelDelimited *self = g_new0 (SirkelDelimited, 1);

  self->text = text;
  self->len = len;
  self->owned = owned;
  self->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  self->line = 1;
  self->record_line = 1;
  self->separator = ',';
  self->n_allocated = 32;
  self->fields = g_new (SirkelField, self->n_allocated);
  self->offsets = g_new (gsize, self->n_allocated);
  self->record_allocated = 256;
  self->record = g_malloc (self->record_allocated);
  self->marks = g_byte_array_new ();
  self->table = table;
  return self;
}

/**
 * sirkel_delimited_new:
 * @text: (transfer full): UTF-8 text with a NUL at @len
 * @table: (nullable): where lenient problems are reported
 *
 * Returns: (transfer full): a tokenizer at the start of @text; the separator is ',' until
 *   sirkel_delimited_choose_separator () or sirkel_delimited_set_separator () is called
 */
SirkelDelimited *
sirkel_delimited_new (char              *text,
                      gsize              len,
                      SirkelImportTable *table)
{
  g_return_val_if_fail (text != NULL && text[len] == '\0', NULL);

  return delimited_new (text, len, text, NULL, table);
}

/**
 * sirkel_delimited_open:
 * @format: the reader's format name, recorded in @table
 * @source: (nullable): the publisher, recorded in @table, or %NULL to leave it
 * @separators: the candidate separators, most likely first (sirkel_delimited_choose_separator ())
 *
 * Decodes @bytes (sirkel_text_decode_view () with @encoding), records the encoding in @table
 * and warns about a BOM or mojibake. Text that is UTF-8 already is read inside @bytes, which
 * the tokenizer keeps a reference to.
 *
 * Returns: (transfer full) (nullable): a tokenizer over the decoded text
 */
SirkelDelimited *
sirkel_delimited_open (GBytes             *bytes,
                       const char         *encoding,
                       SirkelImportTable  *table,
                       const char         *format,
                       const char         *source,
                       const char         *separators,
                       GError            **error)
{
  SirkelDelimited *self;
  g_autofree char *found = NULL;
  g_autofree char *owned = NULL;
  gsize size = 0, len = 0;
  const guint8 *data;
  const char *text = NULL;

  g_return_val_if_fail (bytes != NULL && table != NULL, NULL);
  g_return_val_if_fail (format != NULL && separators != NULL, NULL);

  g_free (table->format);
  table->format = g_strdup (format);
  if (source != NULL)
    {
      g_free (table->source);
      table->source = g_strdup (source);
    }
  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = (const guint8 *) "";
  if (!sirkel_text_decode_view (data, size, encoding, &found, &text, &len, &owned, error))
    return NULL;
  g_free (table->encoding);
  table->encoding = g_strdup (found);
  if (g_str_has_suffix (found, "with BOM"))
    sirkel_import_table_warn (table, _("Line 1: the file starts with a byte order mark; it was "
                                       "skipped."));
  if (sirkel_text_looks_mojibake (text, MIN (len, (gsize) SNIFF_BYTES)))
    sirkel_import_table_warn (table, _("The text looks like UTF-8 read as another encoding; if "
                                       "names look wrong, import again as UTF-8."));
  if (len == 0)
    {
      g_set_error_literal (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                           _("The file is empty."));
      return NULL;
    }
  if (owned != NULL)
    {
      char *converted = g_steal_pointer (&owned);

      self = delimited_new (converted, len, converted, NULL, table);
    }
  else
    self = delimited_new (text, len, NULL, bytes, table);
  sirkel_delimited_choose_separator (self, separators);
  return self;
}

void
sirkel_delimited_free (SirkelDelimited *self)
{
  if (self == NULL)
    return;
  g_free (self->owned);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->fields);
  g_free (self->offsets);
  g_free (self->record);
  g_byte_array_unref (self->marks);
  g_free (self);
}

/* ------------------------------------------------------------------------------------------
 * Choosing the separator
 * ------------------------------------------------------------------------------------------ */

static gboolean
is_line_end (char ch)
{
  return ch == '\n' || ch == '\r';
}

/* Skips to the start of the next line; returns FALSE at the end of the text. */
static void
skip_line (SirkelDelimited *self)
{
  while (self->pos < self->len && !is_line_end (self->text[self->pos]))
    self->pos++;
  if (self->pos < self->len && self->text[self->pos] == '\r')
    self->pos++;
  if (self->pos < self->len && self->text[self->pos] == '\n')
    self->pos++;
  self->line++;
}

/* Counts the fields of the records in the sample as if @sep separated them, honouring quotes;
 * the best score is the number of records sharing the most common count of two or more. */
static void
score_separator (SirkelDelimited *self,
                 char             sep,
                 guint           *score,
                 guint           *width,
                 guint           *hits)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  gsize end = MIN (self->len, self->pos + SNIFF_BYTES);
  gsize p = self->pos;
  guint fields = 1, records = 0, line_len = 0;
  gboolean in_quotes = FALSE, field_start = TRUE;
  GHashTableIter iter;
  gpointer key, value;

  *score = 0;
  *width = 0;
  *hits = 0;
  for (; p < end && records < SNIFF_RECORDS; p++)
    {
      char ch = self->text[p];

      if (in_quotes)
        {
          if (ch == '"')
            {
              if (p + 1 < end && self->text[p + 1] == '"')
                p++;
              else
                in_quotes = FALSE;
            }
          continue;
        }
      if (ch == '"' && field_start)
        {
          in_quotes = TRUE;
          field_start = FALSE;
          line_len++;
        }
      else if (ch == sep)
        {
          fields++;
          (*hits)++;
          field_start = TRUE;
          line_len++;
        }
      else if (is_line_end (ch))
        {
          if (ch == '\r' && p + 1 < end && self->text[p + 1] == '\n')
            p++;
          if (line_len > 0)
            {
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (fields)));

              g_hash_table_insert (counts, GUINT_TO_POINTER (fields), GUINT_TO_POINTER (n + 1));
              records++;
            }
          fields = 1;
          line_len = 0;
          field_start = TRUE;
        }
      else
        {
          field_start = FALSE;
          line_len++;
        }
    }
  /* The last record counts only when the sample holds the whole of it. */
  if (!in_quotes && line_len > 0 && end == self->len)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (fields)));

      g_hash_table_insert (counts, GUINT_TO_POINTER (fields), GUINT_TO_POINTER (n + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint w = GPOINTER_TO_UINT (key), n = GPOINTER_TO_UINT (value);

      if (w >= 2 && (n > *score || (n == *score && w > *width)))
        {
          *score = n;
          *width = w;
        }
    }
}

/**
 * sirkel_delimited_choose_separator:
 * @candidates: the separators to consider, best guess first, e.g. ";,\t"
 *
 * Reads an Excel "sep=X" first line if there is one (and uses X), else picks among
 * @candidates the separator that gives the most records the same field count outside
 * quotes. Call it once, before the first sirkel_delimited_next ().
 */
void
sirkel_delimited_choose_separator (SirkelDelimited *self,
                                   const char      *candidates)
{
  guint best_score = 0, best_width = 0, best_hits = 0;
  char by_hits = 0;

  g_return_if_fail (self != NULL && candidates != NULL && *candidates != '\0');

  if (self->pos == 0 && self->len >= 4 && g_ascii_strncasecmp (self->text, "sep=", 4) == 0)
    {
      char sep = self->len > 4 ? self->text[4] : '\0';

      if (sep != '\0' && !is_line_end (sep) && sep != '"' &&
          (self->len == 5 || is_line_end (self->text[5])))
        {
          self->separator = sep;
          self->sep_line = TRUE;
          skip_line (self);
          return;
        }
      if (sep == '\0' || is_line_end (sep))
        {
          warn (self, _("Line 1: a “sep=” line names no separator; it was ignored."));
          skip_line (self);
        }
    }

  self->separator = candidates[0];
  for (const char *c = candidates; *c != '\0'; c++)
    {
      guint score, width, hits;

      score_separator (self, *c, &score, &width, &hits);
      if (score > best_score || (score == best_score && score > 0 && width > best_width))
        {
          best_score = score;
          best_width = width;
          self->separator = *c;
        }
      if (hits > best_hits)
        {
          best_hits = hits;
          by_hits = *c;
        }
    }
  /* No whole record in the sample (a first line longer than it): the most frequent one. */
  if (best_score == 0 && by_hits != 0)
    self->separator = by_hits;
  g_debug ("separator '%c' (%u records of %u fields)", self->separator, best_score, best_width);
}

void
sirkel_delimited_set_separator (SirkelDelimited *self,
                                char             separator)
{
  g_return_if_fail (self != NULL && separator != '\0' && separator != '"');

  self->separator = separator;
}

char
sirkel_delimited_get_separator (SirkelDelimited *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->separator;
}

gboolean
sirkel_delimited_had_sep_line (SirkelDelimited *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->sep_line;
}

/* ------------------------------------------------------------------------------------------
 * Records
 * ------------------------------------------------------------------------------------------ */

static gboolean
set_nul_error (SirkelDelimited  *self,
               GError          **error)
{
  g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
               _("Line %u: the file contains a NUL byte; it is not a text file."), self->line);
  return FALSE;
}

/* Room for @more bytes at the end of the record buffer. The fields read so far hold offsets
 * until the record is complete, so the buffer may move. */
static char *
record_reserve (SirkelDelimited *self,
                gsize            more)
{
  if (self->record_allocated - self->record_len < more)
    {
      self->record_allocated = MAX (self->record_allocated * 2, self->record_len + more);
      self->record = g_realloc (self->record, self->record_allocated);
    }
  return self->record + self->record_len;
}

static gboolean
read_unquoted (SirkelDelimited  *self,
               SirkelField      *field,
               GError          **error)
{
  const char *text = self->text;
  gsize start = self->pos, p = self->pos;
  char *out;

  if (self->stops_for != self->separator)
    {
      memset (self->stops, 0, sizeof self->stops);
      self->stops[(guchar) self->separator] = 1;
      self->stops['\n'] = self->stops['\r'] = self->stops['\0'] = 1;
      self->stops_for = self->separator;
    }
  while (p < self->len && !self->stops[(guchar) text[p]])
    p++;
  if (p < self->len && text[p] == '\0')
    {
      self->pos = p;
      return set_nul_error (self, error);
    }
  if (p - start > SIRKEL_IMPORT_MAX_FIELD)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("Line %u: a field is longer than %u MB."), self->line,
                   (guint) (SIRKEL_IMPORT_MAX_FIELD / (1024 * 1024)));
      return FALSE;
    }
  out = record_reserve (self, p - start + 1);
  memcpy (out, text + start, p - start);
  out[p - start] = '\0';
  field->text = NULL;
  field->len = p - start;
  field->quoted = FALSE;
  self->record_len += p - start + 1;
  self->pos = p;
  return TRUE;
}

/* Reads a field that starts with a quote, unescaping it into the record buffer. */
static gboolean
read_quoted (SirkelDelimited  *self,
             SirkelField      *field,
             GError          **error)
{
  const char *text = self->text;
  guint quote_line = self->line;
  gsize start = self->pos + 1, p = start, w = 0;
  char *out;

  /* The field never holds more than the text left, nor more than one byte past the limit
   * (checked after each byte); and a NUL after it. */
  out = record_reserve (self, MIN (self->len - start, (gsize) SIRKEL_IMPORT_MAX_FIELD + 1) + 1);
  for (;;)
    {
      char ch;

      if (p >= self->len)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("Line %u: a quoted field is not closed before the end of the file."),
                       quote_line);
          return FALSE;
        }
      ch = text[p];
      if (ch == '"')
        {
          if (p + 1 < self->len && text[p + 1] == '"')
            {
              out[w++] = '"';
              p += 2;
              continue;
            }
          p++;
          break;
        }
      if (ch == '\0')
        {
          self->pos = p;
          return set_nul_error (self, error);
        }
      if (ch == '\n' || (ch == '\r' && (p + 1 >= self->len || text[p + 1] != '\n')))
        self->line++;
      out[w++] = ch;
      p++;
      if (w > SIRKEL_IMPORT_MAX_FIELD)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                       _("Line %u: a quoted field runs on for more than %u MB; is a closing "
                         "quote missing?"), quote_line,
                       (guint) (SIRKEL_IMPORT_MAX_FIELD / (1024 * 1024)));
          return FALSE;
        }
    }

  /* Text between the closing quote and the separator: kept, as spreadsheets do, but loud. */
  if (p < self->len && text[p] != self->separator && !is_line_end (text[p]))
    {
      if (!self->warned_stray)
        warn (self, _("Line %u: text after a closing quote was kept in the field."), self->line);
      self->warned_stray = TRUE;
      while (p < self->len && text[p] != self->separator && !is_line_end (text[p]))
        {
          if (text[p] == '\0')
            {
              self->pos = p;
              return set_nul_error (self, error);
            }
          out[w++] = text[p++];
          if (w > SIRKEL_IMPORT_MAX_FIELD)
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                           _("Line %u: a field is longer than %u MB."), self->line,
                           (guint) (SIRKEL_IMPORT_MAX_FIELD / (1024 * 1024)));
              return FALSE;
            }
        }
    }
  out[w] = '\0';
  field->text = NULL;
  field->len = w;
  field->quoted = TRUE;
  self->record_len += w + 1;
  self->pos = p;
  return TRUE;
}

/* Points the record's fields into the record buffer, now that it no longer moves (after an
 * error too: the fields read before it stay readable). Returns TRUE. */
static gboolean
finish_record (SirkelDelimited *self)
{
  for (guint i = 0; i < self->n_fields; i++)
    self->fields[i].text = self->record + self->offsets[i];
  return TRUE;
}

/**
 * sirkel_delimited_next:
 *
 * Reads the next record. A blank line is a record with no fields.
 *
 * Returns: %TRUE when a record was read; %FALSE at the end of the text (@error unset) or on
 *   a shape, size or encoding error (@error set, naming the line)
 */
gboolean
sirkel_delimited_next (SirkelDelimited  *self,
                       GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  self->n_fields = 0;
  self->record_len = 0;
  if (self->pos >= self->len)
    return FALSE;
  self->record_line = self->line;
  if (is_line_end (self->text[self->pos]))
    {
      skip_line (self);
      return TRUE;
    }

  for (;;)
    {
      SirkelField field;
      gsize offset = self->record_len;
      char ch;

      if (self->n_fields >= SIRKEL_IMPORT_MAX_COLUMNS)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                       _("Line %u: more than %u columns."), self->record_line,
                       (guint) SIRKEL_IMPORT_MAX_COLUMNS);
          return !finish_record (self);
        }
      if (self->pos < self->len && self->text[self->pos] == '"')
        {
          if (!read_quoted (self, &field, error))
            return !finish_record (self);
        }
      else if (!read_unquoted (self, &field, error))
        return !finish_record (self);
      if (self->n_fields == self->n_allocated)
        {
          self->n_allocated *= 2;
          self->fields = g_renew (SirkelField, self->fields, self->n_allocated);
          self->offsets = g_renew (gsize, self->offsets, self->n_allocated);
        }
      self->offsets[self->n_fields] = offset;
      self->fields[self->n_fields++] = field;

      if (self->pos >= self->len)
        return finish_record (self);
      ch = self->text[self->pos];
      self->pos++;
      if (ch == self->separator)
        continue;
      if (ch == '\r' && self->pos < self->len && self->text[self->pos] == '\n')
        self->pos++;
      self->line++;
      return finish_record (self);
    }
}

guint
sirkel_delimited_get_line (SirkelDelimited *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

guint
sirkel_delimited_get_n_fields (SirkelDelimited *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_fields;
}

/**
 * sirkel_delimited_get_fields:
 *
 * Returns: (transfer none): the current record's fields, valid until the next record
 */
SirkelField *
sirkel_delimited_get_fields (SirkelDelimited *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->fields;
}

static gboolean
is_blank_text (const char *text,
               gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

/* TRUE for a blank line, or one holding nothing but separators and empty fields. */
gboolean
sirkel_delimited_is_blank (SirkelDelimited *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->n_fields; i++)
    {
      SirkelField *field = &self->fields[i];

      if (!is_blank_text (field->text, field->len))
        return FALSE;
    }
  return TRUE;
}

/* Drops empty fields at the end of the record (a header's trailing separator); keeps one. */
guint
sirkel_delimited_trim_trailing (SirkelDelimited *self)
{
  guint dropped = 0;

  g_return_val_if_fail (self != NULL, 0);

  while (self->n_fields > 1)
    {
      SirkelField *last = &self->fields[self->n_fields - 1];

      if (!is_blank_text (last->text, last->len))
        break;
      self->n_fields--;
      dropped++;
    }
  return dropped;
}

/**
 * sirkel_delimited_fit:
 *
 * Checks that the record has @expected fields. Extra fields are accepted when they are all
 * empty (a trailing separator: one warning per file) and then dropped; anything else is a
 * ragged row and a shape error.
 */
gboolean
sirkel_delimited_fit (SirkelDelimited  *self,
                      guint             expected,
                      GError          **error)
{
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);

  n = self->n_fields;
  if (n > expected)
    {
      gboolean empty = TRUE;

      for (guint i = expected; i < n && empty; i++)
        {
          SirkelField *field = &self->fields[i];

          empty = is_blank_text (field->text, field->len);
        }
      if (empty)
        {
          if (!self->warned_trailing)
            warn (self, _("Line %u: a trailing separator was ignored."), self->record_line);
          self->warned_trailing = TRUE;
          self->n_fields = expected;
          return TRUE;
        }
    }
  if (n != expected)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                   _("Line %u: expected %u fields, found %u."), self->record_line, expected, n);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Value cells
 * ------------------------------------------------------------------------------------------ */

static gboolean
set_value_error (SirkelDelimited  *self,
                 const char       *column_name,
                 const char       *cell,
                 gboolean          grouped,
                 GError          **error)
{
  g_autofree char *shown = sirkel_delimited_shorten (cell);

  if (grouped)
    g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                 _("Line %u, column “%s”: “%s” looks like a number with thousands separators, "
                   "which Sirkel does not guess at."), self->record_line, column_name, shown);
  else
    g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE,
                 _("Line %u, column “%s”: “%s” is neither a number nor a missing-value symbol."),
                 self->record_line, column_name, shown);
  return FALSE;
}

/**
 * sirkel_delimited_read_value:
 * @column: the column's index, for its decimal-mark record
 *
 * Reads a value cell (DATA-FORMATS.md §1.3): a number with '.' or, when the cell is not
 * separated by commas, a decimal comma; each column remembers the marks it has seen and
 * warns once when it mixes them. No thousands separators: "1 234" and "1.234,5" are
 * refused. A cell without digits is a symbol for the caller to map.
 *
 * Returns: %FALSE for a cell with digits that is not a plain number
 */
gboolean
sirkel_delimited_read_value (SirkelDelimited    *self,
                             guint               column,
                             const char         *column_name,
                             const SirkelField  *field,
                             SirkelCellKind     *kind,
                             double             *value,
                             GError            **error)
{
  const char *text, *p, *end;
  guint dots = 0, commas = 0;
  gboolean digits = FALSE, inner_space = FALSE, seen_digit = FALSE;
  guint8 mark;

  g_return_val_if_fail (self != NULL && field != NULL && kind != NULL && value != NULL, FALSE);

  text = field->text;
  p = text;
  end = text + field->len;
  while (p < end && g_ascii_isspace (*p))
    p++;
  while (end > p && g_ascii_isspace (end[-1]))
    end--;
  if (p == end)
    {
      *kind = SIRKEL_CELL_EMPTY;
      return TRUE;
    }
  /* A trailing per cent sign may be set off by a space; other spaces inside are grouping. */
  if (end[-1] == '%')
    {
      end--;
      while (end > p && g_ascii_isspace (end[-1]))
        end--;
    }
  for (const char *q = p; q < end; q++)
    {
      if (g_ascii_isdigit (*q))
        digits = seen_digit = TRUE;
      else if (*q == '.')
        dots++;
      else if (*q == ',')
        commas++;
      else if (seen_digit && (*q == ' ' || (guchar) *q == 0xC2 || (guchar) *q == 0xE2))
        inner_space = TRUE;
    }
  if (!digits)
    {
      *kind = SIRKEL_CELL_SYMBOL;
      return TRUE;
    }
  if (inner_space || (dots > 0 && commas > 0) || dots > 1 || commas > 1)
    return set_value_error (self, column_name, text, TRUE, error);
  if (commas > 0 && self->separator == ',' && !field->quoted)
    return set_value_error (self, column_name, text, FALSE, error);
  if (!sirkel_parse_number (text, commas > 0 ? ',' : '.', value))
    return set_value_error (self, column_name, text, FALSE, error);

  *kind = SIRKEL_CELL_NUMBER;
  if (dots == 0 && commas == 0)
    return TRUE;
  if (column >= SIRKEL_IMPORT_MAX_COLUMNS)
    return TRUE;
  if (self->marks->len <= column)
    {
      guint old = self->marks->len;

      g_byte_array_set_size (self->marks, column + 1);
      memset (self->marks->data + old, 0, column + 1 - old);
    }
  mark = self->marks->data[column] | (commas > 0 ? MARK_COMMA : MARK_DOT);
  if ((mark & MARK_DOT) && (mark & MARK_COMMA) && !(mark & MARK_WARNED))
    {
      warn (self, _("Line %u: column “%s” mixes “.” and “,” as decimal marks; each cell was "
                    "read by its own mark."), self->record_line, column_name);
      mark |= MARK_WARNED;
    }
  self->marks->data[column] = mark;
  return TRUE;
}

/**
 * sirkel_delimited_check_cells:
 * @cells: the number of observations made so far
 *
 * Refuses a table over SIRKEL_IMPORT_MAX_CELLS and checks @cancellable every 4096 cells.
 */
gboolean
sirkel_delimited_check_cells (SirkelDelimited  *self,
                              guint64           cells,
                              GCancellable     *cancellable,
                              GError          **error)
{
  if (cells > SIRKEL_IMPORT_MAX_CELLS)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("Line %u: the file holds more cells than Sirkel reads."),
                   self != NULL ? self->record_line : 0);
      return FALSE;
    }
  if (cells % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return TRUE;
}
