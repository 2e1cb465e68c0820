/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-import: how long importing a big FHI kube file takes, against the floor of SQLite's
 * own CSV import. Generates a kube CSV (GEO;AAR;KJONN;ALDER;TELLER;NEVNER;RATE;MEIS;SPVFLAGG,
 * integer GEO, rolling AAR, about 6 % of rows flagged with empty measures) from a fixed seed
 * in a temporary folder, then times
 *
 *  - sqlite3 (the CLI, a child process): `.import` of the file into a bare table of a new
 *    database, all columns TEXT, one transaction;
 *  - Sirkel: sirkel_import_read_file () (decode, tokenise, normalise) and
 *    sirkel_import_apply () into a new project made with sirkel_store_create (): the
 *    snapshot, the indicator mapping, the sorted cell inserts and the commit. By default,
 *    as a coordinator imports the file, it becomes one indicator (MEIS, with TELLER and
 *    NEVNER as each cell's numerator and denominator): one cell per row. With --all-measures
 *    every measure column becomes an indicator, four cells per row.
 *
 * Prints both times, their ratio (the goal is ≤ 1.5) and each side's peak RSS: Sirkel's from
 * VmHWM in /proc/self/status after the import, sqlite3's from getrusage (RUSAGE_CHILDREN).
 * sqlite3 runs first and is this program's only child. For Sirkel it also prints the peak RSS
 * of the read and of the apply apart (VmHWM is reset in between through
 * /proc/self/clear_refs; where that fails, only the total is known) and the CPU time (user + system, all threads, from getrusage
 * (RUSAGE_SELF)) of the read and of the apply: on a busy machine the CPU time moves less than
 * the wall-clock time.
 *
 *   bench-import [ROWS] [--keep] [--all-measures]
 *                                    (default 2000000 rows; --keep leaves the folder)
 *
 * Use 200000 rows under valgrind --tool=callgrind or perf record -g to see where time goes.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "sirkel-import.h"

#define SEED 20240101

/* Fylker of 2024 and how many kommuner each gets; kommune codes are fylke·100 + 1…n. */
static const struct { int fylke; int kommuner; } fylker[] = {
  { 3, 1 }, { 11, 23 }, { 15, 38 }, { 18, 41 }, { 31, 12 }, { 32, 21 }, { 33, 18 }, { 34, 46 },
  { 39, 6 }, { 40, 17 }, { 42, 25 }, { 46, 43 }, { 50, 38 }, { 55, 21 }, { 56, 18 },
};

static const char * const ages[] = {
  "0_120", "0_17", "18_44", "45_64", "65_79", "80_120", "0_4", "5_9", "10_14", "15_19",
  "20_24", "25_29", "30_34", "35_39", "40_44", "45_49", "50_54", "55_59", "60_64", "65_69",
  "70_74", "75_79", "80_84", "85_89", "90_120", "0_9", "10_19", "20_29", "30_39", "40_49",
  "50_59", "60_69", "70_79", "16_16", "45_74", "25_64",
};

/* The places, in FHI's integer style: 0 landet, fylker, kommuner, Oslo's and Bergen's bydeler. */
static GArray *
make_places (void)
{
  GArray *places = g_array_new (FALSE, FALSE, sizeof (int));
  int landet = 0;

  g_array_append_val (places, landet);
  for (guint f = 0; f < G_N_ELEMENTS (fylker); f++)
    {
      g_array_append_val (places, fylker[f].fylke);
      for (int k = 1; k <= fylker[f].kommuner; k++)
        {
          int code = fylker[f].fylke * 100 + k;

          g_array_append_val (places, code);
        }
    }
  for (int b = 1; b <= 15; b++)
    {
      int code = 30100 + b;

      g_array_append_val (places, code);
    }
  for (int b = 1; b <= 8; b++)
    {
      int code = 460100 + b;

      g_array_append_val (places, code);
    }
  return places;
}

/* Writes @rows rows: places × rolling three-year periods × sex × age, in that nesting, cut
 * off at @rows; every key is distinct. Numbers go out through integer formatting only, so
 * the locale cannot turn a '.' into a ','. */
static gboolean
write_kube (const char  *path,
            guint        rows,
            GError     **error)
{
  g_autoptr(GArray) places = make_places ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  char buffer[1 << 16];
  guint n_periods = 1 + (rows - 1) / (places->len * 3 * G_N_ELEMENTS (ages));
  guint written = 0;
  FILE *out;

  out = fopen (path, "w");
  if (out == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot write %s", path);
      return FALSE;
    }
  setvbuf (out, NULL, _IOFBF, 1 << 20);
  fputs ("GEO;AAR;KJONN;ALDER;TELLER;NEVNER;RATE;MEIS;SPVFLAGG\n", out);
  for (guint g = 0; g < places->len && written < rows; g++)
    for (guint p = 0; p < n_periods && written < rows; p++)
      for (int sex = 0; sex < 3 && written < rows; sex++)
        for (guint a = 0; a < G_N_ELEMENTS (ages) && written < rows; a++, written++)
          {
            int from = 2023 - 2 - (int) (n_periods - 1 - p);
            int flag_roll = g_rand_int_range (rand, 0, 100);
            int flag = flag_roll < 4 ? 3 : flag_roll < 5 ? 1 : flag_roll < 6 ? 2 : 0;
            int nevner, teller, rate, meis;
            int len;

            if (flag != 0)
              {
                len = g_snprintf (buffer, sizeof buffer, "%d;%d_%d;%d;%s;;;;;%d\n",
                                  g_array_index (places, int, g), from, from + 2, sex, ages[a], flag);
                fwrite (buffer, 1, len, out);
                continue;
              }
            nevner = g_rand_int_range (rand, 200, 600000);
            teller = g_rand_int_range (rand, 0, nevner / 10);
            rate = (int) ((gint64) teller * 100000 / nevner);        /* per 1000, 2 decimals */
            meis = rate + g_rand_int_range (rand, -50, 50);   /* not inside MAX (): once */
            meis = MAX (0, meis);
            len = g_snprintf (buffer, sizeof buffer, "%d;%d_%d;%d;%s;%d;%d;%d.%02d;%d.%02d;0\n",
                              g_array_index (places, int, g), from, from + 2, sex, ages[a],
                              teller, nevner, rate / 100, rate % 100, meis / 100, meis % 100);
            fwrite (buffer, 1, len, out);
          }
  if (fclose (out) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot write %s", path);
      return FALSE;
    }
  return TRUE;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* Peak resident set of this process so far, in KiB (VmHWM), or -1. */
static long
own_peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + strlen ("VmHWM:"), NULL, 10) : -1;
}

/* Starts the peak RSS (VmHWM) afresh from the current RSS (Linux 4.0 and later); FALSE when
 * that is not possible. */
static gboolean
reset_peak_rss (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");   /* not g_file_set_contents: no rename */
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fputs ("5", file) >= 0;
  return fclose (file) == 0 && ok;
}

/* User and system CPU time of this process so far (all its threads), in seconds. */
static double
own_cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static gboolean
run_sqlite (const char  *dir,
            const char  *csv,
            double      *seconds,
            long        *peak_kib,
            GError     **error)
{
  g_autofree char *db = g_build_filename (dir, "bare.db", NULL);
  g_autofree char *import = g_strdup_printf (".import '%s' t", csv);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "sqlite3", db, "-cmd", ".mode csv", "-cmd", ".separator ;", import, NULL };
  struct rusage usage;
  int status = 0;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, error))
    return FALSE;
  *seconds = seconds_since (start);
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "sqlite3 %s: ", err != NULL ? err : "");
      return FALSE;
    }
  getrusage (RUSAGE_CHILDREN, &usage);
  *peak_kib = usage.ru_maxrss;
  return TRUE;
}

static gboolean
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_unlink (path) == 0;
  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        remove_tree (child);
      }
  return g_rmdir (path) == 0;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *project = NULL;
  g_autoptr(SirkelImportTable) table = NULL;
  g_autoptr(SirkelImportChanges) changes = NULL;
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  double generate_s, sqlite_s, create_s, read_s, apply_s, sirkel_s;
  double cpu_start, read_cpu_s, apply_cpu_s;
  long sqlite_kib = -1, sirkel_kib, read_kib, apply_kib = -1;
  guint rows = 2000000;
  gboolean keep = FALSE;
  SirkelImportFlags flags = SIRKEL_IMPORT_FLAGS_NONE;
  GStatBuf st_csv, st_db, st_bare;
  SirkelId id = { { 0 } };
  gint64 start;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--keep"))
        keep = TRUE;
      else if (g_str_equal (argv[i], "--all-measures"))
        flags |= SIRKEL_IMPORT_ALL_MEASURES;
      else if (g_ascii_isdigit (argv[i][0]))
        rows = (guint) g_ascii_strtoull (argv[i], NULL, 10);
      else
        {
          g_printerr ("usage: bench-import [ROWS] [--keep] [--all-measures]\n");
          return 2;
        }
    }
  if (rows == 0)
    rows = 1;

  dir = g_dir_make_tmp ("sirkel-bench-import-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  /* FHI names its files <INDIKATOR>_<date>.csv; the table id is the indicator. */
  csv = g_build_filename (dir, "BENCH_KUBE_20240101.csv", NULL);
  project = g_build_filename (dir, "bench.sirkel", NULL);

  start = g_get_monotonic_time ();
  if (!write_kube (csv, rows, &error))
    g_error ("%s", error->message);
  generate_s = seconds_since (start);
  g_stat (csv, &st_csv);
  g_print ("generated %u rows (%.1f MiB) in %.2f s: %s\n", rows, st_csv.st_size / 1048576.0,
           generate_s, csv);

  if (!run_sqlite (dir, csv, &sqlite_s, &sqlite_kib, &error))
    g_error ("sqlite3 .import failed: %s (Debian package sqlite3)", error->message);

  start = g_get_monotonic_time ();
  store = sirkel_store_create (project, &error);
  if (store == NULL ||
      !sirkel_store_insert (store, "project", &id, &error,
                            "kommune", sirkel_value_text ("1804"), "fylke", sirkel_value_text ("18"),
                            "period_from", sirkel_value_int (2024), "period_to", sirkel_value_int (2027),
                            NULL))
    g_error ("%s", error->message);
  create_s = seconds_since (start);

  file = g_file_new_for_path (csv);
  start = g_get_monotonic_time ();
  cpu_start = own_cpu_seconds ();
  table = sirkel_import_read_file (file, "fhi-csv", NULL, flags, NULL, &error);
  if (table == NULL)
    g_error ("Sirkel could not read the file: %s", error->message);
  read_s = seconds_since (start);
  read_cpu_s = own_cpu_seconds () - cpu_start;
  read_kib = own_peak_rss_kib ();
  /* The apply's own peak, too: VmHWM starts again from here, and the import's peak is the
   * larger of the two. */
  if (!reset_peak_rss ())
    read_kib = -1;
  start = g_get_monotonic_time ();
  cpu_start = own_cpu_seconds ();
  if (!sirkel_import_apply (store, table, NULL, &changes, &error))
    g_error ("Sirkel could not store the file: %s", error->message);
  apply_s = seconds_since (start);
  apply_cpu_s = own_cpu_seconds () - cpu_start;
  sirkel_kib = own_peak_rss_kib ();
  if (read_kib >= 0)
    {
      apply_kib = sirkel_kib;
      sirkel_kib = MAX (read_kib, apply_kib);
    }
  sirkel_s = read_s + apply_s;
  sirkel_store_close (store);

  g_stat (project, &st_db);
  {
    g_autofree char *bare = g_build_filename (dir, "bare.db", NULL);

    g_stat (bare, &st_bare);
  }
  g_print ("sqlite3 .import: %.2f s, peak RSS %.0f MiB, database %.1f MiB\n", sqlite_s,
           sqlite_kib / 1024.0, st_bare.st_size / 1048576.0);
  g_print ("Sirkel import:   %.2f s (read %.2f s + apply %.2f s; new project %.3f s), "
           "%u cells of %u %s, peak RSS %.0f MiB, project %.1f MiB\n", sirkel_s, read_s, apply_s,
           create_s, table->observations->len, table->measures->len,
           table->measures->len == 1 ? "measure" : "measures", sirkel_kib / 1024.0,
           st_db.st_size / 1048576.0);
  g_print ("ratio Sirkel / sqlite3: %.2f (goal <= 1.5)%s\n", sirkel_s / sqlite_s,
           sirkel_s / sqlite_s <= 1.5 ? "" : "  ABOVE GOAL");
  g_print ("Sirkel detail:   peak RSS of the read %.0f MiB, of the apply %.0f MiB; "
           "CPU read %.2f s, apply %.2f s\n", read_kib / 1024.0, apply_kib / 1024.0, read_cpu_s,
           apply_cpu_s);

  if (keep)
    g_print ("kept %s\n", dir);
  else
    remove_tree (dir);
  return 0;
}
