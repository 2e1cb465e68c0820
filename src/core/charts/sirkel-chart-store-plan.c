/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chart data from the plan in a project file: the prioritisation matrix, the timeline of
 * measures, a measure's logic model, the chain from challenge to evaluation indicator, an
 * evaluation indicator's progress and the årshjul. See sirkel-chart-store.h for the rules.
 */
#define G_LOG_DOMAIN "sirkel-chart-store"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-store-private.h"

/* Runs @sql with @id bound to ?1 (when not NULL) and calls @row for every row. */
static gboolean
for_each_row (SirkelStore     *store,
              const char      *sql,
              const SirkelId  *id,
              void           (*row) (sqlite3_stmt *stmt,
                                     gpointer      data),
              gpointer         data,
              GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, sql, &stmt, error) ||
      (id != NULL && !sirkel_store_bind_id (store, stmt, 1, id, error)))
    return FALSE;
  while (TRUE)
    {
      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      row (stmt, data);
    }
}

typedef struct
{
  SirkelChartMatrix *matrix;
  GHashTable        *items;     /* finding id text → SirkelChartMatrixItem */
  GHashTable        *weighted;  /* finding id text → double[2]: Σ w·s and Σ w·max */
  char              *x_id;
  char              *y_id;
} MatrixBuild;

static void
add_challenge_cb (sqlite3_stmt *stmt,
                  gpointer      data)
{
  MatrixBuild *build = data;
  g_autofree char *id = chart_column_id (stmt, 0);
  g_autofree char *title = chart_column_text (stmt, 1);
  SirkelChartMatrixItem *item = sirkel_chart_matrix_item_new (id, title);

  item->prioritised = sqlite3_column_int (stmt, 2) != 0;
  g_ptr_array_add (build->matrix->items, item);
  g_hash_table_insert (build->items, g_strdup (id), item);
  g_hash_table_insert (build->weighted, g_strdup (id), g_new0 (double, 2));
}

static void
add_score_cb (sqlite3_stmt *stmt,
              gpointer      data)
{
  MatrixBuild *build = data;
  g_autofree char *finding = chart_column_id (stmt, 0);
  g_autofree char *criterion = chart_column_id (stmt, 1);
  SirkelChartMatrixItem *item = g_hash_table_lookup (build->items, finding);
  double *sums = g_hash_table_lookup (build->weighted, finding);
  double value = sqlite3_column_double (stmt, 2), weight = sqlite3_column_double (stmt, 3);
  double max = sqlite3_column_double (stmt, 4);

  if (item == NULL || sums == NULL)
    return;
  if (g_strcmp0 (criterion, build->x_id) == 0)
    item->x = value;
  if (g_strcmp0 (criterion, build->y_id) == 0)
    item->y = value;
  sums[0] += weight * value;
  sums[1] += weight * max;
}

/* Collects the criteria in order as { id, title, scale } string vectors. */
static void
add_criterion_cb (sqlite3_stmt *stmt,
                  gpointer      data)
{
  GPtrArray *criteria = data;
  char **criterion = g_new0 (char *, 4);

  criterion[0] = chart_column_id (stmt, 0);
  criterion[1] = chart_column_text (stmt, 1);
  criterion[2] = g_strdup_printf ("%d", CLAMP (sqlite3_column_int (stmt, 2), 1, 10));
  g_ptr_array_add (criteria, criterion);
}

/* Sets an axis from the criterion with @id, or else the first one not yet taken. */
static char *
choose_criterion (GPtrArray      *criteria,
                  const SirkelId *id,
                  const char     *taken,
                  char          **label,
                  int            *max)
{
  g_autofree char *wanted = id != NULL ? sirkel_id_to_string (id) : NULL;

  for (guint i = 0; i < criteria->len; i++)
    {
      char **criterion = g_ptr_array_index (criteria, i);

      if (wanted != NULL ? g_str_equal (criterion[0], wanted) : g_strcmp0 (criterion[0], taken) != 0)
        {
          g_free (*label);
          *label = g_strdup (criterion[1]);
          *max = (int) g_ascii_strtoll (criterion[2], NULL, 10);
          return g_strdup (criterion[0]);
        }
    }
  return NULL;
}

/**
 * sirkel_chart_matrix_from_store:
 * @x_criterion: (nullable): the criterion across, or %NULL for the first by order
 * @y_criterion: (nullable): the criterion up, or %NULL for the next one
 *
 * Returns: (transfer full) (nullable): every live challenge, with its scores
 */
SirkelChartMatrix *
sirkel_chart_matrix_from_store (SirkelStore     *store,
                                const SirkelId  *x_criterion,
                                const SirkelId  *y_criterion,
                                GError         **error)
{
  g_autoptr(SirkelChartMatrix) matrix = sirkel_chart_matrix_new ("", "");
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) weighted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  MatrixBuild build = { matrix, items, weighted, NULL, NULL };
  GHashTableIter iter;
  gpointer key, value;
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!for_each_row (store, "SELECT id, title, scale_max FROM criterion WHERE deleted_at IS NULL "
                     "ORDER BY sort, title", NULL, add_criterion_cb, criteria, error))
    return NULL;
  build.x_id = choose_criterion (criteria, x_criterion, NULL, &matrix->x_label, &matrix->x_max);
  build.y_id = choose_criterion (criteria, y_criterion, build.x_id, &matrix->y_label, &matrix->y_max);
  ok = for_each_row (store, "SELECT id, title, prioritised FROM finding WHERE deleted_at IS NULL "
                     "AND kind = 'challenge' ORDER BY sort, title", NULL, add_challenge_cb, &build, error) &&
       for_each_row (store, "SELECT s.finding_id, s.criterion_id, s.value, c.weight, c.scale_max FROM score s "
                     "JOIN criterion c ON c.id = s.criterion_id WHERE s.deleted_at IS NULL "
                     "AND c.deleted_at IS NULL", NULL, add_score_cb, &build, error);
  g_free (build.x_id);
  g_free (build.y_id);
  if (!ok)
    return NULL;
  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SirkelChartMatrixItem *item = value;
      const double *sums = g_hash_table_lookup (weighted, key);

      item->weighted = sums != NULL && sums[1] > 0 ? sums[0] / sums[1] : NAN;
    }
  return g_steal_pointer (&matrix);
}

static SirkelChartStatus
parse_status (const char *status)
{
  if (g_strcmp0 (status, "proposed") == 0)
    return SIRKEL_CHART_STATUS_PROPOSED;
  if (g_strcmp0 (status, "ongoing") == 0)
    return SIRKEL_CHART_STATUS_ONGOING;
  if (g_strcmp0 (status, "completed") == 0)
    return SIRKEL_CHART_STATUS_COMPLETED;
  if (g_strcmp0 (status, "stopped") == 0)
    return SIRKEL_CHART_STATUS_STOPPED;
  return SIRKEL_CHART_STATUS_PLANNED;
}

static void
add_measure_cb (sqlite3_stmt *stmt,
                gpointer      data)
{
  SirkelChartTimeline *timeline = data;
  g_autofree char *id = chart_column_id (stmt, 0);
  g_autofree char *title = chart_column_text (stmt, 1);
  g_autofree char *status = chart_column_text (stmt, 2);
  g_autofree char *start = chart_column_text (stmt, 3);
  g_autofree char *end = chart_column_text (stmt, 4);
  SirkelChartTimelineItem *item = sirkel_chart_timeline_item_new (id, title, parse_status (status));

  chart_parse_date (start, &item->start);
  chart_parse_date (end, &item->end);
  g_ptr_array_add (timeline->items, item);
}

/**
 * sirkel_chart_timeline_from_store:
 * @today: (nullable): where the today line goes; %NULL for none
 *
 * Returns: (transfer full) (nullable): every live measure over the project's period
 */
SirkelChartTimeline *
sirkel_chart_timeline_from_store (SirkelStore  *store,
                                  const GDate  *today,
                                  GError      **error)
{
  g_auto(ChartProject) project = { 0 };
  g_autoptr(SirkelChartTimeline) timeline = NULL;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!chart_project_load (store, &project, error))
    return NULL;
  timeline = sirkel_chart_timeline_new (project.period_from, project.period_to);
  if (today != NULL && g_date_valid (today))
    timeline->today = *today;
  if (!for_each_row (store, "SELECT id, title, status, start_date, end_date FROM measure "
                     "WHERE deleted_at IS NULL ORDER BY sort, title", NULL, add_measure_cb, timeline, error))
    return NULL;
  return g_steal_pointer (&timeline);
}

static SirkelChartLogicKind
parse_logic_kind (const char *kind)
{
  static const char * const kinds[] = {
    "input", "activity", "output", "short_outcome", "long_outcome", "impact", "assumption",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return (SirkelChartLogicKind) i;
  return SIRKEL_CHART_LOGIC_ASSUMPTION;
}

static void
add_logic_element_cb (sqlite3_stmt *stmt,
                      gpointer      data)
{
  SirkelChartLogic *logic = data;
  g_autofree char *id = chart_column_id (stmt, 0);
  g_autofree char *kind = chart_column_text (stmt, 1);
  g_autofree char *title = chart_column_text (stmt, 2);

  g_ptr_array_add (logic->elements, sirkel_chart_logic_element_new (id, title, parse_logic_kind (kind)));
}

static char *
live_title (SirkelStore     *store,
            const char      *sql,
            const SirkelId  *id,
            gboolean        *found,
            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  *found = FALSE;
  if (!sirkel_store_prepare (store, sql, &stmt, error) || !sirkel_store_bind_id (store, stmt, 1, id, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return NULL;
  *found = has_row;
  return has_row ? chart_column_text (stmt, 0) : NULL;
}

/**
 * sirkel_chart_logic_from_store:
 * @measure: the measure
 *
 * Returns: (transfer full) (nullable): its logic model, or %NULL with
 *   %SIRKEL_CHART_ERROR_NOT_FOUND when there is no such live measure
 */
SirkelChartLogic *
sirkel_chart_logic_from_store (SirkelStore     *store,
                               const SirkelId  *measure,
                               GError         **error)
{
  g_autoptr(SirkelChartLogic) logic = NULL;
  g_autofree char *title = NULL;
  GError *local_error = NULL;
  gboolean found;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (measure != NULL, NULL);

  title = live_title (store, "SELECT title FROM measure WHERE id = ?1 AND deleted_at IS NULL", measure, &found,
                      &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (!found)
    {
      g_autofree char *name = chart_store_name (store);
      g_autofree char *id = sirkel_id_to_string (measure);

      g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_NOT_FOUND, _("“%s” has no measure with the id %s."),
                   name, id);
      return NULL;
    }
  logic = sirkel_chart_logic_new (title);
  if (!for_each_row (store, "SELECT id, kind, title FROM logic_element WHERE measure_id = ?1 "
                     "AND deleted_at IS NULL ORDER BY sort, title", measure, add_logic_element_cb, logic, error))
    return NULL;
  return g_steal_pointer (&logic);
}

typedef struct
{
  SirkelChartChain *chain;
  GHashTable       *nodes[4];  /* id text → node index + 1, per level */
} ChainBuild;

static void
add_chain_node_cb (sqlite3_stmt *stmt,
                   gpointer      data)
{
  ChainBuild *build = data;
  SirkelChartChainLevel level = CLAMP (sqlite3_column_int (stmt, 0), 0, 3);
  g_autofree char *id = chart_column_id (stmt, 1);
  g_autofree char *title = chart_column_text (stmt, 2);
  guint index;

  if (g_hash_table_contains (build->nodes[level], id))
    return;
  index = sirkel_chart_chain_add_node (build->chain, id, title, level);
  ((SirkelChartChainNode *) g_ptr_array_index (build->chain->nodes, index))->complete = sqlite3_column_int (stmt, 3) != 0;
  g_hash_table_insert (build->nodes[level], g_steal_pointer (&id), GUINT_TO_POINTER (index + 1));
}

static void
add_chain_link_cb (sqlite3_stmt *stmt,
                   gpointer      data)
{
  ChainBuild *build = data;
  int level = CLAMP (sqlite3_column_int (stmt, 0), 0, 2);
  g_autofree char *from = chart_column_id (stmt, 1);
  g_autofree char *to = chart_column_id (stmt, 2);
  guint a = GPOINTER_TO_UINT (g_hash_table_lookup (build->nodes[level], from));
  guint b = GPOINTER_TO_UINT (g_hash_table_lookup (build->nodes[level + 1], to));

  if (a > 0 && b > 0)
    sirkel_chart_chain_add_link (build->chain, a - 1, b - 1);
}

/**
 * sirkel_chart_chain_from_store:
 *
 * The challenges that are prioritised or have a goal, the goals linked to them or to a
 * measure, the measures linked to those goals, and their evaluation indicators.
 *
 * Returns: (transfer full) (nullable): the chain
 */
SirkelChartChain *
sirkel_chart_chain_from_store (SirkelStore  *store,
                               GError      **error)
{
  g_autoptr(SirkelChartChain) chain = sirkel_chart_chain_new ();
  ChainBuild build = { chain, { NULL } };
  gboolean ok;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  for (guint i = 0; i < 4; i++)
    build.nodes[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ok = for_each_row (store,
                     "SELECT 0, f.id, f.title, 0 FROM finding f WHERE f.deleted_at IS NULL AND f.kind = 'challenge' "
                     "AND (f.prioritised = 1 OR EXISTS (SELECT 1 FROM goal_finding gf JOIN goal g ON g.id = gf.goal_id "
                     "WHERE gf.finding_id = f.id AND gf.deleted_at IS NULL AND g.deleted_at IS NULL)) "
                     "ORDER BY f.sort, f.title", NULL, add_chain_node_cb, &build, error) &&
       for_each_row (store,
                     "SELECT 1, g.id, g.title, EXISTS (SELECT 1 FROM goal c WHERE c.parent_id = g.id "
                     "AND c.deleted_at IS NULL) FROM goal g WHERE g.deleted_at IS NULL AND ("
                     "EXISTS (SELECT 1 FROM goal_finding gf JOIN finding f ON f.id = gf.finding_id "
                     "WHERE gf.goal_id = g.id AND gf.deleted_at IS NULL AND f.deleted_at IS NULL) OR "
                     "EXISTS (SELECT 1 FROM measure_goal mg JOIN measure m ON m.id = mg.measure_id "
                     "WHERE mg.goal_id = g.id AND mg.deleted_at IS NULL AND m.deleted_at IS NULL)) "
                     "ORDER BY g.sort, g.title", NULL, add_chain_node_cb, &build, error) &&
       for_each_row (store,
                     "SELECT 2, m.id, m.title, m.status IN ('proposed', 'stopped') FROM measure m JOIN measure_goal mg ON mg.measure_id = m.id "
                     "JOIN goal g ON g.id = mg.goal_id WHERE m.deleted_at IS NULL AND mg.deleted_at IS NULL "
                     "AND g.deleted_at IS NULL ORDER BY m.sort, m.title", NULL, add_chain_node_cb, &build, error) &&
       for_each_row (store,
                     "SELECT 3, e.id, e.title, 1 FROM eval_indicator e JOIN measure m ON m.id = e.measure_id "
                     "WHERE e.deleted_at IS NULL AND m.deleted_at IS NULL AND EXISTS (SELECT 1 FROM measure_goal mg "
                     "WHERE mg.measure_id = m.id AND mg.deleted_at IS NULL) ORDER BY m.sort, e.title", NULL,
                     add_chain_node_cb, &build, error) &&
       for_each_row (store,
                     "SELECT 0, finding_id, goal_id FROM goal_finding WHERE deleted_at IS NULL "
                     "UNION ALL SELECT 1, goal_id, measure_id FROM measure_goal WHERE deleted_at IS NULL "
                     "UNION ALL SELECT 2, measure_id, id FROM eval_indicator WHERE deleted_at IS NULL",
                     NULL, add_chain_link_cb, &build, error);
  for (guint i = 0; i < 4; i++)
    g_hash_table_unref (build.nodes[i]);
  if (!ok)
    return NULL;
  return g_steal_pointer (&chain);
}

typedef struct
{
  SirkelChartProgress *progress;
  gboolean             integral;
} ProgressBuild;

static void
add_measurement_cb (sqlite3_stmt *stmt,
                    gpointer      data)
{
  ProgressBuild *build = data;
  g_autofree char *date = chart_column_text (stmt, 0);
  g_autofree char *label = chart_column_text (stmt, 2);
  double value = chart_column_double (stmt, 1);
  GDate when;

  if (!chart_parse_date (date, &when) || !isfinite (value))
    return;
  build->integral &= value == floor (value);
  sirkel_chart_progress_add (build->progress, &when, value, label);
}

/**
 * sirkel_chart_progress_from_store:
 * @eval_indicator: the evaluation indicator
 *
 * Returns: (transfer full) (nullable): its baseline, target and measurements, or %NULL with
 *   %SIRKEL_CHART_ERROR_NOT_FOUND when there is no such live evaluation indicator
 */
SirkelChartProgress *
sirkel_chart_progress_from_store (SirkelStore     *store,
                                  const SirkelId  *eval_indicator,
                                  GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(SirkelChartProgress) progress = NULL;
  g_autofree char *title = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *baseline_date = NULL;
  g_autofree char *target_date = NULL;
  gboolean has_row = FALSE;
  ProgressBuild build;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (eval_indicator != NULL, NULL);

  if (!sirkel_store_prepare (store, "SELECT title, unit, polarity, baseline, baseline_date, target, target_date "
                             "FROM eval_indicator WHERE id = ?1 AND deleted_at IS NULL", &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, eval_indicator, error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_autofree char *name = chart_store_name (store);
      g_autofree char *id = sirkel_id_to_string (eval_indicator);

      g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_NOT_FOUND,
                   _("“%s” has no evaluation indicator with the id %s."), name, id);
      return NULL;
    }
  title = chart_column_text (stmt, 0);
  unit = chart_column_text (stmt, 1);
  progress = sirkel_chart_progress_new (title, unit);
  progress->polarity = CLAMP (sqlite3_column_int (stmt, 2), -1, 1);
  progress->baseline = chart_column_double (stmt, 3);
  baseline_date = chart_column_text (stmt, 4);
  progress->target = chart_column_double (stmt, 5);
  target_date = chart_column_text (stmt, 6);
  chart_parse_date (baseline_date, &progress->baseline_date);
  chart_parse_date (target_date, &progress->target_date);

  build.progress = progress;
  build.integral = (!isfinite (progress->baseline) || progress->baseline == floor (progress->baseline)) &&
                   (!isfinite (progress->target) || progress->target == floor (progress->target));
  if (!for_each_row (store, "SELECT measured_on, value, title FROM measurement WHERE eval_indicator_id = ?1 "
                     "AND deleted_at IS NULL ORDER BY measured_on", eval_indicator, add_measurement_cb, &build, error))
    return NULL;
  progress->decimals = build.integral ? 0 : 1;
  return g_steal_pointer (&progress);
}

static SirkelChartEventKind
parse_event_kind (const char *kind)
{
  static const char * const kinds[] = {
    "oversikt", "planstrategi", "budget", "ungdata", "reporting", "evaluation", "other",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return (SirkelChartEventKind) i;
  return SIRKEL_CHART_EVENT_OTHER;
}

static void
add_event_cb (sqlite3_stmt *stmt,
              gpointer      data)
{
  SirkelChartYearWheel *wheel = data;
  g_autofree char *id = chart_column_id (stmt, 0);
  g_autofree char *title = chart_column_text (stmt, 1);
  g_autofree char *kind = chart_column_text (stmt, 2);

  g_ptr_array_add (wheel->events, sirkel_chart_event_new (id, title, parse_event_kind (kind),
                                                          CLAMP (sqlite3_column_int (stmt, 3), 1, 12),
                                                          CLAMP (sqlite3_column_int (stmt, 4), 0, 31),
                                                          MAX (sqlite3_column_int (stmt, 5), 0)));
}

/**
 * sirkel_chart_year_wheel_from_store:
 * @today: (nullable): where the today hand points; %NULL for none
 *
 * Returns: (transfer full) (nullable): every live årshjul event
 */
SirkelChartYearWheel *
sirkel_chart_year_wheel_from_store (SirkelStore  *store,
                                    const GDate  *today,
                                    GError      **error)
{
  g_autoptr(SirkelChartYearWheel) wheel = sirkel_chart_year_wheel_new ();

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (today != NULL && g_date_valid (today))
    wheel->today = *today;
  if (!for_each_row (store, "SELECT id, title, kind, month, day, year FROM yearwheel_event "
                     "WHERE deleted_at IS NULL ORDER BY month, day IS NULL, day, year, title", NULL, add_event_cb,
                     wheel, error))
    return NULL;
  return g_steal_pointer (&wheel);
}
