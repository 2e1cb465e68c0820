/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PC-Axis reader (DATA-FORMATS.md §4 and §8 item 4): the specification's own example and
 * small hand-written files, each observation compared with values written down by hand; the
 * lexer's statements (multi-segment NOTE, raw line breaks); the encoding cross-checks; the
 * refusals (wrong DATA count, KEYS) and hostile input (overflowing cube, unterminated 5 MB
 * string, 100 000 unknown statements, NUL bytes), which must fail fast with a line number.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-px-lexer.h"
#include "sirkel-readers.h"

static GBytes *
load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "px", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, &error))
    g_error ("%s: %s", path, error->message);
  return g_bytes_new_take (contents, len);
}

static SirkelImportTable *
read_bytes (GBytes     *bytes,
            const char *encoding)
{
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GError) error = NULL;

  if (!sirkel_px_read (bytes, encoding, table, NULL, &error))
    g_error ("expected the file to be read: %s", error->message);
  g_assert_cmpstr (table->format, ==, "px");
  return g_steal_pointer (&table);
}

static SirkelImportTable *
read_fixture (const char *name,
              const char *encoding)
{
  g_autoptr(GBytes) bytes = load (name);

  return read_bytes (bytes, encoding);
}

static void
expect_error (GBytes     *bytes,
              const char *encoding,
              int         code,
              const char *message)
{
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (sirkel_px_read (bytes, encoding, table, NULL, &error));
  g_assert_error (error, SIRKEL_IMPORT_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in the error “%s”", message, error->message);
}

static gboolean
has_warning (const SirkelImportTable *table,
             const char              *part)
{
  for (guint i = 0; i < table->warnings->len; i++)
    if (strstr (g_ptr_array_index (table->warnings, i), part) != NULL)
      return TRUE;
  return FALSE;
}

typedef struct
{
  guint       measure;
  const char *geo_raw;
  const char *geo;
  SirkelGeoLevel level;
  int         from;
  int         to;
  int         part;
  const char *period_label;
  int         sex;
  int         age_lo;
  int         age_hi;
  const char *dims;
  gboolean    has_value;
  double      value;
  SirkelFlag  flag;
  const char *flag_raw;
} Expected;

static void
check_observations (const SirkelImportTable *table,
                    const Expected          *expected,
                    guint                    n)
{
  g_assert_cmpuint (table->observations->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);
      const Expected *e = &expected[i];

      g_test_message ("observation %u", i);
      g_assert_cmpuint (o->measure, ==, e->measure);
      g_assert_cmpstr (o->geo_raw, ==, e->geo_raw);
      g_assert_cmpstr (o->geo, ==, e->geo);
      g_assert_cmpint (o->geo_level, ==, e->level);
      g_assert_cmpint (o->period_from, ==, e->from);
      g_assert_cmpint (o->period_to, ==, e->to);
      g_assert_cmpint (o->period_part, ==, e->part);
      g_assert_cmpstr (o->period_label, ==, e->period_label);
      g_assert_cmpint (o->sex, ==, e->sex);
      g_assert_cmpint (o->age_lo, ==, e->age_lo);
      g_assert_cmpint (o->age_hi, ==, e->age_hi);
      g_assert_cmpstr (o->dims, ==, e->dims);
      g_assert_cmpint (o->has_value, ==, e->has_value);
      if (e->has_value)
        g_assert_cmpfloat_with_epsilon (o->value, e->value, 1e-9);
      g_assert_cmpint (o->flag, ==, e->flag);
      g_assert_cmpstr (o->flag_raw, ==, e->flag_raw);
      g_assert_true (isnan (o->numerator));
      g_assert_true (isnan (o->denominator));
      g_assert_true (isnan (o->ci_low));
      g_assert_true (isnan (o->ci_high));
    }
}

static const SirkelMeasure *
measure (const SirkelImportTable *table,
         guint                    i)
{
  g_assert_cmpuint (i, <, table->measures->len);
  return g_ptr_array_index (table->measures, i);
}

#define K SIRKEL_GEO_LEVEL_KOMMUNE
#define NONE SIRKEL_FLAG_NONE

/* DATA-FORMATS.md §4, copied verbatim: columns 2024 then 2023 as in VALUES although TIMEVAL
 * lists 2023 first; Vågan, Kvinner, 2024 suppressed. */
static const Expected spec_example[] = {
  { 0, "1804", "1804", K, 2024, 2024, 0, "2024", 1, 0, 120, "", TRUE, 26900, NONE, "" },
  { 0, "1804", "1804", K, 2023, 2023, 0, "2023", 1, 0, 120, "", TRUE, 26700, NONE, "" },
  { 0, "1804", "1804", K, 2024, 2024, 0, "2024", 2, 0, 120, "", TRUE, 26500, NONE, "" },
  { 0, "1804", "1804", K, 2023, 2023, 0, "2023", 2, 0, 120, "", TRUE, 26300, NONE, "" },
  { 0, "1865", "1865", K, 2024, 2024, 0, "2024", 1, 0, 120, "", TRUE, 4900, NONE, "" },
  { 0, "1865", "1865", K, 2023, 2023, 0, "2023", 1, 0, 120, "", TRUE, 4880, NONE, "" },
  { 0, "1865", "1865", K, 2024, 2024, 0, "2024", 2, 0, 120, "", FALSE, 0,
    SIRKEL_FLAG_SUPPRESSED, ":" },
  { 0, "1865", "1865", K, 2023, 2023, 0, "2023", 2, 0, 120, "", TRUE, 4820, NONE, "" },
};

static void
test_spec_example (void)
{
  g_autoptr(SirkelImportTable) table = read_fixture ("spec-example.px", NULL);

  g_assert_cmpstr (table->encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (table->title, ==, "99999: Eksempel, etter region, kjønn og år");
  g_assert_cmpstr (table->table_id, ==, "99999");
  g_assert_cmpstr (table->source, ==, "");
  g_assert_cmpuint (table->measures->len, ==, 1);
  g_assert_cmpstr (measure (table, 0)->key, ==, "value");
  g_assert_cmpstr (measure (table, 0)->unit, ==, "");
  g_assert_cmpint (measure (table, 0)->decimals, ==, -1);
  check_observations (table, spec_example, G_N_ELEMENTS (spec_example));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

/* The lexer joins NOTE's pieces with nothing between, even mid-word. */
static void
test_spec_example_note (void)
{
  g_autoptr(GBytes) bytes = load ("spec-example.px");
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GError) error = NULL;
  g_auto(SirkelPxFile) file = { 0 };
  g_autofree char *text = NULL;
  gsize len = 0;
  const SirkelPxStatement *note = NULL, *timeval = NULL;

  text = sirkel_text_decode (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                             "WINDOWS-1252", NULL, &len, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_px_lex (text, len, table, NULL, &file, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < file.statements->len; i++)
    {
      const SirkelPxStatement *st = g_ptr_array_index (file.statements, i);

      if (g_str_equal (st->keyword, "NOTE"))
        note = st;
      if (g_str_equal (st->keyword, "TIMEVAL"))
        timeval = st;
    }
  g_assert_nonnull (note);
  g_assert_cmpuint (note->line, ==, 11);
  g_assert_cmpuint (note->items->len, ==, 1);
  g_assert_cmpstr (sirkel_px_statement_get_text (note), ==,
                   "Tallene er oppdiktet og viser bare hvordan en lang merknad deles over flere "
                   "linjer.");
  g_assert_nonnull (timeval);
  g_assert_cmpstr (timeval->subkeys[0], ==, "år");
  g_assert_null (timeval->subkeys[1]);
  g_assert_cmpstr (timeval->tlist, ==, "A1");
  g_assert_cmpuint (timeval->items->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (timeval->items, 0), ==, "2023");
  g_assert_true (file.has_data);
  g_assert_cmpuint (file.data_line, ==, 14);
  g_assert_cmpuint (file.data_tokens, ==, 8);
  g_assert_true (file.data_terminated);
}

/* Two stub (region, alder) and two heading variables (statistikkvariabel, år): rows are
 * (Oslo, 0-17), (Oslo, 18-66), (Bodø, 0-17), (Bodø, 18-66); columns (Personer, 2023),
 * (Personer, 2024), (Andel, 2023), (Andel, 2024). */
static void
test_two_by_two (void)
{
  static const Expected expected[] = {
    { 0, "0301", "0301", K, 2023, 2023, 0, "2023", 0, 0, 17, "", TRUE, 120000, NONE, "" },
    { 0, "0301", "0301", K, 2024, 2024, 0, "2024", 0, 0, 17, "", TRUE, 121000, NONE, "" },
    { 1, "0301", "0301", K, 2023, 2023, 0, "2023", 0, 0, 17, "", TRUE, 17.5, NONE, "" },
    { 1, "0301", "0301", K, 2024, 2024, 0, "2024", 0, 0, 17, "", TRUE, 17.4, NONE, "" },
    { 0, "0301", "0301", K, 2023, 2023, 0, "2023", 0, 18, 66, "", TRUE, 500000, NONE, "" },
    { 0, "0301", "0301", K, 2024, 2024, 0, "2024", 0, 18, 66, "", TRUE, 505000, NONE, "" },
    { 1, "0301", "0301", K, 2023, 2023, 0, "2023", 0, 18, 66, "", TRUE, 70.1, NONE, "" },
    { 1, "0301", "0301", K, 2024, 2024, 0, "2024", 0, 18, 66, "", TRUE, 70.3, NONE, "" },
    /* ".." quoted: SSB's "missing"; 10500; "..." quoted: missing for now; 20.2 */
    { 0, "1804", "1804", K, 2023, 2023, 0, "2023", 0, 0, 17, "", FALSE, 0,
      SIRKEL_FLAG_MISSING, ".." },
    { 0, "1804", "1804", K, 2024, 2024, 0, "2024", 0, 0, 17, "", TRUE, 10500, NONE, "" },
    { 1, "1804", "1804", K, 2023, 2023, 0, "2023", 0, 0, 17, "", FALSE, 0,
      SIRKEL_FLAG_MISSING_PROVISIONAL, "..." },
    { 1, "1804", "1804", K, 2024, 2024, 0, "2024", 0, 0, 17, "", TRUE, 20.2, NONE, "" },
    /* : bare (suppressed); "-" quoted (nil: 0); . bare (the spec's dot code 1, which this
     * file shows as "..": missing); - bare (nil: 0) */
    { 0, "1804", "1804", K, 2023, 2023, 0, "2023", 0, 18, 66, "", FALSE, 0,
      SIRKEL_FLAG_SUPPRESSED, ":" },
    { 0, "1804", "1804", K, 2024, 2024, 0, "2024", 0, 18, 66, "", TRUE, 0,
      SIRKEL_FLAG_NIL, "-" },
    { 1, "1804", "1804", K, 2023, 2023, 0, "2023", 0, 18, 66, "", FALSE, 0,
      SIRKEL_FLAG_MISSING, "." },
    { 1, "1804", "1804", K, 2024, 2024, 0, "2024", 0, 18, 66, "", TRUE, 0,
      SIRKEL_FLAG_NIL, "-" },
  };
  g_autoptr(SirkelImportTable) table = read_fixture ("two-by-two.px", NULL);

  g_assert_cmpstr (table->encoding, ==, "UTF-8");
  g_assert_cmpstr (table->source, ==, "SSB");
  g_assert_cmpstr (table->table_id, ==, "12345");
  g_assert_cmpstr (table->title, ==,
                   "12345: Personer og andel, etter region, alder, statistikkvariabel og år");
  g_assert_cmpuint (table->measures->len, ==, 2);
  g_assert_cmpstr (measure (table, 0)->key, ==, "Personer1");
  g_assert_cmpstr (measure (table, 0)->label, ==, "Personer");
  g_assert_cmpstr (measure (table, 0)->unit, ==, "personer");
  g_assert_cmpint (measure (table, 0)->decimals, ==, 0);
  g_assert_cmpstr (measure (table, 1)->key, ==, "Andel2");
  g_assert_cmpstr (measure (table, 1)->label, ==, "Andel i befolkningen");
  g_assert_cmpstr (measure (table, 1)->unit, ==, "prosent");
  g_assert_cmpint (measure (table, 1)->decimals, ==, 1);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

/* A CRLF file with bare LFs inside quoted strings: the text keeps them, the line count
 * counts them, and an odd statement of an unused keyword is skipped with its line. */
static void
test_crlf_raw_lf (void)
{
  static const Expected expected[] = {
    { 0, "1804", "1804", K, 2024, 2024, 0, "2024", 0, 0, 120, "", TRUE, 53400, NONE, "" },
    { 0, "1865", "1865", K, 2024, 2024, 0, "2024", 0, 0, 120, "", TRUE, 9650, NONE, "" },
  };
  g_autoptr(SirkelImportTable) table = read_fixture ("crlf-raw-lf.px", NULL);

  g_assert_cmpstr (table->encoding, ==, "ISO-8859-1");
  g_assert_cmpstr (table->title, ==, "54321: Første linje\nandre linje");
  g_assert_cmpstr (table->table_id, ==, "54321");
  g_assert_cmpstr (measure (table, 0)->key, ==, "Bosatte");
  g_assert_cmpstr (measure (table, 0)->unit, ==, "personer");
  check_observations (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_true (has_warning (table, "Line 15:"));
  g_assert_true (has_warning (table, "INFOFILE"));
}

static void
test_quarterly (void)
{
  static const Expected expected[] = {
    { 0, "0", "0", SIRKEL_GEO_LEVEL_LANDET, 2024, 2024, 4, "2024K4", 0, 0, 120, "", TRUE,
      2900000, NONE, "" },
    { 0, "0", "0", SIRKEL_GEO_LEVEL_LANDET, 2025, 2025, 1, "2025K1", 0, 0, 120, "", TRUE,
      2910000.5, NONE, "" },
  };
  g_autoptr(SirkelImportTable) table = read_fixture ("quarterly.px", NULL);

  g_assert_cmpstr (table->source, ==, "SSB");
  g_assert_cmpstr (table->table_id, ==, "11111");
  check_observations (table, expected, G_N_ELEMENTS (expected));
}

/* TLIST(Q1) and TLIST(M1) with the specification's own codes: "20251", "202403". */
static void
test_spec_time_codes (void)
{
  static const char quarters[] =
    "CHARSET=\"ANSI\";\nTITLE=\"Q\";\nSTUB=\"region\";\nHEADING=\"tid\";\n"
    "VALUES(\"region\")=\"0301\";\nVALUES(\"tid\")=\"2024Q4\",\"2025Q1\";\n"
    "CODES(\"tid\")=\"20244\",\"20251\";\nTIMEVAL(\"tid\")=TLIST(Q1,\"20244\"-\"20251\");\n"
    "DATA=\n1 2;\n";
  static const char months[] =
    "TITLE=\"M\";\nSTUB=\"region\";\nHEADING=\"tid\";\n"
    "VALUES(\"region\")=\"0301\";\nVALUES(\"tid\")=\"2024M03\",\"2024M12\";\n"
    "CODES(\"tid\")=\"202403\",\"202412\";\nTIMEVAL(\"tid\")=TLIST(M1),\"202403\"-\"202412\";\n"
    "DATA=\n1,\t2\n;\n";
  g_autoptr(GBytes) q = g_bytes_new_static (quarters, sizeof quarters - 1);
  g_autoptr(GBytes) m = g_bytes_new_static (months, sizeof months - 1);
  g_autoptr(SirkelImportTable) tq = read_bytes (q, NULL);
  g_autoptr(SirkelImportTable) tm = read_bytes (m, NULL);
  const SirkelObservation *o;

  g_assert_cmpuint (tq->observations->len, ==, 2);
  o = &g_array_index (tq->observations, SirkelObservation, 0);
  g_assert_cmpint (o->period_from, ==, 2024);
  g_assert_cmpint (o->period_part, ==, 4);
  g_assert_cmpstr (o->period_label, ==, "2024Q4");
  o = &g_array_index (tq->observations, SirkelObservation, 1);
  g_assert_cmpint (o->period_from, ==, 2025);
  g_assert_cmpint (o->period_part, ==, 1);
  g_assert_cmpuint (tm->observations->len, ==, 2);
  o = &g_array_index (tm->observations, SirkelObservation, 0);
  g_assert_cmpint (o->period_part, ==, SIRKEL_PERIOD_MONTH_BASE + 3);
  o = &g_array_index (tm->observations, SirkelObservation, 1);
  g_assert_cmpint (o->period_to, ==, 2024);
  g_assert_cmpint (o->period_part, ==, SIRKEL_PERIOD_MONTH_BASE + 12);
}

/* No CODES: the labels are the codes; "0301 Oslo" and "K-1804 Bodø" split at the space. */
static void
test_no_codes (void)
{
  static const Expected expected[] = {
    { 0, "0301 Oslo", "0301", K, 2024, 2024, 0, "2024", 0, 0, 120, "", TRUE, 717000, NONE, "" },
    { 0, "0301 Oslo", "0301", K, 2024, 2024, 0, "2024", 1, 0, 120, "", TRUE, 357000, NONE, "" },
    { 0, "0301 Oslo", "0301", K, 2024, 2024, 0, "2024", 2, 0, 120, "", TRUE, 360000, NONE, "" },
    { 0, "K-1804 Bodø", "1804", K, 2024, 2024, 0, "2024", 0, 0, 120, "", TRUE, 53400, NONE, "" },
    { 0, "K-1804 Bodø", "1804", K, 2024, 2024, 0, "2024", 1, 0, 120, "", TRUE, 26900, NONE, "" },
    { 0, "K-1804 Bodø", "1804", K, 2024, 2024, 0, "2024", 2, 0, 120, "", TRUE, 26500, NONE, "" },
  };
  g_autoptr(SirkelImportTable) table = read_fixture ("no-codes.px", NULL);

  g_assert_cmpstr (table->encoding, ==, "ISO-8859-1");
  g_assert_cmpstr (table->table_id, ==, "NoCodes");
  g_assert_cmpstr (table->title, ==, "Bosatte, etter region, kjønn og år");
  g_assert_cmpint (measure (table, 0)->decimals, ==, 0);
  check_observations (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

/* [en] statements (other names, another count of values) are ignored. */
static void
test_multilingual (void)
{
  static const Expected expected[] = {
    { 0, "5501", "5501", K, 2023, 2023, 0, "2023", 0, 0, 120, "", TRUE, 77000, NONE, "" },
    { 0, "5501", "5501", K, 2024, 2024, 0, "2024", 0, 0, 120, "", TRUE, 78000, NONE, "" },
    { 0, "1865", "1865", K, 2023, 2023, 0, "2023", 0, 0, 120, "", TRUE, 9700, NONE, "" },
    { 0, "1865", "1865", K, 2024, 2024, 0, "2024", 0, 0, 120, "", TRUE, 9650, NONE, "" },
  };
  g_autoptr(SirkelImportTable) table = read_fixture ("multilingual.px", NULL);

  g_assert_cmpstr (table->title, ==, "22222: Bosatte, etter region og år");
  g_assert_cmpstr (table->source, ==, "SSB");
  g_assert_cmpstr (measure (table, 0)->key, ==, "Bosatte");
  g_assert_cmpstr (measure (table, 0)->unit, ==, "personer");
  check_observations (table, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

static void
test_wrong_count (void)
{
  g_autoptr(GBytes) bytes = load ("wrong-count.px");

  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_SHAPE,
                "Line 10: DATA has 3 values, the variables need 4.");
}

static void
test_keys (void)
{
  g_autoptr(GBytes) bytes = load ("keys.px");

  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_FORMAT, "Line 10: the file uses KEYS");
}

/* CODEPAGE is honoured but cross-checked; the user's choice wins. */
static void
test_encodings (void)
{
  g_autoptr(SirkelImportTable) utf8_but_1252 = read_fixture ("codepage-utf8-but-1252.px", NULL);
  g_autoptr(SirkelImportTable) latin1_but_utf8 = read_fixture ("codepage-latin1-but-utf8.px",
                                                               NULL);
  g_autoptr(SirkelImportTable) overridden = read_fixture ("codepage-latin1-but-utf8.px", "UTF-8");
  g_autoptr(SirkelImportTable) iso = read_fixture ("spec-example.px", "ISO-8859-1");
  g_autoptr(GBytes) spec = load ("spec-example.px");

  g_assert_cmpstr (utf8_but_1252->encoding, ==, "WINDOWS-1252");
  g_assert_true (has_warning (utf8_but_1252, "not valid UTF-8"));
  g_assert_cmpstr (utf8_but_1252->title, ==, "99999: Eksempel, etter region, kjønn og år");
  check_observations (utf8_but_1252, spec_example, G_N_ELEMENTS (spec_example));

  /* Kept as declared, so the letters come out wrong, with two warnings saying so. */
  g_assert_cmpstr (latin1_but_utf8->encoding, ==, "ISO-8859-1");
  g_assert_true (has_warning (latin1_but_utf8, "look like UTF-8"));
  g_assert_true (has_warning (latin1_but_utf8, "wrong encoding"));
  g_assert_cmpstr (latin1_but_utf8->title, ==, "99999: Eksempel, etter region, kjÃ¸nn og Ã¥r");
  /* "kjÃ¸nn" is no name for sex, so it is an ordinary dimension; the numbers are right. */
  g_assert_cmpuint (latin1_but_utf8->observations->len, ==, G_N_ELEMENTS (spec_example));
  for (guint i = 0; i < G_N_ELEMENTS (spec_example); i++)
    {
      const SirkelObservation *o = &g_array_index (latin1_but_utf8->observations,
                                                   SirkelObservation, i);

      g_assert_cmpstr (o->geo, ==, spec_example[i].geo);
      g_assert_cmpint (o->period_from, ==, spec_example[i].from);
      g_assert_cmpint (o->sex, ==, 0);
      g_assert_cmpstr (o->dims, ==, spec_example[i].sex == 1 ? "kjÃ¸nn=Menn" : "kjÃ¸nn=Kvinner");
      g_assert_cmpint (o->has_value, ==, spec_example[i].has_value);
      g_assert_cmpfloat_with_epsilon (o->value, spec_example[i].value, 1e-9);
      g_assert_cmpint (o->flag, ==, spec_example[i].flag);
    }

  g_assert_cmpstr (overridden->encoding, ==, "UTF-8");
  g_assert_cmpstr (overridden->title, ==, "99999: Eksempel, etter region, kjønn og år");
  g_assert_cmpuint (overridden->warnings->len, ==, 0);
  check_observations (overridden, spec_example, G_N_ELEMENTS (spec_example));

  g_assert_cmpstr (iso->encoding, ==, "ISO-8859-1");
  g_assert_cmpstr (iso->title, ==, "99999: Eksempel, etter region, kjønn og år");

  expect_error (spec, "UTF-8", SIRKEL_IMPORT_ERROR_ENCODING, "UTF-8");
}

/* A UTF-8 BOM beats a single-byte CODEPAGE; an unknown CODEPAGE means detection. */
static void
test_encoding_bom_and_unknown (void)
{
  static const char bom[] =
    "\xef\xbb\xbf" "CHARSET=\"ANSI\";\nCODEPAGE=\"iso-8859-1\";\nTITLE=\"Bodø\";\n"
    "STUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"1804\";\n"
    "VALUES(\"år\")=\"2024\";\nDATA=\n1;\n";
  static const char unknown[] =
    "CODEPAGE=\"ibm-850\";\nTITLE=\"Bod\xf8\";\n"
    "STUB=\"region\";\nHEADING=\"tid\";\nVALUES(\"region\")=\"1804\";\n"
    "VALUES(\"tid\")=\"2024\";\nDATA=\n1;\n";
  g_autoptr(GBytes) bom_bytes = g_bytes_new_static (bom, sizeof bom - 1);
  g_autoptr(GBytes) unknown_bytes = g_bytes_new_static (unknown, sizeof unknown - 1);
  g_autoptr(SirkelImportTable) with_bom = read_bytes (bom_bytes, NULL);
  g_autoptr(SirkelImportTable) detected = read_bytes (unknown_bytes, NULL);

  g_assert_cmpstr (with_bom->encoding, ==, "UTF-8 with BOM");
  g_assert_cmpstr (with_bom->title, ==, "Bodø");
  g_assert_true (has_warning (with_bom, "byte order mark"));
  g_assert_cmpstr (detected->encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (detected->title, ==, "Bodø");
  g_assert_true (has_warning (detected, "“ibm-850” is not an encoding Sirkel knows"));
}

/* Symbols in a non-SSB file: the positions decide; undeclared symbols are warned about and a
 * token with digits that is no number is refused. */
static void
test_symbols (void)
{
  static const char text[] =
    "TITLE=\"Symbols\";\nSOURCE=\"Eksempelkilde\";\nSTUB=\"region\";\nHEADING=\"år\";\n"
    "VALUES(\"region\")=\"0301\";\nVALUES(\"år\")=\"2016\",\"2017\",\"2018\",\"2019\",\"2020\","
    "\"2021\",\"2022\",\"2023\",\"2024\";\n"
    "DATASYMBOL2=\"x\";\nDATASYMBOLNIL=\"nil\";\nDATASYMBOL4=\"0\";\n"
    "DATA=\n\".\" \"..\" x \"...\" \"....\" nil - * 1.5e3\n;\n";
  static const char bad[] =
    "TITLE=\"Bad\";\nSTUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"0301\";\n"
    "VALUES(\"år\")=\"2023\",\"2024\";\nDATA=\n1\n12a\n;\n";
  static const struct { gboolean has_value; double value; SirkelFlag flag; const char *raw; }
  expected[] = {
    { FALSE, 0, SIRKEL_FLAG_MISSING, "." },
    { FALSE, 0, SIRKEL_FLAG_MISSING, ".." },
    { FALSE, 0, SIRKEL_FLAG_MISSING, "x" },
    { FALSE, 0, SIRKEL_FLAG_SUPPRESSED, "..." },
    { FALSE, 0, SIRKEL_FLAG_UNKNOWN, "...." },
    { TRUE, 0, SIRKEL_FLAG_NIL, "nil" },
    { TRUE, 0, SIRKEL_FLAG_NIL, "-" },
    { FALSE, 0, SIRKEL_FLAG_SUPPRESSED, "*" },
    { TRUE, 1500, SIRKEL_FLAG_NONE, "" },
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GBytes) bad_bytes = g_bytes_new_static (bad, sizeof bad - 1);
  g_autoptr(SirkelImportTable) table = read_bytes (bytes, NULL);

  g_assert_cmpstr (table->source, ==, "Eksempelkilde");
  g_assert_cmpuint (table->observations->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);

      g_assert_cmpint (o->period_from, ==, 2016 + (int) i);
      g_assert_cmpint (o->has_value, ==, expected[i].has_value);
      if (o->has_value)
        g_assert_cmpfloat_with_epsilon (o->value, expected[i].value, 1e-9);
      g_assert_cmpint (o->flag, ==, expected[i].flag);
      g_assert_cmpstr (o->flag_raw, ==, expected[i].raw);
    }
  g_assert_true (has_warning (table, "Line 9: DATASYMBOL4 is the number “0”"));
  g_assert_true (has_warning (table, "Line 11: DATA has the symbol “*”"));
  g_assert_false (has_warning (table, "No variable is a region"));

  expect_error (bad_bytes, NULL, SIRKEL_IMPORT_ERROR_VALUE, "Line 8: “12a” in DATA");
}

/* Extra dimensions go into dims sorted by key; sex and age by name; a sex variable with an
 * unknown value stays a dimension. */
static void
test_dims (void)
{
  static const char text[] =
    "TITLE=\"Dims\";\nSTUB=\"Region\",\"utdanning\",\"kjønn\";\nHEADING=\"Alder\",\"Tid\";\n"
    "VALUES(\"Region\")=\"Oslo\";\nCODES(\"Region\")=\"0301\";\n"
    "VALUES(\"utdanning\")=\"Grunnskole\",\"Høyere\";\nCODES(\"utdanning\")=\"1\",\"3\";\n"
    "VARIABLECODE(\"utdanning\")=\"UTDANN\";\n"
    "VALUES(\"kjønn\")=\"Kvinner\",\"Ukjent\";\n"
    "VALUES(\"Alder\")=\"Alle aldre\",\"67 år eller eldre\";\nCODES(\"Alder\")=\"999\",\"067+\";\n"
    "VALUES(\"Tid\")=\"2024\";\n"
    "DATA=\n1 2\n3 4\n5 6\n7 8;\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(SirkelImportTable) table = read_bytes (bytes, NULL);
  static const struct { const char *dims; int lo, hi; } expected[] = {
    { "UTDANN=1;kjønn=Kvinner", 0, 120 }, { "UTDANN=1;kjønn=Kvinner", 67, 120 },
    { "UTDANN=1;kjønn=Ukjent", 0, 120 }, { "UTDANN=1;kjønn=Ukjent", 67, 120 },
    { "UTDANN=3;kjønn=Kvinner", 0, 120 }, { "UTDANN=3;kjønn=Kvinner", 67, 120 },
    { "UTDANN=3;kjønn=Ukjent", 0, 120 }, { "UTDANN=3;kjønn=Ukjent", 67, 120 },
  };

  g_assert_cmpuint (table->observations->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const SirkelObservation *o = &g_array_index (table->observations, SirkelObservation, i);

      g_assert_cmpstr (o->geo, ==, "0301");
      g_assert_cmpint (o->sex, ==, 0);
      g_assert_cmpstr (o->dims, ==, expected[i].dims);
      g_assert_cmpint (o->age_lo, ==, expected[i].lo);
      g_assert_cmpint (o->age_hi, ==, expected[i].hi);
      g_assert_cmpfloat_with_epsilon (o->value, i + 1, 1e-9);
    }
  g_assert_true (has_warning (table, "“Ukjent” is not a sex"));
}

static void
test_syntax_errors (void)
{
  static const char broken_values[] =
    "TITLE=\"x\";\nSTUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"a\",\n\"b\" x;\n"
    "VALUES(\"år\")=\"2024\";\nDATA=1 2;\n";
  static const char no_equals[] = "TITLE=\"x\";\n\nSTUB \"region\";\n";
  static const char no_semicolon[] = "TITLE=\"x\";\nSTUB=\"region\"\n";
  static const char no_data[] =
    "TITLE=\"x\";\nSTUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"0301\";\n"
    "VALUES(\"år\")=\"2024\";\n";
  static const char no_time[] =
    "TITLE=\"x\";\nSTUB=\"region\";\nHEADING=\"y\";\nVALUES(\"region\")=\"0301\";\n"
    "VALUES(\"y\")=\"a\";\nDATA=1;\n";
  static const char codes_count[] =
    "TITLE=\"x\";\nSTUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"0301\";\n"
    "CODES(\"region\")=\"0301\",\"1804\";\nVALUES(\"år\")=\"2024\";\nDATA=1;\n";
  static const char twice[] =
    "TITLE=\"x\";\nSTUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"Oslo\",\"Oslo\";\n"
    "VALUES(\"år\")=\"2024\";\nDATA=1 2;\n";
  static const char stray[] =
    "TITLE=\"x\";\n???;\nSTUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"0301\";\n"
    "VALUES(\"år\")=\"2024\";\nDATA=1";
  const struct { const char *text; gsize len; int code; const char *message; } cases[] = {
    { broken_values, sizeof broken_values - 1, SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 5: unexpected “x” in the statement VALUES" },
    { no_equals, sizeof no_equals - 1, SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 3: unexpected “\"” in the statement STUB" },
    { no_semicolon, sizeof no_semicolon - 1, SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 2: the statement STUB does not end with “;”" },
    { no_data, sizeof no_data - 1, SIRKEL_IMPORT_ERROR_FORMAT,
      "the file ends without a DATA section" },
    { no_time, sizeof no_time - 1, SIRKEL_IMPORT_ERROR_FORMAT, "no variable is time" },
    { codes_count, sizeof codes_count - 1, SIRKEL_IMPORT_ERROR_SHAPE,
      "Line 5: CODES(“region”) has 2 codes but VALUES has 1 values." },
    { twice, sizeof twice - 1, SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 4: the variable “region” has the value “Oslo” twice." },
  };
  g_autoptr(GBytes) stray_bytes = g_bytes_new_static (stray, sizeof stray - 1);
  g_autoptr(SirkelImportTable) table = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, cases[i].len);

      g_test_message ("case %u", i);
      expect_error (bytes, NULL, cases[i].code, cases[i].message);
    }

  /* Stray text is skipped with a warning; DATA without its ';' is read, with a warning. */
  table = read_bytes (stray_bytes, NULL);
  g_assert_cmpuint (table->observations->len, ==, 1);
  g_assert_true (has_warning (table, "Line 2: expected a keyword, found “?”"));
  g_assert_true (has_warning (table, "Line 7: DATA does not end with “;”"));
}

/* ---- hostile input: refused (or read) in bounded time and memory ---- */

static void
test_hostile_overflow (void)
{
  g_autoptr(GString) text = g_string_new ("TITLE=\"x\";\n"
                                          "STUB=\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\";\n"
                                          "HEADING=\"år\";\n");
  g_autoptr(GBytes) bytes = NULL;

  for (char v = 'a'; v <= 'g'; v++)
    {
      g_string_append_printf (text, "VALUES(\"%c\")=", v);
      for (guint i = 0; i < 1000; i++)
        g_string_append_printf (text, "%s\"%u\"", i > 0 ? "," : "", i);
      g_string_append (text, ";\n");
    }
  g_string_append (text, "VALUES(\"år\")=\"2024\";\nDATA=1;\n");
  bytes = g_bytes_new (text->str, text->len);
  /* 1000³ is past the bound already; the third VALUES is on line 6. */
  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                "Line 6: the variables describe more than 20000000 cells");
}

static void
test_hostile_unterminated (void)
{
  gsize size = 5 * 1024 * 1024;
  g_autoptr(GString) text = g_string_sized_new (size + 64);
  g_autoptr(GBytes) bytes = NULL;
  gint64 start;

  g_string_append (text, "CHARSET=\"ANSI\";\nTITLE=\"");
  for (gsize i = 0; i < size; i++)
    g_string_append_c (text, i % 100 == 99 ? '\n' : 'a');
  bytes = g_bytes_new (text->str, text->len);
  start = g_get_monotonic_time ();
  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_SHAPE,
                "Line 2: a quoted text starts here and has no closing quote");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  /* Closed, but longer than a field may be. */
  g_string_append (text, "\";\n");
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (text->str, text->len);
  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_TOO_LARGE, "Line 2: a quoted text is longer");
}

static void
test_hostile_unknown_statements (void)
{
  g_autoptr(GBytes) spec = load ("spec-example.px");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SirkelImportTable) table = NULL;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "X-UNKNOWN(\"%u\")=\"value\",%u,YES;\r\n", i, i);
  g_string_append_len (text, g_bytes_get_data (spec, NULL), g_bytes_get_size (spec));
  bytes = g_bytes_new (text->str, text->len);
  start = g_get_monotonic_time ();
  table = read_bytes (bytes, NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  check_observations (table, spec_example, G_N_ELEMENTS (spec_example));
  g_assert_cmpuint (table->warnings->len, ==, 0);
}

static void
test_hostile_short_data (void)
{
  static const char text[] =
    "TITLE=\"x\";\nSTUB=\"region\",\"b\";\nHEADING=\"år\";\n"
    "VALUES(\"region\")=\"0301\",\"1804\";\nVALUES(\"b\")=\"1\",\"2\",\"3\",\"4\";\n"
    "VALUES(\"år\")=\"2020\",\"2021\",\"2022\",\"2023\",\"2024\";\nDATA=\n1 2 3 \".\" 5\n;\n";

  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);

  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_SHAPE,
                "Line 7: DATA has 5 values, the variables need 40.");
}

static void
test_hostile_nul (void)
{
  g_autoptr(GBytes) spec = load ("spec-example.px");
  g_autofree guint8 *copy = g_memdup2 (g_bytes_get_data (spec, NULL), g_bytes_get_size (spec));
  const char *line5 = strstr ((const char *) copy, "VALUES(\"region\")");
  g_autoptr(GBytes) bytes = NULL;

  g_assert_nonnull (line5);
  copy[line5 - (const char *) copy + 3] = '\0';
  bytes = g_bytes_new (copy, g_bytes_get_size (spec));
  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_ENCODING, "Line 6: the file contains a NUL byte");
}

static void
test_hostile_unterminated_data (void)
{
  static const char text[] =
    "TITLE=\"x\";\nSTUB=\"region\";\nHEADING=\"år\";\nVALUES(\"region\")=\"0301\";\n"
    "VALUES(\"år\")=\"2024\",\"2025\";\nDATA=\n1\n\"..;\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);

  expect_error (bytes, NULL, SIRKEL_IMPORT_ERROR_SHAPE,
                "Line 8: a quoted value in DATA has no closing quote");
}

static void
test_cancelled (void)
{
  g_autoptr(GBytes) bytes = load ("spec-example.px");
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (sirkel_px_read (bytes, NULL, table, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_sniff (void)
{
  static const char *yes[] = {
    "CHARSET=\"ANSI\";\r\nAXIS-VERSION=\"2010\";",
    "\xef\xbb\xbf" "AXIS-VERSION=\"2013\";\n",
    "LANGUAGE=\"no\";\nMATRIX=\"x\";",
    "INFO=\"x\";\nSTUB=\"a\";",
    "TITLE[en]=\"x\";",
  };
  static const char *no[] = {
    "GEO;AAR;KJONN;ALDER;TELLER\n0;2021_2023;0;0_120;5\n",
    "\"region\";\"Bosatte 2023\"\n",
    "{\"version\":\"2.0\",\"class\":\"dataset\"}",
    "sep=\t\n",
    "INFO=\"x\";\nSOMETHING=\"y\";",
    "",
  };
  g_autoptr(GBytes) spec = load ("spec-example.px");

  g_assert_true (sirkel_px_sniff (g_bytes_get_data (spec, NULL), g_bytes_get_size (spec)));
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    g_assert_true (sirkel_px_sniff ((const guint8 *) yes[i], strlen (yes[i])));
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    g_assert_false (sirkel_px_sniff ((const guint8 *) no[i], strlen (no[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/px/spec-example", test_spec_example);
  g_test_add_func ("/import/px/spec-example-note", test_spec_example_note);
  g_test_add_func ("/import/px/two-by-two", test_two_by_two);
  g_test_add_func ("/import/px/crlf-raw-lf", test_crlf_raw_lf);
  g_test_add_func ("/import/px/quarterly", test_quarterly);
  g_test_add_func ("/import/px/spec-time-codes", test_spec_time_codes);
  g_test_add_func ("/import/px/no-codes", test_no_codes);
  g_test_add_func ("/import/px/multilingual", test_multilingual);
  g_test_add_func ("/import/px/wrong-count", test_wrong_count);
  g_test_add_func ("/import/px/keys", test_keys);
  g_test_add_func ("/import/px/encodings", test_encodings);
  g_test_add_func ("/import/px/encoding-bom-and-unknown", test_encoding_bom_and_unknown);
  g_test_add_func ("/import/px/symbols", test_symbols);
  g_test_add_func ("/import/px/dims", test_dims);
  g_test_add_func ("/import/px/syntax-errors", test_syntax_errors);
  g_test_add_func ("/import/px/hostile/overflow", test_hostile_overflow);
  g_test_add_func ("/import/px/hostile/unterminated", test_hostile_unterminated);
  g_test_add_func ("/import/px/hostile/unknown-statements", test_hostile_unknown_statements);
  g_test_add_func ("/import/px/hostile/short-data", test_hostile_short_data);
  g_test_add_func ("/import/px/hostile/nul", test_hostile_nul);
  g_test_add_func ("/import/px/hostile/unterminated-data", test_hostile_unterminated_data);
  g_test_add_func ("/import/px/cancelled", test_cancelled);
  g_test_add_func ("/import/px/sniff", test_sniff);

  return g_test_run ();
}
