/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report's language and its small vocabularies: fixed words translated into the document's
 * language (report_tr, whatever the UI speaks; see sirkel-report-private.h for the NC_
 * convention), dates and numbers written as the language writes them, markup escaping, the
 * document type keys of the command line, and the date a new document is stamped with.
 */
#define G_LOG_DOMAIN "sirkel-report"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sirkel-i18n.h"
#include "sirkel-report-private.h"

/**
 * sirkel_report_type_to_key:
 *
 * Returns: the command-line name of @type: "oversikt", "plan" or "rapport"
 */
const char *
sirkel_report_type_to_key (SirkelReportType type)
{
  switch (type)
    {
    case SIRKEL_REPORT_TYPE_OVERVIEW: return "oversikt";
    case SIRKEL_REPORT_TYPE_PLAN: return "plan";
    case SIRKEL_REPORT_TYPE_ANNUAL: return "rapport";
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
sirkel_report_type_from_key (const char       *key,
                             SirkelReportType *type)
{
  g_return_val_if_fail (type != NULL, FALSE);

  for (SirkelReportType t = SIRKEL_REPORT_TYPE_OVERVIEW; t <= SIRKEL_REPORT_TYPE_ANNUAL; t++)
    if (g_strcmp0 (key, sirkel_report_type_to_key (t)) == 0)
      {
        *type = t;
        return TRUE;
      }
  return FALSE;
}

/**
 * sirkel_report_dup_date_now:
 *
 * The date to stamp a new document with: SOURCE_DATE_EPOCH when it is set (reproducible
 * builds and tests), otherwise the current time; in UTC, to the second.
 *
 * Returns: (transfer full): the date
 */
GDateTime *
sirkel_report_dup_date_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, 253402300799u, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);
  return g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC);
}

/**
 * report_tr:
 * @key: NC_ ("report", "…"): the context, EOT, the English msgid
 *
 * Returns: (transfer none): the fixed word in the document's language
 */
const char *
report_tr (SirkelReport *self,
           const char   *key)
{
  const char *translated = sirkel_i18n_gettext (self->language, key);
  const char *msgid = strchr (key, '\004');

  g_assert (msgid != NULL);
  return translated != key ? translated : msgid + 1;
}

char *
report_escape (const char *text)
{
  g_autofree char *clean = g_utf8_make_valid (text != NULL ? text : "", -1);

  return g_markup_escape_text (clean, -1);
}

char *
report_format_number (SirkelReport *self,
                      double        value,
                      int           decimals)
{
  if (!isfinite (value))
    return g_strdup ("–");
  return sirkel_chart_style_format_number (self->chart_style, value, CLAMP (decimals, 0, 6));
}

/* "15. mars 2026" or "15.03.2026" in nb and nn; "15 March 2026" or "15 Mar 2026" in English. */
char *
report_format_date (SirkelReport *self,
                    GDateTime    *date,
                    gboolean      long_form)
{
  static const char *months[] = {
    NC_("report", "January"), NC_("report", "February"), NC_("report", "March"),
    NC_("report", "April"), NC_("report", "May"), NC_("report", "June"), NC_("report", "July"),
    NC_("report", "August"), NC_("report", "September"), NC_("report", "October"),
    NC_("report", "November"), NC_("report", "December"),
  };
  int day = g_date_time_get_day_of_month (date);
  int month = g_date_time_get_month (date);
  int year = g_date_time_get_year (date);
  gboolean english = g_str_equal (self->language, "en");
  const char *name = report_tr (self, months[month - 1]);

  if (long_form)
    return english ? g_strdup_printf ("%d %s %d", day, name, year)
                   : g_strdup_printf ("%d. %s %d", day, name, year);
  if (english)
    return g_strdup_printf ("%d %.3s %d", day, name, year);
  return g_strdup_printf ("%02d.%02d.%d", day, month, year);
}

/* A date or time as stored ("2025-06-30", "2026-01-15T09:00:00Z"); NULL for NULL or junk. */
char *
report_format_iso_date (SirkelReport *self,
                        const char   *iso,
                        gboolean      long_form)
{
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  date = g_date_time_new_utc (y, m, d, 0, 0, 0);
  return date != NULL ? report_format_date (self, date, long_form) : NULL;
}
