/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain data each chart draws: GLib structs with no store behind them, so the GTK widget,
 * the report and the tests can fill them from anywhere. sirkel-chart-store.h fills them from a
 * project file.
 *
 * Conventions for every struct: strings are owned UTF-8 (never NULL unless marked nullable),
 * numbers that are unknown are NaN (never 0), arrays own their elements, and a struct is freed
 * with its _free function. A missing statistic keeps its flag: value NaN plus flag, which the
 * charts draw as a gap with a mark. Dates are GDates, cleared (invalid) when unknown.
 */
#pragma once

#include <glib.h>

#include "sirkel-compare.h"

G_BEGIN_DECLS

typedef enum
{
  SIRKEL_CHART_PLACE_KOMMUNE,
  SIRKEL_CHART_PLACE_FYLKE,
  SIRKEL_CHART_PLACE_LANDET,
  SIRKEL_CHART_PLACE_OTHER,
} SirkelChartPlace;

/* One statistic for one period. */
typedef struct
{
  int         period_from;
  int         period_to;
  int         period_part;  /* 0 whole period, 1–4 quarter, 101–112 month, 201–253 week, 900 school year */
  double      value;        /* NaN when missing */
  double      ci_low;       /* NaN when unknown */
  double      ci_high;
  const char *flag;         /* interned flag key ("suppressed", "missing" …) when value is NaN, else NULL */
} SirkelChartValue;

typedef struct
{
  char             *label;   /* "Lundfjord", "Norway" … */
  SirkelChartPlace  place;
  GArray           *values;  /* SirkelChartValue */
} SirkelChartSeries;

void               sirkel_chart_value_init   (SirkelChartValue  *value);
double             sirkel_chart_value_time   (const SirkelChartValue *value);
SirkelChartSeries *sirkel_chart_series_new   (const char        *label,
                                              SirkelChartPlace   place);
void               sirkel_chart_series_free  (SirkelChartSeries *series);

/* trend: places over periods. */
typedef struct
{
  char      *title;
  char      *unit;
  int        decimals;
  int        polarity;  /* 1 higher is better, -1 lower is better, 0 neutral */
  GPtrArray *series;    /* SirkelChartSeries, the kommune first */
} SirkelChartTrend;

SirkelChartTrend *sirkel_chart_trend_new  (const char       *title,
                                           const char       *unit);
void              sirkel_chart_trend_free (SirkelChartTrend *trend);

/* bars: groups (sexes, age groups …) × series (places). */
typedef struct
{
  char      *title;
  char      *unit;
  char      *period;   /* "2022–2024", shown under the title */
  int        decimals;
  GPtrArray *groups;   /* char *, the group labels */
  GPtrArray *series;   /* SirkelChartSeries; values->data[i] belongs to groups[i] */
} SirkelChartBars;

SirkelChartBars *sirkel_chart_bars_new  (const char      *title,
                                         const char      *unit);
void             sirkel_chart_bars_free (SirkelChartBars *bars);

/* barometer: one row per indicator, the kommune against landet. */
typedef struct
{
  char                 *key;
  char                 *title;
  char                 *unit;
  char                  category;    /* 'a' … 'f', or 0 when none */
  int                   decimals;
  int                   polarity;
  SirkelChartValue      kommune;     /* the latest period; flag set when it is suppressed */
  SirkelChartValue      fylke;       /* the same period */
  SirkelChartValue      landet;
  double                spread_min;  /* across municipalities in the file, NaN unless known */
  double                spread_low;  /* 25th percentile */
  double                spread_high; /* 75th percentile */
  double                spread_max;
  SirkelComparisonClass klass;       /* against landet; NO_DATA when the kommune has none */
} SirkelChartBarometerRow;

typedef struct
{
  char      *kommune_label;
  char      *fylke_label;
  GPtrArray *rows;   /* SirkelChartBarometerRow, in display order */
} SirkelChartBarometer;

SirkelChartBarometerRow *sirkel_chart_barometer_row_new  (const char              *key,
                                                          const char              *title);
void                     sirkel_chart_barometer_row_free (SirkelChartBarometerRow *row);
SirkelChartBarometer    *sirkel_chart_barometer_new      (const char              *kommune_label,
                                                          const char              *fylke_label);
void                     sirkel_chart_barometer_free     (SirkelChartBarometer    *barometer);

/* matrix: challenges on two criteria. */
typedef struct
{
  char     *id;
  char     *title;
  double    x;            /* score on the x criterion, NaN when not scored */
  double    y;
  double    weighted;     /* weighted score over all criteria, 0–1, NaN when none */
  gboolean  prioritised;
} SirkelChartMatrixItem;

typedef struct
{
  char      *x_label;
  char      *y_label;
  int        x_max;   /* 3 or 5 */
  int        y_max;
  GPtrArray *items;   /* SirkelChartMatrixItem */
} SirkelChartMatrix;

SirkelChartMatrixItem *sirkel_chart_matrix_item_new (const char        *id,
                                                     const char        *title);
SirkelChartMatrix     *sirkel_chart_matrix_new      (const char        *x_label,
                                                     const char        *y_label);
void                   sirkel_chart_matrix_free     (SirkelChartMatrix *matrix);

/* timeline: measures over the plan period. */
typedef enum
{
  SIRKEL_CHART_STATUS_PROPOSED,
  SIRKEL_CHART_STATUS_PLANNED,
  SIRKEL_CHART_STATUS_ONGOING,
  SIRKEL_CHART_STATUS_COMPLETED,
  SIRKEL_CHART_STATUS_STOPPED,
} SirkelChartStatus;

typedef struct
{
  char              *id;
  char              *title;
  SirkelChartStatus  status;
  GDate              start;  /* invalid when unknown */
  GDate              end;    /* invalid when open-ended */
} SirkelChartTimelineItem;

typedef struct
{
  int        year_from;  /* the plan period, inclusive */
  int        year_to;
  GDate      today;      /* invalid: no today line */
  GPtrArray *items;      /* SirkelChartTimelineItem */
} SirkelChartTimeline;

SirkelChartTimelineItem *sirkel_chart_timeline_item_new (const char          *id,
                                                         const char          *title,
                                                         SirkelChartStatus    status);
SirkelChartTimeline     *sirkel_chart_timeline_new      (int                  year_from,
                                                         int                  year_to);
void                     sirkel_chart_timeline_free     (SirkelChartTimeline *timeline);

/* logic-model: ressurser → aktiviteter → resultater → effekter. */
typedef enum
{
  SIRKEL_CHART_LOGIC_INPUT,
  SIRKEL_CHART_LOGIC_ACTIVITY,
  SIRKEL_CHART_LOGIC_OUTPUT,
  SIRKEL_CHART_LOGIC_SHORT_OUTCOME,
  SIRKEL_CHART_LOGIC_LONG_OUTCOME,
  SIRKEL_CHART_LOGIC_IMPACT,
  SIRKEL_CHART_LOGIC_ASSUMPTION,
} SirkelChartLogicKind;

typedef struct
{
  char                 *id;
  char                 *title;
  SirkelChartLogicKind  kind;
} SirkelChartLogicElement;

typedef struct
{
  char      *title;     /* the measure */
  GPtrArray *elements;  /* SirkelChartLogicElement, in order within each kind */
} SirkelChartLogic;

SirkelChartLogicElement *sirkel_chart_logic_element_new (const char           *id,
                                                         const char           *title,
                                                         SirkelChartLogicKind  kind);
SirkelChartLogic        *sirkel_chart_logic_new         (const char           *title);
void                     sirkel_chart_logic_free        (SirkelChartLogic     *logic);

/* chain: challenge → goal → measure → evaluation indicator. */
typedef enum
{
  SIRKEL_CHART_CHAIN_CHALLENGE,
  SIRKEL_CHART_CHAIN_GOAL,
  SIRKEL_CHART_CHAIN_MEASURE,
  SIRKEL_CHART_CHAIN_EVAL_INDICATOR,
} SirkelChartChainLevel;

typedef struct
{
  char                  *id;
  char                  *title;
  SirkelChartChainLevel  level;
  gboolean               complete;  /* needs nothing after it: a goal carried by its sub-goals,
                                     * a measure that is only proposed or was stopped */
} SirkelChartChainNode;

typedef struct
{
  guint from;  /* index into nodes, one level to the left of to */
  guint to;
} SirkelChartChainLink;

typedef struct
{
  GPtrArray *nodes;  /* SirkelChartChainNode */
  GArray    *links;  /* SirkelChartChainLink */
} SirkelChartChain;

guint             sirkel_chart_chain_add_node (SirkelChartChain      *chain,
                                               const char            *id,
                                               const char            *title,
                                               SirkelChartChainLevel  level);
void              sirkel_chart_chain_add_link (SirkelChartChain      *chain,
                                               guint                  from,
                                               guint                  to);
SirkelChartChain *sirkel_chart_chain_new      (void);
void              sirkel_chart_chain_free     (SirkelChartChain      *chain);

/* progress: an evaluation indicator's baseline, target and measured values. */
typedef struct
{
  GDate   date;
  double  value;
  char   *label;  /* "Våren 2025", may be empty */
} SirkelChartMeasurement;

typedef struct
{
  char   *title;
  char   *unit;
  int     decimals;
  int     polarity;
  double  baseline;       /* NaN when none */
  GDate   baseline_date;
  double  target;         /* NaN when none */
  GDate   target_date;
  GArray *measurements;   /* SirkelChartMeasurement, by date */
} SirkelChartProgress;

SirkelChartProgress *sirkel_chart_progress_new     (const char          *title,
                                                    const char          *unit);
void                 sirkel_chart_progress_add     (SirkelChartProgress *progress,
                                                    const GDate         *date,
                                                    double               value,
                                                    const char          *label);
void                 sirkel_chart_progress_free    (SirkelChartProgress *progress);

/* arshjul: the cycle's events and deadlines around a year. */
typedef enum
{
  SIRKEL_CHART_EVENT_OVERSIKT,
  SIRKEL_CHART_EVENT_PLANSTRATEGI,
  SIRKEL_CHART_EVENT_BUDGET,
  SIRKEL_CHART_EVENT_UNGDATA,
  SIRKEL_CHART_EVENT_REPORTING,
  SIRKEL_CHART_EVENT_EVALUATION,
  SIRKEL_CHART_EVENT_OTHER,
  SIRKEL_CHART_N_EVENT_KINDS
} SirkelChartEventKind;

typedef struct
{
  char                 *id;
  char                 *title;
  SirkelChartEventKind  kind;
  int                   month;  /* 1–12 */
  int                   day;    /* 1–31, 0 when the whole month */
  int                   year;   /* 0 every year */
} SirkelChartEvent;

typedef struct
{
  GDate      today;   /* invalid: no today hand */
  GPtrArray *events;  /* SirkelChartEvent */
} SirkelChartYearWheel;

SirkelChartEvent     *sirkel_chart_event_new        (const char           *id,
                                                     const char           *title,
                                                     SirkelChartEventKind  kind,
                                                     int                   month,
                                                     int                   day,
                                                     int                   year);
SirkelChartYearWheel *sirkel_chart_year_wheel_new   (void);
void                  sirkel_chart_year_wheel_free  (SirkelChartYearWheel *wheel);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartSeries, sirkel_chart_series_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartTrend, sirkel_chart_trend_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartBars, sirkel_chart_bars_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartBarometer, sirkel_chart_barometer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartMatrix, sirkel_chart_matrix_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartTimeline, sirkel_chart_timeline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartLogic, sirkel_chart_logic_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartChain, sirkel_chart_chain_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartProgress, sirkel_chart_progress_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartYearWheel, sirkel_chart_year_wheel_free)

G_END_DECLS
