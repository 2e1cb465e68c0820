/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See sirkel-project-chart.h.
 */
#define G_LOG_DOMAIN "sirkel-project-chart"

#include "config.h"

#include "sirkel-chart-store.h"
#include "sirkel-project-chart.h"

/**
 * sirkel_project_chart_new:
 * @document: (nullable): the open project
 * @name: a chart name as `sirkel-cli chart --list` prints them ("barometer", "trend:KEY", "chain")
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL without a document or when it
 *   cannot be built (logged: a chart that cannot be drawn is not the user's error)
 */
SirkelChart *
sirkel_project_chart_new (SirkelDocument *document,
                          const char     *name)
{
  g_autoptr(SirkelChartStyle) style = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;
  SirkelChart *chart;

  g_return_val_if_fail (document == NULL || SIRKEL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (document == NULL)
    return NULL;
  style = sirkel_chart_style_new ();
  now = g_date_time_new_now_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  chart = sirkel_chart_new_from_store (sirkel_document_get_store (document), name, style, &today, &error);
  if (chart == NULL)
    g_message ("The chart %s could not be built: %s", name, error->message);
  return chart;
}
