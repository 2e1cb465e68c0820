/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The delimited-text tokenizer (sirkel-delimited.c) on small in-memory texts: quotes, line
 * ends, the sep= line, separator sniffing, ragged rows, value cells; then hostile input fed
 * to the readers (a 2 MB field, 20 000 columns, an unterminated quote at the end of a large
 * file, NUL bytes, invalid UTF-8, random bytes, cancellation), each refused or decoded within
 * a bounded time. The fixtures are in test-import-csv.c.
 */
#define G_LOG_DOMAIN "test-import-csv-tokenizer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sirkel-delimited.h"
#include "sirkel-readers.h"

typedef gboolean (*ReadFunc) (GBytes *, const char *, SirkelImportTable *, GCancellable *,
                              GError **);

static const ReadFunc readers[] = {
  sirkel_fhi_csv_read, sirkel_ssb_csv_read, sirkel_udir_read, sirkel_long_csv_read,
};

static SirkelDelimited *
tokenizer_for (const char        *text,
               gsize              len,
               SirkelImportTable *table,
               char              *separator)
{
  char *copy = g_malloc (len + 1);
  SirkelDelimited *tok;

  memcpy (copy, text, len);
  copy[len] = '\0';
  tok = sirkel_delimited_new (copy, len, table);
  if (separator != NULL && *separator != 0)
    sirkel_delimited_set_separator (tok, *separator);
  return tok;
}

/* Reads the next record and checks its line and fields ("|"-joined). */
static void
assert_record (SirkelDelimited *tok,
               guint            line,
               const char      *joined)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) got = g_string_new (NULL);
  SirkelField *fields;

  g_assert_true (sirkel_delimited_next (tok, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sirkel_delimited_get_line (tok), ==, line);
  fields = sirkel_delimited_get_fields (tok);
  for (guint i = 0; i < sirkel_delimited_get_n_fields (tok); i++)
    {
      g_assert_cmpuint (strlen (fields[i].text), ==, fields[i].len);
      if (i > 0)
        g_string_append_c (got, '|');
      g_string_append_len (got, fields[i].text, fields[i].len);
    }
  g_assert_cmpstr (got->str, ==, joined);
}

static void
assert_end (SirkelDelimited *tok)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sirkel_delimited_next (tok, &error));
  g_assert_no_error (error);
}

static void
assert_next_fails (SirkelDelimited *tok,
                   int              code,
                   const char      *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sirkel_delimited_next (tok, &error));
  g_assert_error (error, SIRKEL_IMPORT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_quotes (void)
{
  static const char text[] = "a,\"b \"\"c\"\"\",d\r\n\"multi\nline\",x,y\n\"\",z,\n";
  g_autoptr(SirkelDelimited) tok = tokenizer_for (text, strlen (text), NULL, ",");
  SirkelField *fields;

  assert_record (tok, 1, "a|b \"c\"|d");
  fields = sirkel_delimited_get_fields (tok);
  g_assert_false (fields[0].quoted);
  g_assert_true (fields[1].quoted);
  assert_record (tok, 2, "multi\nline|x|y");
  assert_record (tok, 4, "|z|");
  g_assert_true (sirkel_delimited_get_fields (tok)[0].quoted);
  g_assert_false (sirkel_delimited_is_blank (tok));
  assert_end (tok);
}

static void
test_line_ends (void)
{
  static const char text[] = "a;b\rc;d\r\ne;f\ng;h";
  static const char blank[] = "a\n\n\r\n;;\nb\n";
  static const char inside[] = "\"x\ry\r\nz\";1\r\n2;3";
  g_autoptr(SirkelDelimited) tok = tokenizer_for (text, strlen (text), NULL, ";");
  g_autoptr(SirkelDelimited) tok2 = tokenizer_for (blank, strlen (blank), NULL, ";");
  g_autoptr(SirkelDelimited) tok3 = tokenizer_for (inside, strlen (inside), NULL, ";");

  assert_record (tok, 1, "a|b");
  assert_record (tok, 2, "c|d");
  assert_record (tok, 3, "e|f");
  assert_record (tok, 4, "g|h");
  assert_end (tok);

  assert_record (tok2, 1, "a");
  assert_record (tok2, 2, "");
  g_assert_cmpuint (sirkel_delimited_get_n_fields (tok2), ==, 0);
  assert_record (tok2, 3, "");
  assert_record (tok2, 4, "||");
  g_assert_true (sirkel_delimited_is_blank (tok2));
  assert_record (tok2, 5, "b");
  assert_end (tok2);

  /* A bare CR and a CRLF inside quotes are kept, and counted as lines. */
  assert_record (tok3, 1, "x\ry\r\nz|1");
  assert_record (tok3, 4, "2|3");
  assert_end (tok3);
}

static void
test_sep_line (void)
{
  static const char semicolon[] = "sep=;\na;b\n1,5;2\n";
  static const char tab[] = "SEP=\t\r\nx\ty\r\n";
  static const char empty[] = "sep=\na,b\n1,2\n";
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(SirkelDelimited) tok = tokenizer_for (semicolon, strlen (semicolon), NULL, NULL);
  g_autoptr(SirkelDelimited) tok2 = tokenizer_for (tab, strlen (tab), NULL, NULL);
  g_autoptr(SirkelDelimited) tok3 = tokenizer_for (empty, strlen (empty), table, NULL);

  sirkel_delimited_choose_separator (tok, ",");
  g_assert_cmpint (sirkel_delimited_get_separator (tok), ==, ';');
  g_assert_true (sirkel_delimited_had_sep_line (tok));
  assert_record (tok, 2, "a|b");
  assert_record (tok, 3, "1,5|2");
  assert_end (tok);

  sirkel_delimited_choose_separator (tok2, ";,");
  g_assert_cmpint (sirkel_delimited_get_separator (tok2), ==, '\t');
  assert_record (tok2, 2, "x|y");

  sirkel_delimited_choose_separator (tok3, ";,");
  g_assert_false (sirkel_delimited_had_sep_line (tok3));
  g_assert_cmpint (sirkel_delimited_get_separator (tok3), ==, ',');
  assert_record (tok3, 2, "a|b");
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (table->warnings, 0), ==,
                   "Line 1: a “sep=” line names no separator; it was ignored.");
}

static void
test_sniff_separator (void)
{
  static const struct { const char *text; char expected; } cases[] = {
    { "Sted;År;Verdi\nOslo;2019;1,5\nBodø;2019;2,5\n", ';' },
    { "\"a;b\",c\n\"d;e\",f\n", ',' },
    { "a\tb\tc\n1\t2,5\t3\n", '\t' },
    { "\"99999: Tittel, etter region\"\n\n\"region\";\"Bosatte 2023\"\n\"K-1804 Bodø\";5\n", ';' },
    { "GEO;AAR;RATE\n0;2020_2020;0.5\n1804;2020_2020;1.5\n", ';' },
    { "\"GEO\",\"AAR\",\"RATE\"\n\"03\",\"2020_2020\",1.5\n", ',' },
    { "one column\nonly\n", ';' },
    { "\"never closed;a;b\n", ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SirkelDelimited) tok = tokenizer_for (cases[i].text, strlen (cases[i].text),
                                                      NULL, NULL);

      sirkel_delimited_choose_separator (tok, ";,\t");
      g_assert_cmpint (sirkel_delimited_get_separator (tok), ==, cases[i].expected);
    }
}

static void
test_fit (void)
{
  static const char text[] = "a;b;;\n1;2;\n1;2;;\n1;2;x\n1\n";
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(SirkelDelimited) tok = tokenizer_for (text, strlen (text), table, ";");
  g_autoptr(GError) error = NULL;

  assert_record (tok, 1, "a|b||");
  g_assert_cmpuint (sirkel_delimited_trim_trailing (tok), ==, 2);
  g_assert_cmpuint (sirkel_delimited_get_n_fields (tok), ==, 2);
  assert_record (tok, 2, "1|2|");
  g_assert_true (sirkel_delimited_fit (tok, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sirkel_delimited_get_n_fields (tok), ==, 2);
  assert_record (tok, 3, "1|2||");
  g_assert_true (sirkel_delimited_fit (tok, 2, &error));
  assert_record (tok, 4, "1|2|x");
  g_assert_false (sirkel_delimited_fit (tok, 2, &error));
  g_assert_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_SHAPE);
  g_assert_cmpstr (error->message, ==, "Line 4: expected 2 fields, found 3.");
  g_clear_error (&error);
  assert_record (tok, 5, "1");
  g_assert_false (sirkel_delimited_fit (tok, 2, &error));
  g_assert_cmpstr (error->message, ==, "Line 5: expected 2 fields, found 1.");
  /* One warning for the trailing separators, however many lines have one. */
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (table->warnings, 0), ==,
                   "Line 2: a trailing separator was ignored.");
}

static void
test_stray (void)
{
  static const char text[] = "\"ab\"cd;e\nf\"g;h\n";
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(SirkelDelimited) tok = tokenizer_for (text, strlen (text), table, ";");

  assert_record (tok, 1, "abcd|e");
  assert_record (tok, 2, "f\"g|h");
  assert_end (tok);
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (table->warnings, 0), ==,
                   "Line 1: text after a closing quote was kept in the field.");
}

static void
test_values (void)
{
  static const struct
  {
    const char     *cell;
    gboolean        quoted;
    char            sep;
    SirkelCellKind  kind;
    double          value;
  } ok[] = {
    { "1,5", FALSE, ';', SIRKEL_CELL_NUMBER, 1.5 }, { "1.5", FALSE, ';', SIRKEL_CELL_NUMBER, 1.5 },
    { "-3,2", FALSE, '\t', SIRKEL_CELL_NUMBER, -3.2 }, { "\xe2\x88\x92" "3,2", FALSE, ';',
      SIRKEL_CELL_NUMBER, -3.2 },
    { "12 %", FALSE, ';', SIRKEL_CELL_NUMBER, 12 }, { " 7 ", FALSE, ';', SIRKEL_CELL_NUMBER, 7 },
    { "1e-05", FALSE, ';', SIRKEL_CELL_NUMBER, 1e-05 }, { "0", FALSE, ';', SIRKEL_CELL_NUMBER, 0 },
    { "1,5", TRUE, ',', SIRKEL_CELL_NUMBER, 1.5 }, { "", FALSE, ';', SIRKEL_CELL_EMPTY, 0 },
    { "  ", FALSE, ';', SIRKEL_CELL_EMPTY, 0 }, { "..", FALSE, ';', SIRKEL_CELL_SYMBOL, 0 },
    { "x", FALSE, ';', SIRKEL_CELL_SYMBOL, 0 }, { "-", FALSE, ';', SIRKEL_CELL_SYMBOL, 0 },
  };
  static const struct { const char *cell; const char *message; } bad[] = {
    { "1 234",
      "Line 1, column “v”: “1 234” looks like a number with thousands "
      "separators, which Sirkel does not guess at." },
    { "1.234,5",
      "Line 1, column “v”: “1.234,5” looks like a number with thousands "
      "separators, which Sirkel does not guess at." },
    { "1\xc2\xa0" "234",
      "Line 1, column “v”: “1\xc2\xa0" "234” looks like a number with thousands "
      "separators, which Sirkel does not guess at." },
    { "1,2,3",
      "Line 1, column “v”: “1,2,3” looks like a number with thousands "
      "separators, which Sirkel does not guess at." },
    { "12a", "Line 1, column “v”: “12a” is neither a number nor a missing-value symbol." },
    { "1e999", "Line 1, column “v”: “1e999” is neither a number nor a missing-value symbol." },
  };
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(SirkelDelimited) tok = tokenizer_for ("x", 1, NULL, (char *) &ok[i].sep);
      g_autofree char *cell = g_strdup (ok[i].cell);
      SirkelField field = { cell, strlen (cell), ok[i].quoted };
      g_autoptr(GError) error = NULL;
      SirkelCellKind kind;
      double value = NAN;

      g_test_message ("cell “%s”", ok[i].cell);
      g_assert_true (sirkel_delimited_read_value (tok, 0, "v", &field, &kind, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, ok[i].kind);
      if (kind == SIRKEL_CELL_NUMBER)
        g_assert_cmpfloat_with_epsilon (value, ok[i].value, 1e-12);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(SirkelDelimited) tok = tokenizer_for ("x", 1, NULL, ";");
      g_autofree char *cell = g_strdup (bad[i].cell);
      SirkelField field = { cell, strlen (cell), FALSE };
      g_autoptr(GError) error = NULL;
      SirkelCellKind kind;
      double value;

      g_assert_false (sirkel_delimited_read_value (tok, 0, "v", &field, &kind, &value, &error));
      g_assert_error (error, SIRKEL_IMPORT_ERROR, SIRKEL_IMPORT_ERROR_VALUE);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }

  /* A column mixing the marks: read cell by cell, one warning. */
  {
    static const char text[] = "1,5;1\n2.5;2,5\n3.5;3\n";
    g_autoptr(SirkelDelimited) tok = tokenizer_for (text, strlen (text), table, ";");
    double sum = 0;

    while (sirkel_delimited_next (tok, NULL))
      {
        SirkelField *fields = sirkel_delimited_get_fields (tok);
        SirkelCellKind kind;
        double value;

        g_assert_true (sirkel_delimited_read_value (tok, 0, "a", &fields[0], &kind, &value, NULL));
        sum += value;
        g_assert_true (sirkel_delimited_read_value (tok, 1, "b", &fields[1], &kind, &value, NULL));
        sum += value;
      }
    g_assert_cmpfloat_with_epsilon (sum, 1.5 + 1 + 2.5 + 2.5 + 3.5 + 3, 1e-12);
    g_assert_cmpuint (table->warnings->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (table->warnings, 0), ==,
                     "Line 2: column “a” mixes “.” and “,” as decimal marks; each cell was read "
                     "by its own mark.");
  }
}

static void
test_errors (void)
{
  static const char nul[] = "a;b\nc\0d;e\n";
  static const char nul_quoted[] = "a;\"b\0\"\n";
  static const char open[] = "a;b\n1;\"2\n3;4\n";
  g_autoptr(SirkelDelimited) tok = tokenizer_for (nul, sizeof nul - 1, NULL, ";");
  g_autoptr(SirkelDelimited) tok2 = tokenizer_for (nul_quoted, sizeof nul_quoted - 1, NULL, ";");
  g_autoptr(SirkelDelimited) tok3 = tokenizer_for (open, strlen (open), NULL, ";");

  assert_record (tok, 1, "a|b");
  assert_next_fails (tok, SIRKEL_IMPORT_ERROR_ENCODING,
                     "Line 2: the file contains a NUL byte; it is not a text file.");
  assert_next_fails (tok2, SIRKEL_IMPORT_ERROR_ENCODING,
                     "Line 1: the file contains a NUL byte; it is not a text file.");
  assert_record (tok3, 1, "a|b");
  assert_next_fails (tok3, SIRKEL_IMPORT_ERROR_SHAPE,
                     "Line 2: a quoted field is not closed before the end of the file.");
}

static void
test_helpers (void)
{
  static const struct { const char *text; int sex; } sexes[] = {
    { "0", 0 }, { "1", 1 }, { "2", 2 }, { "Begge kjønn", 0 }, { "KJØNN SAMLET", 0 },
    { "Menn", 1 }, { "gutter", 1 }, { "Kvinner", 2 }, { "Jenter", 2 }, { "Males", 1 },
    { "Females", 2 }, { "Both sexes", 0 }, { "1 Menn", 1 }, { "9", -1 }, { "x", -1 }, { "", -1 },
  };
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  g_autofree char *long_text = g_strnfill (100, 'y');
  g_autofree char *shown = sirkel_delimited_shorten (long_text);
  const char *dims;

  for (guint i = 0; i < G_N_ELEMENTS (sexes); i++)
    g_assert_cmpint (sirkel_delimited_sex_from_text (sexes[i].text), ==, sexes[i].sex);

  g_assert_cmpstr (sirkel_delimited_join_dims (table, pairs), ==, "");
  g_ptr_array_add (pairs, (gpointer) "UTDANN");
  g_ptr_array_add (pairs, (gpointer) "2");
  g_ptr_array_add (pairs, (gpointer) "INNVKAT");
  g_ptr_array_add (pairs, (gpointer) "a;b=c");
  dims = sirkel_delimited_join_dims (table, pairs);
  g_assert_cmpstr (dims, ==, "INNVKAT=a,b:c;UTDANN=2");

  g_assert_cmpuint (g_utf8_strlen (shown, -1), ==, 41);
  g_assert_true (g_str_has_suffix (shown, "…"));
}

/* ------------------------------------------------------------------------------------------
 * Hostile input, through the readers
 * ------------------------------------------------------------------------------------------ */

static void
read_expect_error (ReadFunc    read,
                   GBytes     *bytes,
                   int         code,
                   const char *message)
{
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_false (read (bytes, NULL, table, NULL, &error));
  g_assert_error (error, SIRKEL_IMPORT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  /* Linear work: seconds would mean something quadratic crept in. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_hostile_field (void)
{
  GString *text = g_string_new ("indicator,geo,period,value\na,0301,2023,");
  g_autoptr(GBytes) unquoted = NULL;
  g_autoptr(GBytes) quoted = NULL;
  gsize prefix = text->len;

  for (guint i = 0; i < 2 * 1024 * 1024; i++)
    g_string_append_c (text, '7');
  g_string_append_c (text, '\n');
  unquoted = g_bytes_new (text->str, text->len);
  read_expect_error (sirkel_long_csv_read, unquoted, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                     "Line 2: a field is longer than 1 MB.");

  g_string_insert_c (text, prefix, '"');
  g_string_insert_c (text, text->len - 1, '"');
  quoted = g_bytes_new_take (text->str, text->len);
  g_string_free (text, FALSE);
  read_expect_error (sirkel_long_csv_read, quoted, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                     "Line 2: a quoted field runs on for more than 1 MB; is a closing quote "
                     "missing?");
}

static void
test_hostile_columns (void)
{
  GString *text = g_string_new ("GEO;AAR");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, ";M%u", i);
  g_string_append (text, "\n0;2020;1\n");
  bytes = g_bytes_new_take (text->str, text->len);
  g_string_free (text, FALSE);
  for (guint r = 0; r < G_N_ELEMENTS (readers); r++)
    read_expect_error (readers[r], bytes, SIRKEL_IMPORT_ERROR_TOO_LARGE,
                       "Line 1: more than 10000 columns.");
}

static void
test_hostile_unterminated (void)
{
  GString *text = g_string_new ("GEO;AAR;TELLER\n");
  g_autoptr(GBytes) bytes = NULL;
  guint rows = 250000;

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (text, "1804;2019_2021;%u\n", i);
  g_string_append (text, "1804;2019_2021;\"5\n");
  g_assert_cmpuint (text->len, >, 5 * 1000 * 1000);
  bytes = g_bytes_new_take (text->str, text->len);
  g_string_free (text, FALSE);
  read_expect_error (sirkel_fhi_csv_read, bytes, SIRKEL_IMPORT_ERROR_SHAPE,
                     "Line 250002: a quoted field is not closed before the end of the file.");
}

static void
test_hostile_nul (void)
{
  static const char utf8[] = "indicator,geo,period,value\na,0301,2023,1\0\n";
  static const guint8 utf16[] = { 'G', 0, 'E', 0, 'O', 0, ';', 0, 'A', 0, 'A', 0, 'R', 0, '\n', 0,
                                  '0', 0, ';', 0, 0, 0, '1', 0, '\n', 0 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (utf8, sizeof utf8 - 1);
  g_autoptr(GBytes) bytes16 = g_bytes_new_static (utf16, sizeof utf16);

  for (guint r = 0; r < G_N_ELEMENTS (readers); r++)
    {
      read_expect_error (readers[r], bytes, SIRKEL_IMPORT_ERROR_ENCODING,
                         "The file contains NUL bytes; it is not a text file.");
      read_expect_error (readers[r], bytes16, SIRKEL_IMPORT_ERROR_ENCODING,
                         "The file contains NUL bytes; it is not a text file.");
    }
}

/* Invalid UTF-8 in a file that starts as UTF-8: the whole file is read as Windows-1252 (the
 * rule of RELIABILITY.md §5), the numbers are unharmed and the mojibake is reported. */
static void
test_hostile_invalid_utf8 (void)
{
  static const char text[] = "indicator,geo,period,value,kjønn_tekst\n"
                             "andel,1804,2023,1.5,Bod\xf8\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GError) error = NULL;
  SirkelObservation *obs;

  g_assert_true (sirkel_long_csv_read (bytes, NULL, table, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (table->encoding, ==, "WINDOWS-1252");
  g_assert_cmpuint (table->observations->len, ==, 1);
  obs = &g_array_index (table->observations, SirkelObservation, 0);
  g_assert_cmpfloat_with_epsilon (obs->value, 1.5, 1e-12);
  g_assert_cmpstr (obs->dims, ==, "kjÃ¸nn_tekst=Bodø");
  g_assert_cmpuint (table->warnings->len, ==, 1);
  g_assert_true (strstr (g_ptr_array_index (table->warnings, 0), "UTF-8") != NULL);
}

/* Random bytes and random CSV-ish text: every reader returns, with an error when it fails. */
static void
test_hostile_random (void)
{
  static const char alphabet[] = ";,\t\"\r\n0123456789.-:*GEOAARsep=Kx _";
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240613);

  for (guint round = 0; round < 400; round++)
    {
      gsize len = g_rand_int_range (rand, 0, 3000);
      guint8 *data = g_malloc (len + 1);
      g_autoptr(GBytes) bytes = NULL;

      for (gsize i = 0; i < len; i++)
        {
          guint pick = g_rand_int_range (rand, 0, sizeof alphabet - 1);

          data[i] = round % 2 == 0 ? (guint8) g_rand_int_range (rand, 0, 256)
                                   : (guint8) alphabet[pick];
        }
      if (round % 4 == 1 && len > 20)
        memcpy (data, "GEO;AAR;RATE;SPVFLAGG\n", 20);
      bytes = g_bytes_new_take (data, len);
      for (guint r = 0; r < G_N_ELEMENTS (readers); r++)
        {
          g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
          g_autoptr(GError) error = NULL;
          gboolean ok = readers[r] (bytes, NULL, table, NULL, &error);

          g_assert_true (ok == (error == NULL));
          for (guint i = 0; ok && i < table->observations->len; i++)
            {
              SirkelObservation *obs = &g_array_index (table->observations, SirkelObservation, i);

              /* Never a number where the flag says there is none. */
              g_assert_true (!obs->has_value || sirkel_flag_has_value (obs->flag));
              g_assert_true (!obs->has_value || isfinite (obs->value));
              g_assert_nonnull (obs->geo);
              g_assert_nonnull (obs->dims);
            }
        }
      (void) sirkel_fhi_csv_sniff (g_bytes_get_data (bytes, NULL), len);
      (void) sirkel_ssb_csv_sniff (g_bytes_get_data (bytes, NULL), len);
      (void) sirkel_udir_sniff (g_bytes_get_data (bytes, NULL), len);
      (void) sirkel_long_csv_sniff (g_bytes_get_data (bytes, NULL), len);
    }
}

static void
test_cancel (void)
{
  GString *text = g_string_new ("indicator;geo;period;value\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SirkelImportTable) table = sirkel_import_table_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "a;%u;%u;1\n", 1000 + i / 300, 1900 + i % 300);
  bytes = g_bytes_new_take (text->str, text->len);
  g_string_free (text, FALSE);
  g_cancellable_cancel (cancellable);
  g_assert_false (sirkel_long_csv_read (bytes, NULL, table, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* ------------------------------------------------------------------------------------------
 * Reader corners not worth a fixture
 * ------------------------------------------------------------------------------------------ */

static SirkelImportTable *
read_text (ReadFunc    read,
           const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  SirkelImportTable *table = sirkel_import_table_new ();

  g_assert_true (read (bytes, NULL, table, NULL, &error));
  g_assert_no_error (error);
  return table;
}

static void
test_fhi_corners (void)
{
  g_autoptr(SirkelImportTable) several = NULL;
  g_autoptr(SirkelImportTable) flagged = NULL;
  SirkelObservation *obs;

  several = read_text (sirkel_fhi_csv_read,
                       "INDIKATOR;GEO;AAR;MEIS\nA;0301;2020_2020;1\nB;0301;2020_2020;2\n");
  g_assert_cmpstr (several->table_id, ==, "");
  obs = &g_array_index (several->observations, SirkelObservation, 0);
  g_assert_cmpstr (obs->dims, ==, "INDIKATOR=A");
  obs = &g_array_index (several->observations, SirkelObservation, 1);
  g_assert_cmpstr (obs->dims, ==, "INDIKATOR=B");
  g_assert_cmpuint (several->warnings->len, ==, 1);

  /* A flagged row that shows a number anyway: the number is not trusted, neither as RATE
   * nor as its numerator. */
  flagged = read_text (sirkel_fhi_csv_read,
                       "GEO;AAR;TELLER;RATE;SPVFLAGG\n0301;2020_2020;3;1.5;3\n");
  g_assert_cmpuint (flagged->observations->len, ==, 1);
  obs = &g_array_index (flagged->observations, SirkelObservation, 0);
  g_assert_false (obs->has_value);
  g_assert_true (isnan (obs->numerator));
  g_assert_cmpint (obs->flag, ==, SIRKEL_FLAG_SUPPRESSED);
  g_assert_cmpuint (flagged->warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (flagged->warnings, 0), ==,
                   "Line 2: SPVFLAGG is 3, but column “TELLER” holds a value; it was not "
                   "imported.");
}

static void
test_reader_refusals (void)
{
  static const struct { guint reader; const char *text; int code; const char *message; } cases[] = {
    { 0, "GEO;RATE\n0;1\n", SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 1: the header has no AAR column; this is not an FHI file." },
    { 0, "GEO;AAR;KJONN;RATE\n0;2020;7;1\n", SIRKEL_IMPORT_ERROR_VALUE,
      "Line 2: “7” is not a sex code (0, 1 or 2)." },
    { 0, "GEO;AAR;RATE\n0;20x0;1\n", SIRKEL_IMPORT_ERROR_VALUE, "Line 2: “20x0” is not a period." },
    { 1, "\"region\";\"Bosatte\"\n\"0301 Oslo\";5\n", SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 1: no column name ends in a period (such as “Bosatte 2024”); this is not an SSB "
      "StatBank CSV file." },
    { 1, "\"region\";\"Bosatte 2023\";\"note\"\n", SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 1: the column “note” does not end in a period, but follows columns that do." },
    { 2, "sep=\t\nNavn\tVerdi\nx\t1\n", SIRKEL_IMPORT_ERROR_FORMAT,
      "Line 2: no column is named by a school year and attributes (such as “2022-23.Alle "
      "trinn.Begge kjønn.Andel”); this is not a Udir file." },
    { 2, "sep=\t\nEnhetNivaa\tOrganisasjonsnummer\t2022-23.Andel\n3\t\t1,5\n",
      SIRKEL_IMPORT_ERROR_VALUE,
      "Line 3: the row has no organisation number, kommune or fylke code." },
    { 3, "\n\n", SIRKEL_IMPORT_ERROR_FORMAT, "The file has no header line." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));

      g_test_message ("case %u", i);
      read_expect_error (readers[cases[i].reader], bytes, cases[i].code, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-csv-tokenizer/quotes", test_quotes);
  g_test_add_func ("/import-csv-tokenizer/line-ends", test_line_ends);
  g_test_add_func ("/import-csv-tokenizer/sep-line", test_sep_line);
  g_test_add_func ("/import-csv-tokenizer/sniff-separator", test_sniff_separator);
  g_test_add_func ("/import-csv-tokenizer/fit", test_fit);
  g_test_add_func ("/import-csv-tokenizer/stray", test_stray);
  g_test_add_func ("/import-csv-tokenizer/values", test_values);
  g_test_add_func ("/import-csv-tokenizer/errors", test_errors);
  g_test_add_func ("/import-csv-tokenizer/helpers", test_helpers);
  g_test_add_func ("/import-csv-tokenizer/hostile/field", test_hostile_field);
  g_test_add_func ("/import-csv-tokenizer/hostile/columns", test_hostile_columns);
  g_test_add_func ("/import-csv-tokenizer/hostile/unterminated", test_hostile_unterminated);
  g_test_add_func ("/import-csv-tokenizer/hostile/nul", test_hostile_nul);
  g_test_add_func ("/import-csv-tokenizer/hostile/invalid-utf8", test_hostile_invalid_utf8);
  g_test_add_func ("/import-csv-tokenizer/hostile/random", test_hostile_random);
  g_test_add_func ("/import-csv-tokenizer/cancel", test_cancel);
  g_test_add_func ("/import-csv-tokenizer/fhi-corners", test_fhi_corners);
  g_test_add_func ("/import-csv-tokenizer/refusals", test_reader_refusals);
  return g_test_run ();
}
