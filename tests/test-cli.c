/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sirkel-cli as a user runs it: each command on real files, the exit statuses, and errors as
 * one sentence on stderr that names the file.
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "sirkel-store.h"

static char *tmp_dir;
static const char *cli;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (tmp_dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  g_unlink (path);
  return g_steal_pointer (&path);
}

static void
test_new_info_history (void)
{
  g_autofree char *path = tmp_file ("bergen.sirkel");
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) history = { 0 };
  g_auto(Run) bad = { 0 };

  run_cli (&run, "new", path, "--kommune", "4601", "--period", "2024-2027", "--name", "Folkehelse Bergen", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "4601"));

  run_cli (&again, "new", path, "--kommune", "4601", "--period", "2024-2027", NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "bergen.sirkel"));
  g_assert_nonnull (strstr (again.err, "already exists"));

  run_cli (&bad, "new", "x.sirkel", "--kommune", "4601", "--period", "2027", NULL);
  g_assert_cmpint (bad.status, ==, 2);

  run_cli (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "Folkehelse Bergen"));
  g_assert_nonnull (strstr (info.out, "4601"));
  g_assert_nonnull (strstr (info.out, "2024–2027"));
  g_assert_nonnull (strstr (info.out, "Published revisions:   1"));

  run_cli (&history, "history", path, "--changes", NULL);
  g_assert_cmpint (history.status, ==, 0);
  g_assert_nonnull (strstr (history.out, "Create project"));
  g_assert_nonnull (strstr (history.out, "+ project Folkehelse Bergen"));
}

static void
test_example_check (void)
{
  g_autofree char *a = tmp_file ("example-a.sirkel");
  g_autofree char *b = tmp_file ("example-b.sirkel");
  g_autoptr(SirkelStore) store_a = NULL;
  g_autoptr(SirkelStore) store_b = NULL;
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) run_b = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(Run) twice = { 0 };
  g_auto(Run) info = { 0 };

  run_cli (&run, "example", a, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run_b, "example", b, NULL);
  g_assert_cmpint (run_b.status, ==, 0);
  run_cli (&twice, "example", a, NULL);
  g_assert_cmpint (twice.status, ==, 1);

  /* Generated twice, the same content (history included). */
  store_a = sirkel_store_open (a, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  store_b = sirkel_store_open (b, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  digest_a = sirkel_store_content_digest (store_a, &error);
  digest_b = sirkel_store_content_digest (store_b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (digest_a, ==, digest_b);

  run_cli (&check, "check", a, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "integrity, schema and references are in order"));
  /* The example leaves some gaps on purpose, so the check has something to show. */
  g_assert_nonnull (strstr (check.out, "has no evaluation plan"));

  run_cli (&info, "info", a, NULL);
  g_assert_nonnull (strstr (info.out, "fictional municipality"));
}

static void
test_errors (void)
{
  g_autofree char *missing = tmp_file ("missing.sirkel");
  g_autofree char *foreign = tmp_file ("foreign.sirkel");
  g_autofree char *torn = tmp_file ("torn.sirkel");
  g_autofree char *data = NULL;
  gsize len = 0;
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_auto(Run) r5 = { 0 };
  g_auto(Run) r6 = { 0 };

  run_cli (&r1, "info", missing, NULL);
  g_assert_cmpint (r1.status, ==, 1);
  g_assert_nonnull (strstr (r1.err, "missing.sirkel"));
  g_assert_null (strchr (g_strchomp (r1.err), '\n'));   /* one line */

  g_assert_true (g_file_set_contents (foreign, "indikator;verdi\n", -1, NULL));
  run_cli (&r2, "check", foreign, NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_nonnull (strstr (r2.err, "foreign.sirkel"));
  g_assert_nonnull (strstr (r2.err, "not a Sirkel project file"));

  run_cli (&r3, "example", torn, NULL);
  g_assert_cmpint (r3.status, ==, 0);
  g_assert_true (g_file_get_contents (torn, &data, &len, NULL));
  g_assert_true (g_file_set_contents (torn, data, len * 2 / 3, NULL));
  run_cli (&r4, "check", torn, NULL);
  g_assert_cmpint (r4.status, ==, 1);
  g_assert_nonnull (strstr (r4.err, "torn.sirkel"));
  g_assert_nonnull (strstr (r4.err, "damaged"));

  run_cli (&r5, "frobnicate", NULL);
  g_assert_cmpint (r5.status, ==, 2);
  run_cli (&r6, "help", NULL);
  g_assert_cmpint (r6.status, ==, 0);
  g_assert_nonnull (strstr (r6.out, "history"));
}

static char *
fixture (const char *format,
         const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", format, name, NULL);
}

/* Import one file of each family, then check figures through observations --csv, exactly
 * as written in the fixtures (DATA-FORMATS.md's examples): a suppressed cell is empty with
 * its flag, never 0. */
static void
test_import_observations (void)
{
  g_autofree char *path = tmp_file ("import.sirkel");
  g_autofree char *px = fixture ("px", "spec-example.px");
  g_autofree char *kube = fixture ("fhi", "kube-integer-geo.csv");
  g_autofree char *json = fixture ("jsonstat", "ssb-region-tid.json");
  g_autofree char *udir = fixture ("udir", "udir-utf16le.csv");
  g_autofree char *longcsv = fixture ("long-csv", "long-basic.csv");
  g_autofree char *broken = fixture ("fhi", "malformed-row.csv");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_auto(Run) created = { 0 };
  g_auto(Run) imported = { 0 };
  g_auto(Run) csv = { 0 };
  g_auto(Run) csv_nb = { 0 };
  g_auto(Run) failed = { 0 };
  g_auto(Run) indicators = { 0 };

  run_cli (&created, "new", path, "--kommune", "1804", "--period", "2024-2027", NULL);
  g_assert_cmpint (created.status, ==, 0);
  run_cli (&imported, "import", path, px, kube, json, udir, longcsv, NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "spec-example.px: 8 cells (px, WINDOWS-1252"));
  g_assert_nonnull (strstr (imported.out, "udir-utf16le.csv: 9 cells (udir, UTF-16LE, Udir)"));

  run_cli (&csv, "observations", path, "--csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "indicator,geo,period_from,period_to,sex,age,value,flag\n"));
  /* PC-Axis: the order of VALUES, not TIMEVAL; Vågan, women, 2024 suppressed. */
  g_assert_nonnull (strstr (csv.out, "\n99999,1804,2024,2024,1,0_120,26900,\n"));
  g_assert_nonnull (strstr (csv.out, "\n99999,1804,2023,2023,1,0_120,26700,\n"));
  g_assert_nonnull (strstr (csv.out, "\n99999,1865,2024,2024,2,0_120,,suppressed\n"));
  g_assert_nonnull (strstr (csv.out, "\n99999,1865,2023,2023,2,0_120,4820,\n"));
  /* FHI kube: integer GEO restored to 03 and 0301, a rolling period, decimals exact. */
  g_assert_nonnull (strstr (csv.out, "\nkube_integer_geo,03,2019,2021,0,0_120,0.88,\n"));
  g_assert_nonnull (strstr (csv.out, "\nkube_integer_geo,0301,2019,2021,1,45_64,1.02,\n"));
  g_assert_null (strstr (csv.out, "\n99999,1865,2024,2024,2,0_120,0,"));

  /* The same file read under a decimal-comma locale gives the same bytes. */
  g_setenv ("LC_ALL", "nb_NO.UTF-8", TRUE);
  run_cli (&csv_nb, "observations", path, "--csv", NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_assert_cmpint (csv_nb.status, ==, 0);
  g_assert_cmpstr (csv_nb.out, ==, csv.out);

  /* A file that cannot be read changes nothing: one sentence with the file and the line. */
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  run_cli (&failed, "import", path, broken, NULL);
  g_assert_cmpint (failed.status, ==, 1);
  g_assert_nonnull (strstr (failed.err, "malformed-row.csv"));
  g_assert_nonnull (strstr (failed.err, "Line "));
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);

  run_cli (&indicators, "indicators", path, "--csv", NULL);
  g_assert_cmpint (indicators.status, ==, 0);
  g_assert_true (g_str_has_prefix (indicators.out,
                                   "key,title,unit,period,value,landet,fylke,vs_landet,vs_fylke,trend,suggest\n"));
}

/* FHI measures: by default one indicator per table, with a note on what was left out; with
 * --all-measures every measure; and after that a plain import keeps every measure. */
static void
test_import_measures (void)
{
  g_autofree char *path = tmp_file ("measures.sirkel");
  g_autofree char *kube = fixture ("fhi", "kube-integer-geo.csv");
  g_auto(Run) created = { 0 };
  g_auto(Run) plain = { 0 };
  g_auto(Run) all = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) indicators = { 0 };
  g_auto(Run) indicators_after = { 0 };

  run_cli (&created, "new", path, "--kommune", "1804", "--period", "2024-2027", NULL);
  g_assert_cmpint (created.status, ==, 0);
  run_cli (&plain, "import", path, kube, NULL);
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_nonnull (strstr (plain.out, "kube-integer-geo.csv: 13 cells (fhi-csv, UTF-8, FHI). "
                                       "First import of this table.\n"));
  g_assert_nonnull (strstr (plain.out, "\n  note: The counts (TELLER, NEVNER) are kept with each "
                                       "figure as numerator and denominator, and the other "
                                       "statistical measures (RATE) were left out."));
  run_cli (&indicators, "indicators", path, "--csv", NULL);
  g_assert_cmpint (indicators.status, ==, 0);
  g_assert_nonnull (strstr (indicators.out, "\nkube_integer_geo,"));
  g_assert_null (strstr (indicators.out, "teller"));

  run_cli (&all, "import", path, kube, "--all-measures", NULL);
  g_assert_cmpint (all.status, ==, 0);
  g_assert_nonnull (strstr (all.out, "kube-integer-geo.csv: 52 cells (fhi-csv, UTF-8, FHI). "
                                     "Replaces “kube-integer-geo.csv”"));
  g_assert_null (strstr (all.out, "note:"));

  /* The project maps TELLER, NEVNER and RATE now: a plain import reads them too. */
  run_cli (&again, "import", path, kube, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "kube-integer-geo.csv: 52 cells"));
  g_assert_nonnull (strstr (again.out, "0 revised values"));
  run_cli (&indicators_after, "indicators", path, "--csv", NULL);
  g_assert_nonnull (strstr (indicators_after.out, "\nkube_integer_geo_teller,"));
  g_assert_nonnull (strstr (indicators_after.out, "\nkube_integer_geo_rate,"));
}

/* `catalog`: the shipped catalogue, from the resources and from data/, one tab-separated line
 * per entry; a bad file gives one sentence with the file and the line, and exit status 1. */
static void
test_catalog (void)
{
  g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "data", "tiltaksbank.xml", NULL);
  g_autofree char *bad = tmp_file ("bad-catalog.xml");
  g_auto(GStrv) lines = NULL;
  g_auto(Run) bundled = { 0 };
  g_auto(Run) file = { 0 };
  g_auto(Run) broken = { 0 };
  g_auto(Run) usage = { 0 };

  run_cli (&bundled, "catalog", "--bundled", NULL);
  g_assert_cmpint (bundled.status, ==, 0);
  g_assert_cmpstr (bundled.err, ==, "");
  lines = g_strsplit (bundled.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 23);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
    }
  g_assert_nonnull (strstr (bundled.out, "\npals\tPALS – positiv atferd, støttende læringsmiljø og "
                                         "samhandling\tungsinn 5 (2018)\t6–16\n"));
  g_assert_nonnull (strstr (bundled.out, "\nkjaerlighet-og-grenser\tKjærlighet og grenser\tungsinn 0\t12–13\n"));
  g_assert_nonnull (strstr (bundled.out, "\nolweus\tOlweusprogrammet mot mobbing\tunknown\t-\n"));

  run_cli (&file, "catalog", shipped, NULL);
  g_assert_cmpint (file.status, ==, 0);
  g_assert_cmpstr (file.out, ==, bundled.out);

  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?>\n<catalog xmlns=\"https://sirkel.no/"
                                      "ns/tiltaksbank/1\" version=\"1\">\n  <measure id=\"a\">\n"
                                      "    <name>A</name>\n    <evidence scheme=\"ungsinn\" "
                                      "level=\"7\"/>\n  </measure>\n</catalog>\n", -1, NULL));
  run_cli (&broken, "catalog", bad, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_cmpstr (broken.out, ==, "");
  g_assert_true (g_str_has_prefix (broken.err, "sirkel-cli: bad-catalog.xml line 5: "));
  g_assert_nonnull (strstr (broken.err, "level “7”"));
  g_assert_null (strchr (g_strchomp (broken.err), '\n'));

  run_cli (&usage, "catalog", NULL);
  g_assert_cmpint (usage.status, ==, 2);

  /* External entities, a parameter entity and an external DTD: refused, and the files they
   * name are never even opened (strace sees every open). */
  {
    g_autofree char *canary = tmp_file ("canary.txt");
    g_autofree char *hostile = tmp_file ("hostile-catalog.xml");
    g_autofree char *trace = tmp_file ("hostile-catalog.strace");
    g_autofree char *strace = g_find_program_in_path ("strace");
    g_autofree char *xml = NULL;
    g_autofree char *log = NULL;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autoptr(GError) error = NULL;
    int wait_status = 0;

    g_assert_nonnull (strace);
    g_assert_true (g_file_set_contents (canary, "CANARY-CLI-SECRET", -1, NULL));
    xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE catalog SYSTEM \"file://%s\" [\n"
                           "<!ENTITY %% p SYSTEM \"file://%s\">\n%%p;\n"
                           "<!ENTITY x SYSTEM \"file://%s\">\n]>\n<catalog xmlns=\"https://"
                           "sirkel.no/ns/tiltaksbank/1\" version=\"1\"><title>&x;</title>"
                           "</catalog>\n", canary, canary, canary);
    g_assert_true (g_file_set_contents (hostile, xml, -1, NULL));
    {
      const char *argv[] = { strace, "-f", "-qq", "-e", "trace=%file", "-o", trace, cli,
                             "catalog", hostile, NULL };

      g_assert_true (g_spawn_sync (tmp_dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &wait_status, &error));
    }
    g_assert_no_error (error);
    g_assert_true (WIFEXITED (wait_status));
    g_assert_cmpint (WEXITSTATUS (wait_status), ==, 1);
    g_assert_nonnull (strstr (err, "hostile-catalog.xml line 2: "));
    g_assert_null (strstr (err, "CANARY"));
    g_assert_true (g_file_get_contents (trace, &log, NULL, NULL));
    g_assert_nonnull (strstr (log, "hostile-catalog.xml"));
    g_assert_null (strstr (log, "canary.txt"));
  }
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  cli = g_getenv ("SIRKEL_CLI");
  g_assert_nonnull (cli);
  tmp_dir = g_dir_make_tmp ("sirkel-test-cli-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  /* English messages whatever the machine's language. */
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_add_func ("/cli/new-info-history", test_new_info_history);
  g_test_add_func ("/cli/example-check", test_example_check);
  g_test_add_func ("/cli/errors", test_errors);
  g_test_add_func ("/cli/import-observations", test_import_observations);
  g_test_add_func ("/cli/import-measures", test_import_measures);
  g_test_add_func ("/cli/catalog", test_catalog);

  result = g_test_run ();
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmp_dir);

    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", tmp_dir);
  }
  g_free (tmp_dir);
  return result;
}
