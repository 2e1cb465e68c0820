/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * replay-main: a main () of our own for the fuzz harnesses, so that any compiler builds them
 * and the normal test suite replays the committed seeds and regressions (RELIABILITY.md §7).
 *
 *   fuzz-<target>-replay PATH…
 *
 * Each PATH is a file, or a folder whose regular files (not subfolders, not names starting
 * with '.') are replayed in name order. Every input goes to LLVMFuzzerTestOneInput exactly
 * as libFuzzer would give it. A harness that finds a problem aborts, and the test fails; the
 * name of the file in flight is printed first, so the log says which one. A missing PATH,
 * or no input at all, is an error too: an empty replay proves nothing.
 */
#define G_LOG_DOMAIN "sirkel-fuzz"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fuzz-common.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
collect (const char  *path,
         GPtrArray   *files,
         GError     **error)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no such file or folder", path);
          return FALSE;
        }
      g_ptr_array_add (files, g_strdup (path));
      return TRUE;
    }
  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;
  names = g_ptr_array_new ();
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *full;

      if (name[0] == '.')
        continue;
      full = g_build_filename (path, name, NULL);
      if (g_file_test (full, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, full);
      else
        g_free (full);
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_ptr_array_index (names, i));
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *slowest = NULL;
  gint64 slowest_us = -1;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE-OR-FOLDER…\n", argv[0]);
      return 2;
    }
  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!collect (argv[i], files, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  if (files->len == 0)
    {
      fprintf (stderr, "no inputs to replay in the folders given\n");
      return 1;
    }

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize len = 0;
      gint64 start;

      printf ("replaying %s\n", path);
      fflush (stdout);
      if (!g_file_get_contents (path, &contents, &len, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      start = g_get_monotonic_time ();
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);
      if (g_get_monotonic_time () - start > slowest_us)
        {
          slowest_us = g_get_monotonic_time () - start;
          slowest = path;
        }
    }
  printf ("replayed %u inputs; slowest %.1f ms (%s)\n", files->len, slowest_us / 1000.0, slowest);
  return 0;
}
