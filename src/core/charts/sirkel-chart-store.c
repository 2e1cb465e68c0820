/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chart names and the shared helpers of the store-backed chart data; see sirkel-chart-store.h.
 *
 * A chart name is a kind, with the indicator key or entity id after a colon where the kind
 * needs one: barometer, trend:KEY, bars:KEY, matrix, timeline, logic-model:ID, chain,
 * progress:ID, arshjul. Ids are written as sirkel_id_to_string () writes them, like everywhere
 * else on the command line.
 */
#define G_LOG_DOMAIN "sirkel-chart-store"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-store-private.h"

char *
chart_column_text (sqlite3_stmt *stmt,
                   int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

double
chart_column_double (sqlite3_stmt *stmt,
                     int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

char *
chart_column_id (sqlite3_stmt *stmt,
                 int           column)
{
  SirkelId id;

  if (!sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, column), sqlite3_column_bytes (stmt, column)))
    return g_strdup ("");
  return sirkel_id_to_string (&id);
}

/* "2025-03-01" (with or without a time after it) into @date, whatever the locale. */
gboolean
chart_parse_date (const char *text,
                  GDate      *date)
{
  unsigned year = 0, month = 0, day = 0;
  char sep1 = 0, sep2 = 0;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u%c%2u%c%2u", &year, &sep1, &month, &sep2, &day) != 5 ||
      sep1 != '-' || sep2 != '-' || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

char *
chart_store_name (SirkelStore *store)
{
  g_autofree char *base = g_path_get_basename (sirkel_store_get_path (store));

  return g_filename_display_name (base);
}

void
chart_project_clear (ChartProject *project)
{
  g_clear_pointer (&project->kommune, g_free);
  g_clear_pointer (&project->kommune_label, g_free);
  g_clear_pointer (&project->fylke, g_free);
  g_clear_pointer (&project->fylke_label, g_free);
}

/* The project's places and period; an empty project (no project row) has none. */
gboolean
chart_project_load (SirkelStore   *store,
                    ChartProject  *project,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  GDateTime *now;

  if (!sirkel_store_prepare (store, "SELECT kommune, kommune_name, fylke, fylke_name, period_from, period_to "
                             "FROM project WHERE deleted_at IS NULL LIMIT 1", &stmt, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      now = g_date_time_new_now_utc ();
      project->kommune = g_strdup ("");
      project->kommune_label = g_strdup ("");
      project->fylke = g_strdup ("");
      project->fylke_label = g_strdup ("");
      project->period_from = project->period_to = g_date_time_get_year (now);
      g_date_time_unref (now);
      return TRUE;
    }
  project->kommune = chart_column_text (stmt, 0);
  project->kommune_label = chart_column_text (stmt, 1);
  project->fylke = chart_column_text (stmt, 2);
  project->fylke_label = chart_column_text (stmt, 3);
  project->period_from = sqlite3_column_int (stmt, 4);
  project->period_to = MAX (project->period_from, sqlite3_column_int (stmt, 5));
  if (*project->kommune_label == '\0')
    {
      g_free (project->kommune_label);
      project->kommune_label = g_strdup (project->kommune);
    }
  if (*project->fylke_label == '\0')
    {
      g_free (project->fylke_label);
      project->fylke_label = g_strdup (project->fylke);
    }
  return TRUE;
}

static gboolean
add_names (SirkelStore  *store,
           GPtrArray    *names,
           const char   *prefix,
           const char   *sql,
           gboolean      is_id,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, sql, &stmt, error))
    return FALSE;
  while (TRUE)
    {
      g_autofree char *key = NULL;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      key = is_id ? chart_column_id (stmt, 0) : chart_column_text (stmt, 0);
      g_ptr_array_add (names, g_strconcat (prefix, ":", key, NULL));
    }
}

/**
 * sirkel_chart_list_names:
 *
 * Every chart @store can draw, as `sirkel-cli chart` names them: the project-wide charts
 * always (an empty one says so), trend and bars for each indicator with observations,
 * logic-model for each measure with logic-model elements, and progress for each evaluation
 * indicator.
 *
 * Returns: (transfer full) (nullable): a %NULL-terminated array of names
 */
char **
sirkel_chart_list_names (SirkelStore  *store,
                         GError      **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  static const char indicators[] =
    "SELECT ind.key FROM indicator ind WHERE ind.deleted_at IS NULL AND EXISTS (SELECT 1 FROM obs_series s "
    "JOIN data_import i ON i.id = s.import_id JOIN observation o ON o.series = s.key "
    "WHERE s.indicator_id = ind.id AND i.deleted_at IS NULL) ORDER BY ind.category IS NULL, ind.category, "
    "ind.sort, ind.key";

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  g_ptr_array_add (names, g_strdup ("barometer"));
  if (!add_names (store, names, "trend", indicators, FALSE, error) ||
      !add_names (store, names, "bars", indicators, FALSE, error))
    return NULL;
  g_ptr_array_add (names, g_strdup ("matrix"));
  g_ptr_array_add (names, g_strdup ("timeline"));
  if (!add_names (store, names, "logic-model",
                  "SELECT m.id FROM measure m WHERE m.deleted_at IS NULL AND EXISTS (SELECT 1 FROM logic_element l "
                  "WHERE l.measure_id = m.id AND l.deleted_at IS NULL) ORDER BY m.sort, m.title", TRUE, error))
    return NULL;
  g_ptr_array_add (names, g_strdup ("chain"));
  if (!add_names (store, names, "progress",
                  "SELECT e.id FROM eval_indicator e JOIN measure m ON m.id = e.measure_id "
                  "WHERE e.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY m.sort, e.title", TRUE, error))
    return NULL;
  g_ptr_array_add (names, g_strdup ("arshjul"));
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static gboolean
parse_id (SirkelStore  *store,
          const char   *name,
          const char   *text,
          SirkelId     *id,
          GError      **error)
{
  if (text != NULL && sirkel_id_parse (id, text))
    return TRUE;
  g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_UNKNOWN_CHART,
               _("The chart “%s” needs an id such as 0229b2ea-d4ee-4f72-8b7b-00a91ceaefc1 after the colon."), name);
  return FALSE;
}

/**
 * sirkel_chart_new_from_store:
 * @name: a chart name, such as "barometer" or "trend:ensomhet"
 * @style: (nullable): the style to draw with and to word the data in; %NULL for the default
 * @today: (nullable): for the timeline's today line and the årshjul's hand
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL with %SIRKEL_CHART_ERROR_UNKNOWN_CHART
 *   for a name that is no chart, %SIRKEL_CHART_ERROR_NOT_FOUND for a key or id the project
 *   does not have, or a store error
 */
SirkelChart *
sirkel_chart_new_from_store (SirkelStore       *store,
                             const char        *name,
                             SirkelChartStyle  *style,
                             const GDate       *today,
                             GError           **error)
{
  g_autoptr(SirkelChartStyle) own_style = NULL;
  g_autofree char *kind = NULL;
  const char *colon, *arg;
  SirkelChart *chart = NULL;
  gpointer data = NULL;
  SirkelId id;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (style == NULL)
    style = own_style = sirkel_chart_style_new ();
  colon = strchr (name, ':');
  kind = colon != NULL ? g_strndup (name, colon - name) : g_strdup (name);
  arg = colon != NULL && colon[1] != '\0' ? colon + 1 : NULL;

  if (g_str_equal (kind, "trend") || g_str_equal (kind, "bars"))
    {
      if (arg == NULL)
        {
          g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_UNKNOWN_CHART,
                       _("The chart “%s” needs an indicator key after a colon, such as %s:ensomhet."), name, kind);
          return NULL;
        }
      if (g_str_equal (kind, "trend") && (data = sirkel_chart_trend_from_store (store, arg, style, error)) != NULL)
        chart = sirkel_chart_new_trend (data);
      else if (g_str_equal (kind, "bars") && (data = sirkel_chart_bars_from_store (store, arg, style, error)) != NULL)
        chart = sirkel_chart_new_bars (data);
    }
  else if (g_str_equal (kind, "logic-model") || g_str_equal (kind, "progress"))
    {
      if (!parse_id (store, name, arg, &id, error))
        return NULL;
      if (g_str_equal (kind, "progress") && (data = sirkel_chart_progress_from_store (store, &id, error)) != NULL)
        chart = sirkel_chart_new_progress (data);
      else if (g_str_equal (kind, "logic-model") && (data = sirkel_chart_logic_from_store (store, &id, error)) != NULL)
        chart = sirkel_chart_new_logic_model (data);
    }
  else if (arg != NULL)
    ;
  else if (g_str_equal (kind, "barometer") && (data = sirkel_chart_barometer_from_store (store, error)) != NULL)
    chart = sirkel_chart_new_barometer (data);
  else if (g_str_equal (kind, "matrix") && (data = sirkel_chart_matrix_from_store (store, NULL, NULL, error)) != NULL)
    chart = sirkel_chart_new_matrix (data);
  else if (g_str_equal (kind, "timeline") && (data = sirkel_chart_timeline_from_store (store, today, error)) != NULL)
    chart = sirkel_chart_new_timeline (data);
  else if (g_str_equal (kind, "chain") && (data = sirkel_chart_chain_from_store (store, error)) != NULL)
    chart = sirkel_chart_new_chain (data);
  else if (g_str_equal (kind, "arshjul") && (data = sirkel_chart_year_wheel_from_store (store, today, error)) != NULL)
    chart = sirkel_chart_new_year_wheel (data);

  if (chart == NULL && (error == NULL || *error == NULL))
    g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_UNKNOWN_CHART,
                 _("“%s” is not a chart Sirkel can draw; the charts are barometer, trend:KEY, bars:KEY, matrix, "
                   "timeline, logic-model:ID, chain, progress:ID and arshjul."), name);
  if (chart != NULL)
    sirkel_chart_set_style (chart, style);
  return chart;
}
