/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the chart kinds share inside core: the SirkelChart struct, the per-kind table of
 * functions, the render context, and the guarded drawing and text helpers
 * (sirkel-chart-draw.c, sirkel-chart-text.c).
 *
 * Every coordinate passes through the chart_* helpers, which drop anything that is not finite
 * and clamp the rest to ±1e5 user units, so NaN, infinity and wild values never reach Cairo.
 * Sizes scale with ctx->unit, the body font size, so a chart reads the same at any size.
 */
#pragma once

#include <pango/pangocairo.h>

#include "sirkel-chart.h"

G_BEGIN_DECLS

typedef struct _SirkelChartCtx SirkelChartCtx;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} SirkelChartRect;

typedef struct
{
  SirkelChartKind kind;
  const char     *key;
  const char     *empty_message;  /* msgid */
  void          (*free_data)            (gpointer data);
  gboolean      (*is_empty)             (gconstpointer data);
  char         *(*dup_title)            (SirkelChart *chart);
  char         *(*dup_subtitle)         (SirkelChart *chart);
  /* The body's height that shows everything at @width (the body's), measured with @ctx,
   * whose cairo_t draws nowhere; ctx->width is the whole chart's. */
  double        (*preferred_height)     (SirkelChartCtx *ctx,
                                         double          width);
  void          (*draw)                 (SirkelChartCtx *ctx,
                                         SirkelChartRect body);
  char         *(*dup_text_alternative) (SirkelChart *chart);
} SirkelChartClass;

struct _SirkelChart
{
  gatomicrefcount         ref_count;
  const SirkelChartClass *klass;
  gpointer                data;      /* owned, freed with klass->free_data */
  SirkelChartStyle       *style;     /* never NULL */
  GPtrArray              *elements;  /* SirkelChartElement from the last render */
};

typedef enum
{
  CHART_FONT_BODY,
  CHART_FONT_SMALL,
  CHART_FONT_BOLD,
  CHART_FONT_SMALL_BOLD,
  CHART_FONT_TITLE,
  CHART_N_FONTS
} ChartFont;

typedef enum
{
  CHART_SHAPE_CIRCLE,
  CHART_SHAPE_SQUARE,
  CHART_SHAPE_DIAMOND,
  CHART_SHAPE_TRIANGLE_UP,
  CHART_SHAPE_TRIANGLE_DOWN,
  CHART_SHAPE_PENTAGON,
  CHART_SHAPE_STAR,
  CHART_SHAPE_DOTTED_CIRCLE,  /* white with a dot: suppressed */
  CHART_SHAPE_RING,           /* hollow circle: not tested, similar */
  /* Marks that are not points, for legends: each as the chart draws it. */
  CHART_SHAPE_TICK,           /* a short upright bar: the fylke on the barometer's spine */
  CHART_SHAPE_RULE,           /* an upright line: landet, the spine's centre */
  CHART_SHAPE_WHISKER,        /* a thin level line: a confidence interval */
  CHART_SHAPE_ERROR_BAR,      /* an upright line with caps: a bar's confidence interval */
  CHART_SHAPE_RANGE,          /* a level bar, darker in the middle: a spread */
  CHART_SHAPE_ARROW,          /* an arrow head pointing right: beyond the scale */
} ChartShape;

typedef enum
{
  CHART_DASH_SOLID,
  CHART_DASH_DASHED,
  CHART_DASH_DOTTED,
} ChartDash;

/* A value axis: round ticks from low to high. */
typedef struct
{
  double low;
  double high;
  double step;
  int    decimals;  /* for the tick labels */
  guint  n_ticks;
  double ticks[24];
} ChartAxis;

struct _SirkelChartCtx
{
  cairo_t              *cr;
  SirkelChart          *chart;
  SirkelChartStyle     *style;
  PangoContext         *pango;
  PangoFontDescription *fonts[CHART_N_FONTS];
  double                unit;    /* body font size in user units */
  double                width;   /* of the whole chart */
  double                height;
  gboolean              measuring;  /* for the preferred height: adds no elements */
};

extern const SirkelChartClass sirkel_chart_trend_class;
extern const SirkelChartClass sirkel_chart_barometer_class;
extern const SirkelChartClass sirkel_chart_bars_class;
extern const SirkelChartClass sirkel_chart_matrix_class;
extern const SirkelChartClass sirkel_chart_timeline_class;
extern const SirkelChartClass sirkel_chart_logic_class;
extern const SirkelChartClass sirkel_chart_chain_class;
extern const SirkelChartClass sirkel_chart_progress_class;
extern const SirkelChartClass sirkel_chart_year_wheel_class;

/* sirkel-chart.c */
void         chart_add_element      (SirkelChartCtx    *ctx,
                                     const char        *id,
                                     char              *text,
                                     double             x,
                                     double             y,
                                     double             width,
                                     double             height);
SirkelChart *chart_new              (const SirkelChartClass *klass,
                                     gpointer           data);

/* sirkel-chart-draw.c: guarded geometry */
gboolean     chart_finite           (double             value);
double       chart_clamp            (double             value);
gboolean     chart_move_to          (SirkelChartCtx    *ctx,
                                     double             x,
                                     double             y);
gboolean     chart_line_to          (SirkelChartCtx    *ctx,
                                     double             x,
                                     double             y);
gboolean     chart_rectangle        (SirkelChartCtx    *ctx,
                                     double             x,
                                     double             y,
                                     double             width,
                                     double             height);
gboolean     chart_rounded_rectangle (SirkelChartCtx   *ctx,
                                     double             x,
                                     double             y,
                                     double             width,
                                     double             height,
                                     double             radius);
gboolean     chart_arc              (SirkelChartCtx    *ctx,
                                     double             x,
                                     double             y,
                                     double             radius,
                                     double             angle1,
                                     double             angle2);
void         chart_set_ink          (SirkelChartCtx    *ctx,
                                     SirkelChartInk     ink);
void         chart_set_ink_alpha    (SirkelChartCtx    *ctx,
                                     SirkelChartInk     ink,
                                     double             alpha);
void         chart_set_line         (SirkelChartCtx    *ctx,
                                     double             width,
                                     ChartDash          dash);
void         chart_marker           (SirkelChartCtx    *ctx,
                                     ChartShape         shape,
                                     double             x,
                                     double             y,
                                     double             size,
                                     SirkelChartInk     fill);
void         chart_arrow_head       (SirkelChartCtx    *ctx,
                                     double             x,
                                     double             y,
                                     double             angle,
                                     double             size);
void         chart_suppressed_mark  (SirkelChartCtx    *ctx,
                                     double             x,
                                     double             y,
                                     double             size);
guint        chart_nice_ticks       (double             low,
                                     double             high,
                                     guint              max_ticks,
                                     double            *ticks,
                                     double            *step);
void         chart_axis_init        (ChartAxis         *axis,
                                     double             low,
                                     double             high,
                                     guint              max_ticks);
double       chart_axis_map         (const ChartAxis   *axis,
                                     double             value,
                                     double             from,
                                     double             to);
double       chart_axis_label_width (SirkelChartCtx    *ctx,
                                     const ChartAxis   *axis);
void         chart_draw_value_axis  (SirkelChartCtx    *ctx,
                                     const ChartAxis   *axis,
                                     SirkelChartRect    plot,
                                     const char        *unit);
double       chart_draw_legend      (SirkelChartCtx    *ctx,
                                     double             x,
                                     double             y,
                                     double             width,
                                     guint              n_items,
                                     const ChartShape  *shapes,
                                     const SirkelChartInk *inks,
                                     const ChartDash   *dashes,
                                     const char * const *labels);
void         chart_place_style      (SirkelChartPlace   place,
                                     SirkelChartInk    *ink,
                                     ChartDash         *dash,
                                     ChartShape        *shape);
ChartShape   chart_comparison_shape (SirkelComparisonClass klass);
SirkelChartInk chart_comparison_ink (SirkelComparisonClass klass);

/* sirkel-chart-text.c: Pango and words */
const char  *chart_tr               (SirkelChartCtx    *ctx,
                                     const char        *msgid) G_GNUC_FORMAT (2);
char        *chart_number           (SirkelChartCtx    *ctx,
                                     double             value,
                                     int                decimals);
PangoLayout *chart_layout           (SirkelChartCtx    *ctx,
                                     const char        *text,
                                     ChartFont          font,
                                     double             width,
                                     int                max_lines,
                                     PangoAlignment     align);
void         chart_layout_size      (PangoLayout       *layout,
                                     double            *width,
                                     double            *height);
void         chart_show_layout      (SirkelChartCtx    *ctx,
                                     PangoLayout       *layout,
                                     double             x,
                                     double             y,
                                     SirkelChartInk     ink);
double       chart_text             (SirkelChartCtx    *ctx,
                                     const char        *text,
                                     ChartFont          font,
                                     SirkelChartInk     ink,
                                     double             x,
                                     double             y,
                                     double             width,
                                     int                max_lines,
                                     PangoAlignment     align);
double       chart_text_width       (SirkelChartCtx    *ctx,
                                     const char        *text,
                                     ChartFont          font);
double       chart_line_height      (SirkelChartCtx    *ctx,
                                     ChartFont          font);
char        *chart_period_label     (SirkelChartStyle  *style,
                                     const SirkelChartValue *value);
const char  *chart_flag_symbol      (const char        *flag);
const char  *chart_flag_label       (SirkelChartStyle  *style,
                                     const char        *flag);
char        *chart_value_sentence   (SirkelChartStyle  *style,
                                     const char        *place,
                                     const SirkelChartValue *value,
                                     int                decimals,
                                     const char        *unit);
char        *chart_date_label       (SirkelChartStyle  *style,
                                     const GDate       *date);
const char  *chart_month_name       (SirkelChartStyle  *style,
                                     int                month);
const char  *chart_category_label   (SirkelChartStyle  *style,
                                     char               category);
const char  *chart_comparison_label (SirkelChartStyle  *style,
                                     SirkelComparisonClass klass);
void         chart_show_layout_on   (SirkelChartCtx    *ctx,
                                     PangoLayout       *layout,
                                     double             x,
                                     double             y,
                                     SirkelChartInk     fill);

G_END_DECLS
