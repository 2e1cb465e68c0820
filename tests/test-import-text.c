/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importers' shared text handling: numbers (RELIABILITY.md §5's table), geography codes
 * (DATA-FORMATS.md §6), periods (§7), ages, flags per source (§1.4) and encoding detection
 * (§1.1), each against values written down by hand.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "sirkel-geo-history.h"
#include "sirkel-text.h"

static void
test_numbers (void)
{
  static const struct { const char *text; char mark; gboolean ok; double value; } cases[] = {
    { "1,5", ',', TRUE, 1.5 },
    { "1 234,5", ',', TRUE, 1234.5 },
    { "1\xc2\xa0" "234,5", ',', TRUE, 1234.5 },
    { "1\xe2\x80\xaf" "234,5", ',', TRUE, 1234.5 },
    { "1.234,5", ',', TRUE, 1234.5 },
    { "12.345.678", ',', TRUE, 12345678 },
    { "\xe2\x88\x92" "3,2", ',', TRUE, -3.2 },
    { "-3.25", '.', TRUE, -3.25 },
    { "12 %", ',', TRUE, 12 },
    { "12,5%", ',', TRUE, 12.5 },
    { "  7  ", '.', TRUE, 7 },
    { "1e-04", '.', TRUE, 0.0001 },
    { "0,0", ',', TRUE, 0 },
    { "1,5", 0, TRUE, 1.5 },
    { "1.5", 0, TRUE, 1.5 },
    { "1.234,5", 0, TRUE, 1234.5 },
    { "..", ',', FALSE, 0 },
    { ":", '.', FALSE, 0 },
    { "", '.', FALSE, 0 },
    { "-", '.', FALSE, 0 },
    { "1.5", ',', FALSE, 0 },       /* a '.' that is not a thousands group in a comma file */
    { "1,5", '.', FALSE, 0 },
    { "12a", '.', FALSE, 0 },
    { "1e999", '.', FALSE, 0 },     /* not finite */
    { "nan", '.', FALSE, 0 },
    { "1 2", '.', TRUE, 12 },
    { " 1", '.', TRUE, 1 },
    { "1,2,3", ',', FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -999;
      gboolean ok = sirkel_parse_number (cases[i].text, cases[i].mark, &value);

      if (ok != cases[i].ok)
        g_error ("“%s” (mark %c): expected %s", cases[i].text, cases[i].mark ? cases[i].mark : '0',
                 cases[i].ok ? "a number" : "a refusal");
      if (ok)
        g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-12);
    }
}

static void
test_numbers_locale_child (void)
{
  double value = 0;

  /* Under a decimal-comma locale the parser is unchanged. */
  if (setlocale (LC_ALL, "nb_NO.UTF-8") == NULL)
    g_error ("the nb_NO.UTF-8 locale is not installed (Debian package locales-all)");
  g_assert_true (sirkel_parse_number ("1234.5", '.', &value));
  g_assert_cmpfloat (value, ==, 1234.5);
  g_assert_true (sirkel_parse_number ("1 234,5", ',', &value));
  g_assert_cmpfloat (value, ==, 1234.5);
}

static void
test_numbers_locale (void)
{
  g_test_trap_subprocess ("/import-text/numbers-locale/subprocess", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_geography (void)
{
  static const struct { const char *raw; gboolean pad; const char *code; SirkelGeoLevel level; const char *name; } cases[] = {
    { "0", FALSE, "0", SIRKEL_GEO_LEVEL_LANDET, NULL },
    { "03", FALSE, "03", SIRKEL_GEO_LEVEL_FYLKE, NULL },
    { "0301", FALSE, "0301", SIRKEL_GEO_LEVEL_KOMMUNE, NULL },
    { "030101", FALSE, "030101", SIRKEL_GEO_LEVEL_BYDEL, NULL },
    { "3", TRUE, "03", SIRKEL_GEO_LEVEL_FYLKE, NULL },
    { "46", TRUE, "46", SIRKEL_GEO_LEVEL_FYLKE, NULL },
    { "301", TRUE, "0301", SIRKEL_GEO_LEVEL_KOMMUNE, NULL },
    { "4601", TRUE, "4601", SIRKEL_GEO_LEVEL_KOMMUNE, NULL },
    { "30101", TRUE, "030101", SIRKEL_GEO_LEVEL_BYDEL, NULL },
    { "301", FALSE, "301", SIRKEL_GEO_LEVEL_OTHER, NULL },
    { "K-0301", FALSE, "0301", SIRKEL_GEO_LEVEL_KOMMUNE, NULL },
    { "K-3001", FALSE, "3001", SIRKEL_GEO_LEVEL_KOMMUNE, NULL },
    { "\"0301 Oslo\"", FALSE, NULL, 0, NULL },
    { "0301 Oslo", FALSE, "0301", SIRKEL_GEO_LEVEL_KOMMUNE, "Oslo" },
    { "3801 Horten", FALSE, "3801", SIRKEL_GEO_LEVEL_KOMMUNE, "Horten" },
    { "03 Oslo", FALSE, "03", SIRKEL_GEO_LEVEL_FYLKE, "Oslo" },
    { "K-1804 Bodø", FALSE, "1804", SIRKEL_GEO_LEVEL_KOMMUNE, "Bodø" },
    { "K-21-22 Svalbard og Jan Mayen", FALSE, "K-21-22", SIRKEL_GEO_LEVEL_PSEUDO, "Svalbard og Jan Mayen" },
    { "K-23", FALSE, "K-23", SIRKEL_GEO_LEVEL_PSEUDO, NULL },
    { "K-Rest", FALSE, "K-Rest", SIRKEL_GEO_LEVEL_PSEUDO, NULL },
    { "030199", FALSE, "030199", SIRKEL_GEO_LEVEL_UNKNOWN, NULL },
    { "1199", FALSE, "1199", SIRKEL_GEO_LEVEL_UNKNOWN, NULL },
    { "30199", TRUE, "030199", SIRKEL_GEO_LEVEL_UNKNOWN, NULL },
    { "030101a", FALSE, "030101a", SIRKEL_GEO_LEVEL_BYDEL, NULL },
    { "Hele landet", FALSE, "0", SIRKEL_GEO_LEVEL_LANDET, "Hele landet" },
    { "Bodø", FALSE, "Bodø", SIRKEL_GEO_LEVEL_OTHER, NULL },
    { "974762501", FALSE, "974762501", SIRKEL_GEO_LEVEL_OTHER, NULL },
    { "03010101", FALSE, "03010101", SIRKEL_GEO_LEVEL_GRUNNKRETS, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *code = NULL;
      g_autofree char *name = NULL;
      SirkelGeoLevel level = SIRKEL_GEO_LEVEL_OTHER;
      gboolean ok = sirkel_geo_normalise (cases[i].raw, cases[i].pad, &code, &level, &name);

      if (cases[i].code == NULL)
        {
          /* Quotes are the tokenizer's business: a quoted cell is not a code. */
          g_assert_true (!ok || level == SIRKEL_GEO_LEVEL_OTHER);
          continue;
        }
      g_assert_true (ok);
      if (g_strcmp0 (code, cases[i].code) != 0 || level != cases[i].level ||
          g_strcmp0 (name, cases[i].name) != 0)
        g_error ("“%s”: got %s (%s) “%s”", cases[i].raw, code, sirkel_geo_level_to_key (level),
                 name ? name : "(null)");
    }
  {
    g_autofree char *code = NULL;
    SirkelGeoLevel level;

    g_assert_false (sirkel_geo_normalise ("  ", FALSE, &code, &level, NULL));
  }
}

static void
test_periods (void)
{
  static const struct { const char *text; gboolean ok; int from, to, part; } cases[] = {
    { "2024_2024", TRUE, 2024, 2024, SIRKEL_PERIOD_WHOLE },
    { "2019_2021", TRUE, 2019, 2021, SIRKEL_PERIOD_WHOLE },
    { "2011-2015", TRUE, 2011, 2015, SIRKEL_PERIOD_WHOLE },
    { "2023", TRUE, 2023, 2023, SIRKEL_PERIOD_WHOLE },
    { "2025K4", TRUE, 2025, 2025, 4 },
    { "2024M03", TRUE, 2024, 2024, SIRKEL_PERIOD_MONTH_BASE + 3 },
    { "2014U30", TRUE, 2014, 2014, SIRKEL_PERIOD_WEEK_BASE + 30 },
    { "2011-12", TRUE, 2011, 2012, SIRKEL_PERIOD_SCHOOL_YEAR },
    { "2022-23", TRUE, 2022, 2023, SIRKEL_PERIOD_SCHOOL_YEAR },
    { "1999-00", TRUE, 1999, 2000, SIRKEL_PERIOD_SCHOOL_YEAR },
    { "Persons 2023", TRUE, 2023, 2023, SIRKEL_PERIOD_WHOLE },
    { "Bosatte 2024", TRUE, 2024, 2024, SIRKEL_PERIOD_WHOLE },
    { "2011-13", FALSE, 0, 0, 0 },
    { "2021_2019", FALSE, 0, 0, 0 },
    { "2025K5", FALSE, 0, 0, 0 },
    { "20245", FALSE, 0, 0, 0 },
    { "Bosatte", FALSE, 0, 0, 0 },
    { "", FALSE, 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int from = 0, to = 0, part = -1;
      gboolean ok = sirkel_period_parse (cases[i].text, &from, &to, &part);

      if (ok != cases[i].ok || (ok && (from != cases[i].from || to != cases[i].to || part != cases[i].part)))
        g_error ("“%s”: got %d %d–%d part %d", cases[i].text, ok, from, to, part);
    }
}

static void
test_ages (void)
{
  static const struct { const char *text; gboolean ok; int lo, hi; } cases[] = {
    { "0_120", TRUE, 0, 120 }, { "15_24", TRUE, 15, 24 }, { "0-17", TRUE, 0, 17 },
    { "45+", TRUE, 45, 120 }, { "16", TRUE, 16, 16 }, { "16 år", TRUE, 16, 16 },
    { "80 år eller eldre", TRUE, 80, 120 }, { "90 years or older", TRUE, 90, 120 },
    { "1 year", TRUE, 1, 1 }, { "16 år+", TRUE, 16, 120 }, { "Alle aldre", TRUE, 0, 120 }, { "999_999", FALSE, 0, 0 },
    { "24_15", FALSE, 0, 0 }, { "ung", FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int lo = -1, hi = -1;
      gboolean ok = sirkel_age_parse (cases[i].text, &lo, &hi);

      if (ok != cases[i].ok || (ok && (lo != cases[i].lo || hi != cases[i].hi)))
        g_error ("age “%s”: got %d %d–%d", cases[i].text, ok, lo, hi);
    }
}

static void
test_flags (void)
{
  g_assert_cmpint (sirkel_flag_for_symbol ("fhi", "0"), ==, SIRKEL_FLAG_NONE);
  g_assert_cmpint (sirkel_flag_for_symbol ("fhi", "3"), ==, SIRKEL_FLAG_SUPPRESSED);
  g_assert_cmpint (sirkel_flag_for_symbol ("fhi", "-1"), ==, SIRKEL_FLAG_SUPPRESSED);
  g_assert_cmpint (sirkel_flag_for_symbol ("fhi", "9"), ==, SIRKEL_FLAG_MISSING);
  g_assert_cmpint (sirkel_flag_for_symbol ("fhi", "4"), ==, SIRKEL_FLAG_NOT_AVAILABLE);
  g_assert_cmpint (sirkel_flag_for_symbol ("fhi", "-"), ==, SIRKEL_FLAG_NOT_AVAILABLE);
  g_assert_cmpint (sirkel_flag_for_symbol ("ssb", "-"), ==, SIRKEL_FLAG_NIL);
  g_assert_cmpint (sirkel_flag_for_symbol ("ssb", "..."), ==, SIRKEL_FLAG_MISSING_PROVISIONAL);
  g_assert_cmpint (sirkel_flag_for_symbol ("ssb", "."), ==, SIRKEL_FLAG_NOT_APPLICABLE);
  g_assert_cmpint (sirkel_flag_for_symbol ("ssb", "*"), ==, SIRKEL_FLAG_PROVISIONAL);
  g_assert_cmpint (sirkel_flag_for_symbol ("udir", "*"), ==, SIRKEL_FLAG_SUPPRESSED);
  g_assert_cmpint (sirkel_flag_for_symbol ("", "-"), ==, SIRKEL_FLAG_NOT_AVAILABLE);
  g_assert_cmpint (sirkel_flag_for_symbol ("ssb", "Z"), ==, SIRKEL_FLAG_UNKNOWN);
  g_assert_true (sirkel_flag_has_value (SIRKEL_FLAG_NIL));
  g_assert_false (sirkel_flag_has_value (SIRKEL_FLAG_SUPPRESSED));
  for (int f = SIRKEL_FLAG_NONE; f <= SIRKEL_FLAG_UNKNOWN; f++)
    g_assert_cmpint ((int) sirkel_flag_from_key (sirkel_flag_to_key (f)), ==, f);

  {
    g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
    SirkelObservation *o = sirkel_import_table_append (table);

    o->has_value = TRUE;
    o->value = 12;
    sirkel_import_table_set_flag (table, o, SIRKEL_FLAG_SUPPRESSED, ":");
    g_assert_false (o->has_value);
    g_assert_cmpstr (o->flag_raw, ==, ":");
    sirkel_import_table_set_flag (table, o, SIRKEL_FLAG_NIL, "-");
    g_assert_true (o->has_value);
    g_assert_cmpfloat (o->value, ==, 0);
    g_assert_true (isnan (o->numerator));
  }
}

static void
check_decode (const char *bytes,
              gsize       len,
              const char *encoding,
              const char *expect_text,
              const char *expect_encoding)
{
  g_autofree char *found = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;

  text = sirkel_text_decode ((const guint8 *) bytes, len, encoding, &found, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expect_text);
  g_assert_cmpuint (n, ==, strlen (expect_text));
  g_assert_cmpstr (found, ==, expect_encoding);
}

#define CHECK_DECODE(bytes, ...) check_decode (bytes, sizeof (bytes) - 1, __VA_ARGS__)

static void
test_decode (void)
{
  g_autoptr(GError) error = NULL;
  char *text;

  CHECK_DECODE ("\xc5r;Bod\xf8\r\n", NULL, "År;Bodø\r\n", "WINDOWS-1252");
  CHECK_DECODE ("\xef\xbb\xbf" "År;Bodø\n", NULL, "År;Bodø\n", "UTF-8 with BOM");
  CHECK_DECODE ("År;Bodø\n", NULL, "År;Bodø\n", "UTF-8");
  CHECK_DECODE ("s\0e\0p\0=\0\t\0\n\0\xc5\0r\0", NULL, "sep=\t\nÅr", "UTF-16LE");
  CHECK_DECODE ("\xff\xfe" "A\0\xf8\0", NULL, "Aø", "UTF-16LE");
  CHECK_DECODE ("\xc5r", "iso-8859-1", "År", "ISO-8859-1");
  CHECK_DECODE ("\x81", NULL, "\xc2\x81", "ISO-8859-1");   /* unassigned in 1252 */

  text = sirkel_text_decode ((const guint8 *) "a\0b,c\n", 6, "UTF-8", NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING);
  g_clear_error (&error);
  text = sirkel_text_decode ((const guint8 *) "ok\xff\xfe", 4, "UTF-8", NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_ENCODING);
  g_clear_error (&error);

  g_assert_true (sirkel_text_looks_mojibake ("Ã…r", strlen ("Ã…r")));
  g_assert_false (sirkel_text_looks_mojibake ("År", strlen ("År")));
}

/* The code history: known cases written down by hand, and the table's own consistency. */
static void
test_geo_history (void)
{
  static const struct { const char *prefix; guint kommuner; } fylker_2024[] = {
    { "31", 12 }, { "32", 21 }, { "33", 18 }, { "39", 6 }, { "40", 17 }, { "55", 21 }, { "56", 18 },
  };
  g_autoptr(GHashTable) created_2020 = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) successors = g_hash_table_new (g_str_hash, g_str_equal);
  const SirkelGeoChange *all, *change;
  g_autofree char *text = NULL;
  guint renumbered_2024 = 0;
  gsize n;

  g_assert_cmpstr (sirkel_geo_current_code ("0101"), ==, "3101");
  g_assert_cmpstr (sirkel_geo_current_code ("3001"), ==, "3101");
  g_assert_cmpstr (sirkel_geo_current_code ("1201"), ==, "4601");
  g_assert_cmpstr (sirkel_geo_current_code ("2012"), ==, "5601");
  g_assert_cmpstr (sirkel_geo_current_code ("0616"), ==, "3322");
  g_assert_cmpstr (sirkel_geo_current_code ("3101"), ==, "3101");
  g_assert_cmpstr (sirkel_geo_current_code ("0301"), ==, "0301");
  g_assert_cmpstr (sirkel_geo_current_code ("0122"), ==, "0122");
  g_assert_null (sirkel_geo_history_lookup ("4601"));
  g_assert_null (sirkel_geo_history_lookup ("1103"));
  g_assert_null (sirkel_geo_history_lookup ("030101"));

  change = sirkel_geo_history_lookup ("0122");
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, SIRKEL_GEO_CHANGE_MERGED);
  g_assert_cmpstr (change->successors[0], ==, "3014");
  text = sirkel_geo_describe_change (change);
  g_assert_cmpstr (text, ==, "0122 Trøgstad was merged in 2020 into today’s 3118");
  g_clear_pointer (&text, g_free);
  change = sirkel_geo_history_lookup ("1507");
  g_assert_cmpint (change->kind, ==, SIRKEL_GEO_CHANGE_SPLIT);
  text = sirkel_geo_describe_change (change);
  g_assert_cmpstr (text, ==, "1507 Ålesund was divided in 2024 between today’s 1508 and 1580");
  g_clear_pointer (&text, g_free);
  text = sirkel_geo_describe_change (sirkel_geo_history_lookup ("5012"));
  g_assert_cmpstr (text, ==, "5012 Snillfjord was divided in 2020 between today’s 5055, 5056 and 5059");
  g_clear_pointer (&text, g_free);
  text = sirkel_geo_describe_change (sirkel_geo_history_lookup ("0101"));
  g_assert_cmpstr (text, ==, "0101 Halden is 3101 today");
  g_clear_pointer (&text, g_free);
  text = sirkel_geo_describe_change (sirkel_geo_history_lookup ("01"));
  g_assert_cmpstr (text, ==, "01 Østfold was merged in 2020 into 30");

  /* Sorted, each code once; a renumbering has one successor; 2020 successors are what 2024
   * retired, and every 2024 renumbering lands in a new fylke with DOMAIN.md's counts. */
  all = sirkel_geo_history_all (&n);
  g_assert_cmpuint (n, >, 400);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_assert_cmpint (strcmp (all[i - 1].code, all[i].code), <, 0);
      g_assert_true (strlen (all[i].code) == 2 || strlen (all[i].code) == 4);
      g_assert_nonnull (all[i].successors[0]);
      if (all[i].kind == SIRKEL_GEO_CHANGE_RENUMBERED)
        {
          g_assert_null (all[i].successors[1]);
          /* One to one: no two old codes renumbered to the same new one. */
          g_assert_true (g_hash_table_add (successors, (gpointer) all[i].successors[0]));
        }
      if (all[i].year == 2020)
        for (guint s = 0; s < 3 && all[i].successors[s] != NULL; s++)
          g_hash_table_add (created_2020, (gpointer) all[i].successors[s]);
    }
  for (gsize i = 0; i < n; i++)
    if (all[i].year == 2024 && strlen (all[i].code) == 4)
      {
        if (all[i].kind == SIRKEL_GEO_CHANGE_RENUMBERED)
          renumbered_2024++;
        g_assert_true (g_hash_table_contains (created_2020, all[i].code) ||
                       g_str_equal (all[i].code, "1507"));
      }
  /* DOMAIN.md §6: 114 kommuner renumbered in 2024 (113 one to one, and Ålesund's split). */
  g_assert_cmpuint (renumbered_2024 + 1, ==, 114);
  for (guint f = 0; f < G_N_ELEMENTS (fylker_2024); f++)
    {
      guint count = 0;

      for (gsize i = 0; i < n; i++)
        if (all[i].year == 2024 && all[i].kind == SIRKEL_GEO_CHANGE_RENUMBERED &&
            g_str_has_prefix (all[i].successors[0], fylker_2024[f].prefix))
          count++;
      g_assert_cmpuint (count, ==, fylker_2024[f].kommuner);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-text/numbers", test_numbers);
  g_test_add_func ("/import-text/numbers-locale", test_numbers_locale);
  g_test_add_func ("/import-text/numbers-locale/subprocess", test_numbers_locale_child);
  g_test_add_func ("/import-text/geography", test_geography);
  g_test_add_func ("/import-text/geo-history", test_geo_history);
  g_test_add_func ("/import-text/periods", test_periods);
  g_test_add_func ("/import-text/ages", test_ages);
  g_test_add_func ("/import-text/flags", test_flags);
  g_test_add_func ("/import-text/decode", test_decode);
  return g_test_run ();
}
