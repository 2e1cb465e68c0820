/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Constructors and destructors of the chart data structs; see sirkel-chart-data.h. Every
 * array is created with the free function of its elements, so freeing a struct frees all.
 */
#define G_LOG_DOMAIN "sirkel-chart-data"

#include "config.h"

#include <math.h>

#include "sirkel-chart-data.h"

void
sirkel_chart_value_init (SirkelChartValue *value)
{
  g_return_if_fail (value != NULL);

  *value = (SirkelChartValue) { 0, 0, 0, NAN, NAN, NAN, NULL };
}

/**
 * sirkel_chart_value_time:
 *
 * Returns: where @value sits on a time axis, in years: the middle of its period
 *   (2019 → 2019.5, 2019–2021 → 2020.5, the second quarter of 2024 → 2024.375)
 */
double
sirkel_chart_value_time (const SirkelChartValue *value)
{
  int part;

  g_return_val_if_fail (value != NULL, NAN);

  part = value->period_part;
  if (part >= 1 && part <= 4)
    return value->period_from + (part - 0.5) / 4.0;
  if (part > 100 && part <= 112)
    return value->period_from + (part - 100 - 0.5) / 12.0;
  if (part > 200 && part <= 253)
    return value->period_from + (part - 200 - 0.5) / 53.0;
  return (value->period_from + value->period_to + 1) / 2.0;
}

SirkelChartSeries *
sirkel_chart_series_new (const char       *label,
                         SirkelChartPlace  place)
{
  SirkelChartSeries *series = g_new0 (SirkelChartSeries, 1);

  series->label = g_strdup (label != NULL ? label : "");
  series->place = place;
  series->values = g_array_new (FALSE, TRUE, sizeof (SirkelChartValue));
  return series;
}

void
sirkel_chart_series_free (SirkelChartSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->label);
  g_array_unref (series->values);
  g_free (series);
}

SirkelChartTrend *
sirkel_chart_trend_new (const char *title,
                        const char *unit)
{
  SirkelChartTrend *trend = g_new0 (SirkelChartTrend, 1);

  trend->title = g_strdup (title != NULL ? title : "");
  trend->unit = g_strdup (unit != NULL ? unit : "");
  trend->decimals = 1;
  trend->series = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_chart_series_free);
  return trend;
}

void
sirkel_chart_trend_free (SirkelChartTrend *trend)
{
  if (trend == NULL)
    return;
  g_free (trend->title);
  g_free (trend->unit);
  g_ptr_array_unref (trend->series);
  g_free (trend);
}

SirkelChartBars *
sirkel_chart_bars_new (const char *title,
                       const char *unit)
{
  SirkelChartBars *bars = g_new0 (SirkelChartBars, 1);

  bars->title = g_strdup (title != NULL ? title : "");
  bars->unit = g_strdup (unit != NULL ? unit : "");
  bars->period = g_strdup ("");
  bars->decimals = 1;
  bars->groups = g_ptr_array_new_with_free_func (g_free);
  bars->series = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_chart_series_free);
  return bars;
}

void
sirkel_chart_bars_free (SirkelChartBars *bars)
{
  if (bars == NULL)
    return;
  g_free (bars->title);
  g_free (bars->unit);
  g_free (bars->period);
  g_ptr_array_unref (bars->groups);
  g_ptr_array_unref (bars->series);
  g_free (bars);
}

SirkelChartBarometerRow *
sirkel_chart_barometer_row_new (const char *key,
                                const char *title)
{
  SirkelChartBarometerRow *row = g_new0 (SirkelChartBarometerRow, 1);

  row->key = g_strdup (key != NULL ? key : "");
  row->title = g_strdup (title != NULL ? title : "");
  row->unit = g_strdup ("");
  row->decimals = 1;
  sirkel_chart_value_init (&row->kommune);
  sirkel_chart_value_init (&row->fylke);
  sirkel_chart_value_init (&row->landet);
  row->spread_min = row->spread_low = row->spread_high = row->spread_max = NAN;
  row->klass = SIRKEL_COMPARISON_NO_DATA;
  return row;
}

void
sirkel_chart_barometer_row_free (SirkelChartBarometerRow *row)
{
  if (row == NULL)
    return;
  g_free (row->key);
  g_free (row->title);
  g_free (row->unit);
  g_free (row);
}

SirkelChartBarometer *
sirkel_chart_barometer_new (const char *kommune_label,
                            const char *fylke_label)
{
  SirkelChartBarometer *barometer = g_new0 (SirkelChartBarometer, 1);

  barometer->kommune_label = g_strdup (kommune_label != NULL ? kommune_label : "");
  barometer->fylke_label = g_strdup (fylke_label != NULL ? fylke_label : "");
  barometer->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_chart_barometer_row_free);
  return barometer;
}

void
sirkel_chart_barometer_free (SirkelChartBarometer *barometer)
{
  if (barometer == NULL)
    return;
  g_free (barometer->kommune_label);
  g_free (barometer->fylke_label);
  g_ptr_array_unref (barometer->rows);
  g_free (barometer);
}

static void
matrix_item_free (SirkelChartMatrixItem *item)
{
  g_free (item->id);
  g_free (item->title);
  g_free (item);
}

SirkelChartMatrixItem *
sirkel_chart_matrix_item_new (const char *id,
                              const char *title)
{
  SirkelChartMatrixItem *item = g_new0 (SirkelChartMatrixItem, 1);

  item->id = g_strdup (id != NULL ? id : "");
  item->title = g_strdup (title != NULL ? title : "");
  item->x = item->y = item->weighted = NAN;
  return item;
}

SirkelChartMatrix *
sirkel_chart_matrix_new (const char *x_label,
                         const char *y_label)
{
  SirkelChartMatrix *matrix = g_new0 (SirkelChartMatrix, 1);

  matrix->x_label = g_strdup (x_label != NULL ? x_label : "");
  matrix->y_label = g_strdup (y_label != NULL ? y_label : "");
  matrix->x_max = matrix->y_max = 3;
  matrix->items = g_ptr_array_new_with_free_func ((GDestroyNotify) matrix_item_free);
  return matrix;
}

void
sirkel_chart_matrix_free (SirkelChartMatrix *matrix)
{
  if (matrix == NULL)
    return;
  g_free (matrix->x_label);
  g_free (matrix->y_label);
  g_ptr_array_unref (matrix->items);
  g_free (matrix);
}

static void
timeline_item_free (SirkelChartTimelineItem *item)
{
  g_free (item->id);
  g_free (item->title);
  g_free (item);
}

SirkelChartTimelineItem *
sirkel_chart_timeline_item_new (const char        *id,
                                const char        *title,
                                SirkelChartStatus  status)
{
  SirkelChartTimelineItem *item = g_new0 (SirkelChartTimelineItem, 1);

  item->id = g_strdup (id != NULL ? id : "");
  item->title = g_strdup (title != NULL ? title : "");
  item->status = status;
  g_date_clear (&item->start, 1);
  g_date_clear (&item->end, 1);
  return item;
}

SirkelChartTimeline *
sirkel_chart_timeline_new (int year_from,
                           int year_to)
{
  SirkelChartTimeline *timeline = g_new0 (SirkelChartTimeline, 1);

  timeline->year_from = year_from;
  timeline->year_to = MAX (year_from, year_to);
  g_date_clear (&timeline->today, 1);
  timeline->items = g_ptr_array_new_with_free_func ((GDestroyNotify) timeline_item_free);
  return timeline;
}

void
sirkel_chart_timeline_free (SirkelChartTimeline *timeline)
{
  if (timeline == NULL)
    return;
  g_ptr_array_unref (timeline->items);
  g_free (timeline);
}

static void
logic_element_free (SirkelChartLogicElement *element)
{
  g_free (element->id);
  g_free (element->title);
  g_free (element);
}

SirkelChartLogicElement *
sirkel_chart_logic_element_new (const char           *id,
                                const char           *title,
                                SirkelChartLogicKind  kind)
{
  SirkelChartLogicElement *element = g_new0 (SirkelChartLogicElement, 1);

  element->id = g_strdup (id != NULL ? id : "");
  element->title = g_strdup (title != NULL ? title : "");
  element->kind = kind;
  return element;
}

SirkelChartLogic *
sirkel_chart_logic_new (const char *title)
{
  SirkelChartLogic *logic = g_new0 (SirkelChartLogic, 1);

  logic->title = g_strdup (title != NULL ? title : "");
  logic->elements = g_ptr_array_new_with_free_func ((GDestroyNotify) logic_element_free);
  return logic;
}

void
sirkel_chart_logic_free (SirkelChartLogic *logic)
{
  if (logic == NULL)
    return;
  g_free (logic->title);
  g_ptr_array_unref (logic->elements);
  g_free (logic);
}

static void
chain_node_free (SirkelChartChainNode *node)
{
  g_free (node->id);
  g_free (node->title);
  g_free (node);
}

SirkelChartChain *
sirkel_chart_chain_new (void)
{
  SirkelChartChain *chain = g_new0 (SirkelChartChain, 1);

  chain->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) chain_node_free);
  chain->links = g_array_new (FALSE, TRUE, sizeof (SirkelChartChainLink));
  return chain;
}

/* Returns: the index of the new node, for sirkel_chart_chain_add_link () */
guint
sirkel_chart_chain_add_node (SirkelChartChain      *chain,
                             const char            *id,
                             const char            *title,
                             SirkelChartChainLevel  level)
{
  SirkelChartChainNode *node;

  g_return_val_if_fail (chain != NULL, 0);

  node = g_new0 (SirkelChartChainNode, 1);
  node->id = g_strdup (id != NULL ? id : "");
  node->title = g_strdup (title != NULL ? title : "");
  node->level = level;
  g_ptr_array_add (chain->nodes, node);
  return chain->nodes->len - 1;
}

void
sirkel_chart_chain_add_link (SirkelChartChain *chain,
                             guint             from,
                             guint             to)
{
  SirkelChartChainLink link = { from, to };

  g_return_if_fail (chain != NULL);
  g_return_if_fail (from < chain->nodes->len && to < chain->nodes->len);

  g_array_append_val (chain->links, link);
}

void
sirkel_chart_chain_free (SirkelChartChain *chain)
{
  if (chain == NULL)
    return;
  g_ptr_array_unref (chain->nodes);
  g_array_unref (chain->links);
  g_free (chain);
}

static void
measurement_clear (SirkelChartMeasurement *measurement)
{
  g_clear_pointer (&measurement->label, g_free);
}

SirkelChartProgress *
sirkel_chart_progress_new (const char *title,
                           const char *unit)
{
  SirkelChartProgress *progress = g_new0 (SirkelChartProgress, 1);

  progress->title = g_strdup (title != NULL ? title : "");
  progress->unit = g_strdup (unit != NULL ? unit : "");
  progress->decimals = 0;
  progress->baseline = progress->target = NAN;
  g_date_clear (&progress->baseline_date, 1);
  g_date_clear (&progress->target_date, 1);
  progress->measurements = g_array_new (FALSE, TRUE, sizeof (SirkelChartMeasurement));
  g_array_set_clear_func (progress->measurements, (GDestroyNotify) measurement_clear);
  return progress;
}

void
sirkel_chart_progress_add (SirkelChartProgress *progress,
                           const GDate         *date,
                           double               value,
                           const char          *label)
{
  SirkelChartMeasurement measurement = { 0 };

  g_return_if_fail (progress != NULL && date != NULL);

  measurement.date = *date;
  measurement.value = value;
  measurement.label = g_strdup (label != NULL ? label : "");
  g_array_append_val (progress->measurements, measurement);
}

void
sirkel_chart_progress_free (SirkelChartProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->title);
  g_free (progress->unit);
  g_array_unref (progress->measurements);
  g_free (progress);
}

static void
event_free (SirkelChartEvent *event)
{
  g_free (event->id);
  g_free (event->title);
  g_free (event);
}

SirkelChartEvent *
sirkel_chart_event_new (const char           *id,
                        const char           *title,
                        SirkelChartEventKind  kind,
                        int                   month,
                        int                   day,
                        int                   year)
{
  SirkelChartEvent *event = g_new0 (SirkelChartEvent, 1);

  event->id = g_strdup (id != NULL ? id : "");
  event->title = g_strdup (title != NULL ? title : "");
  event->kind = kind;
  event->month = month;
  event->day = day;
  event->year = year;
  return event;
}

SirkelChartYearWheel *
sirkel_chart_year_wheel_new (void)
{
  SirkelChartYearWheel *wheel = g_new0 (SirkelChartYearWheel, 1);

  g_date_clear (&wheel->today, 1);
  wheel->events = g_ptr_array_new_with_free_func ((GDestroyNotify) event_free);
  return wheel;
}

void
sirkel_chart_year_wheel_free (SirkelChartYearWheel *wheel)
{
  if (wheel == NULL)
    return;
  g_ptr_array_unref (wheel->events);
  g_free (wheel);
}
