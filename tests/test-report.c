/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The documents (src/core/report), headless: each of the three documents of the example
 * project in nb, nn and en, read back with poppler (pdftotext finds the headings, the page
 * footer, the example notice and ÆØÅæøå; pdfinfo says tagged, A4 and a plausible number of
 * pages; pdffonts finds every font embedded) and checked with qpdf --check; the structure
 * tree, the figures' /Alt and the catalogue's /Lang found in the bytes; an empty project and a
 * file without a project; a 300-row table whose header comes back on every page; a read-only
 * target and a cancelled export that leave nothing behind; byte-identical output for the same
 * date, from the library and from `sirkel-cli export-pdf` with SOURCE_DATE_EPOCH; the async
 * export with progress; a page drawn for a preview; and the API's guards.
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "sirkel-document.h"
#include "sirkel-example-file.h"
#include "sirkel-report.h"
#include "sirkel-test-util.h"

static char *example_path;
static GDateTime *fixed_date;   /* 15 March 2026, 12:00 UTC */

static int
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, out, NULL, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
pdf_text (const char *path,
          int         first,
          int         last)
{
  g_autofree char *from = g_strdup_printf ("%d", first);
  g_autofree char *to = g_strdup_printf ("%d", last);
  char *out = NULL;

  if (first > 0)
    g_assert_cmpint (run ((const char *[]) { "pdftotext", "-f", from, "-l", to, path, "-", NULL },
                          &out), ==, 0);
  else
    g_assert_cmpint (run ((const char *[]) { "pdftotext", path, "-", NULL }, &out), ==, 0);
  return out;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = NULL;
  const char *pages;

  g_assert_cmpint (run ((const char *[]) { "pdfinfo", path, NULL }, &info), ==, 0);
  g_assert_true (g_regex_match_simple ("^Tagged: +yes$", info, G_REGEX_MULTILINE, 0));
  g_assert_nonnull (strstr (info, "(A4)"));
  pages = strstr (info, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + 7 + strspn (pages + 7, " "), NULL, 10);
}

/* pdffonts: every font has "yes" in the emb column, the fifth from the right. */
static void
assert_fonts_embedded (const char *path)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint fonts = 0;

  g_assert_cmpint (run ((const char *[]) { "pdffonts", path, NULL }, &out), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      guint n = g_strv_length (fields);

      if (*lines[i] == '\0')
        continue;
      g_assert_cmpuint (n, >=, 7);
      g_assert_cmpstr (fields[n - 5], ==, "yes");
      fonts++;
    }
  g_assert_cmpuint (fonts, >, 0);
}

static void
assert_qpdf_clean (const char *path)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (run ((const char *[]) { "qpdf", "--check", path, NULL }, &out), ==, 0);
  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors"));
}

static guint
count_bytes (const char *data,
             gsize       length,
             const char *needle)
{
  gsize n = strlen (needle);
  const char *p = data, *end = data + length;
  guint count = 0;

  while ((p = memmem (p, end - p, needle, n)) != NULL)
    {
      count++;
      p += n;
    }
  return count;
}

/* Through qpdf's JSON: each Figure structure element has a non-empty /Alt, and the catalogue
 * has /Lang @lang. */
static void
assert_alt_and_lang (const char *path,
                     const char *lang)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  JsonObject *objects;
  g_autoptr(GList) members = NULL;
  guint figures = 0, alternatives = 0, catalogues = 0;

  g_assert_cmpint (run ((const char *[]) { "qpdf", "--json=2", "--json-key=qpdf", path, NULL },
                        &out), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  objects = json_array_get_object_element (json_object_get_array_member (
                                             json_node_get_object (json_parser_get_root (parser)),
                                             "qpdf"), 1);
  members = json_object_get_members (objects);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonObject *object = json_object_get_object_member (objects, l->data);
      JsonNode *value = object != NULL ? json_object_get_member (object, "value") : NULL;
      JsonObject *dictionary;

      if (value == NULL || !JSON_NODE_HOLDS_OBJECT (value))
        continue;
      dictionary = json_node_get_object (value);
      if (g_strcmp0 (json_object_get_string_member_with_default (dictionary, "/S", ""),
                     "/Figure") == 0)
        {
          const char *alt = json_object_get_string_member_with_default (dictionary, "/Alt", "");

          figures++;
          alternatives += strlen (alt) > 20;
        }
      if (g_strcmp0 (json_object_get_string_member_with_default (dictionary, "/Type", ""),
                     "/Catalog") == 0)
        {
          catalogues++;
          g_assert_cmpstr (json_object_get_string_member_with_default (dictionary, "/Lang", ""),
                           ==, lang);
        }
    }
  g_assert_cmpuint (figures, >, 0);
  g_assert_cmpuint (alternatives, ==, figures);
  g_assert_cmpuint (catalogues, ==, 1);
}

static SirkelStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SirkelStore *store = sirkel_store_open (path, SIRKEL_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return store;
}

static char *
write_document (SirkelStore      *store,
                SirkelReportType  type,
                const char       *language,
                const char       *name)
{
  g_autoptr(SirkelReport) report = NULL;
  g_autoptr(GError) error = NULL;
  char *path = sirkel_test_tmp_file (name);

  report = sirkel_report_new_from_store (store, type, language, fixed_date, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

typedef struct
{
  SirkelReportType  type;
  const char       *language;
  guint             min_pages;
  guint             max_pages;
  const char       *words[9];    /* headings and fixed words the document must contain */
} Expected;

static const Expected expected[] = {
  { SIRKEL_REPORT_TYPE_OVERVIEW, "nb", 20, 60,
    { "Innhold", "Sammendrag", "Lovgrunnlag", "Befolkningssammensetning",
      "Sosiale helseforskjeller",
      "Prioritering", "Indikatorer og kilder", "side 3 av", "en fiktiv kommune" } },
  { SIRKEL_REPORT_TYPE_OVERVIEW, "nn", 20, 60,
    { "Innhald", "Samandrag", "Lovgrunnlag", "Befolkningssamansetjing", "Sosiale helseskilnader",
      "Prioritering", "Indikatorar og kjelder", "side 3 av", "ein fiktiv kommune" } },
  { SIRKEL_REPORT_TYPE_OVERVIEW, "en", 20, 60,
    { "Contents", "Summary", "Legal basis", "Population composition",
      "Social inequalities in health",
      "Prioritisation", "Indicators and sources", "page 3 of", "a fictional municipality" } },
  { SIRKEL_REPORT_TYPE_PLAN, "nb", 10, 40,
    { "Innhold", "Innledning", "Mål og utfordringer", "Tidslinje", "Budsjett og finansiering",
      "Ansvar",
      "Evalueringsplan", "side 3 av", "en fiktiv kommune" } },
  { SIRKEL_REPORT_TYPE_PLAN, "nn", 10, 40,
    { "Innhald", "Innleiing", "Mål og utfordringar", "Tidslinje", "Budsjett og finansiering",
      "Ansvar",
      "Evalueringsplan", "side 3 av", "ein fiktiv kommune" } },
  { SIRKEL_REPORT_TYPE_PLAN, "en", 10, 40,
    { "Contents", "Introduction", "Goals and challenges", "Timeline", "Budget and funding",
      "Responsibility",
      "Evaluation plan", "page 3 of", "a fictional municipality" } },
  { SIRKEL_REPORT_TYPE_ANNUAL, "nb", 8, 40,
    { "Innhold", "Sammendrag", "Status for tiltakene", "Evalueringsindikatorer",
      "Funn fra evalueringene",
      "Læring", "Endringer neste år", "side 3 av", "en fiktiv kommune" } },
  { SIRKEL_REPORT_TYPE_ANNUAL, "nn", 8, 40,
    { "Innhald", "Samandrag", "Status for tiltaka", "Evalueringsindikatorar",
      "Funn frå evalueringane",
      "Læring", "Endringar neste år", "side 3 av", "ein fiktiv kommune" } },
  { SIRKEL_REPORT_TYPE_ANNUAL, "en", 8, 40,
    { "Contents", "Summary", "Status of the measures", "Evaluation indicators",
      "Findings from the evaluations",
      "Learning", "What changes next year", "page 3 of", "a fictional municipality" } },
};

static void
test_document (gconstpointer data)
{
  const Expected *e = data;
  g_autoptr(SirkelStore) store = open_store (example_path);
  g_autofree char *name = g_strdup_printf ("%s-%s.pdf", sirkel_report_type_to_key (e->type),
                                           e->language);
  g_autofree char *path = write_document (store, e->type, e->language, name);
  g_autofree char *text = pdf_text (path, 0, 0);
  g_autofree char *bytes = NULL;
  g_autofree char *lang = NULL;
  gsize length;
  guint pages = pdf_pages (path);

  g_assert_cmpuint (pages, >=, e->min_pages);
  g_assert_cmpuint (pages, <=, e->max_pages);
  for (guint i = 0; i < G_N_ELEMENTS (e->words) && e->words[i] != NULL; i++)
    if (strstr (text, e->words[i]) == NULL)
      g_error ("“%s” not found in %s", e->words[i], name);
  if (!g_str_equal (e->language, "en"))
    {
      g_assert_nonnull (strstr (text, "æ"));
      g_assert_nonnull (strstr (text, "ø"));
      g_assert_nonnull (strstr (text, "å"));
      g_assert_nonnull (strstr (text, "Å"));
    }
  assert_fonts_embedded (path);
  assert_qpdf_clean (path);

  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_cmpuint (count_bytes (bytes, length, "/StructTreeRoot"), >, 0);
  g_assert_cmpuint (count_bytes (bytes, length, "/Outlines"), >, 0);
  /* Every figure has its text alternative, and the catalogue its language, as qpdf reads the
   * file with its update applied. */
  lang = g_strdup_printf ("u:%s", g_str_equal (e->language, "en") ? "en-GB"
                                  : g_str_equal (e->language, "nn") ? "nn-NO" : "nb-NO");
  assert_alt_and_lang (path, lang);
  g_assert_cmpuint (count_bytes (bytes, length, "/S /TOCI"), >, 5);
  g_assert_cmpuint (count_bytes (bytes, length, "/S /TH"), >, 0);
}

static char *
new_empty_project (void)
{
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  char *path = sirkel_test_tmp_file ("empty.sirkel");

  document = sirkel_document_new ("3101", "Halden", 2024, 2027, "Halden kommune", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_document_save_as (document, path, &error));
  g_assert_no_error (error);
  sirkel_document_close (document, FALSE);
  return path;
}

static void
test_empty_project (void)
{
  g_autofree char *project = new_empty_project ();
  g_autoptr(SirkelStore) store = open_store (project);
  static const char *says[] = {
    "Det er ennå ikke skrevet noen vurdering", "Det er ennå ikke satt noen mål",
    "Det er ennå ikke registrert noen erfaringer",
  };

  for (SirkelReportType type = SIRKEL_REPORT_TYPE_OVERVIEW; type <= SIRKEL_REPORT_TYPE_ANNUAL;
       type++)
    {
      g_autofree char *name = g_strdup_printf ("empty-%s.pdf", sirkel_report_type_to_key (type));
      g_autofree char *path = write_document (store, type, "nb", name);
      g_autofree char *text = pdf_text (path, 0, 0);
      guint pages = pdf_pages (path);

      /* A title page, the contents and a page per chapter, each saying what is missing. */
      g_assert_cmpuint (pages, >=, 4);
      g_assert_cmpuint (pages, <=, 16);
      g_assert_nonnull (strstr (text, "Halden"));
      g_assert_nonnull (strstr (text, says[type]));
      g_assert_null (strstr (text, "fiktiv"));
      assert_fonts_embedded (path);
      assert_qpdf_clean (path);
    }
}

static void
test_no_project (void)
{
  g_autofree char *path = sirkel_test_tmp_file ("bare.sirkel");
  g_autoptr(SirkelStore) created = NULL;
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(SirkelReport) report = NULL;
  g_autoptr(GError) error = NULL;

  created = sirkel_store_create (path, &error);
  g_assert_no_error (error);
  sirkel_store_close (created);
  store = open_store (path);
  report = sirkel_report_new_from_store (store, SIRKEL_REPORT_TYPE_PLAN, "nn", fixed_date, &error);
  g_assert_null (report);
  g_assert_error (error, SIRKEL_REPORT_ERROR, SIRKEL_REPORT_ERROR_NO_PROJECT);
  g_clear_error (&error);

  report = sirkel_report_new_from_store (store, SIRKEL_REPORT_TYPE_PLAN, "de", fixed_date, &error);
  g_assert_null (report);
  g_assert_error (error, SIRKEL_REPORT_ERROR, SIRKEL_REPORT_ERROR_LANGUAGE);
}

/* A document of the composer alone: a title, a paragraph and a table of @rows rows. */
static SirkelReport *
table_report (guint rows)
{
  SirkelReport *report = sirkel_report_new ("nb", fixed_date);
  SirkelReportTable *table;

  sirkel_report_set_metadata (report, "Blåbærsyltetøy ÆØÅæøå", "Testkommune", NULL, NULL);
  sirkel_report_set_running_header (report, "Tabelltest", "Testkommune");
  sirkel_report_add_heading (report, 1, "Blåbærsyltetøy ÆØÅæøå");
  sirkel_report_add_paragraph (report, "Første avsnitt.\n\nAndre avsnitt med ÆØÅæøå.");
  table = sirkel_report_add_table (report, "Mange rader", 3,
                                   (const char *[]) { "Kolonne A", "Kolonne B", "Tall" },
                                   (const double[]) { 3, 3, 1 });
  sirkel_report_table_set_numeric (table, 2);
  for (guint i = 1; i <= rows; i++)
    {
      g_autofree char *a = g_strdup_printf ("Rad %u", i);
      g_autofree char *n = g_strdup_printf ("%u", i * 7);

      sirkel_report_table_add_row (table, (const char *[]) { a, "Ærlig øvelse på ås", n, NULL });
    }
  return report;
}

static void
test_table_split (void)
{
  g_autoptr(SirkelReport) report = table_report (300);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sirkel_test_tmp_file ("table.pdf");
  g_autofree char *all = NULL;
  guint pages;

  g_assert_true (sirkel_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  g_assert_cmpuint (pages, >=, 5);
  g_assert_cmpuint (pages, <=, 15);
  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *text = pdf_text (path, page, page);

      /* The header row on every page the table runs over, with a line saying it continues. */
      g_assert_nonnull (strstr (text, "Kolonne A"));
      g_assert_nonnull (strstr (text, "Kolonne B"));
      if (page > 1)
        g_assert_nonnull (strstr (text, "Tabell 1, fortsatt"));
    }
  all = pdf_text (path, 0, 0);
  g_assert_nonnull (strstr (all, "ÆØÅæøå"));
  g_assert_nonnull (strstr (all, "Ærlig øvelse på ås"));
  for (guint i = 1; i <= 300; i++)
    {
      g_autofree char *row = g_strdup_printf ("Rad %u\n", i);

      g_assert_nonnull (strstr (all, row));
    }
  assert_qpdf_clean (path);
  assert_fonts_embedded (path);
}

static guint
count_entries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_read_only_target (void)
{
  g_autoptr(SirkelReport) report = table_report (20);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = sirkel_test_tmp_file ("read-only");
  g_autofree char *path = g_build_filename (folder, "out.pdf", NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  if (geteuid () == 0)
    {
      /* root writes into a 0555 folder; sysfs refuses even root. */
      g_free (path);
      path = g_strdup ("/sys/sirkel-test-report.pdf");
    }
  g_assert_false (sirkel_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  /* One sentence that names the file the user chose, not the temporary one. */
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (folder), ==, 0);
  g_chmod (folder, 0755);
}

static void
cancel_halfway_cb (double   fraction,
                   gpointer data)
{
  if (fraction > 0.4)
    g_cancellable_cancel (data);
}

static void
test_cancel_keeps_old_file (void)
{
  g_autoptr(SirkelReport) report = table_report (200);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = sirkel_test_tmp_file ("cancel");
  g_autofree char *path = g_build_filename (folder, "out.pdf", NULL);
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_false (sirkel_report_write_pdf (report, path, cancel_halfway_cb, cancellable,
                                           cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_entries (folder), ==, 1);
}

static void
test_reproducible (void)
{
  g_autoptr(SirkelStore) store = open_store (example_path);
  g_autofree char *a = write_document (store, SIRKEL_REPORT_TYPE_OVERVIEW, "nn", "same-a.pdf");
  g_autofree char *b = write_document (store, SIRKEL_REPORT_TYPE_OVERVIEW, "nn", "same-b.pdf");
  g_autofree char *cli_a = sirkel_test_tmp_file ("cli-a.pdf");
  g_autofree char *cli_b = sirkel_test_tmp_file ("cli-b.pdf");
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "SOURCE_DATE_EPOCH", "1773576000", TRUE);
  gsize length_a, length_b;

  g_assert_true (g_file_get_contents (a, &bytes_a, &length_a, NULL));
  g_assert_true (g_file_get_contents (b, &bytes_b, &length_b, NULL));
  g_assert_cmpmem (bytes_a, length_a, bytes_b, length_b);
  g_clear_pointer (&bytes_a, g_free);
  g_clear_pointer (&bytes_b, g_free);

  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { g_getenv ("SIRKEL_CLI"), "export-pdf", example_path, "--document",
                             "rapport",
                             "--lang", "en", "-o", i == 0 ? cli_a : cli_b, NULL };
      g_autoptr(GError) error = NULL;
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                   NULL, &status,
                                   &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
  g_assert_true (g_file_get_contents (cli_a, &bytes_a, &length_a, NULL));
  g_assert_true (g_file_get_contents (cli_b, &bytes_b, &length_b, NULL));
  g_assert_cmpmem (bytes_a, length_a, bytes_b, length_b);
  g_assert_cmpint (run ((const char *[]) { "pdfinfo", cli_a, NULL }, &info), ==, 0);
  /* 1773576000 is 15 March 2026, 12:00 UTC. */
  g_assert_nonnull (strstr (info, "Mar 15 12:00:00 2026"));
}

static void
test_cli (void)
{
  g_autofree char *out = sirkel_test_tmp_file ("cli-plan.pdf");
  g_autofree char *stdout_text = NULL;

  g_assert_cmpint (run ((const char *[]) { g_getenv ("SIRKEL_CLI"), "export-pdf", example_path,
                                           "--document", "plan",
                                           "-o", out, NULL }, &stdout_text), ==, 0);
  g_assert_cmpuint (pdf_pages (out), >=, 10);
  g_clear_pointer (&stdout_text, g_free);
  g_assert_cmpint (run ((const char *[]) { g_getenv ("SIRKEL_CLI"), "export-pdf", example_path,
                                           "--document", "brev",
                                           "-o", out, NULL }, &stdout_text), ==, 2);
  g_clear_pointer (&stdout_text, g_free);
  g_assert_cmpint (run ((const char *[]) { g_getenv ("SIRKEL_CLI"), "export-pdf", example_path,
                                           "--document", "plan",
                                           "--lang", "de", "-o", out, NULL }, &stdout_text), ==, 2);
  g_clear_pointer (&stdout_text, g_free);
  g_assert_cmpint (run ((const char *[]) { g_getenv ("SIRKEL_CLI"), "export-pdf",
                                           "/nonexistent/x.sirkel",
                                           "--document", "plan", "-o", out, NULL }, &stdout_text),
                                           ==, 1);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  guint      notes;
  double     last;
} AsyncState;

static void
progress_cb (double   fraction,
             gpointer data)
{
  AsyncState *state = data;

  g_assert_cmpfloat (fraction, >=, state->last);
  state->last = fraction;
  state->notes++;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  AsyncState *state = data;
  g_autoptr(GError) error = NULL;

  state->ok = sirkel_report_write_pdf_finish (SIRKEL_REPORT (source), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

static void
test_async (void)
{
  g_autoptr(SirkelStore) store = open_store (example_path);
  g_autoptr(SirkelReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *path = sirkel_test_tmp_file ("async.pdf");
  AsyncState state = { loop, FALSE, 0, 0 };

  report = sirkel_report_new_from_store (store, SIRKEL_REPORT_TYPE_ANNUAL, "nb", fixed_date,
                                         &error);
  g_assert_no_error (error);
  sirkel_report_write_pdf_async (report, path, progress_cb, &state, NULL, written_cb, &state);
  g_main_loop_run (loop);
  g_assert_true (state.ok);
  g_assert_cmpuint (state.notes, >=, 1);
  g_assert_cmpuint (pdf_pages (path), ==, sirkel_report_get_n_pages (report));
}

static void
test_render_page (void)
{
  g_autoptr(SirkelStore) store = open_store (example_path);
  g_autoptr(SirkelReport) report = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint dark = 0;

  report = sirkel_report_new_from_store (store, SIRKEL_REPORT_TYPE_OVERVIEW, "en", fixed_date,
                                         &error);
  g_assert_no_error (error);
  g_assert_true (sirkel_report_paginate (report, NULL, &error));
  sirkel_report_get_page_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  /* A preview of page 4 at half size, on its own, without the pages before it. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 0.5, 0.5);
  sirkel_report_render_page (report, 3, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  for (int y = 0; y < 421; y++)
    {
      guchar *row = cairo_image_surface_get_data (surface) +
                    y * cairo_image_surface_get_stride (surface);

      for (int x = 0; x < 298; x++)
        dark += (((guint32 *) row)[x] & 0xff) < 128;
    }
  g_assert_cmpuint (dark, >, 500);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_guards (void)
{
  g_autoptr(SirkelReport) report = sirkel_report_new ("nb", fixed_date);
  SirkelReportType type;

  g_test_expect_message ("sirkel-report", G_LOG_LEVEL_CRITICAL, "*level >= 1 && level <= 3*");
  sirkel_report_add_heading (report, 4, "Too deep");
  g_test_assert_expected_messages ();
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
    cairo_t *cr = cairo_create (surface);

    g_test_expect_message ("sirkel-report", G_LOG_LEVEL_CRITICAL,
                           "*page < sirkel_report_get_n_pages*");
    sirkel_report_render_page (report, 7, cr);
    g_test_assert_expected_messages ();
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  g_assert_true (sirkel_report_type_from_key ("rapport", &type));
  g_assert_cmpint (type, ==, SIRKEL_REPORT_TYPE_ANNUAL);
  g_assert_false (sirkel_report_type_from_key ("brev", &type));
  g_assert_cmpuint (sirkel_report_get_n_pages (report), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("SIRKEL_BUILD_ROOT"), "po", NULL);
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The documents read nb and nn from the build tree's catalogues, whatever the locale. */
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_unsetenv ("SOURCE_DATE_EPOCH");
  fixed_date = g_date_time_new_utc (2026, 3, 15, 12, 0, 0);
  example_path = sirkel_test_tmp_file ("example.sirkel");
  g_assert_true (sirkel_example_write (example_path, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *name = g_strdup_printf ("/report/document/%s/%s",
                                               sirkel_report_type_to_key (expected[i].type),
                                               expected[i].language);

      g_test_add_data_func (name, &expected[i], test_document);
    }
  g_test_add_func ("/report/empty-project", test_empty_project);
  g_test_add_func ("/report/no-project", test_no_project);
  g_test_add_func ("/report/table-split", test_table_split);
  g_test_add_func ("/report/read-only-target", test_read_only_target);
  g_test_add_func ("/report/cancel-keeps-old-file", test_cancel_keeps_old_file);
  g_test_add_func ("/report/reproducible", test_reproducible);
  g_test_add_func ("/report/cli", test_cli);
  g_test_add_func ("/report/async", test_async);
  g_test_add_func ("/report/render-page", test_render_page);
  g_test_add_func ("/report/guards", test_guards);
  status = g_test_run ();

  g_date_time_unref (fixed_date);
  g_free (example_path);
  sirkel_test_cleanup ();
  return status;
}
