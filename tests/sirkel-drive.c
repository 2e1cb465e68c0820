/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sirkel-drive: a small headless driver for the fault-injection tests (RELIABILITY.md §6).
 * All storage I/O happens on the main thread, so strace's per-thread injection counts apply.
 *
 *   sirkel-drive edit FILE            one action on a writable store (scenario s1)
 *   sirkel-drive publish WORK TARGET  publish WORK over TARGET, with TARGET's fingerprint as base
 *   sirkel-drive digest FILE          open writable with every check (rolling back a hot
 *                                     journal); print the content digest
 *   sirkel-drive clean TARGET         remove leftovers of an interrupted publish of TARGET
 *   sirkel-drive lock FILE DEADLINE   at DEADLINE (µs, real time) try to take FILE's lock;
 *                                     exit 0 if won (held 0.4 s, then left behind), 3 if
 *                                     someone else has it
 *
 * Exit status 0 on success, 1 on a reported error (message on stderr), 2 on wrong usage.
 */
#include "config.h"

#include <stdlib.h>

#include "sirkel-lock.h"
#include "sirkel-publish.h"
#include "sirkel-store.h"

static int
report (GError *error)
{
  g_printerr ("sirkel-drive: %s\n", error->message);
  g_error_free (error);
  return 1;
}

/* Scenario s1: one action that adds a goal with twenty sub-goals and renames the project. */
static int
edit (const char *path)
{
  g_autoptr(SirkelStore) store = NULL;
  GError *error = NULL;
  SirkelId parent = { { 0 } };

  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_QUICK, &error);
  if (store == NULL || !sirkel_store_begin (store, "s1", &error) ||
      !sirkel_store_insert (store, "goal", &parent, &error,
                            "title", g_variant_new_string ("Hovedmål fra s1"), NULL))
    return report (error);
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Delmål %d med en lengre tekst som fyller sider", i);
      SirkelId child = { { 0 } };

      if (!sirkel_store_insert (store, "goal", &child, &error,
                                "title", g_variant_new_string (title),
                                "parent_id", g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, parent.bytes,
                                                                        SIRKEL_ID_LEN, 1),
                                "level", g_variant_new_string ("effektmal"),
                                "sort", g_variant_new_int64 (i), NULL))
        return report (error);
    }
  if (!sirkel_store_commit (store, &error))
    return report (error);
  return 0;
}

static int
publish (const char *work_path,
         const char *target)
{
  g_autoptr(SirkelStore) work = NULL;
  g_auto(SirkelFingerprint) base = { 0 };
  GError *error = NULL;

  if (!sirkel_fingerprint_read (target, &base, &error))
    return report (error);
  work = sirkel_store_open (work_path, SIRKEL_STORE_OPEN_QUICK, &error);
  if (work == NULL || !sirkel_publish (work, target, &base, SIRKEL_PUBLISH_DEFAULT, NULL, &error))
    return report (error);
  return 0;
}

static int
digest (const char *path)
{
  g_autoptr(SirkelStore) store = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;

  /* Writable, as the app's first open is: SQLite rolls a hot journal back. */
  store = sirkel_store_open (path, SIRKEL_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (text = sirkel_store_content_digest (store, &error)) == NULL)
    return report (error);
  g_print ("%s\n", text);
  return 0;
}

static int
lock (const char *path,
      const char *deadline_text)
{
  g_autoptr(SirkelLockInfo) ours = NULL;
  GError *error = NULL;
  gint64 deadline = g_ascii_strtoll (deadline_text, NULL, 10);

  /* Spin until the common start time, so that all contenders call open () together. */
  while (g_get_real_time () < deadline)
    ;
  ours = sirkel_lock_acquire (path, "drive", NULL, &error);
  if (ours != NULL)
    {
      /* Hold it while the others try: a lock whose process is gone is stale by design. */
      g_usleep (400 * 1000);
      return 0;
    }
  if (g_error_matches (error, SIRKEL_STORE_ERROR, SIRKEL_STORE_ERROR_LOCKED))
    {
      g_error_free (error);
      return 3;
    }
  return report (error);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "edit"))
    return edit (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "publish"))
    return publish (argv[2], argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "digest"))
    return digest (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "clean"))
    {
      sirkel_publish_clean_temp_files (argv[2]);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "lock"))
    return lock (argv[2], argv[3]);
  g_printerr ("usage: sirkel-drive edit FILE | publish WORK TARGET | digest FILE | clean TARGET | "
              "lock FILE DEADLINE\n");
  return 2;
}
