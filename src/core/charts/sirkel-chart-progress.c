/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The progress of an evaluation indicator over time: the baseline (a square), the target (a
 * star), the planned path between them (dashed), and the measured values (a solid line with
 * circles, each labelled). A baseline or target without a date becomes a horizontal reference
 * line across the plot. The time axis shows years, or quarters' first months when the span is
 * short.
 */
#define G_LOG_DOMAIN "sirkel-chart-progress"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "sirkel-chart-private.h"

static gboolean
progress_is_empty (gconstpointer data)
{
  const SirkelChartProgress *progress = data;

  return progress->measurements->len == 0 && !isfinite (progress->baseline) && !isfinite (progress->target);
}

static char *
progress_dup_title (SirkelChart *chart)
{
  const SirkelChartProgress *progress = chart->data;

  return g_strdup (progress->title);
}

static char *
progress_dup_subtitle (SirkelChart *chart)
{
  const SirkelChartProgress *progress = chart->data;
  const char *direction = progress->polarity > 0 ? N_("higher is better")
                        : progress->polarity < 0 ? N_("lower is better") : NULL;

  if (direction == NULL)
    return g_strdup (progress->unit);
  return g_strdup_printf ("%s, %s", progress->unit, sirkel_chart_style_gettext (chart->style, direction));
}

static double
progress_preferred_height (SirkelChart *chart,
                           double       width)
{
  return CLAMP (width * 0.5, sirkel_chart_style_get_font_size (chart->style) * 22, 800);
}

static double
julian (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? (double) g_date_get_julian (date) : NAN;
}

static void
extend (double *low,
        double *high,
        double  value)
{
  if (!isfinite (value))
    return;
  *low = MIN (*low, value);
  *high = MAX (*high, value);
}

static void
draw_time_axis (SirkelChartCtx  *ctx,
                SirkelChartRect  plot,
                double           t_low,
                double           t_high)
{
  GDate low, high;
  int first_year, last_year;
  gboolean months;

  g_date_set_julian (&low, (guint32) CLAMP (t_low, 1, G_MAXUINT32 / 2));
  g_date_set_julian (&high, (guint32) CLAMP (t_high, 1, G_MAXUINT32 / 2));
  first_year = g_date_get_year (&low);
  last_year = g_date_get_year (&high);
  months = last_year - first_year < 3 && plot.width / ((t_high - t_low) / 91.0) > ctx->unit * 4.5;
  for (int year = first_year; year <= last_year + 1 && year - first_year < 200; year++)
    for (int month = 1; month <= 12; month += months ? 3 : 12)
      {
        GDate tick;
        double x;
        g_autofree char *label = NULL;

        if (!g_date_valid_dmy (1, month, year))
          continue;
        g_date_set_dmy (&tick, 1, month, year);
        x = plot.x + (julian (&tick) - t_low) / (t_high - t_low) * plot.width;
        if (x < plot.x - 0.5 || x > plot.x + plot.width + 0.5)
          continue;
        chart_set_ink (ctx, SIRKEL_CHART_INK_GRID);
        chart_set_line (ctx, 1, CHART_DASH_SOLID);
        cairo_new_path (ctx->cr);
        chart_move_to (ctx, round (x) + 0.5, plot.y);
        chart_line_to (ctx, round (x) + 0.5, plot.y + plot.height + ctx->unit * 0.3);
        cairo_stroke (ctx->cr);
        label = month == 1 ? g_strdup_printf ("%d", year)
                           : g_utf8_substring (chart_month_name (ctx->style, month), 0, 3);
        chart_text (ctx, label, month == 1 ? CHART_FONT_SMALL_BOLD : CHART_FONT_SMALL, SIRKEL_CHART_INK_MUTED,
                    x - ctx->unit * 3, plot.y + plot.height + ctx->unit * 0.4, ctx->unit * 6, 1, PANGO_ALIGN_CENTER);
      }
}

static char *
point_sentence (SirkelChartCtx            *ctx,
                const SirkelChartProgress *progress,
                const char                *what,
                const GDate               *date,
                double                     value)
{
  g_autofree char *number = chart_number (ctx, value, progress->decimals);
  g_autofree char *when = chart_date_label (ctx->style, date);

  if (*when == '\0')
    return g_strdup_printf ("%s: %s %s.", what, number, progress->unit);
  /* Translators: what ("Baseline", "Target", a measurement's name), its date, value and unit. */
  return g_strdup_printf (chart_tr (ctx, N_("%s, %s: %s %s.")), what, when, number, progress->unit);
}

static void
draw_reference (SirkelChartCtx            *ctx,
                const SirkelChartProgress *progress,
                const ChartAxis           *axis,
                SirkelChartRect            plot,
                double                     x,
                double                     value,
                const GDate               *date,
                const char                *label,
                ChartShape                 shape,
                SirkelChartInk             ink)
{
  double y = chart_axis_map (axis, value, plot.y + plot.height, plot.y);
  g_autofree char *number = chart_number (ctx, value, progress->decimals);
  g_autofree char *text = g_strdup_printf ("%s %s", label, number);
  double line = chart_line_height (ctx, CHART_FONT_SMALL);

  if (!isfinite (y))
    return;
  if (!isfinite (x))
    {
      /* No date: a reference line across the plot. */
      chart_set_ink (ctx, ink);
      chart_set_line (ctx, ctx->unit * 0.12, CHART_DASH_DASHED);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, plot.x, y);
      chart_line_to (ctx, plot.x + plot.width, y);
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      chart_text (ctx, text, CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_FOREGROUND, plot.x + ctx->unit * 0.3,
                  y - line - 2, plot.width, 1, PANGO_ALIGN_LEFT);
      chart_add_element (ctx, "", point_sentence (ctx, progress, label, date, value), plot.x, y - line, plot.width, line);
      return;
    }
  chart_marker (ctx, shape, x, y, ctx->unit * 1.1, ink);
  /* Above the mark in the lower half of the plot, below it in the upper half. */
  chart_text (ctx, text, CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_FOREGROUND, x - ctx->unit * 6,
              y > plot.y + plot.height / 2 ? y - ctx->unit * 0.8 - line : y + ctx->unit * 0.8,
              ctx->unit * 12, 1, PANGO_ALIGN_CENTER);
  chart_add_element (ctx, "", point_sentence (ctx, progress, label, date, value), x - ctx->unit * 0.6,
                     y - ctx->unit * 0.6, ctx->unit * 1.2, ctx->unit * 1.2);
}

static void
progress_draw (SirkelChartCtx  *ctx,
               SirkelChartRect  body)
{
  const SirkelChartProgress *progress = ctx->chart->data;
  const char *labels[3] = { chart_tr (ctx, N_("Baseline")), chart_tr (ctx, N_("Target")), chart_tr (ctx, N_("Measured")) };
  ChartShape shapes[3] = { CHART_SHAPE_SQUARE, CHART_SHAPE_STAR, CHART_SHAPE_CIRCLE };
  SirkelChartInk inks[3] = { SIRKEL_CHART_INK_LANDET, SIRKEL_CHART_INK_FYLKE, SIRKEL_CHART_INK_KOMMUNE };
  double t_low = G_MAXDOUBLE, t_high = -G_MAXDOUBLE, v_low = G_MAXDOUBLE, v_high = -G_MAXDOUBLE;
  double legend_h, xb, xt, span;
  gboolean pen = FALSE;
  ChartAxis axis;
  SirkelChartRect plot;

  extend (&t_low, &t_high, julian (&progress->baseline_date));
  extend (&t_low, &t_high, julian (&progress->target_date));
  extend (&v_low, &v_high, progress->baseline);
  extend (&v_low, &v_high, progress->target);
  for (guint i = 0; i < progress->measurements->len; i++)
    {
      const SirkelChartMeasurement *m = &g_array_index (progress->measurements, SirkelChartMeasurement, i);

      if (!isfinite (m->value))
        continue;
      extend (&v_low, &v_high, m->value);
      extend (&t_low, &t_high, julian (&m->date));
    }
  if (t_low > t_high)
    {
      /* No dates at all: a year around nothing in particular keeps the axis sane. */
      t_low = 0;
      t_high = 365;
    }
  span = MAX (t_high - t_low, 60);
  t_low -= span * 0.06;
  t_high += span * 0.06;
  t_low = MAX (t_low, 1);
  if (v_low > v_high)
    v_low = v_high = 0;

  legend_h = chart_draw_legend (ctx, body.x, body.y, body.width, 3, shapes, inks, NULL, labels);
  chart_axis_init (&axis, v_low, v_high, (guint) CLAMP (body.height / (ctx->unit * 3.5), 3, 10));
  plot.x = body.x + chart_axis_label_width (ctx, &axis) + ctx->unit * 0.6;
  plot.y = body.y + legend_h + ctx->unit * 2.4;
  plot.width = body.x + body.width - plot.x - ctx->unit * 2;
  plot.height = body.y + body.height - plot.y - ctx->unit * 2;
  if (plot.width < ctx->unit * 4 || plot.height < ctx->unit * 3)
    return;
  chart_draw_value_axis (ctx, &axis, plot, progress->unit);
  draw_time_axis (ctx, plot, t_low, t_high);

  xb = plot.x + (julian (&progress->baseline_date) - t_low) / (t_high - t_low) * plot.width;
  xt = plot.x + (julian (&progress->target_date) - t_low) / (t_high - t_low) * plot.width;
  if (isfinite (xb) && isfinite (xt) && isfinite (progress->baseline) && isfinite (progress->target))
    {
      chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
      chart_set_line (ctx, ctx->unit * 0.14, CHART_DASH_DASHED);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, xb, chart_axis_map (&axis, progress->baseline, plot.y + plot.height, plot.y));
      chart_line_to (ctx, xt, chart_axis_map (&axis, progress->target, plot.y + plot.height, plot.y));
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
    }

  cairo_new_path (ctx->cr);
  for (guint i = 0; i < progress->measurements->len; i++)
    {
      const SirkelChartMeasurement *m = &g_array_index (progress->measurements, SirkelChartMeasurement, i);
      double x = plot.x + (julian (&m->date) - t_low) / (t_high - t_low) * plot.width;
      double y = chart_axis_map (&axis, m->value, plot.y + plot.height, plot.y);

      if (!isfinite (x) || !isfinite (y))
        pen = FALSE;
      else if (pen)
        chart_line_to (ctx, x, y);
      else
        pen = chart_move_to (ctx, x, y);
    }
  chart_set_ink (ctx, SIRKEL_CHART_INK_KOMMUNE);
  chart_set_line (ctx, ctx->unit * 0.22, CHART_DASH_SOLID);
  cairo_stroke (ctx->cr);

  draw_reference (ctx, progress, &axis, plot, xb, progress->baseline, &progress->baseline_date, labels[0],
                  CHART_SHAPE_SQUARE, SIRKEL_CHART_INK_LANDET);
  draw_reference (ctx, progress, &axis, plot, xt, progress->target, &progress->target_date, labels[1],
                  CHART_SHAPE_STAR, SIRKEL_CHART_INK_FYLKE);

  for (guint i = 0; i < progress->measurements->len; i++)
    {
      const SirkelChartMeasurement *m = &g_array_index (progress->measurements, SirkelChartMeasurement, i);
      double x = plot.x + (julian (&m->date) - t_low) / (t_high - t_low) * plot.width;
      double y = chart_axis_map (&axis, m->value, plot.y + plot.height, plot.y);
      g_autofree char *number = chart_number (ctx, m->value, progress->decimals);

      if (!isfinite (x) || !isfinite (y))
        continue;
      chart_marker (ctx, CHART_SHAPE_CIRCLE, x, y, ctx->unit * 0.8, SIRKEL_CHART_INK_KOMMUNE);
      chart_text (ctx, number, CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_KOMMUNE, x - ctx->unit * 3,
                  y - ctx->unit * 1.9, ctx->unit * 6, 1, PANGO_ALIGN_CENTER);
      chart_add_element (ctx, "", point_sentence (ctx, progress, *m->label != '\0' ? m->label : labels[2], &m->date,
                                                  m->value),
                         x - ctx->unit * 0.5, y - ctx->unit * 0.5, ctx->unit, ctx->unit);
    }
}

static char *
progress_dup_text_alternative (SirkelChart *chart)
{
  const SirkelChartProgress *progress = chart->data;
  SirkelChartCtx ctx = { .style = chart->style };
  GString *text = g_string_new (NULL);

  /* Translators: the evaluation indicator's name. */
  g_string_append_printf (text, sirkel_chart_style_gettext (chart->style, N_("Progress of %s.")), progress->title);
  if (isfinite (progress->baseline))
    {
      g_autofree char *s = point_sentence (&ctx, progress, sirkel_chart_style_gettext (chart->style, N_("Baseline")),
                                           &progress->baseline_date, progress->baseline);

      g_string_append_printf (text, " %s", s);
    }
  if (isfinite (progress->target))
    {
      g_autofree char *s = point_sentence (&ctx, progress, sirkel_chart_style_gettext (chart->style, N_("Target")),
                                           &progress->target_date, progress->target);

      g_string_append_printf (text, " %s", s);
    }
  for (guint i = 0; i < progress->measurements->len; i++)
    {
      const SirkelChartMeasurement *m = &g_array_index (progress->measurements, SirkelChartMeasurement, i);
      g_autofree char *s = point_sentence (&ctx, progress,
                                           *m->label != '\0' ? m->label
                                                             : sirkel_chart_style_gettext (chart->style, N_("Measured")),
                                           &m->date, m->value);

      g_string_append_printf (text, " %s", s);
    }
  return g_string_free (text, FALSE);
}

const SirkelChartClass sirkel_chart_progress_class = {
  SIRKEL_CHART_PROGRESS, "progress",
  N_("Nothing to show: this evaluation indicator has no baseline, target or measurements yet."),
  (void (*) (gpointer)) sirkel_chart_progress_free,
  progress_is_empty,
  progress_dup_title,
  progress_dup_subtitle,
  progress_preferred_height,
  progress_draw,
  progress_dup_text_alternative,
};
