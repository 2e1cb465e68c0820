/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `sirkel-cli catalog`: checks a catalogue of measures (docs/catalog-format.md) and lists its
 * entries, one per line, as four tab-separated fields:
 *
 *   ID <TAB> NAME <TAB> EVIDENCE <TAB> AGES
 *
 * EVIDENCE is "SCHEME LEVEL (YEAR)", "SCHEME LEVEL" when the year is not stated, or "unknown";
 * AGES is "FROM–TO" (an en dash), "FROM–", "–TO", or "-" when not stated. Tabs and line breaks
 * inside a name are written as spaces. The format is stable for scripts.
 *
 *   sirkel-cli catalog FILE.xml
 *   sirkel-cli catalog --bundled
 *
 * A file that is not a valid catalogue gives one sentence on stderr naming the file and the
 * line, and exit status 1 (2 for wrong usage).
 */
#define G_LOG_DOMAIN "sirkel-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "sirkel-catalog.h"

int sirkel_cli_catalog (int    argc,
                        char **argv);

static int
catalog_usage (const char *message)
{
  g_printerr ("sirkel-cli: %s\n", message);
  g_printerr (_("usage: sirkel-cli catalog FILE.xml | --bundled\n"));
  return 2;
}

static char *
one_line (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  for (char *p = copy; *p != '\0'; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      *p = ' ';
  return copy;
}

static char *
format_ages (const SirkelCatalogEntry *entry)
{
  if (entry->age_from < 0 && entry->age_to < 0)
    return g_strdup ("-");
  if (entry->age_to < 0)
    return g_strdup_printf ("%d–", entry->age_from);
  if (entry->age_from < 0)
    return g_strdup_printf ("–%d", entry->age_to);
  return g_strdup_printf ("%d–%d", entry->age_from, entry->age_to);
}

int
sirkel_cli_catalog (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE.xml");
  g_autoptr(SirkelCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean bundled = FALSE;
  GOptionEntry entries[] = {
    { "bundled", 0, 0, G_OPTION_ARG_NONE, &bundled, N_("List the catalogue Sirkel ships"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return catalog_usage (error->message);
  if (bundled ? argc != 1 : argc != 2)
    return catalog_usage (_("Give one catalogue file, or --bundled."));

  catalog = bundled ? sirkel_catalog_load_bundled (&error)
                    : sirkel_catalog_load_file (argv[1], &error);
  if (catalog == NULL)
    {
      g_printerr ("sirkel-cli: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < sirkel_catalog_get_n_entries (catalog); i++)
    {
      const SirkelCatalogEntry *entry = sirkel_catalog_get_entry (catalog, i);
      g_autofree char *name = one_line (entry->name);
      g_autofree char *evidence = sirkel_catalog_entry_dup_evidence_summary (entry);
      g_autofree char *ages = format_ages (entry);

      g_string_append_printf (out, "%s\t%s\t%s\t%s\n", entry->id, name, evidence, ages);
    }
  /* One write: the output is UTF-8 whatever the locale. */
  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}
