/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `sirkel-cli chart`: draws one of a project's charts to a PNG, SVG or PDF file, or lists the
 * charts the project can draw (DESIGN.md § 7):
 *
 *   sirkel-cli chart FILE CHART -o OUT.png|.svg|.pdf [--width W] [--height H] [--lang nb|nn|en] [--dark]
 *   sirkel-cli chart FILE --list
 *
 * The language defaults to the project's document language, the height to what the chart
 * needs at the width. The timeline's today line and the årshjul's hand use SOURCE_DATE_EPOCH
 * when it is set, so that scripted output is reproducible. Errors are one sentence on stderr
 * naming the file, with exit status 1 (2 for wrong usage), as in the other commands.
 */
#define G_LOG_DOMAIN "sirkel-cli"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sirkel-chart-store.h"
#include "sirkel-i18n.h"
#include "sirkel-store-private.h"

int sirkel_cli_chart (int    argc,
                      char **argv);

static int
chart_usage (const char *message)
{
  g_printerr ("sirkel-cli: %s\n", message);
  g_printerr (_("usage: sirkel-cli chart FILE CHART -o OUT.png|.svg|.pdf [--width W] [--height H] "
                "[--lang nb|nn|en] [--dark], or sirkel-cli chart FILE --list\n"));
  return 2;
}

/* The project's document language, or NULL when the project has none. */
static char *
document_language (SirkelStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT doc_language FROM project WHERE deleted_at IS NULL LIMIT 1", &stmt, NULL) ||
      !sirkel_store_step_row (store, stmt, &has_row, NULL) || !has_row ||
      sqlite3_column_type (stmt, 0) != SQLITE_TEXT)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Today, or the day of SOURCE_DATE_EPOCH for reproducible output. */
static void
get_today (GDate *today)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc ((gint64) seconds);

      if (time != NULL)
        {
          g_date_set_dmy (today, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                          g_date_time_get_year (time));
          return;
        }
    }
  g_date_set_time_t (today, time (NULL));
}

static int
list_charts (SirkelStore *store)
{
  g_auto(GStrv) names = NULL;
  GError *error = NULL;

  names = sirkel_chart_list_names (store, &error);
  if (names == NULL)
    {
      g_printerr ("sirkel-cli: %s\n", error->message);
      g_error_free (error);
      return 1;
    }
  for (guint i = 0; names[i] != NULL; i++)
    g_print ("%s\n", names[i]);
  return 0;
}

int
sirkel_cli_chart (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE CHART");
  g_autoptr(SirkelStore) store = NULL;
  g_autoptr(SirkelChartStyle) style = NULL;
  g_autoptr(SirkelChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  gboolean list = FALSE, dark = FALSE;
  double width = 1200, height = 0;
  SirkelChartFormat format;
  GDate today;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the chart to OUT (.png, .svg or .pdf)"), "OUT" },
    { "list", 'l', 0, G_OPTION_ARG_NONE, &list, N_("List the charts the project can draw"), NULL },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in pixels (points for SVG and PDF)"), "W" },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, N_("Height; by default what the chart needs"), "H" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the chart: nb, nn or en"), "LANG" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the dark palette"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return chart_usage (error->message);
  if (argc < 2 || (list && argc != 2) || (!list && (argc != 3 || output == NULL)))
    return chart_usage (_("Give a project file and a chart with -o OUT, or --list."));
  if (language != NULL && (g_str_equal (language, "") || !sirkel_i18n_language_is_valid (language)))
    return chart_usage (_("The language must be nb, nn or en."));
  if (!isfinite (width) || width < 50 || width > 16000 || !isfinite (height) || height < 0 || height > 16000 ||
      (height > 0 && height < 50))
    return chart_usage (_("The width and height must be between 50 and 16000."));

  file = g_strdup (argv[1]);
  store = sirkel_store_open (file, SIRKEL_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_printerr ("sirkel-cli: %s\n", error->message);
      return 1;
    }
  if (list)
    return list_charts (store);

  if (!sirkel_chart_format_from_path (output, &format, &error))
    {
      g_printerr ("sirkel-cli: %s\n", error->message);
      return 1;
    }
  style = sirkel_chart_style_new ();
  if (language == NULL)
    language = document_language (store);
  sirkel_chart_style_set_language (style, sirkel_i18n_language_is_valid (language) && language != NULL ? language : "en");
  sirkel_chart_style_set_dark (style, dark);
  get_today (&today);

  chart = sirkel_chart_new_from_store (store, argv[2], style, &today, &error);
  if (chart == NULL)
    {
      g_autofree char *display = g_filename_display_name (file);

      if (g_error_matches (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_UNKNOWN_CHART) ||
          g_error_matches (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_NOT_FOUND))
        /* Translators: an error, then the command that lists the charts of the project file. */
        g_printerr (_("sirkel-cli: %s Run “sirkel-cli chart %s --list” to see the charts it can draw.\n"),
                    error->message, display);
      else
        g_printerr ("sirkel-cli: %s\n", error->message);
      return 1;
    }
  if (height <= 0)
    height = ceil (sirkel_chart_get_preferred_height (chart, width));
  if (!sirkel_chart_export (chart, output, format, width, height, &error))
    {
      g_printerr ("sirkel-cli: %s\n", error->message);
      return 1;
    }
  return 0;
}
