/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-import: the libFuzzer harness for the importers (RELIABILITY.md §7). Each input is a
 * whole file, given to the app's own entry point sirkel_import_read_bytes (). The reader is
 * chosen at build time, so there is one binary per target:
 *
 *   -DFUZZ_FORMAT="px"           one reader ("fhi-csv", "ssb-csv", "udir", "csv", "jsonstat",
 *                                "px"); without FUZZ_FORMAT the format is detected, which
 *                                fuzzes the sniffers and then whichever reader they pick
 *   -DFUZZ_FILE_NAME="input.px"  the file name the reader sees (detection breaks ties on it)
 *   -DFUZZ_STORE                 also apply a table that was read to a new project store
 *
 * The bytes are copied into a buffer of exactly their size, so a reader that reads one byte
 * past the end (or expects a NUL there) is caught by AddressSanitizer. Everything is freed
 * before returning; the result is checked against the contract (fuzz-common.c).
 *
 * SIRKEL_FUZZ_VERBOSE=1 prints what each input gave (cells, or the error): handy for checking
 * that a new seed reaches the reader's inner code rather than failing at the first line.
 *
 * With FUZZ_STORE each table goes into a fresh project file in a private temporary folder,
 * created with sirkel_store_create () like a new project, and the folder is removed at exit:
 * a store that lives across inputs would make every run depend on the inputs before it.
 */
#define G_LOG_DOMAIN "sirkel-fuzz"

#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"

#ifndef FUZZ_FORMAT
#define FUZZ_FORMAT NULL
#endif
#ifndef FUZZ_FILE_NAME
#define FUZZ_FILE_NAME "input"
#endif

static gboolean verbose;

#ifdef FUZZ_STORE
static char *store_dir;

static void
remove_store_dir (void)
{
  g_rmdir (store_dir);
  g_clear_pointer (&store_dir, g_free);
}

static void
store_table (SirkelImportTable *table)
{
  g_autofree char *path = NULL;
  g_autofree char *journal = NULL;
  g_autoptr(SirkelImportChanges) changes = NULL;
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* Made on first use, so that only a crash while storing can leave the folder behind. */
  if (store_dir == NULL)
    {
      store_dir = g_dir_make_tmp ("sirkel-fuzz-XXXXXX", &error);
      if (store_dir == NULL)
        sirkel_fuzz_fail ("no temporary folder: %s", error->message);
      atexit (remove_store_dir);
    }
  path = g_build_filename (store_dir, "fuzz.sirkel", NULL);
  journal = g_strconcat (path, "-journal", NULL);
  store = sirkel_store_create (path, &error);
  if (store == NULL)
    sirkel_fuzz_fail ("could not create the project store: %s", error->message);
  sirkel_store_set_id_seed (store, 1);
  /* A table may be refused (two cells with the same key, for one), but only with an error. */
  if (sirkel_import_apply (store, table, NULL, &changes, &error))
    sirkel_fuzz_check_text ("the change summary", changes->summary);
  else
    sirkel_fuzz_check_error (error);
  sirkel_store_close (store);
  g_clear_object (&store);
  g_unlink (journal);
  g_unlink (path);
}
#endif

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sirkel_fuzz_init ();
  verbose = g_strcmp0 (g_getenv ("SIRKEL_FUZZ_VERBOSE"), "1") == 0;
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(SirkelImportTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = sirkel_import_read_bytes (bytes, FUZZ_FILE_NAME, FUZZ_FORMAT, NULL,
                                    SIRKEL_IMPORT_FLAGS_NONE, NULL, &error);
  if (table == NULL)
    {
      sirkel_fuzz_check_error (error);
      if (verbose)
        g_printerr ("  error: %s\n", error->message);
      return 0;
    }
  if (verbose)
    g_printerr ("  %s, %s, %s %s: %u cells, %u measures, %u warnings\n", table->format,
                table->encoding, table->source, table->table_id, table->observations->len,
                table->measures->len, table->warnings->len);
  if (error != NULL)
    sirkel_fuzz_fail ("a table was returned with a GError set: %s", error->message);
  sirkel_fuzz_check_table (table);
#ifdef FUZZ_STORE
  store_table (table);
#endif
  return 0;
}
