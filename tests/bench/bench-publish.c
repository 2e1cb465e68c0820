/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-publish: how long Save takes for the example project. Writes the example, opens it as
 * a document, and times N saves (each after a one-field edit): the whole publish of
 * RELIABILITY.md §2.3 with fingerprint check, VACUUM INTO, fsync, full verification, backup,
 * rename and folder fsync. Prints the file size and the median and worst times.
 *
 *   bench-publish [N]      (default 20)
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "sirkel-document.h"
#include "sirkel-example-file.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("sirkel-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "example.sirkel", NULL);
  g_autofree char *xdg = g_build_filename (dir, "xdg", NULL);
  g_autoptr(SirkelDocument) document = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *cmd = NULL;
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 20;
  SirkelEntity *project;
  GStatBuf st;

  g_setenv ("XDG_DATA_HOME", xdg, TRUE);
  if (!sirkel_example_write (path, &error) ||
      (document = sirkel_document_open (path, SIRKEL_DOCUMENT_OPEN_DEFAULT, "bench", &error)) == NULL)
    g_error ("%s", error->message);
  project = sirkel_document_get_project (document);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Benchmark %u", i);
      gint64 start;
      double ms;

      if (!sirkel_document_set (document, project, "description", g_variant_new_string (text), &error))
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      if (!sirkel_document_save (document, FALSE, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  sirkel_document_close (document, FALSE);
  g_array_sort (times, compare_doubles);
  g_stat (path, &st);
  g_print ("publish of the example project (%.1f KiB, %u saves): median %.1f ms, worst %.1f ms\n",
           st.st_size / 1024.0, n, g_array_index (times, double, n / 2),
           g_array_index (times, double, n - 1));

  cmd = g_strdup_printf ("rm -rf '%s'", dir);
  return system (cmd) == 0 ? 0 : 1;
}
