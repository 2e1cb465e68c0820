/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The trend chart: kommune, fylke and landet over periods, each with its own ink, dash and
 * mark; the kommune's 95 % confidence band where known. A period without a value breaks the
 * line and gets the suppressed mark (a white circle with a dot) near the bottom of the plot,
 * in the row of its series — it is never drawn as 0. The y axis starts at round numbers around
 * the data, not necessarily at 0, because a trend is about change.
 */
#define G_LOG_DOMAIN "sirkel-chart-trend"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

static gboolean
trend_is_empty (gconstpointer data)
{
  const SirkelChartTrend *trend = data;

  for (guint i = 0; i < trend->series->len; i++)
    {
      const SirkelChartSeries *series = g_ptr_array_index (trend->series, i);

      if (series->values->len > 0)
        return FALSE;
    }
  return TRUE;
}

static char *
trend_dup_title (SirkelChart *chart)
{
  const SirkelChartTrend *trend = chart->data;

  if (*trend->title != '\0')
    return g_strdup (trend->title);
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("Trend")));
}

static char *
trend_dup_subtitle (SirkelChart *chart)
{
  /* The unit stands over the value axis. */
  return NULL;
}

static double
trend_preferred_height (SirkelChartCtx *ctx,
                        double          width)
{
  return CLAMP (ctx->width * 0.55, ctx->unit * 22, 900);
}

static gboolean
any_value (const SirkelChartTrend *trend)
{
  for (guint i = 0; i < trend->series->len; i++)
    {
      const SirkelChartSeries *series = g_ptr_array_index (trend->series, i);

      for (guint j = 0; j < series->values->len; j++)
        if (isfinite (g_array_index (series->values, SirkelChartValue, j).value))
          return TRUE;
    }
  return FALSE;
}

static gboolean
range_of (const SirkelChartTrend *trend,
          double                 *x_low,
          double                 *x_high,
          double                 *y_low,
          double                 *y_high,
          gboolean               *has_band,
          gboolean               *has_gap)
{
  gboolean any = FALSE;

  *x_low = *y_low = G_MAXDOUBLE;
  *x_high = *y_high = -G_MAXDOUBLE;
  *has_band = *has_gap = FALSE;
  for (guint i = 0; i < trend->series->len; i++)
    {
      const SirkelChartSeries *series = g_ptr_array_index (trend->series, i);

      for (guint j = 0; j < series->values->len; j++)
        {
          const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, j);
          double t = sirkel_chart_value_time (v);

          if (!isfinite (t))
            continue;
          *x_low = MIN (*x_low, t);
          *x_high = MAX (*x_high, t);
          if (!isfinite (v->value))
            {
              *has_gap = TRUE;
              continue;
            }
          any = TRUE;
          *y_low = MIN (*y_low, v->value);
          *y_high = MAX (*y_high, v->value);
          if (i == 0 && isfinite (v->ci_low) && isfinite (v->ci_high))
            {
              *has_band = TRUE;
              *y_low = MIN (*y_low, v->ci_low);
              *y_high = MAX (*y_high, v->ci_high);
            }
        }
    }
  if (!any)
    *y_low = 0, *y_high = 1;
  return *x_low <= *x_high;
}

static void
draw_band (SirkelChartCtx          *ctx,
           const SirkelChartSeries *series,
           const ChartAxis         *axis,
           SirkelChartRect          plot,
           double                   x_low,
           double                   x_high)
{
  guint start = 0;

  /* One polygon per run of periods with an interval. */
  while (start < series->values->len)
    {
      guint end = start;

      while (end < series->values->len)
        {
          const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, end);

          if (!isfinite (v->value) || !isfinite (v->ci_low) || !isfinite (v->ci_high))
            break;
          end++;
        }
      if (end > start)
        {
          cairo_new_path (ctx->cr);
          for (guint j = start; j < end; j++)
            {
              const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, j);
              double x = plot.x + (sirkel_chart_value_time (v) - x_low) / (x_high - x_low) * plot.width;

              chart_line_to (ctx, x, chart_axis_map (axis, v->ci_high, plot.y + plot.height, plot.y));
            }
          for (guint j = end; j > start; j--)
            {
              const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, j - 1);
              double x = plot.x + (sirkel_chart_value_time (v) - x_low) / (x_high - x_low) * plot.width;

              chart_line_to (ctx, x, chart_axis_map (axis, v->ci_low, plot.y + plot.height, plot.y));
            }
          cairo_close_path (ctx->cr);
          /* A single period gets a short bar instead of an invisible sliver. */
          if (end - start == 1)
            {
              cairo_set_line_width (ctx->cr, ctx->unit * 0.6);
              chart_set_ink (ctx, SIRKEL_CHART_INK_BAND);
              cairo_stroke (ctx->cr);
            }
          else
            {
              chart_set_ink (ctx, SIRKEL_CHART_INK_BAND);
              cairo_fill (ctx->cr);
            }
        }
      start = end + 1;
    }
}

static void
draw_series (SirkelChartCtx          *ctx,
             const SirkelChartTrend  *trend,
             const SirkelChartSeries *series,
             guint                    row,
             const ChartAxis         *axis,
             SirkelChartRect          plot,
             double                   x_low,
             double                   x_high,
             gboolean                 markers)
{
  SirkelChartInk ink;
  ChartDash dash;
  ChartShape shape;
  gboolean pen_down = FALSE;
  double mark = ctx->unit * 0.7;

  chart_place_style (series->place, &ink, &dash, &shape);
  cairo_new_path (ctx->cr);
  for (guint j = 0; j < series->values->len; j++)
    {
      const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, j);
      double x = plot.x + (sirkel_chart_value_time (v) - x_low) / (x_high - x_low) * plot.width;
      double y = chart_axis_map (axis, v->value, plot.y + plot.height, plot.y);

      if (!isfinite (y))
        pen_down = FALSE;
      else if (pen_down)
        chart_line_to (ctx, x, y);
      else
        pen_down = chart_move_to (ctx, x, y);
    }
  chart_set_ink (ctx, ink);
  chart_set_line (ctx, ctx->unit * (series->place == SIRKEL_CHART_PLACE_KOMMUNE ? 0.22 : 0.17), dash);
  cairo_stroke (ctx->cr);
  cairo_set_dash (ctx->cr, NULL, 0, 0);

  for (guint j = 0; j < series->values->len; j++)
    {
      const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, j);
      double x = plot.x + (sirkel_chart_value_time (v) - x_low) / (x_high - x_low) * plot.width;
      double y = chart_axis_map (axis, v->value, plot.y + plot.height, plot.y);

      if (!isfinite (y))
        {
          /* The gap's mark sits in its series' row at the bottom, labelled with the symbol. */
          y = plot.y + plot.height - mark * (0.9 + 1.2 * row);
          chart_suppressed_mark (ctx, x, y, mark);
        }
      else if (markers || series->values->len == 1)
        chart_marker (ctx, shape, x, y, mark, ink);
      chart_add_element (ctx, "", chart_value_sentence (ctx->style, series->label, v, trend->decimals, trend->unit),
                         x - mark, y - mark, mark * 2, mark * 2);
    }
}

/* Period labels under the plot, thinned so that they never overlap. */
static void
draw_time_axis (SirkelChartCtx          *ctx,
                const SirkelChartSeries *series,
                SirkelChartRect          plot,
                double                   x_low,
                double                   x_high)
{
  double widest = 0, spacing;
  guint every = 1;

  if (series == NULL || series->values->len == 0)
    return;
  for (guint j = 0; j < series->values->len; j++)
    {
      g_autofree char *label = chart_period_label (ctx->style, &g_array_index (series->values, SirkelChartValue, j));

      widest = MAX (widest, chart_text_width (ctx, label, CHART_FONT_SMALL));
    }
  spacing = series->values->len > 1 ? plot.width / (x_high - x_low) *
            (sirkel_chart_value_time (&g_array_index (series->values, SirkelChartValue, 1)) -
             sirkel_chart_value_time (&g_array_index (series->values, SirkelChartValue, 0))) : plot.width;
  if (isfinite (spacing) && spacing > 0)
    every = (guint) CLAMP (ceil ((widest + ctx->unit) / spacing), 1, 1000);
  for (guint j = 0; j < series->values->len; j += every)
    {
      const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, j);
      g_autofree char *label = chart_period_label (ctx->style, v);
      double x = plot.x + (sirkel_chart_value_time (v) - x_low) / (x_high - x_low) * plot.width;

      chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
      chart_set_line (ctx, 1, CHART_DASH_SOLID);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, round (x) + 0.5, plot.y + plot.height);
      chart_line_to (ctx, round (x) + 0.5, plot.y + plot.height + ctx->unit * 0.3);
      cairo_stroke (ctx->cr);
      chart_text (ctx, label, CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, x - widest, plot.y + plot.height + ctx->unit * 0.4,
                  widest * 2, 1, PANGO_ALIGN_CENTER);
    }
}

static void
trend_draw (SirkelChartCtx  *ctx,
            SirkelChartRect  body)
{
  const SirkelChartTrend *trend = ctx->chart->data;
  const char *labels[8];
  SirkelChartInk inks[8];
  ChartDash dashes[8];
  ChartShape shapes[8];
  guint n_legend = 0;
  double x_low, x_high, y_low, y_high, legend_h, label_w;
  gboolean has_band, has_gap, has_values, markers;
  guint n_periods = 0;
  ChartAxis axis;
  SirkelChartRect plot;

  if (!range_of (trend, &x_low, &x_high, &y_low, &y_high, &has_band, &has_gap))
    return;
  has_values = any_value (trend);
  x_low -= 0.5;
  x_high += 0.5;

  for (guint i = 0; i < trend->series->len && n_legend < 6; i++)
    {
      const SirkelChartSeries *series = g_ptr_array_index (trend->series, i);

      chart_place_style (series->place, &inks[n_legend], &dashes[n_legend], &shapes[n_legend]);
      labels[n_legend++] = series->label;
      n_periods = MAX (n_periods, series->values->len);
    }
  if (has_band)
    {
      inks[n_legend] = SIRKEL_CHART_INK_BAND, dashes[n_legend] = CHART_DASH_SOLID, shapes[n_legend] = CHART_SHAPE_SQUARE;
      /* xgettext:no-c-format */
      labels[n_legend++] = chart_tr (ctx, N_("95 % confidence interval"));
    }
  if (has_gap)
    {
      inks[n_legend] = SIRKEL_CHART_INK_BACKGROUND, dashes[n_legend] = CHART_DASH_SOLID;
      shapes[n_legend] = CHART_SHAPE_DOTTED_CIRCLE;
      labels[n_legend++] = chart_tr (ctx, N_("no value: suppressed or missing"));
    }
  legend_h = chart_draw_legend (ctx, body.x, body.y, body.width, n_legend, shapes, inks, dashes, labels);

  chart_axis_init (&axis, y_low, y_high, (guint) CLAMP (body.height / (ctx->unit * 3.5), 3, 10));
  label_w = chart_axis_label_width (ctx, &axis);
  plot.x = body.x + label_w + ctx->unit * 0.6;
  plot.y = body.y + legend_h + ctx->unit * 2.4;
  plot.width = body.width - (plot.x - body.x) - ctx->unit * 0.5;
  plot.height = body.y + body.height - plot.y - ctx->unit * 1.8;
  if (plot.width < ctx->unit * 4 || plot.height < ctx->unit * 3)
    return;

  /* Without a single value there is no scale to show: the marks alone say why. */
  if (has_values)
    chart_draw_value_axis (ctx, &axis, plot, trend->unit);
  else
    chart_text (ctx, chart_tr (ctx, N_("No period has a value: all are suppressed or missing.")), CHART_FONT_BODY,
                SIRKEL_CHART_INK_MUTED, plot.x, plot.y + plot.height / 3, plot.width, 2, PANGO_ALIGN_CENTER);
  if (trend->series->len > 0)
    draw_time_axis (ctx, g_ptr_array_index (trend->series, 0), plot, x_low, x_high);
  if (has_band)
    draw_band (ctx, g_ptr_array_index (trend->series, 0), &axis, plot, x_low, x_high);
  markers = n_periods > 0 && plot.width / n_periods > ctx->unit * 1.2;
  /* Draw landet first and the kommune last, so the kommune's line is on top. */
  for (guint i = trend->series->len; i > 0; i--)
    draw_series (ctx, trend, g_ptr_array_index (trend->series, i - 1), i - 1, &axis, plot, x_low, x_high,
                 markers);
}

static char *
trend_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartTrend *trend = chart->data;
  SirkelChartStyle *style = chart->style;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = trend_dup_title (chart);
  g_autoptr(GPtrArray) places = g_ptr_array_new ();

  for (guint i = 0; i < trend->series->len; i++)
    g_ptr_array_add (places, ((SirkelChartSeries *) g_ptr_array_index (trend->series, i))->label);
  g_ptr_array_add (places, NULL);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) places->pdata);

    /* Translators: a chart's title, its unit, and the places it shows. */
    g_string_append_printf (text, sirkel_chart_style_gettext (style, N_("Line chart: %s (%s), for %s.")), title,
                            trend->unit, joined);
  }
  for (guint i = 0; i < trend->series->len; i++)
    {
      const SirkelChartSeries *series = g_ptr_array_index (trend->series, i);
      guint gaps = 0;

      if (series->values->len == 0)
        continue;
      for (guint j = 0; j < series->values->len; j++)
        gaps += !isfinite (g_array_index (series->values, SirkelChartValue, j).value);
      {
        g_autofree char *first = chart_value_sentence (style, series->label,
                                                       &g_array_index (series->values, SirkelChartValue, 0),
                                                       trend->decimals, trend->unit);
        g_autofree char *last = chart_value_sentence (style, series->label,
                                                      &g_array_index (series->values, SirkelChartValue,
                                                                      series->values->len - 1),
                                                      trend->decimals, trend->unit);

        g_string_append_c (text, ' ');
        g_string_append (text, first);
        if (series->values->len > 1)
          {
            g_string_append_c (text, ' ');
            g_string_append (text, last);
          }
      }
      if (gaps > 0)
        /* Translators: a place and how many of its periods have no value. */
        g_string_append_printf (text, sirkel_chart_style_gettext (style, N_(" %s: periods without a value: %u.")),
                                series->label, gaps);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const SirkelChartClass sirkel_chart_trend_class = {
  SIRKEL_CHART_TREND, "trend",
  N_("Nothing to show: this indicator has no values yet."),
  (void (*) (gpointer)) sirkel_chart_trend_free,
  trend_is_empty,
  trend_dup_title,
  trend_dup_subtitle,
  trend_preferred_height,
  trend_draw,
  trend_dup_text_alternative,
};
