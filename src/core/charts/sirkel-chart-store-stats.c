/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chart data from the statistics in a project file: trend, bars and barometer. See
 * sirkel-chart-store.h for the rules.
 *
 * A "breakdown" is one (sex, age_lo, age_hi, dims) of an indicator. The trend and the
 * barometer use the kommune's first breakdown in the order both sexes first, then the lowest
 * age group, as sirkel-compare.c does; fylke and landet are read with the same breakdown, so
 * that like is compared with like. When two live imports hold the same period, the newest
 * import wins.
 */
#define G_LOG_DOMAIN "sirkel-chart-store"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"
#include "sirkel-chart-store-private.h"

typedef struct
{
  int   sex;
  int   age_lo;
  int   age_hi;
  char *dims;
} Breakdown;

static void
breakdown_clear (Breakdown *breakdown)
{
  g_clear_pointer (&breakdown->dims, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Breakdown, breakdown_clear)

#define OBSERVATIONS \
  "SELECT o.period_from, o.period_to, o.period_part, o.value, o.flag, o.ci_low, o.ci_high, o.numerator, " \
  "o.denominator FROM observation o JOIN obs_series s ON s.key = o.series " \
  "JOIN data_import i ON i.id = s.import_id WHERE s.indicator_id = ?1 AND s.geo = ?2 AND s.sex = ?3 " \
  "AND s.age_lo = ?4 AND s.age_hi = ?5 AND s.dims = ?6 AND i.deleted_at IS NULL "

static gboolean
find_indicator (SirkelStore  *store,
                const char   *key,
                SirkelId     *id,
                char        **title,
                char        **unit,
                int          *decimals,
                int          *polarity,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT id, title, unit, decimals, polarity FROM indicator "
                             "WHERE key = ?1 AND deleted_at IS NULL ORDER BY sort LIMIT 1", &stmt, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT), error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_autofree char *name = chart_store_name (store);

      g_set_error (error, SIRKEL_CHART_ERROR, SIRKEL_CHART_ERROR_NOT_FOUND,
                   _("“%s” has no indicator with the key “%s”."), name, key);
      return FALSE;
    }
  sirkel_id_from_bytes (id, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  *title = chart_column_text (stmt, 1);
  *unit = chart_column_text (stmt, 2);
  *decimals = CLAMP (sqlite3_column_int (stmt, 3), 0, 6);
  *polarity = CLAMP (sqlite3_column_int (stmt, 4), -1, 1);
  return TRUE;
}

/* The first breakdown of @geo (or of any place, when @geo has none). FALSE with no error
 * when the indicator has no series at all. */
static gboolean
first_breakdown (SirkelStore     *store,
                 const SirkelId  *indicator,
                 const char      *geo,
                 Breakdown       *breakdown,
                 GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  if (!sirkel_store_prepare (store, "SELECT s.sex, s.age_lo, s.age_hi, s.dims FROM obs_series s "
                             "JOIN data_import i ON i.id = s.import_id WHERE s.indicator_id = ?1 "
                             "AND i.deleted_at IS NULL ORDER BY s.geo <> ?2, s.sex, s.age_lo, s.age_hi, s.dims "
                             "LIMIT 1", &stmt, error) ||
      !sirkel_store_bind_id (store, stmt, 1, indicator, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (stmt, 2, geo, -1, SQLITE_TRANSIENT), error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error) || !has_row)
    return FALSE;
  breakdown->sex = sqlite3_column_int (stmt, 0);
  breakdown->age_lo = sqlite3_column_int (stmt, 1);
  breakdown->age_hi = sqlite3_column_int (stmt, 2);
  breakdown->dims = chart_column_text (stmt, 3);
  return TRUE;
}

static gboolean
bind_breakdown (SirkelStore      *store,
                sqlite3_stmt     *stmt,
                const SirkelId   *indicator,
                const char       *geo,
                const Breakdown  *breakdown,
                GError          **error)
{
  return sirkel_store_bind_id (store, stmt, 1, indicator, error) &&
         sirkel_store_check (store, sqlite3_bind_text (stmt, 2, geo, -1, SQLITE_TRANSIENT), error) &&
         sirkel_store_check (store, sqlite3_bind_int (stmt, 3, breakdown->sex), error) &&
         sirkel_store_check (store, sqlite3_bind_int (stmt, 4, breakdown->age_lo), error) &&
         sirkel_store_check (store, sqlite3_bind_int (stmt, 5, breakdown->age_hi), error) &&
         sirkel_store_check (store, sqlite3_bind_text (stmt, 6, breakdown->dims, -1, SQLITE_TRANSIENT), error);
}

/* Reads the current row of an OBSERVATIONS statement; a share with counts gets its Wilson
 * interval scaled to the value's unit, as sirkel_compare_indicator () does. */
static void
read_value (sqlite3_stmt     *stmt,
            SirkelChartValue *value)
{
  double numerator = chart_column_double (stmt, 7), denominator = chart_column_double (stmt, 8), low, high;
  g_autofree char *flag = chart_column_text (stmt, 4);

  sirkel_chart_value_init (value);
  value->period_from = sqlite3_column_int (stmt, 0);
  value->period_to = sqlite3_column_int (stmt, 1);
  value->period_part = sqlite3_column_int (stmt, 2);
  value->value = chart_column_double (stmt, 3);
  value->ci_low = chart_column_double (stmt, 5);
  value->ci_high = chart_column_double (stmt, 6);
  if (!isfinite (value->value))
    {
      value->ci_low = value->ci_high = NAN;
      value->flag = g_intern_string (*flag != '\0' ? flag : "missing");
      return;
    }
  if ((!isfinite (value->ci_low) || !isfinite (value->ci_high)) && value->value != 0 && numerator > 0 &&
      sirkel_wilson_interval (numerator, denominator, &low, &high))
    {
      double scale = value->value / (numerator / denominator);

      value->ci_low = low * scale;
      value->ci_high = high * scale;
    }
}

static gboolean
read_series (SirkelStore       *store,
             const SirkelId    *indicator,
             const char        *geo,
             const Breakdown   *breakdown,
             SirkelChartSeries *series,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  if (!sirkel_store_prepare (store, OBSERVATIONS "ORDER BY o.period_from, o.period_to, o.period_part, "
                             "i.imported_at DESC", &stmt, error) ||
      !bind_breakdown (store, stmt, indicator, geo, breakdown, error))
    return FALSE;
  while (TRUE)
    {
      SirkelChartValue value;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      read_value (stmt, &value);
      if (series->values->len > 0)
        {
          const SirkelChartValue *last = &g_array_index (series->values, SirkelChartValue, series->values->len - 1);

          if (last->period_from == value.period_from && last->period_to == value.period_to &&
              last->period_part == value.period_part)
            continue;
        }
      g_array_append_val (series->values, value);
    }
}

/**
 * sirkel_chart_trend_from_store:
 * @key: the indicator's key, as `sirkel-cli indicators --csv` prints it
 *
 * Returns: (transfer full) (nullable): kommune, fylke and landet over all periods
 */
SirkelChartTrend *
sirkel_chart_trend_from_store (SirkelStore       *store,
                               const char        *key,
                               SirkelChartStyle  *style,
                               GError           **error)
{
  g_auto(ChartProject) project = { 0 };
  g_auto(Breakdown) breakdown = { 0 };
  g_autoptr(SirkelChartTrend) trend = NULL;
  g_autofree char *title = NULL;
  g_autofree char *unit = NULL;
  GError *local_error = NULL;
  SirkelId id;
  int decimals, polarity;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (key != NULL && style != NULL, NULL);

  if (!chart_project_load (store, &project, error) ||
      !find_indicator (store, key, &id, &title, &unit, &decimals, &polarity, error))
    return NULL;
  trend = sirkel_chart_trend_new (title, unit);
  trend->decimals = decimals;
  trend->polarity = polarity;
  if (!first_breakdown (store, &id, project.kommune, &breakdown, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
      return g_steal_pointer (&trend);
    }
  {
    const struct { const char *geo; const char *label; SirkelChartPlace place; } places[] = {
      { project.kommune, project.kommune_label, SIRKEL_CHART_PLACE_KOMMUNE },
      { project.fylke, project.fylke_label, SIRKEL_CHART_PLACE_FYLKE },
      { "0", sirkel_chart_style_gettext (style, N_("Norway")), SIRKEL_CHART_PLACE_LANDET },
    };

    for (guint i = 0; i < G_N_ELEMENTS (places); i++)
      {
        g_autoptr(SirkelChartSeries) series = sirkel_chart_series_new (places[i].label, places[i].place);

        if (*places[i].geo == '\0')
          continue;
        if (!read_series (store, &id, places[i].geo, &breakdown, series, error))
          return NULL;
        if (series->values->len > 0)
          g_ptr_array_add (trend->series, g_steal_pointer (&series));
      }
  }
  return g_steal_pointer (&trend);
}

static char *
group_label (SirkelChartStyle *style,
             gboolean          by_sex,
             int               sex,
             int               age_lo,
             int               age_hi)
{
  gboolean young = age_hi < 18;

  if (by_sex)
    return g_strdup (sirkel_chart_style_gettext (style, sex == 1 ? (young ? N_("Boys") : N_("Men"))
                                                        : sex == 2 ? (young ? N_("Girls") : N_("Women"))
                                                                   : N_("Both sexes")));
  if (age_lo <= 0 && age_hi >= 120)
    return g_strdup (sirkel_chart_style_gettext (style, N_("All ages")));
  if (age_hi >= 120)
    /* Translators: an age group with no upper limit, "67 years and older". */
    return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%d years and older")), age_lo);
  if (age_lo == age_hi)
    return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%d years")), age_lo);
  /* Translators: an age group, "13–15 years". */
  return g_strdup_printf (sirkel_chart_style_gettext (style, N_("%d–%d years")), age_lo, age_hi);
}

/**
 * sirkel_chart_bars_from_store:
 *
 * The latest period in which the kommune has any figure for @key, grouped by sex when the
 * file has more than one sex, else by age group, with a bar for kommune, fylke and landet.
 *
 * Returns: (transfer full) (nullable): the bars
 */
SirkelChartBars *
sirkel_chart_bars_from_store (SirkelStore       *store,
                              const char        *key,
                              SirkelChartStyle  *style,
                              GError           **error)
{
  g_auto(ChartProject) project = { 0 };
  g_autoptr(SirkelChartBars) bars = NULL;
  g_autoptr(sqlite3_stmt) latest = NULL;
  g_autoptr(sqlite3_stmt) groups = NULL;
  g_autoptr(GArray) breakdowns = g_array_new (FALSE, TRUE, sizeof (Breakdown));
  g_autofree char *title = NULL;
  g_autofree char *unit = NULL;
  gboolean has_row = FALSE, by_sex;
  int decimals, polarity, from, to, part, sexes;
  SirkelId id;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);
  g_return_val_if_fail (key != NULL && style != NULL, NULL);

  g_array_set_clear_func (breakdowns, (GDestroyNotify) breakdown_clear);
  if (!chart_project_load (store, &project, error) ||
      !find_indicator (store, key, &id, &title, &unit, &decimals, &polarity, error))
    return NULL;
  bars = sirkel_chart_bars_new (title, unit);
  bars->decimals = decimals;
  if (!sirkel_store_prepare (store, "SELECT o.period_from, o.period_to, o.period_part FROM observation o "
                             "JOIN obs_series s ON s.key = o.series JOIN data_import i ON i.id = s.import_id "
                             "WHERE s.indicator_id = ?1 AND s.geo = ?2 AND i.deleted_at IS NULL "
                             "ORDER BY o.period_to DESC, o.period_from DESC, o.period_part DESC LIMIT 1",
                             &latest, error) ||
      !sirkel_store_bind_id (store, latest, 1, &id, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (latest, 2, project.kommune, -1, SQLITE_TRANSIENT), error) ||
      !sirkel_store_step_row (store, latest, &has_row, error))
    return NULL;
  if (!has_row)
    return g_steal_pointer (&bars);
  from = sqlite3_column_int (latest, 0);
  to = sqlite3_column_int (latest, 1);
  part = sqlite3_column_int (latest, 2);
  {
    SirkelChartValue period = { from, to, part, NAN, NAN, NAN, NULL };

    g_free (bars->period);
    bars->period = chart_period_label (style, &period);
  }

  /* The kommune's breakdowns in that period: by sex for the first age group if there are
   * several sexes, else by age group for the first sex. */
  if (!sirkel_store_prepare (store, "SELECT DISTINCT s.sex, s.age_lo, s.age_hi, s.dims FROM observation o "
                             "JOIN obs_series s ON s.key = o.series JOIN data_import i ON i.id = s.import_id "
                             "WHERE s.indicator_id = ?1 AND s.geo = ?2 AND i.deleted_at IS NULL "
                             "AND o.period_from = ?3 AND o.period_to = ?4 AND o.period_part = ?5 "
                             "ORDER BY s.dims, s.age_lo, s.age_hi, s.sex", &groups, error) ||
      !sirkel_store_bind_id (store, groups, 1, &id, error) ||
      !sirkel_store_check (store, sqlite3_bind_text (groups, 2, project.kommune, -1, SQLITE_TRANSIENT), error) ||
      !sirkel_store_check (store, sqlite3_bind_int (groups, 3, from), error) ||
      !sirkel_store_check (store, sqlite3_bind_int (groups, 4, to), error) ||
      !sirkel_store_check (store, sqlite3_bind_int (groups, 5, part), error))
    return NULL;
  while (TRUE)
    {
      Breakdown breakdown;

      if (!sirkel_store_step_row (store, groups, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      breakdown.sex = sqlite3_column_int (groups, 0);
      breakdown.age_lo = sqlite3_column_int (groups, 1);
      breakdown.age_hi = sqlite3_column_int (groups, 2);
      breakdown.dims = chart_column_text (groups, 3);
      g_array_append_val (breakdowns, breakdown);
    }
  sexes = 0;
  for (guint i = 0; i < breakdowns->len; i++)
    {
      const Breakdown *b = &g_array_index (breakdowns, Breakdown, i), *first = &g_array_index (breakdowns, Breakdown, 0);

      sexes += b->age_lo == first->age_lo && b->age_hi == first->age_hi && g_str_equal (b->dims, first->dims);
    }
  by_sex = sexes > 1;
  for (guint i = breakdowns->len; i > 0; i--)
    {
      const Breakdown *b = &g_array_index (breakdowns, Breakdown, i - 1), *first = &g_array_index (breakdowns, Breakdown, 0);
      gboolean keep = by_sex ? b->age_lo == first->age_lo && b->age_hi == first->age_hi && g_str_equal (b->dims, first->dims)
                             : b->sex == first->sex && g_str_equal (b->dims, first->dims);

      if (!keep)
        g_array_remove_index (breakdowns, i - 1);
    }
  for (guint i = 0; i < breakdowns->len; i++)
    {
      const Breakdown *b = &g_array_index (breakdowns, Breakdown, i);

      g_ptr_array_add (bars->groups, group_label (style, by_sex, b->sex, b->age_lo, b->age_hi));
    }

  {
    const struct { const char *geo; const char *label; SirkelChartPlace place; } places[] = {
      { project.kommune, project.kommune_label, SIRKEL_CHART_PLACE_KOMMUNE },
      { project.fylke, project.fylke_label, SIRKEL_CHART_PLACE_FYLKE },
      { "0", sirkel_chart_style_gettext (style, N_("Norway")), SIRKEL_CHART_PLACE_LANDET },
    };

    for (guint p = 0; p < G_N_ELEMENTS (places); p++)
      {
        g_autoptr(SirkelChartSeries) series = sirkel_chart_series_new (places[p].label, places[p].place);
        gboolean any = FALSE;

        if (*places[p].geo == '\0')
          continue;
        for (guint i = 0; i < breakdowns->len; i++)
          {
            g_autoptr(sqlite3_stmt) stmt = NULL;
            SirkelChartValue value = { from, to, part, NAN, NAN, NAN, NULL };

            if (!sirkel_store_prepare (store, OBSERVATIONS "AND o.period_from = ?7 AND o.period_to = ?8 "
                                       "AND o.period_part = ?9 ORDER BY i.imported_at DESC LIMIT 1", &stmt, error) ||
                !bind_breakdown (store, stmt, &id, places[p].geo, &g_array_index (breakdowns, Breakdown, i), error) ||
                !sirkel_store_check (store, sqlite3_bind_int (stmt, 7, from), error) ||
                !sirkel_store_check (store, sqlite3_bind_int (stmt, 8, to), error) ||
                !sirkel_store_check (store, sqlite3_bind_int (stmt, 9, part), error) ||
                !sirkel_store_step_row (store, stmt, &has_row, error))
              return NULL;
            if (has_row)
              {
                read_value (stmt, &value);
                any = TRUE;
              }
            else
              value.flag = g_intern_static_string ("missing");
            g_array_append_val (series->values, value);
          }
        if (any)
          g_ptr_array_add (bars->series, g_steal_pointer (&series));
      }
  }
  return g_steal_pointer (&bars);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* One value of @geo with @breakdown in @period, or NaN with the flag, or NaN alone. */
static gboolean
value_at (SirkelStore            *store,
          const SirkelId         *indicator,
          const char             *geo,
          const Breakdown        *breakdown,
          const SirkelChartValue *period,
          SirkelChartValue       *value,
          GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  sirkel_chart_value_init (value);
  value->period_from = period->period_from;
  value->period_to = period->period_to;
  value->period_part = period->period_part;
  if (*geo == '\0')
    return TRUE;
  if (!sirkel_store_prepare (store, OBSERVATIONS "AND o.period_from = ?7 AND o.period_to = ?8 "
                             "AND o.period_part = ?9 ORDER BY i.imported_at DESC LIMIT 1", &stmt, error) ||
      !bind_breakdown (store, stmt, indicator, geo, breakdown, error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 7, period->period_from), error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 8, period->period_to), error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 9, period->period_part), error) ||
      !sirkel_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    read_value (stmt, value);
  return TRUE;
}

/* Minimum, quartiles and maximum of the municipalities' values, when at least five have one. */
static gboolean
read_spread (SirkelStore             *store,
             const SirkelId          *indicator,
             const Breakdown         *breakdown,
             SirkelChartBarometerRow *row,
             GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean has_row = TRUE;

  /* Every kommune counts, this one too; ?2 only takes the place bind_breakdown () binds. The
   * level is read from the code, because geo_level is missing in a version 1 file opened
   * read-only. */
  if (!sirkel_store_prepare (store, "SELECT o.value FROM observation o JOIN obs_series s ON s.key = o.series "
                             "JOIN data_import i ON i.id = s.import_id WHERE s.indicator_id = ?1 "
                             "AND length (s.geo) = 4 AND s.geo GLOB '[0-9][0-9][0-9][0-9]' AND s.sex = ?3 AND s.age_lo = ?4 AND s.age_hi = ?5 "
                             "AND s.dims = ?6 AND i.deleted_at IS NULL AND o.value IS NOT NULL "
                             "AND o.period_from = ?7 AND o.period_to = ?8 AND o.period_part = ?9 AND ?2 = ?2",
                             &stmt, error) ||
      !bind_breakdown (store, stmt, indicator, "", breakdown, error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 7, row->kommune.period_from), error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 8, row->kommune.period_to), error) ||
      !sirkel_store_check (store, sqlite3_bind_int (stmt, 9, row->kommune.period_part), error))
    return FALSE;
  while (TRUE)
    {
      double v;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      v = sqlite3_column_double (stmt, 0);
      if (isfinite (v))
        g_array_append_val (values, v);
    }
  if (values->len < 5)
    return TRUE;
  qsort (values->data, values->len, sizeof (double), compare_doubles);
  row->spread_min = g_array_index (values, double, 0);
  row->spread_low = g_array_index (values, double, values->len / 4);
  row->spread_high = g_array_index (values, double, (values->len * 3) / 4);
  row->spread_max = g_array_index (values, double, values->len - 1);
  return TRUE;
}

static gboolean
fill_row (SirkelStore             *store,
          const ChartProject      *project,
          const SirkelId          *indicator,
          SirkelChartBarometerRow *row,
          GError                 **error)
{
  g_auto(Breakdown) breakdown = { 0 };
  g_autoptr(sqlite3_stmt) latest = NULL;
  SirkelComparison comparison;
  GError *local_error = NULL;
  gboolean has_row = FALSE;

  if (!first_breakdown (store, indicator, project->kommune, &breakdown, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  if (!sirkel_compare_indicator (store, indicator, project->kommune, "0", &comparison, error))
    return FALSE;
  row->klass = comparison.klass;

  /* The kommune's latest observation, with or without a value. */
  if (!sirkel_store_prepare (store, OBSERVATIONS "ORDER BY o.period_to DESC, o.period_from DESC, "
                             "o.period_part DESC, i.imported_at DESC LIMIT 1", &latest, error) ||
      !bind_breakdown (store, latest, indicator, project->kommune, &breakdown, error) ||
      !sirkel_store_step_row (store, latest, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  read_value (latest, &row->kommune);
  if (isfinite (row->kommune.value) && comparison.klass != SIRKEL_COMPARISON_NO_DATA &&
      comparison.period_from == row->kommune.period_from && comparison.period_to == row->kommune.period_to)
    {
      /* Keep the interval the comparison used. */
      row->kommune.ci_low = comparison.ci_low;
      row->kommune.ci_high = comparison.ci_high;
    }
  else if (isfinite (row->kommune.value))
    row->klass = SIRKEL_COMPARISON_NOT_TESTED;
  else
    row->klass = SIRKEL_COMPARISON_NO_DATA;

  return value_at (store, indicator, project->fylke, &breakdown, &row->kommune, &row->fylke, error) &&
         value_at (store, indicator, "0", &breakdown, &row->kommune, &row->landet, error) &&
         read_spread (store, indicator, &breakdown, row, error);
}

/**
 * sirkel_chart_barometer_from_store:
 *
 * Returns: (transfer full) (nullable): one row per live indicator, by category and order
 */
SirkelChartBarometer *
sirkel_chart_barometer_from_store (SirkelStore  *store,
                                   GError      **error)
{
  g_auto(ChartProject) project = { 0 };
  g_autoptr(SirkelChartBarometer) barometer = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = TRUE;

  g_return_val_if_fail (SIRKEL_IS_STORE (store), NULL);

  if (!chart_project_load (store, &project, error))
    return NULL;
  barometer = sirkel_chart_barometer_new (project.kommune_label, project.fylke_label);
  if (!sirkel_store_prepare (store, "SELECT id, key, title, unit, decimals, polarity, category FROM indicator "
                             "WHERE deleted_at IS NULL ORDER BY category IS NULL, category, sort, key",
                             &stmt, error))
    return NULL;
  while (TRUE)
    {
      SirkelChartBarometerRow *row;
      g_autofree char *key = NULL;
      g_autofree char *title = NULL;
      g_autofree char *category = NULL;
      SirkelId id;

      if (!sirkel_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      sirkel_id_from_bytes (&id, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      key = chart_column_text (stmt, 1);
      title = chart_column_text (stmt, 2);
      category = chart_column_text (stmt, 6);
      row = sirkel_chart_barometer_row_new (key, title);
      g_ptr_array_add (barometer->rows, row);
      g_free (row->unit);
      row->unit = chart_column_text (stmt, 3);
      row->decimals = CLAMP (sqlite3_column_int (stmt, 4), 0, 6);
      row->polarity = CLAMP (sqlite3_column_int (stmt, 5), -1, 1);
      row->category = category[0] >= 'a' && category[0] <= 'f' ? category[0] : 0;
      if (!fill_row (store, &project, &id, row, error))
        return NULL;
    }
  return g_steal_pointer (&barometer);
}
