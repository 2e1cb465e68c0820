/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `sirkel-cli export-pdf`: writes one of a project's documents as PDF (DESIGN.md § 7):
 *
 *   sirkel-cli export-pdf FILE --document oversikt|plan|rapport [--lang nb|nn|en] -o OUT.pdf
 *
 * The language defaults to the project's document language. The document's date — on its
 * title page and in the PDF's metadata — is SOURCE_DATE_EPOCH when that is set, so that the
 * same project gives the same bytes; otherwise now. The PDF is written whole or not at all.
 * Errors are one sentence on stderr naming the file, with exit status 1 (2 for wrong usage).
 */
#define G_LOG_DOMAIN "sirkel-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sirkel-i18n.h"
#include "sirkel-report.h"
#include "sirkel-store-private.h"

int sirkel_cli_export_pdf (int    argc,
                           char **argv);

static int
export_usage (const char *message)
{
  g_printerr ("sirkel-cli: %s\n", message);
  g_printerr (_("usage: sirkel-cli export-pdf FILE --document oversikt|plan|rapport [--lang "
                "nb|nn|en] -o OUT.pdf\n"));
  return 2;
}

/* The project's document language, or "nb". */
static char *
document_language (SirkelStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store,
                             "SELECT doc_language FROM project WHERE deleted_at IS NULL LIMIT 1",
                             &stmt, NULL) ||
      !sirkel_store_step_row (store, stmt, &has_row, NULL) || !has_row ||
      sqlite3_column_type (stmt, 0) != SQLITE_TEXT ||
      !sirkel_i18n_language_is_valid ((const char *) sqlite3_column_text (stmt, 0)))
    return g_strdup ("nb");
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

int
sirkel_cli_export_pdf (int    argc,
                       char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *document = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(SirkelReport) report = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) error = NULL;
  SirkelReportType type;
  GOptionEntry entries[] = {
    { "document", 'd', 0, G_OPTION_ARG_STRING, &document,
      N_("The document: oversikt, plan or rapport"), "DOCUMENT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the document: nb, nn or en"),
      "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to OUT"), "OUT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return export_usage (error->message);
  if (argc != 2 || document == NULL || output == NULL)
    return export_usage (_("Give a project file, a document with --document and a PDF file "
                           "with -o."));
  if (!sirkel_report_type_from_key (document, &type))
    return export_usage (_("The document must be oversikt, plan or rapport."));
  if (language != NULL && (*language == '\0' || !sirkel_i18n_language_is_valid (language)))
    return export_usage (_("The language must be nb, nn or en."));

  store = sirkel_store_open (argv[1], SIRKEL_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_printerr ("sirkel-cli: %s\n", error->message);
      return 1;
    }
  if (language == NULL)
    language = document_language (store);
  date = sirkel_report_dup_date_now ();
  report = sirkel_report_new_from_store (store, type, language, date, &error);
  if (report == NULL || !sirkel_report_write_pdf (report, output, NULL, NULL, NULL, &error))
    {
      g_printerr ("sirkel-cli: %s\n", error->message);
      return 1;
    }
  return 0;
}
