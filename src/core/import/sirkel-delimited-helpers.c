/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The small helpers the four delimited readers share besides the tokenizer itself (see
 * sirkel-delimited.h): message-sized cell text, sex labels, the "KEY=code" dims string,
 * geography cells and the padding of codes that lost their zeros, and the cheap look at a
 * file's first bytes that the sniffers use. Plain functions, no state.
 */
#define G_LOG_DOMAIN "sirkel-delimited-helpers"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-delimited.h"

#define HEAD_BYTES  4096
#define HEAD_LINES  12

/**
 * sirkel_delimited_shorten:
 *
 * Returns: (transfer full): @text cut to 40 characters for a message
 */
char *
sirkel_delimited_shorten (const char *text)
{
  const char *end;

  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (text, 41) <= 40)
    return g_strdup (text);
  end = g_utf8_offset_to_pointer (text, 40);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* ------------------------------------------------------------------------------------------
 * Shared reader helpers
 * ------------------------------------------------------------------------------------------ */

/**
 * sirkel_delimited_sex_from_text:
 *
 * Returns: 0 both, 1 men/boys, 2 women/girls from a code ("0"–"2"), a label in Norwegian or
 *   English, or "code label"; -1 when @text is none of these
 */
int
sirkel_delimited_sex_from_text (const char *text)
{
  static const struct { const char *label; int sex; } labels[] = {
    { "begge kjønn", 0 }, { "kjønn samlet", 0 }, { "begge", 0 }, { "alle", 0 },
    { "alle kjønn", 0 }, { "samlet", 0 }, { "i alt", 0 }, { "total", 0 }, { "both", 0 },
    { "both sexes", 0 }, { "all", 0 }, { "menn", 1 }, { "mann", 1 }, { "gutter", 1 },
    { "gutt", 1 }, { "men", 1 }, { "males", 1 }, { "male", 1 }, { "boys", 1 }, { "m", 1 },
    { "kvinner", 2 }, { "kvinne", 2 }, { "jenter", 2 }, { "jente", 2 }, { "women", 2 },
    { "females", 2 }, { "female", 2 }, { "girls", 2 }, { "k", 2 }, { "f", 2 },
  };
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;
  const char *space;

  if (text == NULL)
    return -1;
  stripped = g_strstrip (g_strdup (text));
  if (g_str_equal (stripped, "0") || g_str_equal (stripped, "1") || g_str_equal (stripped, "2"))
    return stripped[0] - '0';
  /* "1 Menn": SSB's code-and-label cells. */
  space = strchr (stripped, ' ');
  if (space == stripped + 1 && stripped[0] >= '0' && stripped[0] <= '2')
    return stripped[0] - '0';
  folded = g_utf8_casefold (stripped, -1);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (folded, labels[i].label))
      return labels[i].sex;
  return -1;
}

static int
compare_pair_keys (gconstpointer a,
                   gconstpointer b)
{
  const char * const *pa = a, * const *pb = b;

  return strcmp (pa[0], pb[0]);
}

static void
append_clean (GString    *out,
              const char *text,
              gboolean    key)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      /* ';' and '=' structure the dims string: never let a code break it. */
      if (*p == ';')
        g_string_append_c (out, key ? '_' : ',');
      else if (*p == '=')
        g_string_append_c (out, key ? '_' : ':');
      else
        g_string_append_c (out, *p);
    }
}

/**
 * sirkel_delimited_join_dims:
 * @pairs: (element-type utf8): key, value, key, value … (not modified)
 *
 * Returns: (transfer none): "KEY=code;KEY=code" sorted by key, interned in @table; "" when
 *   @pairs is empty
 */
const char *
sirkel_delimited_join_dims (SirkelImportTable *table,
                            GPtrArray         *pairs)
{
  g_autoptr(GString) out = NULL;
  g_autofree const char **sorted = NULL;
  guint n;

  g_return_val_if_fail (table != NULL && pairs != NULL && pairs->len % 2 == 0, "");

  n = pairs->len / 2;
  if (n == 0)
    return sirkel_import_table_intern (table, "");
  sorted = g_new (const char *, pairs->len);
  memcpy (sorted, pairs->pdata, pairs->len * sizeof (gpointer));
  g_qsort_with_data (sorted, n, 2 * sizeof (gpointer), (GCompareDataFunc) compare_pair_keys, NULL);
  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      append_clean (out, sorted[2 * i], TRUE);
      g_string_append_c (out, '=');
      append_clean (out, sorted[2 * i + 1], FALSE);
    }
  return sirkel_import_table_intern (table, out->str);
}

static gboolean
all_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/**
 * sirkel_delimited_read_geo:
 * @cell: a geography cell: a code, "code name" ("K-1804 Bodø", "0 Hele landet") or a name
 * @geo_raw: (out): the code as given (the cell's first word when a name follows a code), interned
 * @geo: (out): the normalised code, interned
 *
 * Returns: %FALSE for an empty cell
 */
gboolean
sirkel_delimited_read_geo (SirkelImportTable  *table,
                           const char         *cell,
                           const char        **geo_raw,
                           const char        **geo,
                           SirkelGeoLevel     *level)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *raw = NULL;
  const char *space;

  g_return_val_if_fail (table != NULL && cell != NULL, FALSE);

  raw = g_strstrip (g_strdup (cell));
  if (!sirkel_geo_normalise (raw, FALSE, &code, level, &name))
    return FALSE;
  space = strchr (raw, ' ');
  if (space != NULL && name != NULL && *name != '\0')
    {
      g_autofree char *word = g_strndup (raw, space - raw);

      if (strpbrk (word, "0123456789") != NULL || g_str_has_prefix (word, "K-"))
        {
          g_free (raw);
          raw = g_steal_pointer (&word);
        }
    }
  *geo_raw = sirkel_import_table_intern (table, raw);
  *geo = sirkel_import_table_intern (table, code);
  return TRUE;
}

/**
 * sirkel_delimited_pad_geo:
 * @first: the first observation of this file in @table
 *
 * Applies the rule of DATA-FORMATS.md §6: when no geography code in the file has a leading
 * zero and some have 1, 3 or 5 digits, the column dropped its zeros (FHI kube style), and
 * those codes are normalised again, padded by length. One warning says so.
 */
void
sirkel_delimited_pad_geo (SirkelImportTable *table,
                          guint              first)
{
  gboolean odd = FALSE;
  const char *example = NULL;
  const char *last_raw = NULL, *last_code = NULL;
  SirkelGeoLevel last_level = SIRKEL_GEO_LEVEL_OTHER;

  g_return_if_fail (table != NULL);

  /* Rows come grouped by place, and the cells of a row share their interned geo_raw: a cell
   * with the same geo_raw as the one before needs no second look. */
  for (guint i = first; i < table->observations->len; i++)
    {
      SirkelObservation *obs = &g_array_index (table->observations, SirkelObservation, i);
      gsize len;

      if (obs->geo_raw == last_raw)
        continue;
      last_raw = obs->geo_raw;
      if (!all_digits (obs->geo_raw))
        continue;
      len = strlen (obs->geo_raw);
      if (len >= 2 && obs->geo_raw[0] == '0')
        return;
      if (len % 2 == 1 && len <= 5 && !g_str_equal (obs->geo_raw, "0"))
        {
          odd = TRUE;
          if (example == NULL)
            example = obs->geo_raw;
        }
    }
  if (!odd)
    return;

  last_raw = NULL;
  for (guint i = first; i < table->observations->len; i++)
    {
      SirkelObservation *obs = &g_array_index (table->observations, SirkelObservation, i);
      g_autofree char *code = NULL;
      SirkelGeoLevel level;
      gsize len;

      if (obs->geo_raw != last_raw)
        {
          last_raw = obs->geo_raw;
          last_code = NULL;
          if (!all_digits (obs->geo_raw))
            continue;
          len = strlen (obs->geo_raw);
          if (len % 2 == 0 || len > 5 || g_str_equal (obs->geo_raw, "0"))
            continue;
          if (!sirkel_geo_normalise (obs->geo_raw, TRUE, &code, &level, NULL))
            continue;
          last_code = sirkel_import_table_intern (table, code);
          last_level = level;
        }
      if (last_code == NULL)
        continue;
      obs->geo = last_code;
      /* A sentinel level set by the reader stays. */
      if (obs->geo_level != SIRKEL_GEO_LEVEL_UNKNOWN)
        obs->geo_level = last_level;
    }
  {
    g_autofree char *code = NULL;
    SirkelGeoLevel level;

    if (sirkel_geo_normalise (example, TRUE, &code, &level, NULL))
      sirkel_import_table_warn (table, _("The geography codes have lost their leading zeros; "
                                         "they were restored by length (“%s” → “%s”)."),
                                example, code);
  }
}

/**
 * sirkel_delimited_drop_dim:
 *
 * Removes "@key=…" from the dims of the observations from @first on (a dimension that turned
 * out to have one value in the whole file).
 */
void
sirkel_delimited_drop_dim (SirkelImportTable *table,
                           guint              first,
                           const char        *key)
{
  g_autoptr(GHashTable) rewritten = NULL;
  g_autofree char *prefix = NULL;

  g_return_if_fail (table != NULL && key != NULL);

  rewritten = g_hash_table_new (g_direct_hash, g_direct_equal);
  prefix = g_strconcat (key, "=", NULL);
  for (guint i = first; i < table->observations->len; i++)
    {
      SirkelObservation *obs = &g_array_index (table->observations, SirkelObservation, i);
      const char *cached = g_hash_table_lookup (rewritten, obs->dims);
      g_auto(GStrv) parts = NULL;
      g_autoptr(GString) out = NULL;

      if (cached != NULL)
        {
          obs->dims = cached;
          continue;
        }
      parts = g_strsplit (obs->dims, ";", -1);
      out = g_string_new (NULL);
      for (guint j = 0; parts[j] != NULL; j++)
        {
          if (*parts[j] == '\0' || g_str_has_prefix (parts[j], prefix))
            continue;
          if (out->len > 0)
            g_string_append_c (out, ';');
          g_string_append (out, parts[j]);
        }
      cached = sirkel_import_table_intern (table, out->str);
      g_hash_table_insert (rewritten, (gpointer) obs->dims, (gpointer) cached);
      obs->dims = cached;
    }
}

/* ------------------------------------------------------------------------------------------
 * Sniffing
 * ------------------------------------------------------------------------------------------ */

static gboolean
head_looks_utf16 (const guint8 *data,
                  gsize         len,
                  gboolean      little_endian)
{
  gsize n = MIN (len, 1024) & ~(gsize) 1;
  gsize zero_here = 0, zero_there = 0;

  if (n < 4)
    return FALSE;
  for (gsize i = 0; i < n; i += 2)
    {
      zero_here += data[i + (little_endian ? 1 : 0)] == 0;
      zero_there += data[i + (little_endian ? 0 : 1)] == 0;
    }
  return zero_here * 10 >= (n / 2) * 4 && zero_there * 20 <= n / 2;
}

/**
 * sirkel_sniff_head_init:
 *
 * Takes the first few KB of @data as text for a sniffer: a UTF-8 BOM is skipped, UTF-16
 * (by BOM or pattern) is reduced to its ASCII characters (others become '?'), a "sep=" first
 * line is noted and left out, and the first lines are split off. Clear with
 * sirkel_sniff_head_clear ().
 */
void
sirkel_sniff_head_init (SirkelSniffHead *head,
                        const guint8    *data,
                        gsize            len)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gsize n;
  int utf16 = 0;   /* 1 little-endian, 2 big-endian */
  char *p;

  g_return_if_fail (head != NULL);

  memset (head, 0, sizeof *head);
  if (data == NULL)
    len = 0;
  n = MIN (len, (gsize) HEAD_BYTES);
  if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    data += 3, n -= 3;
  else if (n >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    data += 2, n -= 2, utf16 = 1;
  else if (n >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    data += 2, n -= 2, utf16 = 2;
  else if (head_looks_utf16 (data, n, TRUE))
    utf16 = 1;
  else if (head_looks_utf16 (data, n, FALSE))
    utf16 = 2;

  if (utf16 != 0)
    {
      for (gsize i = 0; i + 1 < n; i += 2)
        {
          guint8 lo = utf16 == 1 ? data[i] : data[i + 1];
          guint8 hi = utf16 == 1 ? data[i + 1] : data[i];

          if (lo == 0 && hi == 0)
            break;
          g_string_append_c (text, hi == 0 && lo < 0x80 ? (char) lo : '?');
        }
    }
  else
    {
      const char *end = NULL;
      gsize i;

      for (i = 0; i < n && data[i] != 0; i++)
        ;
      /* Single-byte text (Latin-1, 1252) is converted, so that "År" matches; UTF-8 cut
       * short in the middle of a character is not. */
      if (!g_utf8_validate_len ((const char *) data, i, &end) &&
          (const guint8 *) end + 4 <= data + i)
        {
          g_autofree char *converted = g_convert ((const char *) data, i, "UTF-8", "WINDOWS-1252",
                                                  NULL, NULL, NULL);

          if (converted == NULL)
            converted = g_convert ((const char *) data, i, "UTF-8", "ISO-8859-1", NULL, NULL,
                                   NULL);
          g_string_append (text, converted != NULL ? converted : "");
        }
      else
        g_string_append_len (text, (const char *) data, i);
    }
  head->utf16 = utf16 != 0;

  /* One kind of line end for the split. */
  for (p = text->str; *p != '\0'; p++)
    if (*p == '\r')
      *p = p[1] == '\n' ? ' ' : '\n';
  head->lines = g_strsplit (text->str, "\n", HEAD_LINES + 1);
  for (guint i = 0; head->lines[i] != NULL; i++)
    g_strchomp (head->lines[i]);
  if (head->lines[0] != NULL && g_ascii_strncasecmp (head->lines[0], "sep=", 4) == 0)
    {
      char *first = head->lines[0];

      head->sep_line = first[4] != '\0' ? first[4] : '\t';
      memmove (head->lines, head->lines + 1, g_strv_length (head->lines) * sizeof (char *));
      g_free (first);
    }
  head->text = g_string_free (g_steal_pointer (&text), FALSE);
}

void
sirkel_sniff_head_clear (SirkelSniffHead *head)
{
  g_return_if_fail (head != NULL);

  g_clear_pointer (&head->text, g_free);
  g_clear_pointer (&head->lines, g_strfreev);
}

/**
 * sirkel_sniff_split:
 *
 * Splits a header line at the most frequent of ';' ',' TAB outside quotes, and strips the
 * quotes and spaces around each name.
 *
 * Returns: (transfer full): the names
 */
char **
sirkel_sniff_split (const char *line)
{
  static const char candidates[] = ";,\t";
  guint counts[3] = { 0, 0, 0 };
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean in_quotes = FALSE;
  char sep = ';';
  guint best = 0;

  g_return_val_if_fail (line != NULL, NULL);

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '"')
        in_quotes = !in_quotes;
      for (guint i = 0; i < 3 && !in_quotes; i++)
        counts[i] += *p == candidates[i];
    }
  for (guint i = 0; i < 3; i++)
    if (counts[i] > best)
      {
        best = counts[i];
        sep = candidates[i];
      }

  in_quotes = FALSE;
  for (const char *p = line;; p++)
    {
      if (*p == '\0' || (*p == sep && !in_quotes))
        {
          g_ptr_array_add (out, g_strstrip (g_strdup (field->str)));
          g_string_truncate (field, 0);
          if (*p == '\0')
            break;
          continue;
        }
      if (*p == '"')
        {
          if (in_quotes && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else
            in_quotes = !in_quotes;
          continue;
        }
      g_string_append_c (field, *p);
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

/* TRUE if one of @fields is @name, ignoring case (ASCII and UTF-8). */
gboolean
sirkel_sniff_has_column (char * const *fields,
                         const char   *name)
{
  g_autofree char *folded = NULL;

  if (fields == NULL || name == NULL)
    return FALSE;
  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *f = NULL;

      if (!g_utf8_validate (fields[i], -1, NULL))
        continue;
      f = g_utf8_casefold (fields[i], -1);
      if (g_str_equal (f, folded))
        return TRUE;
    }
  return FALSE;
}

/**
 * sirkel_delimited_read_records:
 *
 * Runs the record loop of a delimited file (see sirkel-delimited.h). A file without a header
 * line is refused.
 */
gboolean
sirkel_delimited_read_records (SirkelDelimited            *self,
                               SirkelImportTable          *table,
                               const SirkelRecordHandlers *handlers,
                               gpointer                    reader,
                               GCancellable               *cancellable,
                               GError                    **error)
{
  gboolean header = FALSE;

  g_return_val_if_fail (self != NULL && table != NULL && handlers != NULL, FALSE);

  while (TRUE)
    {
      g_autoptr(GError) local = NULL;

      if (!sirkel_delimited_next (self, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
          break;
        }
      if (!header && handlers->preamble != NULL)
        {
          gboolean consumed = FALSE;

          if (!handlers->preamble (reader, &consumed, error))
            return FALSE;
          if (consumed)
            continue;
        }
      if (sirkel_delimited_is_blank (self))
        {
          sirkel_import_table_warn (table, _("Line %u: a blank line was ignored."),
                                    sirkel_delimited_get_line (self));
          continue;
        }
      if (!header)
        {
          sirkel_delimited_trim_trailing (self);
          if (!handlers->header (reader, error))
            return FALSE;
          header = TRUE;
          continue;
        }
      if (!sirkel_delimited_fit (self, handlers->n_columns (reader), error) ||
          !handlers->row (reader, cancellable, error))
        return FALSE;
    }
  if (!header)
    {
      g_set_error_literal (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_FORMAT,
                           _("The file has no header line."));
      return FALSE;
    }
  return TRUE;
}
