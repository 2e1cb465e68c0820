/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PC-Axis syntax layer: bytes to text to statements (SCB "PX-file format specification",
 * 2013; DATA-FORMATS.md §4). sirkel-px-reader.c gives them meaning.
 *
 * Encoding: CHARSET and CODEPAGE are read from the raw bytes first (they are ASCII), then
 * the text is decoded as declared, cross-checked: a "utf-8" file that is not valid UTF-8 is
 * read as Windows-1252, and a single-byte CODEPAGE on text that is valid UTF-8 with
 * multi-byte letters keeps the CODEPAGE; both with a warning. A UTF-8 BOM beats a
 * single-byte CODEPAGE (with a warning). The user's override wins; without a declaration
 * the encoding is detected. NUL bytes are refused with their line.
 *
 * Statements: a file is a sequence of statements `KEYWORD[lang]("sub1","sub2")=value;`,
 * each ending at a ';' outside quotes. A value is a list of quoted strings and bare words
 * (numbers, YES/NO, CODES…) separated by commas, or TLIST(A1), TLIST(A1,"2019"-"2022")
 * followed by strings or a range. Quoted pieces separated only by white space are one
 * string, joined with nothing between (a split may fall mid-word); quotes may hold raw line
 * breaks, stored as "\n". PX has no escape for '"' inside a string.
 *
 * DATA is not stored: the lexer counts its values so the reader can compare the count with
 * the cube size before it allocates anything, and the reader walks it again with a cursor.
 *
 * Leniency: a syntax error in a statement whose keyword the reader does not use becomes a
 * warning and the lexer skips to the next ';'; in a statement the reader needs it is an
 * error naming the line. An unterminated quote or an oversized string is always an error.
 * Time and memory are linear in the file: every quote is found with memchr, every piece is
 * bounded by SIRKEL_IMPORT_MAX_FIELD, and unused statements are dropped as soon as parsed.
 */
#define G_LOG_DOMAIN "sirkel-px-lexer"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-px-lexer.h"
#include "sirkel-readers.h"

#define MAX_KEYWORD      64
#define MAX_LANG         32
#define MAX_SUBKEYS      16
#define HEADER_SCAN      (1024 * 1024)

typedef struct
{
  const char        *text;
  const char        *p;      /* the next byte to read; text <= p <= end */
  const char        *end;
  guint              line;   /* the line p is on */
  SirkelImportTable *table;  /* for warnings */
} Lexer;

/* The keywords sirkel-px-reader.c reads; every other statement is checked and dropped. */
static const char * const used_keywords[] = {
  "CHARSET", "CODEPAGE", "LANGUAGE", "MATRIX", "TABLEID", "TITLE", "DESCRIPTION", "CONTENTS",
  "UNITS", "DECIMALS", "SHOWDECIMALS", "PRECISION", "SOURCE", "STUB", "HEADING", "VALUES",
  "CODES", "VARIABLECODE", "VARIABLE-TYPE", "TIMEVAL", "CONTVARIABLE", "DATASYMBOL1",
  "DATASYMBOL2", "DATASYMBOL3", "DATASYMBOL4", "DATASYMBOL5", "DATASYMBOL6", "DATASYMBOLNIL",
  "DATASYMBOLSUM", "KEYS", "NOTE",
};

static void
statement_free (gpointer data)
{
  SirkelPxStatement *statement = data;

  if (statement == NULL)
    return;
  g_free (statement->keyword);
  g_free (statement->lang);
  g_strfreev (statement->subkeys);
  g_ptr_array_unref (statement->items);
  g_free (statement->tlist);
  g_free (statement);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelPxStatement, statement_free)

static gboolean
keyword_is_used (const char *keyword)
{
  for (guint i = 0; i < G_N_ELEMENTS (used_keywords); i++)
    if (g_str_equal (keyword, used_keywords[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_keyword_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

static gboolean
is_word_char (char c)
{
  return !g_ascii_isspace (c) && strchr (",;\"()[]=", c) == NULL;
}

/* ------------------------------------------------------------------------------------------
 * Statements
 * ------------------------------------------------------------------------------------------ */

/* LF, CR LF and a lone CR each end a line. */
static guint
count_breaks (const char *from,
              const char *to,
              const char *limit)
{
  guint n = 0;

  for (const char *q = from; q < to; q++)
    if (*q == '\n' || (*q == '\r' && (q + 1 >= limit || q[1] != '\n')))
      n++;
  return n;
}

static void
advance_to (Lexer      *lx,
            const char *to)
{
  lx->line += count_breaks (lx->p, to, lx->end);
  lx->p = to;
}

static void
skip_space (Lexer *lx)
{
  const char *q = lx->p;

  while (q < lx->end && g_ascii_isspace (*q))
    q++;
  advance_to (lx, q);
}

/* The character at @p for a message: one UTF-8 character, or "end of file". */
static char *
describe_char (const char *p,
               const char *end)
{
  if (p >= end)
    return g_strdup (_("the end of the file"));
  return g_strndup (p, g_utf8_next_char (p) - p);
}

static gboolean
syntax_error (Lexer                   *lx,
              const SirkelPxStatement *statement,
              GError                 **error)
{
  g_autofree char *found = describe_char (lx->p, lx->end);

  if (lx->p >= lx->end)
    g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                 _("Line %u: the statement %s does not end with “;”."), statement->line,
                 statement->keyword);
  else
    g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                 _("Line %u: unexpected “%s” in the statement %s."), lx->line, found,
                 statement->keyword);
  return FALSE;
}

static void
append_text (GString    *out,
             const char *p,
             gsize       len)
{
  const char *end = p + len;

  if (memchr (p, '\r', len) == NULL)
    {
      g_string_append_len (out, p, len);
      return;
    }
  for (; p < end; p++)
    {
      if (*p != '\r')
        g_string_append_c (out, *p);
      else if (p + 1 >= end || p[1] != '\n')
        g_string_append_c (out, '\n');
    }
}

/* Reads a quoted string at lx->p, with the pieces that follow it after white space only. */
static char *
read_quoted (Lexer   *lx,
             GError **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint start_line = lx->line;

  g_assert (lx->p < lx->end && *lx->p == '"');
  for (;;)
    {
      const char *close = memchr (lx->p + 1, '"', lx->end - lx->p - 1);
      gsize piece;

      if (close == NULL)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("Line %u: a quoted text starts here and has no closing quote."),
                       lx->line);
          return NULL;
        }
      piece = close - lx->p - 1;
      if (piece > SIRKEL_IMPORT_MAX_FIELD - out->len)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                       _("Line %u: a quoted text is longer than %u KB."), start_line,
                       (guint) (SIRKEL_IMPORT_MAX_FIELD / 1024));
          return NULL;
        }
      append_text (out, lx->p + 1, piece);
      advance_to (lx, close + 1);
      skip_space (lx);
      if (lx->p >= lx->end || *lx->p != '"')
        break;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
read_word (Lexer   *lx,
           GError **error)
{
  const char *start = lx->p;

  while (lx->p < lx->end && is_word_char (*lx->p))
    lx->p++;
  if ((gsize) (lx->p - start) > SIRKEL_IMPORT_MAX_FIELD)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("Line %u: a value is longer than %u KB."), lx->line,
                   (guint) (SIRKEL_IMPORT_MAX_FIELD / 1024));
      return NULL;
    }
  return g_strndup (start, lx->p - start);
}

static gboolean
read_quoted_into (Lexer             *lx,
                  SirkelPxStatement *statement,
                  GError           **error)
{
  char *text;

  if (lx->p >= lx->end || *lx->p != '"')
    return syntax_error (lx, statement, error);
  text = read_quoted (lx, error);
  if (text == NULL)
    return FALSE;
  g_ptr_array_add (statement->items, text);
  return TRUE;
}

/* [lang] and ("sub1","sub2"), in either order, then '='. */
static gboolean
lex_key_rest (Lexer             *lx,
              SirkelPxStatement *statement,
              GError           **error)
{
  g_autoptr(GPtrArray) subkeys = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  gboolean have_subkeys = FALSE;

  for (;;)
    {
      skip_space (lx);
      if (lx->p < lx->end && *lx->p == '[' && statement->lang == NULL)
        {
          const char *start = ++lx->p;

          while (lx->p < lx->end && is_keyword_char (*lx->p) && lx->p - start <= MAX_LANG)
            lx->p++;
          if (lx->p >= lx->end || *lx->p != ']' || lx->p == start)
            return syntax_error (lx, statement, error);
          statement->lang = g_strndup (start, lx->p - start);
          lx->p++;
        }
      else if (lx->p < lx->end && *lx->p == '(' && !have_subkeys)
        {
          have_subkeys = TRUE;
          lx->p++;
          for (;;)
            {
              char *subkey;

              skip_space (lx);
              if (lx->p >= lx->end || *lx->p != '"' || subkeys->len >= MAX_SUBKEYS)
                return syntax_error (lx, statement, error);
              subkey = read_quoted (lx, error);
              if (subkey == NULL)
                return FALSE;
              g_ptr_array_add (subkeys, subkey);
              skip_space (lx);
              if (lx->p < lx->end && *lx->p == ',')
                {
                  lx->p++;
                  continue;
                }
              if (lx->p < lx->end && *lx->p == ')')
                {
                  lx->p++;
                  break;
                }
              return syntax_error (lx, statement, error);
            }
        }
      else
        break;
    }
  if (lx->p >= lx->end || *lx->p != '=')
    return syntax_error (lx, statement, error);
  lx->p++;
  statement->subkeys = (char **) g_ptr_array_free (g_steal_pointer (&subkeys), FALSE);
  return TRUE;
}

/* At '(' after TLIST: the time scale, and optionally ,"from"-"to" inside the parentheses. */
static gboolean
lex_tlist (Lexer             *lx,
           SirkelPxStatement *statement,
           GError           **error)
{
  g_autofree char *scale = NULL;

  lx->p++;
  skip_space (lx);
  scale = read_word (lx, error);
  if (scale == NULL)
    return FALSE;
  if (*scale == '\0')
    return syntax_error (lx, statement, error);
  statement->tlist = g_ascii_strup (scale, -1);
  skip_space (lx);
  if (lx->p < lx->end && *lx->p == ',')
    {
      lx->p++;
      skip_space (lx);
      if (!read_quoted_into (lx, statement, error))
        return FALSE;
      if (lx->p >= lx->end || *lx->p != '-')
        return syntax_error (lx, statement, error);
      lx->p++;
      skip_space (lx);
      if (!read_quoted_into (lx, statement, error))
        return FALSE;
    }
  if (lx->p >= lx->end || *lx->p != ')')
    return syntax_error (lx, statement, error);
  lx->p++;
  return TRUE;
}

static gboolean
lex_value (Lexer             *lx,
           SirkelPxStatement *statement,
           GError           **error)
{
  skip_space (lx);
  if (lx->p < lx->end && *lx->p == ';')
    {
      lx->p++;
      return TRUE;
    }
  for (;;)
    {
      skip_space (lx);
      if (lx->p >= lx->end)
        return syntax_error (lx, statement, error);
      if (*lx->p == '"')
        {
          if (!read_quoted_into (lx, statement, error))
            return FALSE;
        }
      else if (is_word_char (*lx->p))
        {
          char *word = read_word (lx, error);

          if (word == NULL)
            return FALSE;
          skip_space (lx);
          if (g_ascii_strcasecmp (word, "TLIST") == 0 && statement->items->len == 0 &&
              statement->tlist == NULL && lx->p < lx->end && *lx->p == '(')
            {
              g_free (word);
              if (!lex_tlist (lx, statement, error))
                return FALSE;
            }
          else
            g_ptr_array_add (statement->items, word);
        }
      else
        return syntax_error (lx, statement, error);

      skip_space (lx);
      /* A range after the parenthesis: TLIST(A1),"2019"-"2022". */
      while (lx->p < lx->end && *lx->p == '-' && statement->tlist != NULL)
        {
          lx->p++;
          skip_space (lx);
          if (!read_quoted_into (lx, statement, error))
            return FALSE;
          skip_space (lx);
        }
      if (lx->p < lx->end && *lx->p == ';')
        {
          lx->p++;
          return TRUE;
        }
      if (lx->p < lx->end && *lx->p == ',')
        {
          lx->p++;
          continue;
        }
      return syntax_error (lx, statement, error);
    }
}

/* After a statement the reader cannot use broke: on to the next ';' outside quotes. */
static gboolean
resync (Lexer   *lx,
        GError **error)
{
  while (lx->p < lx->end)
    {
      if (*lx->p == ';')
        {
          lx->p++;
          return TRUE;
        }
      if (*lx->p == '"')
        {
          const char *close = memchr (lx->p + 1, '"', lx->end - lx->p - 1);

          if (close == NULL)
            {
              g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                           _("Line %u: a quoted text starts here and has no closing quote."),
                           lx->line);
              return FALSE;
            }
          advance_to (lx, close + 1);
          continue;
        }
      advance_to (lx, lx->p + 1);
    }
  return TRUE;
}

static gboolean
lex_data (Lexer         *lx,
          SirkelPxFile  *file,
          guint          line,
          GCancellable  *cancellable,
          GError       **error)
{
  SirkelPxDataCursor cursor = { lx->p, lx->end, lx->line };
  const char *token;
  gsize token_len;
  gboolean quoted;
  guint token_line;
  int step;

  if (file->has_data)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: the file has a second DATA section."), line);
      return FALSE;
    }
  file->has_data = TRUE;
  file->data_line = line;
  file->data_start = lx->p - lx->text;
  file->data_start_line = lx->line;
  while ((step = sirkel_px_data_next (&cursor, &token, &token_len, &quoted, &token_line,
                                      error)) > 0)
    {
      file->data_tokens++;
      if ((file->data_tokens & 0xFFFF) == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  if (step < 0)
    return FALSE;
  file->data_end = cursor.p - lx->text;
  file->data_terminated = cursor.p < lx->end;
  lx->p = cursor.p < lx->end ? cursor.p + 1 : cursor.p;
  lx->line = cursor.line;
  return TRUE;
}

static gboolean
lex_statement (Lexer         *lx,
               SirkelPxFile  *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(SirkelPxStatement) statement = NULL;
  g_autoptr(GError) local = NULL;
  const char *start = lx->p;
  gboolean used;

  while (lx->p < lx->end && is_keyword_char (*lx->p))
    lx->p++;
  if (lx->p == start)
    {
      g_autofree char *found = describe_char (lx->p, lx->end);

      sirkel_import_table_warn (lx->table, _("Line %u: expected a keyword, found “%s”; the text "
                                             "up to the next “;” was skipped."), lx->line, found);
      return resync (lx, error);
    }
  if (lx->p - start > MAX_KEYWORD)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                   _("Line %u: a keyword is longer than %u characters."), lx->line, MAX_KEYWORD);
      return FALSE;
    }
  statement = g_new0 (SirkelPxStatement, 1);
  statement->keyword = g_ascii_strup (start, lx->p - start);
  statement->items = g_ptr_array_new_with_free_func (g_free);
  statement->line = lx->line;
  used = keyword_is_used (statement->keyword) || g_str_equal (statement->keyword, "DATA");

  if (!lex_key_rest (lx, statement, &local))
    goto failed;
  if (g_str_equal (statement->keyword, "DATA"))
    return lex_data (lx, file, statement->line, cancellable, error);
  if (!lex_value (lx, statement, &local))
    goto failed;
  if (used)
    g_ptr_array_add (file->statements, g_steal_pointer (&statement));
  return TRUE;

failed:
  if (used || !g_error_matches (local, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  /* A keyword Sirkel does not read: its odd syntax costs only this statement. */
  sirkel_import_table_warn (lx->table, _("%s The statement was skipped."), local->message);
  return resync (lx, error);
}

/**
 * sirkel_px_lex:
 * @text: UTF-8 text without a BOM
 * @table: where warnings go
 * @file: (out caller-allocates): the statements and where DATA is; clear with
 *   sirkel_px_file_clear () whatever the result
 *
 * Returns: %FALSE with @error set on a syntax error in a statement the reader needs, an
 *   unterminated quote, an oversized string or cancellation
 */
gboolean
sirkel_px_lex (const char         *text,
               gsize               len,
               SirkelImportTable  *table,
               GCancellable       *cancellable,
               SirkelPxFile       *file,
               GError            **error)
{
  Lexer lx = { text, text, text + len, 1, table };
  guint count = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  memset (file, 0, sizeof *file);
  file->statements = g_ptr_array_new_with_free_func (statement_free);
  for (;;)
    {
      skip_space (&lx);
      if (lx.p >= lx.end)
        return TRUE;
      if ((++count & 0xFFF) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!lex_statement (&lx, file, cancellable, error))
        return FALSE;
    }
}

void
sirkel_px_file_clear (SirkelPxFile *file)
{
  g_clear_pointer (&file->statements, g_ptr_array_unref);
}

/**
 * sirkel_px_statement_get_text:
 *
 * Returns: (transfer none): the first string of the value, or ""
 */
const char *
sirkel_px_statement_get_text (const SirkelPxStatement *statement)
{
  g_return_val_if_fail (statement != NULL, "");

  return statement->items->len > 0 ? g_ptr_array_index (statement->items, 0) : "";
}

void
sirkel_px_data_cursor_init (SirkelPxDataCursor *cursor,
                            const char         *text,
                            const SirkelPxFile *file)
{
  cursor->p = text + file->data_start;
  cursor->end = text + file->data_end;
  cursor->line = file->data_start_line;
}

/**
 * sirkel_px_data_next:
 * @token: (out) (transfer none): the value, without its quotes; not NUL-terminated
 * @line: (out): the line the value is on
 *
 * Values are separated by white space or commas (PC-Axis has always accepted both); DATA
 * ends at ';' or at the cursor's end.
 *
 * Returns: 1 for a value, 0 at the end, -1 with @error set for a quote without its pair
 */
int
sirkel_px_data_next (SirkelPxDataCursor  *cursor,
                     const char         **token,
                     gsize               *token_len,
                     gboolean            *quoted,
                     guint               *line,
                     GError             **error)
{
  const char *p = cursor->p;
  const char *end = cursor->end;
  const char *start;

  while (p < end && (g_ascii_isspace (*p) || *p == ','))
    {
      if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
        cursor->line++;
      p++;
    }
  cursor->p = p;
  if (p >= end || *p == ';')
    return 0;
  *line = cursor->line;
  if (*p == '"')
    {
      const char *close = memchr (p + 1, '"', end - p - 1);

      if (close == NULL)
        {
          g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE,
                       _("Line %u: a quoted value in DATA has no closing quote."), cursor->line);
          return -1;
        }
      *token = p + 1;
      *token_len = close - p - 1;
      *quoted = TRUE;
      cursor->line += count_breaks (p, close, end);
      cursor->p = close + 1;
      return 1;
    }
  start = p;
  while (p < end && !g_ascii_isspace (*p) && *p != ',' && *p != ';' && *p != '"')
    p++;
  *token = start;
  *token_len = p - start;
  *quoted = FALSE;
  cursor->p = p;
  return 1;
}

/* ------------------------------------------------------------------------------------------
 * Encoding and sniffing: raw bytes
 * ------------------------------------------------------------------------------------------ */

/**
 * sirkel_px_line_at:
 *
 * Returns: the line (from 1) of byte @offset in @text
 */
guint
sirkel_px_line_at (const char *text,
                   gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n'))
      line++;
  return line;
}

/* CHARSET and CODEPAGE from the raw bytes, before anything is decoded: the statements are
 * ASCII in every encoding a .px file uses. Stops at DATA or after the first MiB. */
static void
scan_header (const guint8  *data,
             gsize          len,
             char         **charset,
             char         **codepage)
{
  const guint8 *p = data, *end = data + MIN (len, HEADER_SCAN);

  if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    p += 3;
  while (p < end)
    {
      const guint8 *start;
      g_autofree char *keyword = NULL;

      while (p < end && g_ascii_isspace (*p))
        p++;
      start = p;
      while (p < end && (g_ascii_isalnum (*p) || *p == '-'))
        p++;
      keyword = g_ascii_strup ((const char *) start, p - start);
      if (g_str_equal (keyword, "DATA"))
        return;
      while (p < end && (*p == ' ' || *p == '\t'))
        p++;
      if (p < end && *p == '=' && (g_str_equal (keyword, "CHARSET") ||
                                   g_str_equal (keyword, "CODEPAGE")))
        {
          char **slot = g_str_equal (keyword, "CHARSET") ? charset : codepage;

          p++;
          while (p < end && (*p == ' ' || *p == '\t'))
            p++;
          if (p < end && *p == '"' && *slot == NULL)
            {
              const guint8 *close = memchr (p + 1, '"', MIN (end - p - 1, 64));

              /* Raw, undecoded bytes: made valid UTF-8 before they can reach a message. */
              if (close != NULL)
                *slot = g_strstrip (g_utf8_make_valid ((const char *) p + 1, close - p - 1));
            }
        }
      /* On to the next ';' outside quotes. */
      while (p < end && *p != ';')
        {
          if (*p == '"')
            {
              const guint8 *close = memchr (p + 1, '"', end - p - 1);

              if (close == NULL)
                return;
              p = close;
            }
          p++;
        }
      p++;
    }
}

/* The encoding a CODEPAGE names, in sirkel_text_decode's spelling; NULL if unknown. */
static const char *
codepage_encoding (const char *codepage)
{
  static const struct { const char *name; const char *encoding; } names[] = {
    { "utf-8", "UTF-8" }, { "utf8", "UTF-8" },
    { "iso-8859-1", "ISO-8859-1" }, { "iso8859-1", "ISO-8859-1" }, { "iso_8859-1", "ISO-8859-1" },
    { "latin1", "ISO-8859-1" }, { "latin-1", "ISO-8859-1" }, { "8859-1", "ISO-8859-1" },
    { "windows-1252", "WINDOWS-1252" }, { "cp1252", "WINDOWS-1252" },
    { "win-1252", "WINDOWS-1252" }, { "1252", "WINDOWS-1252" }, { "ansi", "WINDOWS-1252" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (codepage, names[i].name) == 0)
      return names[i].encoding;
  return NULL;
}

static gboolean
has_high_bytes (const guint8 *data,
                gsize         len)
{
  for (gsize i = 0; i < len; i++)
    if (data[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/**
 * sirkel_px_decode:
 * @override: (nullable): the user's encoding, or %NULL/"auto"
 * @table: gets the encoding found and the warnings
 * @len_out: (out): the length of the text
 *
 * Decodes a .px file as its CHARSET/CODEPAGE say, cross-checked (see the file comment).
 *
 * Returns: (transfer full): NUL-terminated UTF-8 without a BOM, or %NULL with @error set
 */
char *
sirkel_px_decode (GBytes             *bytes,
                  const char         *override,
                  SirkelImportTable  *table,
                  gsize              *len_out,
                  GError            **error)
{
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  g_autofree char *charset = NULL;
  g_autofree char *codepage = NULL;
  g_autofree char *found = NULL;
  const char *use = NULL;
  const guint8 *nul;
  gboolean bom = len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;
  gboolean automatic = override == NULL || *override == '\0' ||
                       g_ascii_strcasecmp (override, "auto") == 0;
  char *text;

  if (data == NULL)
    data = (const guint8 *) "";
  /* A .px file is single-byte or UTF-8 text: a NUL is never part of it. */
  nul = memchr (data, 0, len);
  if (nul != NULL && (automatic || g_ascii_strncasecmp (override, "UTF-16", 6) != 0))
    {
      g_autofree char *head = g_strndup ((const char *) data, nul - data);

      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                   _("Line %u: the file contains a NUL byte, which a PC-Axis file never has."),
                   sirkel_px_line_at (head, nul - data));
      return NULL;
    }

  scan_header (data, len, &charset, &codepage);
  if (!automatic)
    use = override;
  else if (codepage != NULL)
    {
      const char *declared = codepage_encoding (codepage);
      gboolean valid = g_utf8_validate_len ((const char *) data, len, NULL);

      if (declared == NULL)
        sirkel_import_table_warn (table, _("CODEPAGE “%s” is not an encoding Sirkel knows; "
                                              "the encoding was detected instead."), codepage);
      else if (bom && !g_str_equal (declared, "UTF-8"))
        sirkel_import_table_warn (table, _("CODEPAGE says “%s” but the file starts with a "
                                              "UTF-8 byte order mark; it was read as UTF-8."),
                                  codepage);
      else if (g_str_equal (declared, "UTF-8") && !valid)
        {
          sirkel_import_table_warn (table, _("CODEPAGE says “%s” but the file is not valid "
                                                "UTF-8; it was read as Windows-1252."), codepage);
          use = "WINDOWS-1252";
        }
      else
        {
          if (!g_str_equal (declared, "UTF-8") && valid && has_high_bytes (data, len))
            sirkel_import_table_warn (table, _("CODEPAGE says “%s” but the letters look like "
                                                  "UTF-8; the file was read as CODEPAGE says. "
                                                  "Check letters such as æ, ø and å."), codepage);
          use = declared;
        }
    }

  text = sirkel_text_decode (data, len, use, &found, len_out, error);
  if (text == NULL)
    return NULL;
  g_free (table->encoding);
  table->encoding = g_steal_pointer (&found);
  if (sirkel_text_looks_mojibake (text, *len_out))
    sirkel_import_table_warn (table, _("Letters such as “Ã¸” suggest the file was read with "
                                          "the wrong encoding (%s); choose another encoding."),
                              table->encoding);
  return text;
}

/**
 * sirkel_px_sniff:
 *
 * Returns: %TRUE if the file starts like a PC-Axis file: a keyword statement, and a keyword
 *   only PC-Axis uses first or among the first statements
 */
gboolean
sirkel_px_sniff (const guint8 *data,
                 gsize         len)
{
  static const char * const first[] = { "CHARSET", "AXIS-VERSION", "CODEPAGE", "LANGUAGE",
                                         "LANGUAGES", "CREATION-DATE", "NEXT-UPDATE",
                                         "PX-SERVER", "DIRECTORY-PATH", "UPDATE-FREQUENCY",
                                         "TABLEID", "SYNONYMS", "DEFAULT-GRAPH", "DECIMALS",
                                         "SHOWDECIMALS", "MATRIX", "SUBJECT-CODE", "SUBJECT-AREA",
                                         "COPYRIGHT", "DESCRIPTION", "TITLE", "CONTENTS", "UNITS",
                                         "STUB", "HEADING", "CONTVARIABLE", "VALUES", NULL };
  static const char * const anchors[] = { "STUB=", "HEADING=", "MATRIX=", "VALUES(", NULL };
  const guint8 *p = data, *end;
  char keyword[32];
  gsize n = 0;

  if (data == NULL)
    return FALSE;
  end = data + MIN (len, 8192);
  if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  while (p < end && (g_ascii_isupper (*p) || g_ascii_isdigit (*p) || *p == '-') &&
         n < sizeof keyword - 1)
    keyword[n++] = *p++;
  keyword[n] = '\0';
  if (n < 2 || !g_ascii_isupper (keyword[0]))
    return FALSE;
  if (p < end && *p == '[')
    {
      const guint8 *close = memchr (p, ']', MIN (end - p, 40));

      if (close == NULL)
        return FALSE;
      p = close + 1;
    }
  if (p < end && *p == '(')
    {
      const guint8 *close = memchr (p, ')', end - p);

      if (close == NULL)
        return FALSE;
      p = close + 1;
    }
  if (p >= end || *p != '=')
    return FALSE;
  if (g_strv_contains (first, keyword))
    return TRUE;
  for (guint a = 0; anchors[a] != NULL; a++)
    {
      gsize alen = strlen (anchors[a]);

      for (const guint8 *q = data; q + alen + 1 <= end; q++)
        if ((*q == '\n' || *q == ';') && memcmp (q + 1, anchors[a], alen) == 0)
          return TRUE;
    }
  return FALSE;
}
