/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared text handling for the importers; see sirkel-text.h. Everything here is byte-exact and
 * independent of the process locale.
 */
#define G_LOG_DOMAIN "sirkel-text"

#include "config.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-text.h"

G_DEFINE_QUARK (sirkel-import-error-quark, sirkel_import_error)

/* ------------------------------------------------------------------------------------------
 * Decoding
 * ------------------------------------------------------------------------------------------ */

/* UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text. */
static gboolean
looks_utf16 (const guint8 *data,
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

static char *
convert (const guint8  *data,
         gsize          len,
         const char    *from,
         gsize         *len_out,
         GError       **error)
{
  g_autoptr(GError) local = NULL;
  gsize read = 0, written = 0;
  char *out;

  out = g_convert ((const char *) data, len, "UTF-8", from, &read, &written, &local);
  if (out == NULL)
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, read);

      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                   _("The file is not valid %s text (at byte %s). Choose another encoding."),
                   from, offset);
      return NULL;
    }
  *len_out = written;
  return out;
}

/**
 * sirkel_text_decode_view:
 * @text_out: (out) (transfer none): the text, @len_out bytes, not NUL-terminated: inside @data
 *   when it was UTF-8 already, else *@owned_out
 * @owned_out: (out) (transfer full) (nullable): the converted text (NUL-terminated), or %NULL
 *   when *@text_out points into @data
 *
 * sirkel_text_decode () without the copy of text that is UTF-8 already: a big file is then
 * in memory once, not twice.
 */
gboolean
sirkel_text_decode_view (const guint8  *data,
                         gsize          len,
                         const char    *encoding,
                         char         **encoding_out,
                         const char   **text_out,
                         gsize         *len_out,
                         char         **owned_out,
                         GError       **error)
{
  g_autofree char *found = NULL;
  const char *text = NULL;
  char *owned = NULL;
  gsize n = 0;
  gboolean valid_utf8 = FALSE;   /* the detection validated the bytes already */

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (text_out != NULL && len_out != NULL && owned_out != NULL, FALSE);

  /* An empty GBytes has no data pointer; memchr and memcpy want one even for zero bytes. */
  if (data == NULL)
    data = (const guint8 *) "";
  if (len > SIRKEL_IMPORT_MAX_FILE)
    {
      g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than Sirkel reads (%u MB)."),
                   (guint) (SIRKEL_IMPORT_MAX_FILE / (1024 * 1024)));
      return FALSE;
    }
  if (encoding == NULL || *encoding == '\0' || g_ascii_strcasecmp (encoding, "auto") == 0)
    {
      if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
          found = g_strdup ("UTF-8 with BOM");
          data += 3, len -= 3;
        }
      else if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        {
          found = g_strdup ("UTF-16LE");
          data += 2, len -= 2;
        }
      else if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        {
          found = g_strdup ("UTF-16BE");
          data += 2, len -= 2;
        }
      else if (looks_utf16 (data, len, TRUE))
        found = g_strdup ("UTF-16LE");
      else if (looks_utf16 (data, len, FALSE))
        found = g_strdup ("UTF-16BE");
      else if (memchr (data, 0, len) == NULL && g_utf8_validate_len ((const char *) data, len, NULL))
        {
          found = g_strdup ("UTF-8");
          valid_utf8 = TRUE;
        }
      else
        found = g_strdup ("WINDOWS-1252");
    }
  else
    {
      found = g_ascii_strup (encoding, -1);
      if (g_str_equal (found, "LATIN1") || g_str_equal (found, "LATIN-1") || g_str_equal (found, "ISO8859-1"))
        {
          g_free (found);
          found = g_strdup ("ISO-8859-1");
        }
      if (g_str_has_prefix (found, "UTF-8") && len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        data += 3, len -= 3;
      else if (g_str_equal (found, "UTF-16LE") && len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        data += 2, len -= 2;
      else if (g_str_equal (found, "UTF-16BE") && len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        data += 2, len -= 2;
    }

  if (g_str_has_prefix (found, "UTF-8"))
    {
      const char *end = NULL;

      if (!valid_utf8 && !g_utf8_validate_len ((const char *) data, len, &end))
        {
          g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (end - (const char *) data));

          if (memchr (data, 0, len) != NULL)
            g_set_error_literal (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                                 _("The file contains NUL bytes; it is not a text file."));
          else
            g_set_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                         _("The file is not valid UTF-8 text (at byte %s). Choose another encoding."),
                         offset);
          return FALSE;
        }
      text = (const char *) data;
      n = len;
    }
  else if (g_str_equal (found, "WINDOWS-1252") || g_str_equal (found, "CP1252"))
    {
      text = owned = convert (data, len, "WINDOWS-1252", &n, NULL);
      if (text == NULL)
        {
          /* A byte unassigned in 1252: ISO-8859-1 maps every byte. */
          g_free (found);
          found = g_strdup ("ISO-8859-1");
        }
      else
        {
          g_free (found);
          found = g_strdup ("WINDOWS-1252");
        }
    }
  if (text == NULL && !g_str_has_prefix (found, "UTF-8"))
    {
      const char *from = g_str_equal (found, "LATIN1") ? "ISO-8859-1" : found;

      text = owned = convert (data, len, from, &n, error);
      if (text == NULL)
        return FALSE;
    }
  if (memchr (text, 0, n) != NULL)
    {
      g_free (owned);
      g_set_error_literal (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING,
                           _("The file contains NUL bytes; it is not a text file."));
      return FALSE;
    }
  if (encoding_out != NULL)
    *encoding_out = g_steal_pointer (&found);
  *text_out = text;
  *len_out = n;
  *owned_out = owned;
  return TRUE;
}

/**
 * sirkel_text_decode:
 *
 * Detects the encoding (a BOM; UTF-16 by its NUL pattern; valid UTF-8; otherwise
 * Windows-1252, or ISO-8859-1 when a byte is unassigned in 1252) unless @encoding names one,
 * and returns the text as UTF-8 without BOM. Text containing NUL is refused.
 */
char *
sirkel_text_decode (const guint8  *data,
                    gsize          len,
                    const char    *encoding,
                    char         **encoding_out,
                    gsize         *len_out,
                    GError       **error)
{
  const char *text = NULL;
  char *owned = NULL;
  gsize n = 0;

  if (!sirkel_text_decode_view (data, len, encoding, encoding_out, &text, &n, &owned, error))
    return NULL;
  if (owned == NULL)
    {
      owned = g_malloc (n + 1);
      memcpy (owned, text, n);
      owned[n] = '\0';
    }
  if (len_out != NULL)
    *len_out = n;
  return owned;
}

/**
 * sirkel_text_looks_mojibake:
 *
 * Returns: %TRUE if @text shows UTF-8 read as Latin-1 ("Ã¦", "Ã¸", "Ã¥", or a NEL control)
 */
gboolean
sirkel_text_looks_mojibake (const char *text,
                            gsize       len)
{
  static const char * const signs[] = { "Ã¦", "Ã¸", "Ã¥", "Ã†", "Ã˜", "Ã…", "\xc2\x85" };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    if (g_strstr_len (text, len, signs[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------------------------ */

/* A '.' that groups thousands in a decimal-comma number: three digits follow, then the end,
 * the decimal comma or another group. */
static gboolean
is_group_dot (const char *p,
              const char *end)
{
  if (end - p < 4 || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || !g_ascii_isdigit (p[3]))
    return FALSE;
  return p + 4 == end || p[4] == ',' || p[4] == '.';
}

#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
/* Most figures have few digits and no exponent. Then the digits as an integer m ≤ 2^53 and
 * 10^k for k ≤ 22 decimals are both exact doubles, and one IEEE division rounds m / 10^k
 * correctly: the double g_ascii_strtod () returns, for a fraction of the work. (With excess
 * precision, as on x87, the division could round twice: there only g_ascii_strtod is used.) */
#define EXACT_DIVISION 1

static const double powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static gboolean
exact_quotient (gboolean  negative,
                guint64   mantissa,
                guint     significant,
                guint     fraction,
                double   *value)
{
  double result;

  if (significant > 19 || mantissa > (G_GUINT64_CONSTANT (1) << 53) || fraction > 22)
    return FALSE;
  result = (double) mantissa / powers_of_ten[fraction];
  *value = negative ? -result : result;
  return TRUE;
}
#endif

/* The common cell, "-123" or "45.6" (or "45,6" when @decimal_mark allows): an optional '-',
 * digits and at most one decimal mark between digits or after them, read exactly
 * (see exact_quotient ()). FALSE for anything else, which the full parser reads. */
static gboolean
parse_plain_number (const char *p,
                    const char *end,
                    char        decimal_mark,
                    double     *value)
{
#ifdef EXACT_DIVISION
  guint64 mantissa = 0;
  guint significant = 0, fraction = 0;
  gboolean negative = FALSE, digits = FALSE, decimal_seen = FALSE;

  if (*p == '-')
    negative = TRUE, p++;
  for (; p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if ((mantissa > 0 || *p != '0') && ++significant <= 19)
            mantissa = mantissa * 10 + (guint64) (*p - '0');
          fraction += decimal_seen;
          digits = TRUE;
        }
      else if (!decimal_seen && digits &&
               (*p == decimal_mark || (decimal_mark == 0 && (*p == '.' || *p == ','))))
        decimal_seen = TRUE;
      else
        return FALSE;
    }
  return digits && exact_quotient (negative, mantissa, significant, fraction, value);
#else
  return FALSE;
#endif
}

/**
 * sirkel_parse_number:
 * @decimal_mark: '.', ',' or 0 for either (a number with both takes the last as decimal)
 *
 * Returns: %TRUE and the value if @text is a whole, finite number
 */
gboolean
sirkel_parse_number (const char *text,
                     char        decimal_mark,
                     double     *value)
{
  char buf[80];
  const char *p, *end;
  gsize n = 0;
  gboolean digits = FALSE, decimal_seen = FALSE, exponent = FALSE;
  char *parsed_end = NULL;
  double result;
  guint64 mantissa = 0;    /* the digits as an integer, while they fit (see below) */
  guint significant = 0;   /* digits from the first that is not 0 */
  guint fraction = 0;      /* digits after the decimal mark */

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  p = text;
  end = text + strlen (text);
  while (p < end && g_ascii_isspace (*p))
    p++;
  while (end > p && g_ascii_isspace (end[-1]))
    end--;
  /* A trailing per cent sign, with or without a space. */
  if (end > p && end[-1] == '%')
    {
      end--;
      while (end > p && g_ascii_isspace (end[-1]))
        end--;
    }
  if (p == end || end - p > 60)
    return FALSE;

  if (parse_plain_number (p, end, decimal_mark, value))
    return TRUE;

  if (decimal_mark == 0)
    {
      const char *last_dot = NULL, *last_comma = NULL;

      for (const char *q = p; q < end; q++)
        {
          if (*q == '.')
            last_dot = q;
          else if (*q == ',')
            last_comma = q;
        }
      decimal_mark = last_comma != NULL && (last_dot == NULL || last_comma > last_dot) ? ',' : '.';
    }

  if (*p == '-' || *p == '+')
    buf[n++] = *p++;
  else if (end - p >= 3 && memcmp (p, "\xe2\x88\x92", 3) == 0)   /* U+2212 MINUS SIGN */
    {
      buf[n++] = '-';
      p += 3;
    }

  while (p < end)
    {
      if (g_ascii_isdigit (*p))
        {
          if (!exponent && (mantissa > 0 || *p != '0') && ++significant <= 19)
            mantissa = mantissa * 10 + (guint64) (*p - '0');
          if (!exponent && decimal_seen)
            fraction++;
          buf[n++] = *p++;
          digits = TRUE;
          continue;
        }
      if (exponent)
        return FALSE;
      if ((*p == 'e' || *p == 'E') && digits)
        {
          buf[n++] = 'e';
          p++;
          if (p < end && (*p == '-' || *p == '+'))
            buf[n++] = *p++;
          if (p == end || !g_ascii_isdigit (*p))
            return FALSE;
          exponent = TRUE;
          continue;
        }
      if (*p == decimal_mark && !decimal_seen)
        {
          buf[n++] = '.';
          decimal_seen = TRUE;
          p++;
          continue;
        }
      /* Grouping only between digits, before the decimal mark. */
      if (digits && !decimal_seen)
        {
          gsize skip = 0;

          if (*p == ' ')
            skip = 1;
          else if (end - p >= 2 && memcmp (p, "\xc2\xa0", 2) == 0)
            skip = 2;
          else if (end - p >= 3 && memcmp (p, "\xe2\x80\xaf", 3) == 0)
            skip = 3;
          else if (*p == '.' && decimal_mark == ',' && is_group_dot (p, end))
            skip = 1;
          if (skip > 0 && p + skip < end && g_ascii_isdigit (p[skip]))
            {
              p += skip;
              continue;
            }
        }
      return FALSE;
    }
  if (!digits || n == 0 || n >= sizeof buf)
    return FALSE;
  buf[n] = '\0';

#ifdef EXACT_DIVISION
  if (!exponent && exact_quotient (buf[0] == '-', mantissa, significant, fraction, value))
    return TRUE;
#endif

  errno = 0;
  result = g_ascii_strtod (buf, &parsed_end);
  if (parsed_end != buf + n || errno == ERANGE || !isfinite (result))
    return FALSE;
  *value = result;
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Geography
 * ------------------------------------------------------------------------------------------ */

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

static gboolean
is_landet_name (const char *name)
{
  static const char * const names[] = { "Hele landet", "Heile landet", "Landet", "Norge", "Noreg",
                                        "Norway", "The whole country", "Whole country" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0 || g_str_equal (name, names[i]))
      return TRUE;
  return FALSE;
}

/**
 * sirkel_geo_normalise:
 * @pad_by_length: restore leading zeros by length (1–2 → 2, 3–4 → 4, 5–6 → 6 digits)
 * @code_out: (out) (transfer full): the normalised code
 * @name_out: (out) (optional) (transfer full) (nullable): the name after the code, if any
 *
 * Returns: %FALSE for an empty cell
 */
gboolean
sirkel_geo_normalise (const char      *raw,
                      gboolean         pad_by_length,
                      char           **code_out,
                      SirkelGeoLevel  *level_out,
                      char           **name_out)
{
  g_autofree char *text = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  const char *space;
  SirkelGeoLevel level;
  gsize len;

  g_return_val_if_fail (code_out != NULL && level_out != NULL, FALSE);

  if (raw == NULL)
    return FALSE;
  text = g_strstrip (g_strdup (raw));
  if (*text == '\0')
    return FALSE;

  if (is_landet_name (text))
    {
      *code_out = g_strdup ("0");
      *level_out = SIRKEL_GEO_LEVEL_LANDET;
      if (name_out != NULL)
        *name_out = g_strdup (text);
      return TRUE;
    }

  space = strchr (text, ' ');
  code = space != NULL ? g_strndup (text, space - text) : g_strdup (text);
  if (space != NULL)
    name = g_strstrip (g_strdup (space + 1));

  /* K-prefixed SSB codes, and the pseudo-regions among them. */
  if (g_str_has_prefix (code, "K-"))
    {
      const char *rest = code + 2;

      if (!all_digits (rest) || strlen (rest) != 4)
        {
          *code_out = g_strdup (code);
          *level_out = SIRKEL_GEO_LEVEL_PSEUDO;
          if (name_out != NULL)
            *name_out = g_steal_pointer (&name);
          return TRUE;
        }
      memmove (code, rest, strlen (rest) + 1);
    }

  if (!all_digits (code))
    {
      /* Letter suffixes on bydel codes (030101a) stay as given; anything else is a name or a
       * code style we do not know: kept, as "other". */
      gsize digits = 0;

      while (g_ascii_isdigit (code[digits]))
        digits++;
      if (digits == 6 && space == NULL)
        level = SIRKEL_GEO_LEVEL_BYDEL;
      else if (digits == 0 && space != NULL && is_landet_name (text))
        level = SIRKEL_GEO_LEVEL_LANDET;
      else
        {
          level = SIRKEL_GEO_LEVEL_OTHER;
          if (digits == 0)
            {
              /* A name only (FHI csv2): the whole text is the name. */
              g_free (code);
              code = g_strdup (text);
              g_clear_pointer (&name, g_free);
            }
        }
      *code_out = g_steal_pointer (&code);
      *level_out = level;
      if (name_out != NULL)
        *name_out = g_steal_pointer (&name);
      return TRUE;
    }

  len = strlen (code);
  if (g_str_equal (code, "0") || g_str_equal (code, "00"))
    {
      *code_out = g_strdup ("0");
      *level_out = SIRKEL_GEO_LEVEL_LANDET;
      if (name_out != NULL)
        *name_out = g_steal_pointer (&name);
      return TRUE;
    }
  if (pad_by_length && (len == 1 || len == 3 || len == 5))
    {
      char *padded = g_strconcat ("0", code, NULL);

      g_free (code);
      code = padded;
      len++;
    }
  switch (len)
    {
    case 2: level = SIRKEL_GEO_LEVEL_FYLKE; break;
    case 4: level = SIRKEL_GEO_LEVEL_KOMMUNE; break;
    case 6: level = SIRKEL_GEO_LEVEL_BYDEL; break;
    case 8: level = SIRKEL_GEO_LEVEL_GRUNNKRETS; break;
    case 10: level = SIRKEL_GEO_LEVEL_LEVEKAR; break;
    default: level = SIRKEL_GEO_LEVEL_OTHER; break;
    }
  /* Below fylke, a code ending in 99 is "uoppgitt": never a place to show. */
  if (len >= 4 && len <= 6 && g_str_has_suffix (code, "99"))
    level = SIRKEL_GEO_LEVEL_UNKNOWN;

  *code_out = g_steal_pointer (&code);
  *level_out = level;
  if (name_out != NULL)
    *name_out = g_steal_pointer (&name);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Periods and ages
 * ------------------------------------------------------------------------------------------ */

static gboolean
read_digits (const char *p,
             guint       count,
             int        *value)
{
  int v = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }
  *value = v;
  return TRUE;
}

static gboolean
valid_year (int year)
{
  return year >= 1800 && year <= 2200;
}

/**
 * sirkel_period_parse:
 *
 * Returns: %TRUE if @text (or its last space-separated token) is a period
 */
gboolean
sirkel_period_parse (const char *text,
                     int        *from,
                     int        *to,
                     int        *part)
{
  g_autofree char *copy = NULL;
  const char *token, *space;
  gsize len;
  int a = 0, b = 0, sub = 0;

  g_return_val_if_fail (from != NULL && to != NULL && part != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  space = strrchr (copy, ' ');
  token = space != NULL ? space + 1 : copy;
  len = strlen (token);

  if (len < 4 || !read_digits (token, 4, &a) || !valid_year (a))
    return FALSE;
  *part = SIRKEL_PERIOD_WHOLE;
  if (len == 4)
    {
      *from = *to = a;
      return TRUE;
    }
  /* "2011-12" (school year) must be told from "2011-2015" (a range) by the tail's length. */
  if (len == 7 && (token[4] == '-' || token[4] == '/') && read_digits (token + 5, 2, &b))
    {
      if ((a + 1) % 100 != b)
        return FALSE;
      *from = a;
      *to = a + 1;
      *part = SIRKEL_PERIOD_SCHOOL_YEAR;
      return TRUE;
    }
  if (len == 9 && (token[4] == '_' || token[4] == '-') && read_digits (token + 5, 4, &b))
    {
      if (!valid_year (b) || b < a)
        return FALSE;
      *from = a;
      *to = b;
      return TRUE;
    }
  if (len == 6 && (token[4] == 'K' || token[4] == 'Q') && token[5] >= '1' && token[5] <= '4')
    {
      *from = *to = a;
      *part = token[5] - '0';
      return TRUE;
    }
  if (len == 7 && token[4] == 'M' && read_digits (token + 5, 2, &sub) && sub >= 1 && sub <= 12)
    {
      *from = *to = a;
      *part = SIRKEL_PERIOD_MONTH_BASE + sub;
      return TRUE;
    }
  if (len == 7 && (token[4] == 'U' || token[4] == 'W') && read_digits (token + 5, 2, &sub) &&
      sub >= 1 && sub <= 53)
    {
      *from = *to = a;
      *part = SIRKEL_PERIOD_WEEK_BASE + sub;
      return TRUE;
    }
  return FALSE;
}

static gboolean
parse_small_int (const char  *p,
                 const char **end,
                 int         *value)
{
  int v = 0, n = 0;

  while (g_ascii_isdigit (*p) && n < 4)
    {
      v = v * 10 + (*p - '0');
      p++, n++;
    }
  if (n == 0 || g_ascii_isdigit (*p))
    return FALSE;
  *end = p;
  *value = v;
  return TRUE;
}

/**
 * sirkel_age_parse:
 *
 * Reads "0_120", "15_24", "0-17", "45+", "80 år eller eldre", "90 years or older", "16",
 * "16 år", "1 year", and "Alle aldre"/"I alt"/"Total" (0–120).
 */
gboolean
sirkel_age_parse (const char *text,
                  int        *lo,
                  int        *hi)
{
  g_autofree char *copy = NULL;
  const char *p, *end = NULL;
  int a = 0, b = 0;

  g_return_val_if_fail (lo != NULL && hi != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  if (g_ascii_strcasecmp (copy, "Alle aldre") == 0 || g_ascii_strcasecmp (copy, "I alt") == 0 ||
      g_ascii_strcasecmp (copy, "Total") == 0 || g_ascii_strcasecmp (copy, "All ages") == 0 ||
      g_ascii_strcasecmp (copy, "Alle") == 0)
    {
      *lo = 0;
      *hi = 120;
      return TRUE;
    }
  p = copy;
  if (!parse_small_int (p, &end, &a))
    return FALSE;
  p = end;
  if (*p == '_' || *p == '-' || g_str_has_prefix (p, "–"))
    {
      p += *p == '_' || *p == '-' ? 1 : strlen ("–");
      if (!parse_small_int (p, &end, &b))
        return FALSE;
      p = end;
    }
  else if (*p == '+' || strstr (p, "eldre") != NULL || strstr (p, "older") != NULL ||
           strstr (p, "over") != NULL)
    {
      b = 120;
      if (*p == '+')
        p++;
    }
  else
    b = a;
  while (*p == ' ')
    p++;
  /* "16 år+": the open class after the unit. */
  if (b == a && (g_str_has_prefix (p, "år") || g_str_has_prefix (p, "year")) && strchr (p, '+') != NULL)
    {
      b = 120;
      p = strchr (p, '+') + 1;
      while (*p == ' ')
        p++;
    }
  /* What may follow: a unit word or the open-class words checked above. */
  if (*p != '\0' && !g_str_has_prefix (p, "år") && !g_str_has_prefix (p, "year") &&
      strstr (p, "eldre") == NULL && strstr (p, "older") == NULL && strstr (p, "over") == NULL)
    return FALSE;
  if (b < a || b > 150)
    return FALSE;
  *lo = a;
  *hi = b;
  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * Flags
 * ------------------------------------------------------------------------------------------ */

/**
 * sirkel_flag_for_symbol:
 * @source: "fhi", "ssb", "udir", or "" for Sirkel's own files
 *
 * The meaning of a missing-value symbol at @source (DATA-FORMATS.md §1.4). The same symbol
 * means different things at different sources: '-' is a true zero at SSB but "not available"
 * at FHI; '*' is "provisional" at SSB but "suppressed" at Udir.
 */
SirkelFlag
sirkel_flag_for_symbol (const char *source,
                        const char *symbol)
{
  g_autofree char *s = NULL;

  if (symbol == NULL)
    return SIRKEL_FLAG_MISSING;
  s = g_strstrip (g_strdup (symbol));
  if (source == NULL)
    source = "";

  if (g_ascii_strcasecmp (source, "fhi") == 0)
    {
      if (g_str_equal (s, "0"))
        return SIRKEL_FLAG_NONE;
      if (g_str_equal (s, "1") || g_str_equal (s, "9") || g_str_equal (s, "..") ||
          g_str_equal (s, "") || g_str_equal (s, "NA"))
        return SIRKEL_FLAG_MISSING;
      if (g_str_equal (s, "2") || g_str_equal (s, "."))
        return SIRKEL_FLAG_NOT_COMPUTABLE;
      if (g_str_equal (s, "3") || g_str_equal (s, "-1") || g_str_equal (s, ":"))
        return SIRKEL_FLAG_SUPPRESSED;
      if (g_str_equal (s, "4") || g_str_equal (s, "-"))
        return SIRKEL_FLAG_NOT_AVAILABLE;
      return SIRKEL_FLAG_UNKNOWN;
    }
  if (g_ascii_strcasecmp (source, "ssb") == 0)
    {
      if (g_str_equal (s, "..") || g_str_equal (s, ""))
        return SIRKEL_FLAG_MISSING;
      if (g_str_equal (s, "..."))
        return SIRKEL_FLAG_MISSING_PROVISIONAL;
      if (g_str_equal (s, ":"))
        return SIRKEL_FLAG_SUPPRESSED;
      if (g_str_equal (s, "."))
        return SIRKEL_FLAG_NOT_APPLICABLE;
      if (g_str_equal (s, "-"))
        return SIRKEL_FLAG_NIL;
      if (g_str_equal (s, "*"))
        return SIRKEL_FLAG_PROVISIONAL;
      return SIRKEL_FLAG_UNKNOWN;
    }
  if (g_ascii_strcasecmp (source, "udir") == 0)
    {
      if (g_str_equal (s, "*"))
        return SIRKEL_FLAG_SUPPRESSED;
      if (g_str_equal (s, ""))
        return SIRKEL_FLAG_MISSING;
      return SIRKEL_FLAG_UNKNOWN;
    }
  /* Sirkel's own files: the common symbols; '-' is "not available", never a silent 0. */
  if (g_str_equal (s, "") || g_str_equal (s, "..") || g_ascii_strcasecmp (s, "NA") == 0)
    return SIRKEL_FLAG_MISSING;
  if (g_str_equal (s, "..."))
    return SIRKEL_FLAG_MISSING_PROVISIONAL;
  if (g_str_equal (s, ":") || g_str_equal (s, "*") || g_ascii_strcasecmp (s, "x") == 0)
    return SIRKEL_FLAG_SUPPRESSED;
  if (g_str_equal (s, "."))
    return SIRKEL_FLAG_NOT_COMPUTABLE;
  if (g_str_equal (s, "-"))
    return SIRKEL_FLAG_NOT_AVAILABLE;
  return SIRKEL_FLAG_UNKNOWN;
}
