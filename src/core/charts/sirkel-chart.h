/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelChart: one chart — its kind, its data (sirkel-chart-data.h) and its style — that
 * draws itself on any cairo_t at any size (STYLE.md § 1): a widget's snapshot, an image
 * surface in the tests, a PDF page in a report. Text goes through pangocairo everywhere, with
 * hinting off, so the layout is the same on screen, in PNG and in PDF.
 *
 * Besides the drawing a chart gives:
 * - a text alternative, a few sentences saying what the chart shows, for the PDF's figure tags
 *   and for screen readers;
 * - its elements after a render: each drawn thing a reader may ask about (a value, a measure,
 *   an event) with its box and a sentence, in reading order, for tooltips (hit-testing with
 *   sirkel_chart_element_at ()) and for reading the chart with the keyboard.
 *
 * Drawing never fails for bad data: values that are NaN or infinite and strings that are
 * empty are skipped or shown as missing, every coordinate is checked before it reaches Cairo,
 * and a chart with nothing to show says so. A chart is a small ref-counted value; use it from
 * one thread at a time.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "sirkel-chart-data.h"
#include "sirkel-chart-style.h"

G_BEGIN_DECLS

#define SIRKEL_CHART_ERROR (sirkel_chart_error_quark ())

typedef enum
{
  SIRKEL_CHART_ERROR_FAILED,
  SIRKEL_CHART_ERROR_UNKNOWN_CHART,  /* a chart name that is not one of the kinds */
  SIRKEL_CHART_ERROR_NOT_FOUND,      /* no such indicator, measure or evaluation indicator */
  SIRKEL_CHART_ERROR_FORMAT,         /* an output file type other than PNG, SVG or PDF */
  SIRKEL_CHART_ERROR_DRAW,           /* Cairo reported an error */
} SirkelChartError;

typedef enum
{
  SIRKEL_CHART_TREND,
  SIRKEL_CHART_BAROMETER,
  SIRKEL_CHART_BARS,
  SIRKEL_CHART_MATRIX,
  SIRKEL_CHART_TIMELINE,
  SIRKEL_CHART_LOGIC_MODEL,
  SIRKEL_CHART_CHAIN,
  SIRKEL_CHART_PROGRESS,
  SIRKEL_CHART_YEAR_WHEEL,
} SirkelChartKind;

typedef enum
{
  SIRKEL_CHART_FORMAT_PNG,
  SIRKEL_CHART_FORMAT_SVG,
  SIRKEL_CHART_FORMAT_PDF,
} SirkelChartFormat;

/* A thing drawn in the chart that a reader can point at or move to. */
typedef struct
{
  char   *id;      /* indicator key or entity id, "" when none */
  char   *text;    /* one sentence in the style's language, for a tooltip or screen reader */
  double  x;       /* its box, in the coordinates of the last render */
  double  y;
  double  width;
  double  height;
} SirkelChartElement;

typedef struct _SirkelChart SirkelChart;

#define SIRKEL_TYPE_CHART (sirkel_chart_get_type ())
#define SIRKEL_TYPE_CHART_ELEMENT (sirkel_chart_element_get_type ())

GQuark                    sirkel_chart_error_quark          (void);
GType                     sirkel_chart_get_type             (void) G_GNUC_CONST;
GType                     sirkel_chart_element_get_type     (void) G_GNUC_CONST;

SirkelChart              *sirkel_chart_new_trend            (SirkelChartTrend      *data);
SirkelChart              *sirkel_chart_new_barometer        (SirkelChartBarometer  *data);
SirkelChart              *sirkel_chart_new_bars             (SirkelChartBars       *data);
SirkelChart              *sirkel_chart_new_matrix           (SirkelChartMatrix     *data);
SirkelChart              *sirkel_chart_new_timeline         (SirkelChartTimeline   *data);
SirkelChart              *sirkel_chart_new_logic_model      (SirkelChartLogic      *data);
SirkelChart              *sirkel_chart_new_chain            (SirkelChartChain      *data);
SirkelChart              *sirkel_chart_new_progress         (SirkelChartProgress   *data);
SirkelChart              *sirkel_chart_new_year_wheel       (SirkelChartYearWheel  *data);
SirkelChart              *sirkel_chart_ref                  (SirkelChart           *self);
void                      sirkel_chart_unref                (SirkelChart           *self);

SirkelChartKind           sirkel_chart_get_kind             (SirkelChart           *self);
const char               *sirkel_chart_kind_to_key          (SirkelChartKind        kind);
SirkelChartStyle         *sirkel_chart_get_style            (SirkelChart           *self);
void                      sirkel_chart_set_style            (SirkelChart           *self,
                                                             SirkelChartStyle      *style);
gboolean                  sirkel_chart_is_empty             (SirkelChart           *self);
double                    sirkel_chart_get_preferred_height (SirkelChart           *self,
                                                             double                 width);

void                      sirkel_chart_render               (SirkelChart           *self,
                                                             cairo_t               *cr,
                                                             double                 width,
                                                             double                 height);
char                     *sirkel_chart_dup_title            (SirkelChart           *self);
char                     *sirkel_chart_dup_text_alternative (SirkelChart           *self);
GPtrArray                *sirkel_chart_get_elements         (SirkelChart           *self);
const SirkelChartElement *sirkel_chart_element_at           (SirkelChart           *self,
                                                             double                 x,
                                                             double                 y);

SirkelChartElement       *sirkel_chart_element_copy         (const SirkelChartElement *element);
void                      sirkel_chart_element_free         (SirkelChartElement    *element);

gboolean                  sirkel_chart_format_from_path     (const char            *path,
                                                             SirkelChartFormat     *format,
                                                             GError               **error);
gboolean                  sirkel_chart_export               (SirkelChart           *self,
                                                             const char            *path,
                                                             SirkelChartFormat      format,
                                                             double                 width,
                                                             double                 height,
                                                             GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChart, sirkel_chart_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelChartElement, sirkel_chart_element_free)

G_END_DECLS
