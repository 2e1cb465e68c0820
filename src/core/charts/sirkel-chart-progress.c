/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The progress of an evaluation indicator over time: the baseline (a square), the target (a
 * star), the planned path between them (dashed), and the measured values (a solid line with
 * circles, each labelled). Labels go where no line, mark or other label is, on the far side
 * of the dashed line where they can. A baseline or target without a date becomes a horizontal reference
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
progress_preferred_height (SirkelChartCtx *ctx,
                           double          width)
{
  return CLAMP (ctx->width * 0.5, ctx->unit * 22, 800);
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
                    x - ctx->unit * 3, plot.y + plot.height + ctx->unit * 0.65, ctx->unit * 6, 1, PANGO_ALIGN_CENTER);
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

/* What a label must not cover: the marks, the lines between them and the labels already
 * placed. */
typedef struct
{
  GArray *boxes;     /* SirkelChartRect */
  GArray *segments;  /* pairs of points, x0 y0 x1 y1 */
} Obstacles;

typedef enum
{
  PLACE_ABOVE,
  PLACE_BELOW,
  PLACE_ABOVE_LEFT,
  PLACE_ABOVE_RIGHT,
  PLACE_BELOW_LEFT,
  PLACE_BELOW_RIGHT,
  PLACE_LEFT,
  PLACE_RIGHT,
} Place;

static void
add_box (Obstacles *obstacles,
         double     x,
         double     y,
         double     size)
{
  SirkelChartRect box = { x - size / 2, y - size / 2, size, size };

  if (isfinite (x) && isfinite (y))
    g_array_append_val (obstacles->boxes, box);
}

static void
add_segment (Obstacles *obstacles,
             double     x0,
             double     y0,
             double     x1,
             double     y1)
{
  double points[4] = { x0, y0, x1, y1 };

  if (isfinite (x0) && isfinite (y0) && isfinite (x1) && isfinite (y1))
    g_array_append_vals (obstacles->segments, points, 4);
}

static gboolean
segment_crosses (const double          *s,
                 const SirkelChartRect *r)
{
  double x0 = MIN (s[0], s[2]), x1 = MAX (s[0], s[2]);
  double a = MAX (x0, r->x), b = MIN (x1, r->x + r->width), ya, yb;

  if (a > b)
    return FALSE;
  if (x1 - x0 < 1e-9)
    ya = MIN (s[1], s[3]), yb = MAX (s[1], s[3]);
  else
    {
      ya = s[1] + (s[3] - s[1]) * (a - s[0]) / (s[2] - s[0]);
      yb = s[1] + (s[3] - s[1]) * (b - s[0]) / (s[2] - s[0]);
    }
  return MAX (ya, yb) > r->y && MIN (ya, yb) < r->y + r->height;
}

static gboolean
is_free (const Obstacles       *obstacles,
         const SirkelChartRect *r,
         SirkelChartRect        plot)
{
  if (r->x < plot.x - 0.5 || r->x + r->width > plot.x + plot.width + 0.5 || r->y < plot.y - 0.5 ||
      r->y + r->height > plot.y + plot.height + 0.5)
    return FALSE;
  for (guint i = 0; i < obstacles->boxes->len; i++)
    {
      const SirkelChartRect *b = &g_array_index (obstacles->boxes, SirkelChartRect, i);

      if (r->x < b->x + b->width && b->x < r->x + r->width && r->y < b->y + b->height && b->y < r->y + r->height)
        return FALSE;
    }
  for (guint i = 0; i + 3 < obstacles->segments->len; i += 4)
    if (segment_crosses (&g_array_index (obstacles->segments, double, i), r))
      return FALSE;
  return TRUE;
}

/* Draws @text near the mark at (@x, @y): in the first of the @n places in @order that is
 * inside the plot and free, or else in the first place, kept inside the plot. The label then
 * becomes an obstacle too. */
static void
place_label (SirkelChartCtx  *ctx,
             Obstacles       *obstacles,
             SirkelChartRect  plot,
             const char      *text,
             SirkelChartInk   ink,
             double           x,
             double           y,
             const Place     *order,
             guint            n)
{
  double w = MIN (chart_text_width (ctx, text, CHART_FONT_SMALL_BOLD) + 1, plot.width);
  double h = chart_line_height (ctx,
                                CHART_FONT_SMALL), gap = ctx->unit * 0.75, side = ctx->unit * 0.3;
  SirkelChartRect r = { 0, 0, w, h }, first = r;

  for (guint i = 0; i < n; i++)
    {
      switch (order[i])
        {
        case PLACE_ABOVE: r.x = x - w / 2, r.y = y - gap - h; break;
        case PLACE_BELOW: r.x = x - w / 2, r.y = y + gap; break;
        case PLACE_ABOVE_LEFT: r.x = x + side - w, r.y = y - gap - h; break;
        case PLACE_ABOVE_RIGHT: r.x = x - side, r.y = y - gap - h; break;
        case PLACE_BELOW_LEFT: r.x = x + side - w, r.y = y + gap; break;
        case PLACE_BELOW_RIGHT: r.x = x - side, r.y = y + gap; break;
        case PLACE_LEFT: r.x = x - gap - w, r.y = y - h / 2; break;
        case PLACE_RIGHT: default: r.x = x + gap, r.y = y - h / 2; break;
        }
      if (order[i] == PLACE_ABOVE || order[i] == PLACE_BELOW)
        r.x = CLAMP (r.x, plot.x, plot.x + plot.width - w);
      if (i == 0)
        first = r;
      if (is_free (obstacles, &r, plot))
        break;
      r = first;
    }
  r.x = CLAMP (r.x, plot.x, plot.x + plot.width - w);
  chart_text (ctx, text, CHART_FONT_SMALL_BOLD, ink, r.x, r.y, w, 1, PANGO_ALIGN_CENTER);
  g_array_append_val (obstacles->boxes, r);
}

/* The baseline or the target as a line across the plot, for one without a date. */
static void
draw_reference_line (SirkelChartCtx            *ctx,
                     const SirkelChartProgress *progress,
                     SirkelChartRect            plot,
                     double                     y,
                     double                     value,
                     const GDate               *date,
                     const char                *label,
                     SirkelChartInk             ink)
{
  g_autofree char *number = chart_number (ctx, value, progress->decimals);
  g_autofree char *text = g_strdup_printf ("%s %s", label, number);
  double line = chart_line_height (ctx, CHART_FONT_SMALL);

  chart_set_ink (ctx, ink);
  chart_set_line (ctx, ctx->unit * 0.12, CHART_DASH_DASHED);
  cairo_new_path (ctx->cr);
  chart_move_to (ctx, plot.x, y);
  chart_line_to (ctx, plot.x + plot.width, y);
  cairo_stroke (ctx->cr);
  cairo_set_dash (ctx->cr, NULL, 0, 0);
  chart_text (ctx, text, CHART_FONT_SMALL_BOLD, SIRKEL_CHART_INK_FOREGROUND,
              plot.x + ctx->unit * 0.3,
              y - line - 2, plot.width, 1, PANGO_ALIGN_LEFT);
  chart_add_element (ctx, "", point_sentence (ctx, progress, label, date, value), plot.x, y - line,
                     plot.width, line);
}

/* Where a date falls across the plot. */
static double
time_x (SirkelChartRect plot,
        double          t_low,
        double          t_high,
        const GDate    *date)
{
  return plot.x + (julian (date) - t_low) / (t_high - t_low) * plot.width;
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
  double legend_h, xb, xt, yb, yt, span, left, right, scale;
  g_autofree char *baseline_number = NULL;
  g_autofree char *target_number = NULL;
  g_autofree char *baseline_text = NULL;
  g_autofree char *target_text = NULL;
  gboolean pen = FALSE, rising;
  Obstacles obstacles;
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
  if (t_high - t_low < 60)
    {
      t_low -= 30 - (t_high - t_low) / 2;
      t_high = t_low + 60;
    }
  if (v_low > v_high)
    v_low = v_high = 0;
  /* Room above and below the outermost values for their labels, never below a zero that
   * the data do not cross. */
  span = v_high - v_low > 0 ? v_high - v_low : MAX (fabs (v_high) * 0.1, 1);
  v_low = v_low >= 0 ? MAX (0, v_low - span * 0.12) : v_low - span * 0.12;
  v_high += span * 0.12;

  legend_h = chart_draw_legend (ctx, body.x, body.y, body.width, 3, shapes, inks, NULL, labels);
  chart_axis_init (&axis, v_low, v_high, (guint) CLAMP (body.height / (ctx->unit * 3.5), 3, 10));
  plot.x = body.x + chart_axis_label_width (ctx, &axis) + ctx->unit * 0.6;
  plot.y = body.y + legend_h + ctx->unit * 2.4;
  plot.width = body.x + body.width - plot.x - ctx->unit * 2;
  plot.height = body.y + body.height - plot.y - ctx->unit * 2;
  if (plot.width < ctx->unit * 4 || plot.height < ctx->unit * 3)
    return;

  /* Room at the ends of the time axis: for a label beside a baseline or target at the floor
   * of the plot (where it cannot go under its mark), else for half a label. */
  baseline_number = chart_number (ctx, progress->baseline, progress->decimals);
  target_number = chart_number (ctx, progress->target, progress->decimals);
  baseline_text = g_strdup_printf ("%s %s", labels[0], baseline_number);
  target_text = g_strdup_printf ("%s %s", labels[1], target_number);
  yb = chart_axis_map (&axis, progress->baseline, plot.y + plot.height, plot.y);
  yt = chart_axis_map (&axis, progress->target, plot.y + plot.height, plot.y);
  rising = !(progress->target < progress->baseline);
  left = chart_text_width (ctx, baseline_text, CHART_FONT_SMALL_BOLD) *
         (rising && yb > plot.y + plot.height - ctx->unit * 2 ? 1 : 0.5) + ctx->unit * 0.3;
  right = chart_text_width (ctx, target_text, CHART_FONT_SMALL_BOLD) *
          (!rising && yt > plot.y + plot.height - ctx->unit * 2 ? 1 : 0.5) + ctx->unit * 0.3;
  left = CLAMP (left, plot.width * 0.06, plot.width * 0.3);
  right = CLAMP (right, plot.width * 0.06, plot.width * 0.3);
  scale = (t_high - t_low) / MAX (1, plot.width - left - right);
  t_low -= left * scale;
  t_high += right * scale;
  t_low = MAX (t_low, 1);

  chart_draw_value_axis (ctx, &axis, plot, progress->unit);
  draw_time_axis (ctx, plot, t_low, t_high);

  obstacles.boxes = g_array_new (FALSE, FALSE, sizeof (SirkelChartRect));
  obstacles.segments = g_array_new (FALSE, FALSE, sizeof (double));
  xb = time_x (plot, t_low, t_high, &progress->baseline_date);
  xt = time_x (plot, t_low, t_high, &progress->target_date);
  if (isfinite (xb) && isfinite (xt) && isfinite (yb) && isfinite (yt))
    {
      chart_set_ink (ctx, SIRKEL_CHART_INK_MUTED);
      chart_set_line (ctx, ctx->unit * 0.14, CHART_DASH_DASHED);
      cairo_new_path (ctx->cr);
      chart_move_to (ctx, xb, yb);
      chart_line_to (ctx, xt, yt);
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      add_segment (&obstacles, xb, yb, xt, yt);
    }

  cairo_new_path (ctx->cr);
  for (guint i = 0; i < progress->measurements->len; i++)
    {
      const SirkelChartMeasurement *m = &g_array_index (progress->measurements, SirkelChartMeasurement, i);
      double x = time_x (plot, t_low, t_high, &m->date);
      double y = chart_axis_map (&axis, m->value, plot.y + plot.height, plot.y);

      if (!isfinite (x) || !isfinite (y))
        pen = FALSE;
      else if (pen)
        {
          double x0, y0;

          cairo_get_current_point (ctx->cr, &x0, &y0);
          add_segment (&obstacles, x0, y0, x, y);
          chart_line_to (ctx, x, y);
        }
      else
        pen = chart_move_to (ctx, x, y);
      add_box (&obstacles, x, y, ctx->unit * 0.8);
    }
  chart_set_ink (ctx, SIRKEL_CHART_INK_KOMMUNE);
  chart_set_line (ctx, ctx->unit * 0.22, CHART_DASH_SOLID);
  cairo_stroke (ctx->cr);

  /* The marks, then their labels around them: each label where the lines and marks are not. */
  if (isfinite (yb) && isfinite (xb))
    {
      chart_marker (ctx, CHART_SHAPE_SQUARE, xb, yb, ctx->unit * 1.1, SIRKEL_CHART_INK_LANDET);
      add_box (&obstacles, xb, yb, ctx->unit * 1.1);
      chart_add_element (ctx, "", point_sentence (ctx, progress, labels[0],
                                                  &progress->baseline_date,
                                                  progress->baseline),
                         xb - ctx->unit * 0.6, yb - ctx->unit * 0.6, ctx->unit * 1.2, ctx->unit * 1.2);
    }
  else if (isfinite (yb))
    draw_reference_line (ctx, progress, plot, yb, progress->baseline, &progress->baseline_date,
                         labels[0], SIRKEL_CHART_INK_LANDET);
  if (isfinite (yt) && isfinite (xt))
    {
      chart_marker (ctx, CHART_SHAPE_STAR, xt, yt, ctx->unit * 1.1, SIRKEL_CHART_INK_FYLKE);
      add_box (&obstacles, xt, yt, ctx->unit * 1.1);
      chart_add_element (ctx, "", point_sentence (ctx, progress, labels[1], &progress->target_date,
                                                  progress->target),
                         xt - ctx->unit * 0.6, yt - ctx->unit * 0.6, ctx->unit * 1.2, ctx->unit * 1.2);
    }
  else if (isfinite (yt))
    draw_reference_line (ctx, progress, plot, yt, progress->target, &progress->target_date,
                         labels[1], SIRKEL_CHART_INK_FYLKE);
  for (guint i = 0; i < progress->measurements->len; i++)
    {
      const SirkelChartMeasurement *m = &g_array_index (progress->measurements, SirkelChartMeasurement, i);
      double x = time_x (plot, t_low, t_high, &m->date);
      double y = chart_axis_map (&axis, m->value, plot.y + plot.height, plot.y);

      if (!isfinite (x) || !isfinite (y))
        continue;
      chart_marker (ctx, CHART_SHAPE_CIRCLE, x, y, ctx->unit * 0.8, SIRKEL_CHART_INK_KOMMUNE);
      chart_add_element (ctx, "", point_sentence (ctx, progress, *m->label != '\0' ? m->label : labels[2], &m->date,
                                                  m->value),
                         x - ctx->unit * 0.5, y - ctx->unit * 0.5, ctx->unit, ctx->unit);
    }

  /* The dashed line leaves the baseline towards the target: each label on its far side. */
  if (isfinite (yt) && isfinite (xt))
    {
      static const Place up[] = { PLACE_ABOVE, PLACE_ABOVE_RIGHT, PLACE_ABOVE_LEFT, PLACE_RIGHT,
                                 PLACE_BELOW_RIGHT,
                                  PLACE_BELOW, PLACE_LEFT };
      static const Place down[] = { PLACE_BELOW, PLACE_BELOW_RIGHT, PLACE_BELOW_LEFT, PLACE_RIGHT,
                                   PLACE_ABOVE_RIGHT,
                                    PLACE_ABOVE, PLACE_LEFT };

      place_label (ctx, &obstacles, plot, target_text, SIRKEL_CHART_INK_FOREGROUND, xt, yt,
                   rising ? up : down, G_N_ELEMENTS (up));
    }
  if (isfinite (yb) && isfinite (xb))
    {
      static const Place down[] = { PLACE_BELOW, PLACE_BELOW_LEFT, PLACE_BELOW_RIGHT,
                                   PLACE_ABOVE_LEFT, PLACE_LEFT,
                                    PLACE_ABOVE, PLACE_RIGHT };
      static const Place up[] = { PLACE_ABOVE, PLACE_ABOVE_LEFT, PLACE_ABOVE_RIGHT,
                                 PLACE_BELOW_LEFT, PLACE_LEFT,
                                  PLACE_BELOW, PLACE_RIGHT };

      place_label (ctx, &obstacles, plot, baseline_text, SIRKEL_CHART_INK_FOREGROUND, xb, yb,
                   rising ? down : up, G_N_ELEMENTS (up));
    }
  for (guint i = 0; i < progress->measurements->len; i++)
    {
      static const Place order[] = { PLACE_ABOVE, PLACE_BELOW, PLACE_ABOVE_LEFT, PLACE_ABOVE_RIGHT,
                                    PLACE_LEFT,
                                     PLACE_RIGHT, PLACE_BELOW_LEFT, PLACE_BELOW_RIGHT };
      const SirkelChartMeasurement *m = &g_array_index (progress->measurements,
                                                        SirkelChartMeasurement, i);
      double x = time_x (plot, t_low, t_high, &m->date);
      double y = chart_axis_map (&axis, m->value, plot.y + plot.height, plot.y);
      g_autofree char *number = chart_number (ctx, m->value, progress->decimals);

      if (isfinite (x) && isfinite (y))
        place_label (ctx, &obstacles, plot, number, SIRKEL_CHART_INK_KOMMUNE, x, y, order,
                     G_N_ELEMENTS (order));
    }
  g_array_unref (obstacles.boxes);
  g_array_unref (obstacles.segments);
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
