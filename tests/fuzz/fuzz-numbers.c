/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-numbers: the libFuzzer harness for the text helpers every reader relies on
 * (RELIABILITY.md §5, DATA-FORMATS.md §6–§7): sirkel_parse_number, sirkel_period_parse,
 * sirkel_geo_normalise, sirkel_age_parse and sirkel_flag_for_symbol on one cell of text, and
 * sirkel_text_decode with a forced encoding on the raw bytes.
 *
 * Input layout: the first byte chooses the options, the rest is the cell.
 *   bits 0–1  decimal mark: '.', ',', 0 (either), '.'
 *   bit  2    pad_by_length for the geography code
 *   bits 3–5  encoding for the decoder: auto, UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1,
 *             WINDOWS-1252 (6 and 7 wrap to auto and UTF-8)
 *   bits 6–7  source for the symbol: "fhi", "ssb", "udir", ""
 * The helpers take decoded UTF-8, as the readers give them, so the cell is made valid UTF-8
 * first (up to its first NUL). Results are checked against the documented contracts:
 * a number is finite; a period has valid years in order and a documented sub-period; an age
 * range is ordered within 0–150; a decoded text is UTF-8 of the stated length with no NUL.
 */
#define G_LOG_DOMAIN "sirkel-fuzz"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fuzz-common.h"

static const char * const encodings[] = {
  NULL, "UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "WINDOWS-1252", "auto", "UTF-8",
};
static const char * const sources[] = { "fhi", "ssb", "udir", "" };

static void
check_period (const char *text)
{
  int from = -1, to = -1, part = -1;

  if (!sirkel_period_parse (text, &from, &to, &part))
    return;
  if (from < 1800 || to > 2200 || from > to)
    sirkel_fuzz_fail ("period “%s” gave %d–%d", text, from, to);
  if (!(part == SIRKEL_PERIOD_WHOLE || (part >= 1 && part <= 4) ||
        (part > SIRKEL_PERIOD_MONTH_BASE && part <= SIRKEL_PERIOD_MONTH_BASE + 12) ||
        (part > SIRKEL_PERIOD_WEEK_BASE && part <= SIRKEL_PERIOD_WEEK_BASE + 53) ||
        part == SIRKEL_PERIOD_SCHOOL_YEAR))
    sirkel_fuzz_fail ("period “%s” gave sub-period %d", text, part);
}

static void
check_geo (const char *text,
           gboolean    pad)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  SirkelGeoLevel level = SIRKEL_GEO_LEVEL_OTHER;

  if (!sirkel_geo_normalise (text, pad, &code, &level, &name))
    return;
  sirkel_fuzz_check_text ("a geography code", code);
  if (name != NULL)
    sirkel_fuzz_check_text ("a geography name", name);
  if ((guint) level > SIRKEL_GEO_LEVEL_OTHER)
    sirkel_fuzz_fail ("geography “%s” gave level %d", text, (int) level);
}

static void
check_decode (const guint8 *data,
              gsize         size,
              const char   *encoding)
{
  g_autofree char *found = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  text = sirkel_text_decode (data, size, encoding, &found, &len, &error);
  if (text == NULL)
    {
      sirkel_fuzz_check_error (error);
      return;
    }
  sirkel_fuzz_check_text ("the encoding found", found);
  if (!g_utf8_validate (text, len, NULL))
    sirkel_fuzz_fail ("decoded text is not UTF-8");
  if (text[len] != '\0' || strlen (text) != len)
    sirkel_fuzz_fail ("decoded text has a NUL inside or none at its end");
  sirkel_text_looks_mojibake (text, len);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sirkel_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char marks[] = { '.', ',', 0, '.' };
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree guint8 *rest = NULL;
  guint8 options;
  double value = 0;
  int lo = -1, hi = -1;

  if (size == 0)
    return 0;
  options = data[0];
  /* A copy of exactly the cell's size, so a read past its end is caught. */
  rest = g_memdup2 (data + 1, size - 1);
  check_decode (size > 1 ? rest : (const guint8 *) "", size - 1, encodings[(options >> 3) & 7]);

  raw = g_strndup ((const char *) data + 1, size - 1);
  text = g_utf8_make_valid (raw, -1);

  if (sirkel_parse_number (text, marks[options & 3], &value) && !isfinite (value))
    sirkel_fuzz_fail ("number “%s” gave a non-finite value", text);
  check_period (text);
  check_geo (text, (options & 4) != 0);
  if (sirkel_age_parse (text, &lo, &hi) && (lo < 0 || hi > 150 || lo > hi))
    sirkel_fuzz_fail ("age “%s” gave %d–%d", text, lo, hi);
  if ((guint) sirkel_flag_for_symbol (sources[options >> 6], text) > SIRKEL_FLAG_UNKNOWN)
    sirkel_fuzz_fail ("symbol “%s” gave an unknown flag", text);
  return 0;
}
