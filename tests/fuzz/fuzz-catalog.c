/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-catalog: the libFuzzer harness for the tiltaksbank reader (RELIABILITY.md §4, §7). Each
 * input is a whole catalogue file, given to sirkel_catalog_load_bytes () in a buffer of
 * exactly its size. The contract checked:
 *
 *  - a refused input comes with a SIRKEL_CATALOG_ERROR whose message is one line of UTF-8
 *    starting with the file name;
 *  - an accepted catalogue holds only UTF-8, valid ids (unique), names, keys the format has,
 *    ages in 0–120 in order, and a rating that is either complete (scheme and level) or
 *    wholly unknown;
 *  - writing it and reading the result back gives equal entries, and writing that again gives
 *    the same bytes (the writer is deterministic and the reader accepts what it writes).
 *
 * SIRKEL_FUZZ_VERBOSE=1 prints what each input gave.
 */
#define G_LOG_DOMAIN "sirkel-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "sirkel-catalog.h"

static gboolean verbose;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sirkel_fuzz_init ();
  verbose = g_getenv ("SIRKEL_FUZZ_VERBOSE") != NULL;
  return 0;
}

static void
check_optional (const char *what,
                const char *text)
{
  if (text != NULL)
    sirkel_fuzz_check_text (what, text);
}

static void
check_keys (const char         *what,
            char              **keys,
            const char * const *allowed)
{
  if (keys == NULL)
    sirkel_fuzz_fail ("%s is NULL", what);
  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_strv_contains (allowed, keys[i]))
      sirkel_fuzz_fail ("%s has “%s”", what, keys[i]);
}

static void
check_entry (SirkelCatalog            *catalog,
             const SirkelCatalogEntry *e)
{
  sirkel_fuzz_check_text ("an id", e->id);
  if (*e->id == '\0' || strlen (e->id) > 64 ||
      strspn (e->id, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen (e->id))
    sirkel_fuzz_fail ("the id “%s” is not [a-z0-9-]{1,64}", e->id);
  if (sirkel_catalog_find (catalog, e->id) != e)
    sirkel_fuzz_fail ("the id “%s” does not find its own entry", e->id);
  sirkel_fuzz_check_text ("a name", e->name);
  if (*e->name == '\0')
    sirkel_fuzz_fail ("the entry “%s” has an empty name", e->id);
  sirkel_fuzz_check_text ("a description", e->description);
  sirkel_fuzz_check_text ("a target group", e->target_group);
  sirkel_fuzz_check_text ("a provider", e->provider);
  check_optional ("a url", e->url);
  check_optional ("an edition", e->evidence_edition);
  check_optional ("a source", e->evidence_source);
  check_keys ("the arenas", e->arenas, sirkel_catalog_arena_keys ());
  check_keys ("the topics", e->topics, sirkel_catalog_topic_keys ());
  if (e->prevention_level != NULL && sirkel_catalog_prevention_label (e->prevention_level) == NULL)
    sirkel_fuzz_fail ("prevention level “%s”", e->prevention_level);
  if (e->age_from < -1 || e->age_from > 120 || e->age_to < -1 || e->age_to > 120 ||
      (e->age_from >= 0 && e->age_to >= 0 && e->age_from > e->age_to))
    sirkel_fuzz_fail ("ages %d–%d", e->age_from, e->age_to);
  if (sirkel_catalog_entry_has_evidence (e))
    {
      sirkel_fuzz_check_text ("a scheme", e->evidence_scheme);
      sirkel_fuzz_check_text ("a level", e->evidence_level);
      if (g_str_equal (e->evidence_scheme, "ungsinn") &&
          sirkel_catalog_level_label ("ungsinn", e->evidence_level) == NULL)
        sirkel_fuzz_fail ("Ungsinn level “%s”", e->evidence_level);
    }
  else if (e->evidence_scheme != NULL || e->evidence_level != NULL || e->evidence_edition != NULL ||
           e->evidence_year != 0 || e->evidence_source != NULL)
    sirkel_fuzz_fail ("the entry “%s” has part of a rating", e->id);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_memdup2 (data, size), size);
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(SirkelCatalog) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml2 = NULL;
  gsize len = 0;

  catalog = sirkel_catalog_load_bytes (bytes, "fuzz.xml", &error);
  if (catalog == NULL)
    {
      sirkel_fuzz_check_error (error);
      if (error->domain != SIRKEL_CATALOG_ERROR)
        sirkel_fuzz_fail ("an error outside SIRKEL_CATALOG_ERROR: %s", error->message);
      if (!g_str_has_prefix (error->message, "fuzz.xml") || strchr (error->message, '\n') != NULL)
        sirkel_fuzz_fail ("the message is not one line naming the file: %s", error->message);
      if (verbose)
        g_printerr ("refused: %s\n", error->message);
      return 0;
    }
  if (error != NULL)
    sirkel_fuzz_fail ("a catalogue and an error");
  sirkel_fuzz_check_text ("the title", sirkel_catalog_get_title (catalog));
  for (guint i = 0; i < sirkel_catalog_get_n_entries (catalog); i++)
    check_entry (catalog, sirkel_catalog_get_entry (catalog, i));
  if (verbose)
    g_printerr ("read %u entries\n", sirkel_catalog_get_n_entries (catalog));

  xml = sirkel_catalog_to_xml (catalog, &len);
  if (xml == NULL)
    sirkel_fuzz_fail ("the writer failed");
  if (len > SIRKEL_CATALOG_MAX_BYTES)
    return 0;   /* escaping can make the copy larger than the cap; nothing to compare */
  written = g_bytes_new_static (xml, len);
  again = sirkel_catalog_load_bytes (written, "written.xml", &error);
  if (again == NULL)
    sirkel_fuzz_fail ("the reader refused what the writer wrote: %s", error->message);
  if (g_strcmp0 (sirkel_catalog_get_title (catalog), sirkel_catalog_get_title (again)) != 0 ||
      sirkel_catalog_get_n_entries (catalog) != sirkel_catalog_get_n_entries (again))
    sirkel_fuzz_fail ("reading back gave another title or number of entries");
  for (guint i = 0; i < sirkel_catalog_get_n_entries (catalog); i++)
    if (!sirkel_catalog_entry_equal (sirkel_catalog_get_entry (catalog, i),
                                     sirkel_catalog_get_entry (again, i)))
      sirkel_fuzz_fail ("entry %u changed on the way through the writer", i);
  xml2 = sirkel_catalog_to_xml (again, NULL);
  if (g_strcmp0 (xml, xml2) != 0)
    sirkel_fuzz_fail ("writing the same catalogue twice gave different bytes");
  return 0;
}
