/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelChart: the frame every kind shares — background, title, the "nothing to show" state,
 * the element list and hit-testing — around the kind's own draw function; see sirkel-chart.h.
 */
#define G_LOG_DOMAIN "sirkel-chart"

#include "config.h"

#include <math.h>

#include "sirkel-chart-private.h"

G_DEFINE_QUARK (sirkel-chart-error-quark, sirkel_chart_error)
G_DEFINE_BOXED_TYPE (SirkelChart, sirkel_chart, sirkel_chart_ref, sirkel_chart_unref)
G_DEFINE_BOXED_TYPE (SirkelChartElement, sirkel_chart_element, sirkel_chart_element_copy,
                     sirkel_chart_element_free)

/* Largest size drawn; beyond it Cairo's fixed-point coordinates lose precision. */
#define MAX_SIZE 32000.0

/* Around the chart, in units of the body font size. */
#define MARGIN 1.2

SirkelChartElement *
sirkel_chart_element_copy (const SirkelChartElement *element)
{
  SirkelChartElement *copy;

  g_return_val_if_fail (element != NULL, NULL);

  copy = g_new (SirkelChartElement, 1);
  *copy = *element;
  copy->id = g_strdup (element->id);
  copy->text = g_strdup (element->text);
  return copy;
}

void
sirkel_chart_element_free (SirkelChartElement *element)
{
  if (element == NULL)
    return;
  g_free (element->id);
  g_free (element->text);
  g_free (element);
}

SirkelChart *
chart_new (const SirkelChartClass *klass,
           gpointer                data)
{
  SirkelChart *self = g_new0 (SirkelChart, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->klass = klass;
  self->data = data;
  self->style = sirkel_chart_style_new ();
  self->elements = g_ptr_array_new_with_free_func ((GDestroyNotify) sirkel_chart_element_free);
  return self;
}

#define DEFINE_CONSTRUCTOR(name, Type, klass)                  \
  SirkelChart *                                                \
  sirkel_chart_new_##name (Type *data)                         \
  {                                                            \
    g_return_val_if_fail (data != NULL, NULL);                 \
    return chart_new (&klass, data);                           \
  }

/**
 * sirkel_chart_new_trend:
 * @data: (transfer full): what to draw
 *
 * Each sirkel_chart_new_*() takes its data and returns a chart with the default style.
 *
 * Returns: (transfer full): the chart
 */
DEFINE_CONSTRUCTOR (trend, SirkelChartTrend, sirkel_chart_trend_class)
DEFINE_CONSTRUCTOR (barometer, SirkelChartBarometer, sirkel_chart_barometer_class)
DEFINE_CONSTRUCTOR (bars, SirkelChartBars, sirkel_chart_bars_class)
DEFINE_CONSTRUCTOR (matrix, SirkelChartMatrix, sirkel_chart_matrix_class)
DEFINE_CONSTRUCTOR (timeline, SirkelChartTimeline, sirkel_chart_timeline_class)
DEFINE_CONSTRUCTOR (logic_model, SirkelChartLogic, sirkel_chart_logic_class)
DEFINE_CONSTRUCTOR (chain, SirkelChartChain, sirkel_chart_chain_class)
DEFINE_CONSTRUCTOR (progress, SirkelChartProgress, sirkel_chart_progress_class)
DEFINE_CONSTRUCTOR (year_wheel, SirkelChartYearWheel, sirkel_chart_year_wheel_class)

SirkelChart *
sirkel_chart_ref (SirkelChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sirkel_chart_unref (SirkelChart *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  self->klass->free_data (self->data);
  sirkel_chart_style_unref (self->style);
  g_ptr_array_unref (self->elements);
  g_free (self);
}

SirkelChartKind
sirkel_chart_get_kind (SirkelChart *self)
{
  g_return_val_if_fail (self != NULL, SIRKEL_CHART_TREND);

  return self->klass->kind;
}

/**
 * sirkel_chart_kind_to_key:
 *
 * Returns: the name of @kind on the command line: "trend", "barometer", "bars", "matrix",
 *   "timeline", "logic-model", "chain", "progress" or "arshjul"
 */
const char *
sirkel_chart_kind_to_key (SirkelChartKind kind)
{
  switch (kind)
    {
    case SIRKEL_CHART_TREND: return "trend";
    case SIRKEL_CHART_BAROMETER: return "barometer";
    case SIRKEL_CHART_BARS: return "bars";
    case SIRKEL_CHART_MATRIX: return "matrix";
    case SIRKEL_CHART_TIMELINE: return "timeline";
    case SIRKEL_CHART_LOGIC_MODEL: return "logic-model";
    case SIRKEL_CHART_CHAIN: return "chain";
    case SIRKEL_CHART_PROGRESS: return "progress";
    case SIRKEL_CHART_YEAR_WHEEL: return "arshjul";
    default: g_return_val_if_reached ("");
    }
}

/**
 * sirkel_chart_get_style:
 *
 * Returns: (transfer none): the style the chart draws with
 */
SirkelChartStyle *
sirkel_chart_get_style (SirkelChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->style;
}

void
sirkel_chart_set_style (SirkelChart      *self,
                        SirkelChartStyle *style)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (style != NULL);

  sirkel_chart_style_ref (style);
  sirkel_chart_style_unref (self->style);
  self->style = style;
}

/* TRUE when the data has nothing to draw; the chart then says so instead. */
gboolean
sirkel_chart_is_empty (SirkelChart *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->klass->is_empty (self->data);
}

void
chart_add_element (SirkelChartCtx *ctx,
                   const char     *id,
                   char           *text,
                   double          x,
                   double          y,
                   double          width,
                   double          height)
{
  SirkelChartElement *element;

  /* Measuring for the preferred height keeps the last render's elements. */
  if (ctx->measuring)
    {
      g_free (text);
      return;
    }
  if (!chart_finite (x) || !chart_finite (y) || !chart_finite (width) || !chart_finite (height))
    {
      g_free (text);
      return;
    }
  element = g_new0 (SirkelChartElement, 1);
  element->id = g_strdup (id != NULL ? id : "");
  element->text = text != NULL ? text : g_strdup ("");
  element->x = width >= 0 ? x : x + width;
  element->y = height >= 0 ? y : y + height;
  element->width = fabs (width);
  element->height = fabs (height);
  g_ptr_array_add (ctx->chart->elements, element);
}

static void
set_up_fonts (SirkelChartCtx *ctx)
{
  static const struct { double scale; PangoWeight weight; } fonts[CHART_N_FONTS] = {
    [CHART_FONT_BODY] = { 1.0, PANGO_WEIGHT_NORMAL },
    [CHART_FONT_SMALL] = { 0.85, PANGO_WEIGHT_NORMAL },
    [CHART_FONT_BOLD] = { 1.0, PANGO_WEIGHT_BOLD },
    [CHART_FONT_SMALL_BOLD] = { 0.85, PANGO_WEIGHT_BOLD },
    [CHART_FONT_TITLE] = { 1.3, PANGO_WEIGHT_BOLD },
  };
  cairo_font_options_t *options = cairo_font_options_create ();

  /* No hinting: the same layout on an image, an SVG and a PDF, and stable test pixels. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  ctx->pango = pango_cairo_create_context (ctx->cr);
  pango_cairo_context_set_font_options (ctx->pango, options);
  pango_context_set_round_glyph_positions (ctx->pango, FALSE);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < CHART_N_FONTS; i++)
    {
      ctx->fonts[i] = pango_font_description_from_string (sirkel_chart_style_get_font_family (ctx->style));
      pango_font_description_set_absolute_size (ctx->fonts[i], ctx->unit * fonts[i].scale * PANGO_SCALE);
      pango_font_description_set_weight (ctx->fonts[i], fonts[i].weight);
    }
}

static void
ctx_init (SirkelChartCtx *ctx,
          SirkelChart    *self,
          cairo_t        *cr,
          double          width,
          double          height)
{
  ctx->cr = cr;
  ctx->chart = self;
  ctx->style = self->style;
  ctx->unit = sirkel_chart_style_get_font_size (self->style);
  ctx->width = MIN (width, MAX_SIZE);
  ctx->height = MIN (height, MAX_SIZE);
  set_up_fonts (ctx);
}

static void
ctx_clear (SirkelChartCtx *ctx)
{
  for (guint i = 0; i < CHART_N_FONTS; i++)
    g_clear_pointer (&ctx->fonts[i], pango_font_description_free);
  g_clear_object (&ctx->pango);
}

static double
draw_titles (SirkelChartCtx *ctx,
             double          margin)
{
  g_autofree char *title = ctx->chart->klass->dup_title (ctx->chart);
  g_autofree char *subtitle = ctx->chart->klass->dup_subtitle (ctx->chart);
  double y = margin, width = ctx->width - 2 * margin;

  if (title != NULL && *title != '\0')
    y += chart_text (ctx, title, CHART_FONT_TITLE, SIRKEL_CHART_INK_FOREGROUND, margin, y, width, 2,
                     PANGO_ALIGN_LEFT) + ctx->unit * 0.2;
  if (subtitle != NULL && *subtitle != '\0')
    y += chart_text (ctx, subtitle, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, margin, y, width, 2,
                     PANGO_ALIGN_LEFT);
  return y + ctx->unit * 0.8;
}

static void
draw_empty (SirkelChartCtx  *ctx,
            SirkelChartRect  body)
{
  PangoLayout *layout = chart_layout (ctx, chart_tr (ctx, ctx->chart->klass->empty_message),
                                      CHART_FONT_BODY, body.width, 4, PANGO_ALIGN_CENTER);
  double w, h;

  chart_layout_size (layout, &w, &h);
  chart_set_ink (ctx, SIRKEL_CHART_INK_PANEL);
  chart_rounded_rectangle (ctx, body.x, body.y, body.width, MAX (body.height, h), ctx->unit * 0.5);
  cairo_fill (ctx->cr);
  chart_show_layout (ctx, layout, body.x, body.y + MAX (0, (body.height - h) / 2),
                     SIRKEL_CHART_INK_MUTED);
  g_object_unref (layout);
}

/**
 * sirkel_chart_get_preferred_height:
 *
 * Measures the chart's text at @width as a render would, so that a chart drawn at this
 * height shows everything: every row, box and label, nothing left out for lack of room.
 *
 * Returns: the height at which the chart at @width shows everything without crowding, in the
 *   same user units as @width
 */
double
sirkel_chart_get_preferred_height (SirkelChart *self,
                                   double       width)
{
  SirkelChartCtx ctx = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  double margin, top, body;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (isfinite (width) && width > 0, 0);

  /* Measuring draws on a surface of one pixel: the text is laid out as on the real one. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  ctx_init (&ctx, self, cr, width, MAX_SIZE);
  ctx.measuring = TRUE;
  margin = ctx.unit * MARGIN;
  top = sirkel_chart_style_get_show_title (self->style) ? draw_titles (&ctx, margin) : margin;
  if (self->klass->is_empty (self->data))
    body = ctx.unit * 6;
  else
    body = self->klass->preferred_height (&ctx, MAX (1, ctx.width - 2 * margin));
  ctx_clear (&ctx);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return MIN (MAX_SIZE, top + body + margin);
}

/**
 * sirkel_chart_render:
 * @cr: where to draw; the chart fills (0, 0, @width, @height) in its user space
 *
 * Draws the chart and records its elements. A size that is not finite or not positive draws
 * nothing. Check cairo_status (@cr) afterwards for surface errors.
 */
void
sirkel_chart_render (SirkelChart *self,
                     cairo_t     *cr,
                     double       width,
                     double       height)
{
  SirkelChartCtx ctx = { 0 };
  SirkelChartRect body;
  double margin, top;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  g_ptr_array_set_size (self->elements, 0);
  if (!isfinite (width) || !isfinite (height) || width < 1 || height < 1 ||
      cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    return;

  cairo_save (cr);
  ctx_init (&ctx, self, cr, width, height);
  cairo_rectangle (cr, 0, 0, ctx.width, ctx.height);
  cairo_clip (cr);
  chart_set_ink (&ctx, SIRKEL_CHART_INK_BACKGROUND);
  cairo_paint (cr);

  margin = ctx.unit * MARGIN;
  top = sirkel_chart_style_get_show_title (self->style) ? draw_titles (&ctx, margin) : margin;
  body = (SirkelChartRect) { margin, top, ctx.width - 2 * margin, ctx.height - top - margin };
  if (body.width >= ctx.unit * 4 && body.height >= ctx.unit * 2)
    {
      if (self->klass->is_empty (self->data))
        draw_empty (&ctx, body);
      else
        self->klass->draw (&ctx, body);
    }

  ctx_clear (&ctx);
  cairo_restore (cr);
}

/**
 * sirkel_chart_dup_title:
 *
 * Returns: (transfer full): the chart's title in its style's language
 */
char *
sirkel_chart_dup_title (SirkelChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->klass->dup_title (self);
}

/**
 * sirkel_chart_dup_text_alternative:
 *
 * Returns: (transfer full): a few sentences saying what the chart shows, never empty
 */
char *
sirkel_chart_dup_text_alternative (SirkelChart *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  title = self->klass->dup_title (self);
  if (self->klass->is_empty (self->data))
    return g_strdup_printf ("%s. %s", title,
                            sirkel_chart_style_gettext (self->style, self->klass->empty_message));
  return self->klass->dup_text_alternative (self);
}

/**
 * sirkel_chart_get_elements:
 *
 * Returns: (transfer none) (element-type SirkelChartElement): what the last render drew, in
 *   reading order; empty before the first render
 */
GPtrArray *
sirkel_chart_get_elements (SirkelChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->elements;
}

/**
 * sirkel_chart_element_at:
 *
 * Finds what the last render drew at (@x, @y), with a small tolerance around small marks; of
 * several, the smallest.
 *
 * Returns: (transfer none) (nullable): the element, or %NULL
 */
const SirkelChartElement *
sirkel_chart_element_at (SirkelChart *self,
                         double       x,
                         double       y)
{
  const SirkelChartElement *best = NULL;
  double best_area = G_MAXDOUBLE;
  double tolerance;

  g_return_val_if_fail (self != NULL, NULL);

  if (!isfinite (x) || !isfinite (y))
    return NULL;
  tolerance = sirkel_chart_style_get_font_size (self->style) * 0.25;
  for (guint i = 0; i < self->elements->len; i++)
    {
      const SirkelChartElement *element = g_ptr_array_index (self->elements, i);
      double area = element->width * element->height;

      if (x < element->x - tolerance || x > element->x + element->width + tolerance ||
          y < element->y - tolerance || y > element->y + element->height + tolerance)
        continue;
      if (area <= best_area)
        {
          best = element;
          best_area = area;
        }
    }
  return best;
}
