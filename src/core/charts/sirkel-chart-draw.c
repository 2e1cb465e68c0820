/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Guarded geometry for the chart kinds: paths, inks, dashes, marker shapes, axis ticks and
 * legends. Every coordinate is checked here, so no kind passes NaN or infinity to Cairo (a
 * single NaN puts a cairo_t into an error state for good). See sirkel-chart-private.h.
 */
#define G_LOG_DOMAIN "sirkel-chart"

#include "config.h"

#include <math.h>

#include "sirkel-chart-private.h"

#define LIMIT 1e5

gboolean
chart_finite (double value)
{
  return isfinite (value);
}

/* Keeps a finite coordinate inside what Cairo's fixed-point numbers hold; NaN becomes 0. */
double
chart_clamp (double value)
{
  if (!isfinite (value))
    return isinf (value) ? copysign (LIMIT, value) : 0;
  return CLAMP (value, -LIMIT, LIMIT);
}

gboolean
chart_move_to (SirkelChartCtx *ctx,
               double          x,
               double          y)
{
  if (!isfinite (x) || !isfinite (y))
    return FALSE;
  cairo_move_to (ctx->cr, chart_clamp (x), chart_clamp (y));
  return TRUE;
}

gboolean
chart_line_to (SirkelChartCtx *ctx,
               double          x,
               double          y)
{
  if (!isfinite (x) || !isfinite (y))
    return FALSE;
  cairo_line_to (ctx->cr, chart_clamp (x), chart_clamp (y));
  return TRUE;
}

gboolean
chart_rectangle (SirkelChartCtx *ctx,
                 double          x,
                 double          y,
                 double          width,
                 double          height)
{
  if (!isfinite (x) || !isfinite (y) || !isfinite (width) || !isfinite (height))
    return FALSE;
  cairo_rectangle (ctx->cr, chart_clamp (x), chart_clamp (y), chart_clamp (width), chart_clamp (height));
  return TRUE;
}

gboolean
chart_rounded_rectangle (SirkelChartCtx *ctx,
                         double          x,
                         double          y,
                         double          width,
                         double          height,
                         double          radius)
{
  if (!isfinite (x) || !isfinite (y) || !isfinite (width) || !isfinite (height) || !isfinite (radius) ||
      width <= 0 || height <= 0)
    return FALSE;
  radius = CLAMP (radius, 0, MIN (width, height) / 2);
  x = chart_clamp (x);
  y = chart_clamp (y);
  width = chart_clamp (width);
  height = chart_clamp (height);
  cairo_new_sub_path (ctx->cr);
  cairo_arc (ctx->cr, x + width - radius, y + radius, radius, -G_PI_2, 0);
  cairo_arc (ctx->cr, x + width - radius, y + height - radius, radius, 0, G_PI_2);
  cairo_arc (ctx->cr, x + radius, y + height - radius, radius, G_PI_2, G_PI);
  cairo_arc (ctx->cr, x + radius, y + radius, radius, G_PI, 3 * G_PI_2);
  cairo_close_path (ctx->cr);
  return TRUE;
}

gboolean
chart_arc (SirkelChartCtx *ctx,
           double          x,
           double          y,
           double          radius,
           double          angle1,
           double          angle2)
{
  if (!isfinite (x) || !isfinite (y) || !isfinite (radius) || !isfinite (angle1) || !isfinite (angle2) ||
      radius < 0)
    return FALSE;
  cairo_arc (ctx->cr, chart_clamp (x), chart_clamp (y), MIN (radius, LIMIT), angle1, angle2);
  return TRUE;
}

void
chart_set_ink (SirkelChartCtx *ctx,
               SirkelChartInk  ink)
{
  const SirkelColor *color = sirkel_chart_style_get_color (ctx->style, ink);

  cairo_set_source_rgba (ctx->cr, color->red, color->green, color->blue, color->alpha);
}

void
chart_set_ink_alpha (SirkelChartCtx *ctx,
                     SirkelChartInk  ink,
                     double          alpha)
{
  const SirkelColor *color = sirkel_chart_style_get_color (ctx->style, ink);

  cairo_set_source_rgba (ctx->cr, color->red, color->green, color->blue, color->alpha * CLAMP (alpha, 0, 1));
}

void
chart_set_line (SirkelChartCtx *ctx,
                double          width,
                ChartDash       dash)
{
  double pattern[2];

  width = isfinite (width) ? CLAMP (width, 0.1, 100) : 1;
  cairo_set_line_width (ctx->cr, width);
  cairo_set_line_cap (ctx->cr, dash == CHART_DASH_DOTTED ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
  switch (dash)
    {
    case CHART_DASH_DASHED:
      pattern[0] = width * 4;
      pattern[1] = width * 2.5;
      cairo_set_dash (ctx->cr, pattern, 2, 0);
      break;
    case CHART_DASH_DOTTED:
      pattern[0] = 0;
      pattern[1] = width * 2.2;
      cairo_set_dash (ctx->cr, pattern, 2, 0);
      break;
    case CHART_DASH_SOLID:
    default:
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      break;
    }
}

static void
polygon (SirkelChartCtx *ctx,
         double          x,
         double          y,
         double          radius,
         guint           sides,
         double          rotation,
         double          inner)
{
  guint points = inner > 0 ? sides * 2 : sides;

  for (guint i = 0; i < points; i++)
    {
      double r = (inner > 0 && i % 2 == 1) ? radius * inner : radius;
      double angle = rotation + 2 * G_PI * i / points;

      if (i == 0)
        chart_move_to (ctx, x + r * cos (angle), y + r * sin (angle));
      else
        chart_line_to (ctx, x + r * cos (angle), y + r * sin (angle));
    }
  cairo_close_path (ctx->cr);
}

static void
shape_path (SirkelChartCtx *ctx,
            ChartShape      shape,
            double          x,
            double          y,
            double          r)
{
  cairo_new_path (ctx->cr);
  switch (shape)
    {
    case CHART_SHAPE_SQUARE:
      chart_rectangle (ctx, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case CHART_SHAPE_DIAMOND:
      polygon (ctx, x, y, r * 1.1, 4, -G_PI_2, 0);
      break;
    case CHART_SHAPE_TRIANGLE_UP:
      polygon (ctx, x, y + r * 0.15, r * 1.15, 3, -G_PI_2, 0);
      break;
    case CHART_SHAPE_TRIANGLE_DOWN:
      polygon (ctx, x, y - r * 0.15, r * 1.15, 3, G_PI_2, 0);
      break;
    case CHART_SHAPE_PENTAGON:
      polygon (ctx, x, y, r * 1.05, 5, -G_PI_2, 0);
      break;
    case CHART_SHAPE_STAR:
      polygon (ctx, x, y, r * 1.25, 5, -G_PI_2, 0.5);
      break;
    case CHART_SHAPE_CIRCLE:
    case CHART_SHAPE_RING:
    case CHART_SHAPE_DOTTED_CIRCLE:
    default:
      cairo_new_sub_path (ctx->cr);
      chart_arc (ctx, x, y, r, 0, 2 * G_PI);
      break;
    }
}

/* The marks that are lines and bars, in @ink, with no outline: as the charts draw them. */
static void
draw_mark (SirkelChartCtx *ctx,
           ChartShape      shape,
           double          x,
           double          y,
           double          size,
           SirkelChartInk  ink)
{
  cairo_new_path (ctx->cr);
  chart_set_ink (ctx, ink);
  switch ((int) shape)
    {
    case CHART_SHAPE_TICK:
      chart_rectangle (ctx, x - size * 0.16, y - size * 0.7, size * 0.32, size * 1.4);
      break;
    case CHART_SHAPE_RULE:
      chart_rectangle (ctx, x - size * 0.08, y - size * 0.75, size * 0.16, size * 1.5);
      break;
    case CHART_SHAPE_WHISKER:
      chart_rectangle (ctx, x - size * 0.8, y - 0.6, size * 1.6, 1.2);
      break;
    case CHART_SHAPE_ERROR_BAR:
      chart_rectangle (ctx, x - 0.5, y - size * 0.7, 1, size * 1.4);
      chart_rectangle (ctx, x - size * 0.3, y - size * 0.7, size * 0.6, 1);
      chart_rectangle (ctx, x - size * 0.3, y + size * 0.7 - 1, size * 0.6, 1);
      break;
    case CHART_SHAPE_RANGE:
      chart_set_ink (ctx, SIRKEL_CHART_INK_SPREAD);
      chart_rectangle (ctx, x - size * 0.8, y - size * 0.35, size * 1.6, size * 0.7);
      cairo_fill (ctx->cr);
      chart_set_ink (ctx, SIRKEL_CHART_INK_SPREAD_MID);
      chart_rectangle (ctx, x - size * 0.35, y - size * 0.35, size * 0.7, size * 0.7);
      break;
    case CHART_SHAPE_ARROW:
    default:
      chart_arrow_head (ctx, x + size * 0.45, y, 0, size * 0.9);
      return;
    }
  cairo_fill (ctx->cr);
}

/* A mark of @size (its diameter) centred on (@x, @y), filled with @fill and outlined in the
 * foreground ink so that light fills still show on white paper. */
void
chart_marker (SirkelChartCtx *ctx,
              ChartShape      shape,
              double          x,
              double          y,
              double          size,
              SirkelChartInk  fill)
{
  double r = size / 2, outline = MAX (0.75, size / 10);

  if (!isfinite (x) || !isfinite (y) || !isfinite (size) || size <= 0)
    return;
  if (shape >= CHART_SHAPE_TICK)
    {
      draw_mark (ctx, shape, x, y, size, fill);
      return;
    }
  shape_path (ctx, shape, x, y, r);
  if (shape == CHART_SHAPE_RING)
    {
      /* Not tested: the same white as "similar", told apart by a broken outline. */
      chart_set_ink (ctx, SIRKEL_CHART_INK_BACKGROUND);
      cairo_fill_preserve (ctx->cr);
      chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
      chart_set_line (ctx, outline, CHART_DASH_DASHED);
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      return;
    }
  /* The outline is the shape in the foreground ink under a smaller copy in the fill: two
   * fills cost Cairo far less than a stroke (tests/bench/bench-charts.c). */
  chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
  cairo_fill (ctx->cr);
  shape_path (ctx, shape, x, y, MAX (0.5, r - outline * (shape == CHART_SHAPE_STAR ? 1.6 : 1.2)));
  chart_set_ink (ctx, shape == CHART_SHAPE_DOTTED_CIRCLE ? SIRKEL_CHART_INK_BACKGROUND : fill);
  cairo_fill (ctx->cr);
  if (shape == CHART_SHAPE_DOTTED_CIRCLE)
    {
      chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
      cairo_new_sub_path (ctx->cr);
      chart_arc (ctx, x, y, MAX (0.8, r * 0.28), 0, 2 * G_PI);
      cairo_fill (ctx->cr);
    }
}

void
chart_arrow_head (SirkelChartCtx *ctx,
                  double          x,
                  double          y,
                  double          angle,
                  double          size)
{
  if (!isfinite (x) || !isfinite (y) || !isfinite (angle) || !isfinite (size))
    return;
  cairo_new_path (ctx->cr);
  chart_move_to (ctx, x, y);
  chart_line_to (ctx, x - size * cos (angle - 0.45), y - size * sin (angle - 0.45));
  chart_line_to (ctx, x - size * cos (angle + 0.45), y - size * sin (angle + 0.45));
  cairo_close_path (ctx->cr);
  cairo_fill (ctx->cr);
}

/* The mark for a suppressed or missing value: a white circle with a dot, as in FHI's
 * barometer; never a bar or a point at zero. */
void
chart_suppressed_mark (SirkelChartCtx *ctx,
                       double          x,
                       double          y,
                       double          size)
{
  chart_marker (ctx, CHART_SHAPE_DOTTED_CIRCLE, x, y, size, SIRKEL_CHART_INK_BACKGROUND);
}

/**
 * chart_nice_ticks:
 * @ticks: (out caller-allocates): room for @max_ticks + 2 values
 *
 * Round tick values (1, 2 or 5 × 10ⁿ apart) that cover @low … @high.
 *
 * Returns: the number of ticks written
 */
guint
chart_nice_ticks (double  low,
                  double  high,
                  guint   max_ticks,
                  double *ticks,
                  double *step)
{
  double span, raw, magnitude, residual, nice, first;
  guint n = 0;

  if (!isfinite (low) || !isfinite (high) || max_ticks < 2)
    return 0;
  if (high < low)
    {
      double tmp = low;

      low = high;
      high = tmp;
    }
  span = high - low;
  if (span <= 0)
    span = fabs (high) > 0 ? fabs (high) : 1;
  raw = span / (max_ticks - 1);
  magnitude = pow (10, floor (log10 (raw)));
  residual = raw / magnitude;
  nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
  *step = nice * magnitude;
  first = ceil (low / *step - 1e-9) * *step;
  for (double t = first; t <= high + *step * 1e-9 && n < max_ticks + 2; t += *step)
    ticks[n++] = fabs (t) < *step * 1e-9 ? 0 : t;
  return n;
}

/* An axis over @low … @high (any order, NaN treated as 0) widened to round ticks. */
void
chart_axis_init (ChartAxis *axis,
                 double     low,
                 double     high,
                 guint      max_ticks)
{
  double ticks[26], step = 1;
  guint n;

  low = isfinite (low) ? CLAMP (low, -1e12, 1e12) : 0;
  high = isfinite (high) ? CLAMP (high, -1e12, 1e12) : 0;
  if (high < low)
    {
      double tmp = low;

      low = high;
      high = tmp;
    }
  if (high == low)
    {
      double pad = fabs (low) > 0 ? fabs (low) * 0.1 : 1;

      low -= pad;
      high += pad;
    }
  max_ticks = CLAMP (max_ticks, 2, 20);
  n = chart_nice_ticks (low, high, max_ticks, ticks, &step);
  if (n == 0 || !(step > 0))
    step = (high - low) / 4;
  axis->step = step;
  axis->low = floor (low / step + 1e-9) * step;
  axis->high = ceil (high / step - 1e-9) * step;
  if (axis->high <= axis->low)
    axis->high = axis->low + step;
  axis->n_ticks = 0;
  for (double t = axis->low; t <= axis->high + step * 1e-6 && axis->n_ticks < G_N_ELEMENTS (axis->ticks);
       t += step)
    axis->ticks[axis->n_ticks++] = fabs (t) < step * 1e-9 ? 0 : t;
  axis->decimals = step >= 1 ? 0 : CLAMP ((int) ceil (-log10 (step) - 1e-9), 0, 6);
}

/* Maps @value on the axis to a coordinate between @from (at low) and @to (at high). */
double
chart_axis_map (const ChartAxis *axis,
                double           value,
                double           from,
                double           to)
{
  if (!isfinite (value))
    return NAN;
  return from + (value - axis->low) / (axis->high - axis->low) * (to - from);
}

double
chart_axis_label_width (SirkelChartCtx  *ctx,
                        const ChartAxis *axis)
{
  double widest = 0;

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *label = chart_number (ctx, axis->ticks[i], axis->decimals);

      widest = MAX (widest, chart_text_width (ctx, label, CHART_FONT_SMALL));
    }
  return widest;
}

/* Horizontal grid lines with their labels to the left of @plot, and @unit above them. */
void
chart_draw_value_axis (SirkelChartCtx  *ctx,
                       const ChartAxis *axis,
                       SirkelChartRect  plot,
                       const char      *unit)
{
  double line = chart_line_height (ctx, CHART_FONT_SMALL);

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double y = chart_axis_map (axis, axis->ticks[i], plot.y + plot.height, plot.y);
      g_autofree char *label = chart_number (ctx, axis->ticks[i], axis->decimals);

      chart_set_ink (ctx, axis->ticks[i] == 0 ? SIRKEL_CHART_INK_MUTED : SIRKEL_CHART_INK_GRID);
      chart_set_line (ctx, 1, CHART_DASH_SOLID);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, plot.x, round (y) + 0.5);
      chart_line_to (ctx, plot.x + plot.width, round (y) + 0.5);
      cairo_stroke (ctx->cr);
      chart_text (ctx, label, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, plot.x - ctx->unit * 5.4, y - line / 2,
                  ctx->unit * 5, 1, PANGO_ALIGN_RIGHT);
    }
  if (unit != NULL && *unit != '\0')
    chart_text (ctx, unit, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, plot.x - ctx->unit * 0.2,
                plot.y - line * 1.6, plot.width, 1, PANGO_ALIGN_LEFT);
}

/* Draws legend entries side by side, wrapping to new lines at @width.
 * Returns: the height used */
double
chart_draw_legend (SirkelChartCtx       *ctx,
                   double                x,
                   double                y,
                   double                width,
                   guint                 n_items,
                   const ChartShape     *shapes,
                   const SirkelChartInk *inks,
                   const ChartDash      *dashes,
                   const char * const   *labels)
{
  double line = chart_line_height (ctx, CHART_FONT_SMALL);
  double swatch = ctx->unit * (dashes != NULL ? 2.4 : 1.0);
  double cx = x, cy = y;

  for (guint i = 0; i < n_items; i++)
    {
      PangoLayout *layout = chart_layout (ctx, labels[i], CHART_FONT_SMALL, MAX (width - swatch - ctx->unit, 1), 1,
                                          PANGO_ALIGN_LEFT);
      double text_w, text_h, item_w, mid = cy + line / 2;

      /* One layout per entry both measures and draws it. */
      chart_layout_size (layout, &text_w, &text_h);
      item_w = swatch + ctx->unit * 0.4 + text_w + ctx->unit * 1.2;

      if (cx > x && cx + item_w > x + width)
        {
          cx = x;
          cy += line * 1.3;
          mid = cy + line / 2;
        }
      if (inks[i] == SIRKEL_CHART_INK_BAND)
        {
          /* A band is shown as a band. */
          chart_set_ink (ctx, inks[i]);
          chart_rectangle (ctx, cx, mid - ctx->unit * 0.45, swatch, ctx->unit * 0.9);
          cairo_fill (ctx->cr);
          chart_show_layout (ctx, layout, cx + swatch + ctx->unit * 0.4, cy, SIRKEL_CHART_INK_FOREGROUND);
          g_object_unref (layout);
          cx += item_w;
          continue;
        }
      if (dashes != NULL)
        {
          chart_set_ink (ctx, inks[i]);
          chart_set_line (ctx, ctx->unit * 0.2, dashes[i]);
          cairo_new_path (ctx->cr);
          chart_move_to (ctx, cx, mid);
          chart_line_to (ctx, cx + swatch, mid);
          cairo_stroke (ctx->cr);
        }
      if (shapes != NULL)
        chart_marker (ctx, shapes[i], cx + swatch / 2, mid, ctx->unit * 0.75, inks[i]);
      chart_show_layout (ctx, layout, cx + swatch + ctx->unit * 0.4, cy, SIRKEL_CHART_INK_FOREGROUND);
      g_object_unref (layout);
      cx += item_w;
    }
  return n_items > 0 ? cy - y + line : 0;
}

/* How a place is drawn everywhere: its ink, its line and its mark. */
void
chart_place_style (SirkelChartPlace  place,
                   SirkelChartInk   *ink,
                   ChartDash        *dash,
                   ChartShape       *shape)
{
  switch (place)
    {
    case SIRKEL_CHART_PLACE_KOMMUNE:
      *ink = SIRKEL_CHART_INK_KOMMUNE, *dash = CHART_DASH_SOLID, *shape = CHART_SHAPE_CIRCLE;
      break;
    case SIRKEL_CHART_PLACE_FYLKE:
      *ink = SIRKEL_CHART_INK_FYLKE, *dash = CHART_DASH_DASHED, *shape = CHART_SHAPE_SQUARE;
      break;
    case SIRKEL_CHART_PLACE_LANDET:
      *ink = SIRKEL_CHART_INK_LANDET, *dash = CHART_DASH_DOTTED, *shape = CHART_SHAPE_TRIANGLE_UP;
      break;
    case SIRKEL_CHART_PLACE_OTHER:
    default:
      *ink = SIRKEL_CHART_INK_CATEGORY_4, *dash = CHART_DASH_SOLID, *shape = CHART_SHAPE_DIAMOND;
      break;
    }
}

/* The barometer's code for a comparison, in shape and in ink. */
ChartShape
chart_comparison_shape (SirkelComparisonClass klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_BETTER: return CHART_SHAPE_TRIANGLE_UP;
    case SIRKEL_COMPARISON_WORSE: return CHART_SHAPE_TRIANGLE_DOWN;
    case SIRKEL_COMPARISON_HIGHER:
    case SIRKEL_COMPARISON_LOWER: return CHART_SHAPE_DIAMOND;
    case SIRKEL_COMPARISON_SIMILAR: return CHART_SHAPE_CIRCLE;
    case SIRKEL_COMPARISON_NOT_TESTED: return CHART_SHAPE_RING;
    case SIRKEL_COMPARISON_NO_DATA:
    default: return CHART_SHAPE_DOTTED_CIRCLE;
    }
}

SirkelChartInk
chart_comparison_ink (SirkelComparisonClass klass)
{
  switch (klass)
    {
    case SIRKEL_COMPARISON_BETTER: return SIRKEL_CHART_INK_BETTER;
    case SIRKEL_COMPARISON_WORSE: return SIRKEL_CHART_INK_WORSE;
    case SIRKEL_COMPARISON_HIGHER:
    case SIRKEL_COMPARISON_LOWER: return SIRKEL_CHART_INK_NEUTRAL;
    case SIRKEL_COMPARISON_SIMILAR: return SIRKEL_CHART_INK_BACKGROUND;
    case SIRKEL_COMPARISON_NOT_TESTED:
    case SIRKEL_COMPARISON_NO_DATA:
    default: return SIRKEL_CHART_INK_BACKGROUND;
    }
}
