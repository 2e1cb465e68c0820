/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Grouped bars: groups (sexes, age groups …) along the bottom, one bar per series (place) in
 * each, from a value axis that always includes 0. Places keep their inks from the trend chart,
 * which differ in lightness, and the legend names them. A confidence interval is a whisker; a
 * missing value is the suppressed mark on the zero line with its symbol, never a bar of 0.
 * Values are printed on the bars when there is room.
 */
#define G_LOG_DOMAIN "sirkel-chart-bars"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

static gboolean
bars_is_empty (gconstpointer data)
{
  const SirkelChartBars *bars = data;

  return bars->groups->len == 0 || bars->series->len == 0;
}

static char *
bars_dup_title (SirkelChart *chart)
{
  const SirkelChartBars *bars = chart->data;

  if (*bars->title != '\0')
    return g_strdup (bars->title);
  return g_strdup (sirkel_chart_style_gettext (chart->style, N_("Bar chart")));
}

static char *
bars_dup_subtitle (SirkelChart *chart)
{
  const SirkelChartBars *bars = chart->data;

  if (*bars->period == '\0')
    return g_strdup (bars->unit);
  if (*bars->unit == '\0')
    return g_strdup (bars->period);
  return g_strdup_printf ("%s, %s", bars->unit, bars->period);
}

static double
bars_preferred_height (SirkelChartCtx *ctx,
                       double          width)
{
  return CLAMP (ctx->width * 0.5, ctx->unit * 22, 800);
}

static const SirkelChartValue *
bar_value (const SirkelChartSeries *series,
           guint                    group)
{
  return group < series->values->len ? &g_array_index (series->values, SirkelChartValue, group) : NULL;
}

static void
draw_bar (SirkelChartCtx          *ctx,
          const SirkelChartBars   *bars,
          const SirkelChartSeries *series,
          const SirkelChartValue  *v,
          const ChartAxis         *axis,
          SirkelChartRect          plot,
          double                   x,
          double                   width)
{
  SirkelChartInk ink;
  ChartDash dash;
  ChartShape shape;
  double zero = chart_axis_map (axis, 0, plot.y + plot.height, plot.y);
  double y = v != NULL ? chart_axis_map (axis, v->value, plot.y + plot.height, plot.y) : NAN;
  double mark = MIN (ctx->unit * 0.8, MAX (width, 4));
  g_autofree char *text = NULL;

  chart_place_style (series->place, &ink, &dash, &shape);
  if (v == NULL || !isfinite (y))
    {
      chart_suppressed_mark (ctx, x + width / 2, zero - mark * 0.7, mark);
      if (width > ctx->unit * 0.8 && v != NULL && v->flag != NULL)
        chart_text (ctx, chart_flag_symbol (v->flag), CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED, x,
                    zero - mark * 1.4 - chart_line_height (ctx, CHART_FONT_SMALL), width, 1, PANGO_ALIGN_CENTER);
      if (v != NULL)
        chart_add_element (ctx, "", chart_value_sentence (ctx->style, series->label, v, bars->decimals, bars->unit),
                           x, zero - mark * 1.2, width, mark * 1.2);
      return;
    }
  chart_set_ink (ctx, ink);
  chart_rectangle (ctx, x, MIN (y, zero), width, fabs (zero - y));
  cairo_fill (ctx->cr);
  if (isfinite (v->ci_low) && isfinite (v->ci_high))
    {
      double lo = chart_axis_map (axis, v->ci_low, plot.y + plot.height, plot.y);
      double hi = chart_axis_map (axis, v->ci_high, plot.y + plot.height, plot.y);
      double cap = MIN (width * 0.3, ctx->unit * 0.4);

      chart_set_ink (ctx, SIRKEL_CHART_INK_FOREGROUND);
      chart_set_line (ctx, MAX (1, ctx->unit * 0.08), CHART_DASH_SOLID);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, x + width / 2, lo);
      chart_line_to (ctx, x + width / 2, hi);
      chart_move_to (ctx, x + width / 2 - cap, lo);
      chart_line_to (ctx, x + width / 2 + cap, lo);
      chart_move_to (ctx, x + width / 2 - cap, hi);
      chart_line_to (ctx, x + width / 2 + cap, hi);
      cairo_stroke (ctx->cr);
    }
  text = chart_number (ctx, v->value, bars->decimals);
  if (chart_text_width (ctx, text, CHART_FONT_SMALL) < width - 2 && fabs (zero - y) > ctx->unit * 1.3)
    {
      PangoLayout *layout = chart_layout (ctx, text, CHART_FONT_SMALL, width, 1, PANGO_ALIGN_CENTER);

      /* At the foot of the bar, away from the whisker at its top. */
      chart_show_layout_on (ctx, layout, x, y < zero ? zero - ctx->unit * 1.25 : zero + ctx->unit * 0.15, ink);
      g_object_unref (layout);
    }
  chart_add_element (ctx, "", chart_value_sentence (ctx->style, series->label, v, bars->decimals, bars->unit),
                     x, MIN (y, zero), width, MAX (fabs (zero - y), 2));
}

static void
bars_draw (SirkelChartCtx  *ctx,
           SirkelChartRect  body)
{
  const SirkelChartBars *bars = ctx->chart->data;
  const char *labels[10];
  SirkelChartInk inks[10];
  ChartDash dashes[10];
  ChartShape shapes[10];
  gboolean interval = FALSE, missing = FALSE;
  guint n_legend = 0, every = 1;
  double low = 0, high = 0, legend_h, label_h, group_w, bar_w;
  ChartAxis axis;
  SirkelChartRect plot;

  for (guint s = 0; s < bars->series->len; s++)
    {
      const SirkelChartSeries *series = g_ptr_array_index (bars->series, s);

      if (n_legend < G_N_ELEMENTS (labels) - 2)
        {
          chart_place_style (series->place, &inks[n_legend], &dashes[n_legend], &shapes[n_legend]);
          shapes[n_legend] = CHART_SHAPE_SQUARE;
          labels[n_legend++] = series->label;
        }
      for (guint g = 0; g < series->values->len; g++)
        {
          const SirkelChartValue *v = &g_array_index (series->values, SirkelChartValue, g);

          if (!isfinite (v->value))
            {
              missing = TRUE;
              continue;
            }
          low = MIN (low, v->value);
          high = MAX (high, v->value);
          if (isfinite (v->ci_low) && isfinite (v->ci_high))
            {
              low = MIN (low, v->ci_low);
              high = MAX (high, v->ci_high);
              interval = TRUE;
            }
        }
      missing |= series->values->len < bars->groups->len;
    }
  /* Every mark in the legend: the whiskers and the mark for a missing value too. */
  if (interval)
    {
      shapes[n_legend] = CHART_SHAPE_ERROR_BAR, inks[n_legend] = SIRKEL_CHART_INK_FOREGROUND;
      labels[n_legend++] = chart_tr (ctx, N_("95 % confidence interval"));
    }
  if (missing)
    {
      shapes[n_legend] = CHART_SHAPE_DOTTED_CIRCLE, inks[n_legend] = SIRKEL_CHART_INK_BACKGROUND;
      labels[n_legend++] = chart_tr (ctx, N_("no value: suppressed or missing"));
    }
  legend_h = chart_draw_legend (ctx, body.x, body.y, body.width, n_legend, shapes, inks, NULL, labels);

  chart_axis_init (&axis, low, high, (guint) CLAMP (body.height / (ctx->unit * 3.5), 3, 10));
  label_h = chart_line_height (ctx, CHART_FONT_SMALL) * 2.2;
  plot.x = body.x + chart_axis_label_width (ctx, &axis) + ctx->unit * 0.6;
  plot.y = body.y + legend_h + ctx->unit * 2.4;
  plot.width = body.x + body.width - plot.x;
  plot.height = body.y + body.height - plot.y - label_h - ctx->unit * 0.4;
  if (plot.width < ctx->unit * 4 || plot.height < ctx->unit * 3)
    return;
  chart_draw_value_axis (ctx, &axis, plot, bars->unit);

  group_w = plot.width / bars->groups->len;
  bar_w = group_w * 0.8 / bars->series->len;
  if (group_w < ctx->unit * 4)
    every = (guint) ceil (ctx->unit * 4 / group_w);
  for (guint g = 0; g < bars->groups->len; g++)
    {
      double gx = plot.x + g * group_w + group_w * 0.1;

      for (guint s = 0; s < bars->series->len; s++)
        {
          const SirkelChartSeries *series = g_ptr_array_index (bars->series, s);

          draw_bar (ctx, bars, series, bar_value (series, g), &axis, plot, gx + s * bar_w, MAX (bar_w - 1, 0.5));
        }
      if (g % every == 0)
        chart_text (ctx, g_ptr_array_index (bars->groups, g), CHART_FONT_SMALL, SIRKEL_CHART_INK_FOREGROUND,
                    plot.x + g * group_w - group_w * (every - 1) / 2.0, plot.y + plot.height + ctx->unit * 0.4,
                    group_w * every, 2, PANGO_ALIGN_CENTER);
    }
}

static char *
bars_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartBars *bars = chart->data;
  g_autofree char *title = bars_dup_title (chart);
  GString *text = g_string_new (NULL);

  /* Translators: a chart's title, its unit and period, and how many groups of bars. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style, N_("Bar chart: %s (%s, %s), groups: %u.")),
                          title, bars->unit, bars->period, bars->groups->len);
  for (guint g = 0; g < bars->groups->len && g < 50; g++)
    {
      g_string_append_printf (text, " %s:", (const char *) g_ptr_array_index (bars->groups, g));
      for (guint s = 0; s < bars->series->len; s++)
        {
          const SirkelChartSeries *series = g_ptr_array_index (bars->series, s);
          const SirkelChartValue *v = bar_value (series, g);
          g_autofree char *value = NULL;

          if (v == NULL)
            continue;
          value = isfinite (v->value) ? sirkel_chart_style_format_number (chart->style, v->value, bars->decimals)
                                      : g_strdup (chart_flag_label (chart->style, v->flag));
          g_string_append_printf (text, "%s %s %s", s > 0 ? "," : "", series->label, value);
        }
      g_string_append_c (text, '.');
    }
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_bars_class = {
  SIRKEL_CHART_BARS, "bars",
  N_("Nothing to show: this indicator has no values to compare."),
  (void (*) (gpointer)) sirkel_chart_bars_free,
  bars_is_empty,
  bars_dup_title,
  bars_dup_subtitle,
  bars_preferred_height,
  bars_draw,
  bars_dup_text_alternative,
};
